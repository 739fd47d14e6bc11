package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/google/go-cmp/cmp"
)

// TestMeetingRulesGeneral pins the meeting rules added for phrasings
// general in news writing; the sentences are our own.
func TestMeetingRulesGeneral(t *testing.T) {
	checkMeetings(t, kg.DateDay(2025, 3, 10), []meetingCase{
		// subordinate clause: "before/after/since/until X <finite verb>"
		{"before-subject-trip-and-talks",
			"The plan will be studied before Kenyan Prime Minister Carl Diaz leaves for Oslo on March 29 for talks with Norwegian Prime Minister Anna Berg.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-03-29 Oslo", "TALKS PLANNED Anna Berg+Carl Diaz 2025-03-29 -"}},
		{"before-subject-trip",
			"The budget must pass before Kenyan Prime Minister Carl Diaz leaves next week for Norway.",
			[]string{"VISIT PLANNED Carl Diaz+Norway 2025-03 Norway"}},
		{"after-subject-visited",
			"The loan was agreed after Kenyan President Carl Diaz visited Norway in January.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway 2025-01 Norway"}},
		{"preposition-stays-preposition",
			"Talks with Kenyan President Carl Diaz met resistance.", nil},
		{"participle-after-preposition",
			"Kenyan President Carl Diaz spoke after meeting reporters.", nil},
		// a participle of speech, its listeners, then the time phrase
		{"speech-opener-pronoun",
			"Kenyan Foreign Minister Carl Diaz arrived on Sunday. Speaking to reporters after talks with Finnish President Anna Berg, he said the visit went well.",
			[]string{"TALKS OCCURRED Anna Berg+Carl Diaz  -"}},
		{"speech-opener-participle",
			"Speaking to reporters after meeting Finnish President Anna Berg, Kenyan Foreign Minister Carl Diaz said little.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
		{"speech-opener-ahead",
			"Talking to journalists ahead of talks with Finnish President Anna Berg, Kenyan Foreign Minister Carl Diaz denied the report.",
			[]string{"TALKS PLANNED Anna Berg+Carl Diaz  -"}},
		{"speech-opener-no-counterpart",
			"Speaking to reporters after a speech, Kenyan Foreign Minister Carl Diaz said little.", nil},
		{"speech-opener-closed-by-comma",
			"Speaking to reporters, in Oslo, after talks with Finnish President Anna Berg, Kenyan Foreign Minister Carl Diaz said little.", nil},
		// list members written with their home state or country
		{"member-list-states",
			"Kenyan Foreign Minister Carl Diaz held talks with Sens. Paul Lund of Ohio, Mark Hill of Texas and Ruth Kane of Maine on Monday.",
			[]string{"TALKS OCCURRED Carl Diaz+Paul Lund 2025-03-10 -", "TALKS OCCURRED Carl Diaz+Mark Hill 2025-03-10 -", "TALKS OCCURRED Carl Diaz+Ruth Kane 2025-03-10 -"}},
		{"member-list-titled",
			"Kenyan Foreign Minister Carl Diaz met Sen. Paul Lund of Ohio and Sen. Mark Hill of Texas.",
			[]string{"MEETING OCCURRED Carl Diaz+Paul Lund  -", "MEETING OCCURRED Carl Diaz+Mark Hill  -"}},
		{"member-list-ends-at-other-words",
			"Kenyan Foreign Minister Carl Diaz met Sen. Paul Lund of Ohio and his aides.",
			[]string{"MEETING OCCURRED Carl Diaz+Paul Lund  -"}},
		// people who go along on no trip the text tells meet the one they accompany
		{"accompanied-at-ceremony",
			"During his induction into the chamber, Lord Paul Lund was accompanied by Baroness Ann Hill and Baroness Ruth Kane.",
			[]string{"MEETING OCCURRED Ann Hill+Paul Lund+Ruth Kane  -"}},
		{"accompanied-active",
			"Senator Paul Lund accompanied Senator Mark Hill to the farmers' convention on Friday.",
			[]string{"MEETING OCCURRED Mark Hill+Paul Lund 2025-03-07 -"}},
		{"accompanied-future-co-visitor",
			"Finance Minister Carl Diaz will visit Japan in May. Diaz said central bank president Anna Berg will accompany him.",
			[]string{"VISIT PLANNED Anna Berg+Carl Diaz+Japan 2025-05 Japan"}},
		{"accompanied-negated",
			"Finnish President Anna Berg was not accompanied by Carl Diaz.", nil},
		{"accompanied-by-a-thing",
			"The statement was accompanied by Carl Diaz's letter.", nil},
		// "visiting" before a titled name: on a visit to the dateline's country
		{"visiting-titled",
			"OSLO, March 7 - Norway and Kenya disagree. Visiting Kenyan Trade Minister Carl Diaz said on Thursday that Norway must open its markets.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}}, // the day is the saying's; a visit under way has no start (17.6)
		{"visiting-titled-future-clause",
			"OSLO, March 7 - Norway agreed. Officials told visiting Kenyan Trade Minister Carl Diaz that Norway may buy more tea later this year.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		{"visiting-titled-no-dateline",
			"Norway agreed. Visiting Kenyan Trade Minister Carl Diaz said on Thursday that Norway must open its markets.", nil},
		{"visiting-titled-compatriot",
			"OSLO, March 7 - Norway agreed. Visiting Norwegian Trade Minister Carl Diaz said little.", nil},
		{"told-visiting",
			"OSLO, March 7 - Norway agreed. Norwegian Prime Minister Anna Berg told visiting Kenyan Trade Minister Carl Diaz that Norway may buy more tea.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway", "MEETING OCCURRED Anna Berg+Carl Diaz  -"}},
		{"said-visiting-is-no-meeting",
			"OSLO, March 7 - Norway agreed. Norwegian Prime Minister Anna Berg said visiting Kenyan Trade Minister Carl Diaz was welcome.",
			[]string{"VISIT OCCURRED Carl Diaz+Norway  Norway"}},
		// a capitalised word no list knows qualifying a post before a name
		{"qualifier-before-post",
			"Defender Tom Cole met Blues boss Mark Hill on Monday.",
			[]string{"MEETING OCCURRED Mark Hill+Tom Cole 2025-03-10 -"}},
		// "in a hotel": one place and time, one encounter
		{"venue-in-a-hotel",
			"Defender Tom Cole met Blues boss Mark Hill and chief executive Paul Lund in a London hotel.",
			[]string{"MEETING OCCURRED Mark Hill+Paul Lund+Tom Cole  -"}},
		{"in-a-bid-is-no-venue",
			"Kenyan President Carl Diaz met Finnish President Anna Berg and Swedish Prime Minister Paul Lund in a bid to end the dispute.",
			[]string{"MEETING OCCURRED Anna Berg+Carl Diaz  -", "MEETING OCCURRED Carl Diaz+Paul Lund  -"}},
		// a possessor before the name: the person is met
		{"possessor-before-name",
			"Kenyan President Carl Diaz met Ford's Mark Hill on Monday.",
			[]string{"MEETING OCCURRED Carl Diaz+Mark Hill 2025-03-10 -"}},
		{"possessor-before-post-stays-unnamed",
			"Kenyan President Carl Diaz met Ford's chief on Monday.", nil},
		// an unnamed group first, then a named member
		{"other-group-then-name",
			"Treasury Secretary Carl Diaz said he plans to hold more talks with other senators and Budget Committee Chairman Mark Hill.",
			[]string{"TALKS PLANNED Carl Diaz+Mark Hill  -"}},
		{"other-group-alone",
			"Treasury Secretary Carl Diaz said he plans to hold more talks with other senators.", nil},
		// "A and the <description>, B met": B in apposition, A coordinated
		{"appositive-member",
			"Last week, Peruvian central bank president Paul Lund and the head of the national bank of Norway, Mark Hill met in Oslo.",
			[]string{"MEETING OCCURRED Mark Hill+Paul Lund 2025-03 Oslo"}},
		{"appositive-member-verb-in-between",
			"Paul Lund said and the head of the bank, Mark Hill met Anna Berg.",
			[]string{"MEETING OCCURRED Anna Berg+Mark Hill  -"}},
	})
}

// meetingCase is a sentence we wrote and the meetings it must give, as
// meetingStrings prints them; nil for a look-alike that must give none.
type meetingCase struct {
	name, in string
	want     []string
}

// checkMeetings runs each case with the reference date ref.
func checkMeetings(t *testing.T, ref kg.PartialDate, tests []meetingCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, cr := run(tc.in, ref)
			if diff := cmp.Diff(tc.want, meetingStrings(f, cr)); diff != "" {
				t.Errorf("%s\n(-want +got)\n%s", tc.in, diff)
			}
		})
	}
}

// TestSubordinateRuleName: a fact whose agent came from a subordinate
// clause says so in its rule.
func TestSubordinateRuleName(t *testing.T) {
	f, _ := run("The plan will be studied before Kenyan Prime Minister Carl Diaz leaves for Oslo on March 29 for talks with Norwegian Prime Minister Anna Berg.", kg.DateDay(2025, 3, 10))
	var rules []string
	for _, m := range f.Meetings {
		rules = append(rules, m.Rule)
	}
	want := []string{"visit:verb-left-for+subordinate", "talks:noun-talks+subordinate"}
	if diff := cmp.Diff(want, rules); diff != "" {
		t.Errorf("rules (-want +got)\n%s", diff)
	}
}
