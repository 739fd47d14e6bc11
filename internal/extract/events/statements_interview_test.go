package events

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestStatementsInterview: in a question-and-answer transcript each
// answer of a named interviewee is one statement (GUIDELINES 18.1);
// questions are not, and a paragraph opening with a name is an answer
// only right after a question label.
func TestStatementsInterview(t *testing.T) {
	checkStatements(t, true, []stmtCase{
		{name: "labelled answers, continuation paragraph",
			in: "Geologist Marta Olsen spoke with our reporter about the glacier survey.\n\n" +
				"((Wikinews))  How did the survey begin?\n\n" +
				"((Marta Olsen))  We started with drones in the spring. They mapped the ice.\n\n" +
				"Then we drilled two cores.\n\n" +
				"((Wikinews))  What comes next?\n\n" +
				"((Marta Olsen))  A second season on the northern slope.",
			want: []string{
				"Marta Olsen|We started with drones in the spring. They mapped the ice. Then we drilled two cores.",
				"Marta Olsen|A second season on the northern slope.",
			}},
		{name: "name with colon, then initials",
			in: "Economist Pavel Dorin agreed to take our questions.\n\n" +
				"((WN))  Why study rural banks?\n\n" +
				"Pavel Dorin: Few people had looked at them closely.\n\n" +
				"((WN))  Did the results surprise you?\n\n" +
				"PD: The size of the savings did.",
			want: []string{
				"Pavel Dorin|Few people had looked at them closely.",
				"Pavel Dorin|The size of the savings did.",
			}},
		{name: "name then answer without colon",
			in: "Botanist Irene Kask studies mosses in the north.\n\n" +
				"((WN))  What drew you to mosses?\n\n" +
				"Irene Kask My grandmother kept a garden of them.",
			want: []string{"Irene Kask|My grandmother kept a garden of them."}},
		{name: "language marker cut from the answer",
			in: "Farmer Ravi Menon talked to us about the harvest.\n\n" +
				"((WN))  Was the harvest good?\n\n" +
				"((Ravi Menon))  It was the best in ten years. ((xx))Other language: more words here.",
			want: []string{"Ravi Menon|It was the best in ten years."}},
		{name: "name opening prose with no question label",
			in: "Anton Berg was born in a small port town.\n\n" +
				"Anton Berg Later moved to the capital to study law.",
			want: nil},
		{name: "name opening prose not after a question",
			in: "((WN))  Where did it start?\n\n" +
				"((Lia Stern))  In a small workshop downtown.\n\n" +
				"((WN))  Who joined you?\n\n" +
				"Nobody at first.\n\n" +
				"Tomas Hale Runs the workshop today.",
			want: []string{"Lia Stern|In a small workshop downtown."}},
		{name: "label naming a person of the article",
			in: "Coach Rich Doyle talked to us after the final.\n\n" +
				"((Our Reporter))  How did the team prepare?\n\n" +
				"((Rich Doyle))  We trained twice a day for a month.",
			want: []string{"Rich Doyle|We trained twice a day for a month."}},
		{name: "two-word label naming no one is a question",
			in: "Coach Rich Doyle talked to us after the final.\n\n" +
				"((Our Reporter))  How did the team prepare?\n\n" +
				"((Our Reporter))  And the next match?",
			want: nil},
		{name: "only questions, no answers",
			in: "Candidate Mira Voss was sent our questionnaire.\n\n" +
				"((WN)) : Why are you running?\n\n" +
				"((WN)) : What is your first priority?",
			want: nil},
		{name: "language marker is no transcript",
			in: "Mayor Otto Lind said \"the bridge will open soon\" ((xx))Other language: the same words.\n\n" +
				"Otto Lind Opened the old bridge in 2019.",
			want: []string{"Otto Lind|the bridge will open soon"}},
	})
}

// TestStatementsInterviewDate: an answer is dated by the interview when
// the introduction dates it, else by the reference date (2025-03-10).
func TestStatementsInterviewDate(t *testing.T) {
	for _, tc := range []struct{ name, intro, want string }{
		{"interview dated", "This interview with Nadia Frey took place last year.", "2024"},
		{"interview was conducted on", "The interview with Nadia Frey was conducted on February 2.", "2025-02-02"},
		{"other interview in passing", "Nadia Frey first spoke of the plan in a 2019 interview with a local paper.", "2025-03-10"},
		{"undated", "Nadia Frey agreed to answer a few questions.", "2025-03-10"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, _ := run(tc.intro+"\n\n((WN))  Why did you build it?\n\n((Nadia Frey))  Because nobody else would.", kg.DateDay(2025, 3, 10))
			var got []string
			for _, s := range f.Statements {
				if s.Rule == "statement:interview" {
					got = append(got, s.Date.String())
				}
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("%s: interview answer dates %v, want [%s]", tc.intro, got, tc.want)
			}
		})
	}
}
