package events

import "sync"

// referenceDateRules holds rule + "+reference-date" for each rule a
// statement dated by the article's reference date was found by: most
// statements are, and the handful of rule names make a small table where
// a concatenation per statement cost an allocation each.
var referenceDateRules struct {
	sync.RWMutex
	m map[string]string
}

// referenceDateSuffix ends the rule name of a statement dated by the
// article's reference date (occasionDates looks for it).
const referenceDateSuffix = "+reference-date"

// vagueTimeSuffix ends the rule name of a statement left undated because
// the text puts its saying at a vague earlier time ("had previously
// said"); occasionDates passes over such asides.
const vagueTimeSuffix = "+vague-time"

// maxReferenceDateRules bounds the table; rule names are the package's
// own constants, so it is never reached in practice.
const maxReferenceDateRules = 1024

// referenceDateRule returns rule + "+reference-date".
func referenceDateRule(rule string) string {
	referenceDateRules.RLock()
	r, ok := referenceDateRules.m[rule]
	referenceDateRules.RUnlock()
	if ok {
		return r
	}
	r = rule + referenceDateSuffix
	referenceDateRules.Lock()
	if referenceDateRules.m == nil {
		referenceDateRules.m = map[string]string{}
	}
	if len(referenceDateRules.m) < maxReferenceDateRules {
		referenceDateRules.m[rule] = r
	}
	referenceDateRules.Unlock()
	return r
}
