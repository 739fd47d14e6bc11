package events

import "github.com/actorgraph/actorgraph/internal/kg"

// callOnTrigger reads "call on" at token i as a visit paid to named
// people, as "called on X in Ottawa" is read: the verb ("is to call on
// President X, Minister Y and Z") or the noun after a verb of paying ("paid
// a brief courtesy call on X", whose trigger then starts at the verb so
// the clause's subject is found). An appeal ("call on X to resign", "calls
// on X for restraint") or anyone in the list who is not a person gives no
// trigger; nor does a bare noun ("a call on interest rates").
func (x *extractor) callOnTrigger(i, last int, t trigger) (trigger, bool) {
	si := x.d.SentenceAt(int(x.d.Tokens[i].Start))
	first := i
	switch x.lower(i) {
	case "call", "calls":
		// the noun after "paid a [brief] [courtesy] call", or the verb
		// after "to" or an auxiliary ("is to call on", "will call on")
		first = -1
		for j := i - 1; j >= x.d.Sentences[si].First && j >= i-4; j-- {
			switch x.lower(j) {
			case "paid", "pay", "pays", "paying", "made", "make", "makes", "making":
				first = j
			case "to", "will", "would", "shall", "may", "might", "can", "could", "should", "must":
				if j == i-1 {
					first = i
				}
			}
			if first >= 0 {
				break
			}
		}
		if first < 0 {
			return t, false
		}
	}
	// the list is read only once the frame is found: listAfter marks the
	// bodies it passes as stand-ins ("calls on officials of X to ...")
	ents, end := x.listAfter(si, i+2)
	if len(ents) == 0 || end >= last || x.appealAfter(end, last) {
		return t, false
	}
	for _, e := range ents {
		if !x.isPerson(e) {
			return t, false
		}
	}
	t.first = first
	t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-called-on"
	t.last = i + 2
	return t, true
}
