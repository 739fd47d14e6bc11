package timex

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestOwnTense: "last June", "next June" and "later today" carry their
// own tense, whatever the clause's; the sentences are our own.
func TestOwnTense(t *testing.T) {
	ref := kg.DateDay(1987, 4, 7)
	tests := []struct {
		in     string
		future bool
		want   string
		ahead  bool
	}{
		{"They opened talks last June.", false, "1986-06/at", false},
		{"They opened talks last June.", true, "1986-06/at", false},
		{"They met last April.", false, "1986-04/at", false},
		{"They will meet next June.", false, "1987-06/at", true},
		{"They will meet next April.", true, "1988-04/at", true},
		{"They meet later today.", false, "1987-04-07/at", true},
		{"They met earlier today.", false, "1987-04-07/at", false},
		{"They met in June.", false, "1986-06/at", false},
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		d := segment.Segment(tc.in)
		es := Find(d, g, 0, len(d.Tokens), ref, tc.future, nil)
		if len(es) == 0 {
			t.Errorf("%q: no date, want %q", tc.in, tc.want)
			continue
		}
		if got := es[0].String(); got != tc.want || es[0].Ahead != tc.ahead {
			t.Errorf("%q (future %v): got %q ahead %v, want %q ahead %v", tc.in, tc.future, got, es[0].Ahead, tc.want, tc.ahead)
		}
	}
}

// TestSpanBack: "in the last two weeks" is the run of days up to the
// reference date, dated as precisely as that run allows; the sentences
// are our own.
func TestSpanBack(t *testing.T) {
	tests := []struct {
		in   string
		ref  kg.PartialDate
		want string // "" for no expression
	}{
		{"She saw the minister in the last two weeks.", kg.DateDay(1991, 5, 20), "1991-05/at"},
		{"She saw the minister over the past three days.", kg.DateDay(1991, 5, 20), "1991-05/at"},
		{"She saw the minister within the past 10 days.", kg.DateDay(1991, 5, 20), "1991-05/at"},
		// the run crosses into April: only the year holds it
		{"She saw the minister in the last three weeks.", kg.DateDay(1991, 5, 20), "1991/at"},
		{"She saw the minister in the past two months.", kg.DateDay(1991, 5, 20), "1991/at"},
		// across New Year nothing finer than the unknown date holds it
		{"She saw the minister in the last two weeks.", kg.DateDay(1991, 1, 5), ""},
		// no count: the calendar week before, as before
		{"She saw the minister in the last week.", kg.DateDay(1991, 5, 22), "1991-05/at"},
		// no reference date, no date
		{"She saw the minister in the last two weeks.", kg.PartialDate{}, ""},
		// a count of things, not of days
		{"He won the last two races.", kg.DateDay(1991, 5, 20), ""},
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		d := segment.Segment(tc.in)
		es := Find(d, g, 0, len(d.Tokens), tc.ref, false, nil)
		got := ""
		if len(es) > 0 {
			got = es[0].String()
		}
		if got != tc.want {
			t.Errorf("%q (ref %v): got %q, want %q", tc.in, tc.ref, got, tc.want)
		}
	}
}

// TestMidMonth: "mid-April" is a token of its own; it falls in April.
func TestMidMonth(t *testing.T) {
	ref := kg.DateDay(1991, 3, 5)
	tests := []struct {
		in     string
		future bool
		want   string
	}{
		{"The ministers will meet in mid-April.", true, "1991-04/at"},
		{"The ministers met in mid-February.", false, "1991-02/at"},
		{"The ministers will meet by mid-1992.", true, "1992/until"},
		{"The mid-term talks went well.", false, ""},
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		d := segment.Segment(tc.in)
		es := Find(d, g, 0, len(d.Tokens), ref, tc.future, nil)
		got := ""
		if len(es) > 0 {
			got = es[0].String()
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestJoinedDays: two days joined by "and" are one run of days, dated by
// its first; a pair that is no run stays two expressions. The sentences
// are our own.
func TestJoinedDays(t *testing.T) {
	ref := kg.DateDay(1991, 5, 22) // a Wednesday
	tests := []struct {
		in     string
		future bool
		want   []string
	}{
		{"On Thursday and Friday the envoys will confer with the mayor.", true, []string{"1991-05-23/at"}},
		{"The envoys will confer tomorrow and Friday with the mayor.", true, []string{"1991-05-23/at"}},
		{"The envoys conferred on Monday and on Tuesday.", false, []string{"1991-05-20/at"}},
		// not a run: the second day comes first
		{"The envoys conferred on Tuesday and Monday.", false, []string{"1991-05-21/at", "1991-05-20/at"}},
		// not a run: more than a week apart
		{"The envoys conferred on May 2 and May 20.", false, []string{"1991-05-02/at", "1991-05-20/at"}},
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		d := segment.Segment(tc.in)
		var got []string
		for _, e := range Find(d, g, 0, len(d.Tokens), ref, tc.future, nil) {
			got = append(got, e.String())
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCommaWeekdayPlace: a wire-style weekday and place closing a clause
// after a comma ("..., Monday in Oslo") is a loose date; a weekday after
// a comma followed by anything else is not read.
func TestCommaWeekdayPlace(t *testing.T) {
	ref := kg.DateDay(1991, 3, 6) // a Wednesday
	tests := []struct {
		in     string
		future bool
		want   string
	}{
		{"She will see the mayor and two bankers, Monday in Oslo.", true, "1991-03-11/at"},
		{"He called on the governor, Tuesday at Bergen.", false, "1991-03-05/at"},
		{"She will see the mayor, Monday in particular.", true, ""},
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		d := segment.Segment(tc.in)
		es := Find(d, g, 0, len(d.Tokens), ref, tc.future, nil)
		got := ""
		if len(es) > 0 {
			got = es[0].String()
			if !es[0].Loose {
				got += " (not loose)"
			}
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}
