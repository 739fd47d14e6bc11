package events

import "testing"

// TestStatementsCodeNameSpeaker: a body named only by a code name no list
// knows (an acronym, a name with a capital inside) speaks when it is the
// subject of a verb of speech; it stands for the body whose initials it
// is when the text named that body before. Not after a preposition (an
// unnamed spokesman's employer), not letters after a person's name, not
// a short form of a longer name the text gives, not a "Mc"/"De" surname.
func TestStatementsCodeNameSpeaker(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "acronym", in: "ZTX said its output fell 4 pct in May.",
			want: []string{"ZTX"}},
		{name: "the acronym stated", in: "Fees will double. The QPRA stated that fees would rise again next year.",
			want: []string{"QPRA"}},
		{name: "capital inside, after an opener", in: "On Monday, KorTel announced that it would cut 200 jobs.",
			want: []string{"KorTel"}},
		{name: "has said", in: "The line will close. VelaNet has said it will keep the depot open.",
			want: []string{"VelaNet"}},
		{name: "initials of a body named before", in: "The Northern Valve Authority opened a plant in Leeds. The NVA said costs had risen.",
			want: []string{"Northern Valve Authority"}},
		{name: "spokesman for", in: "A spokesman for the QPRA said fees would rise.",
			want: nil},
		{name: "letters after a name", in: "Judge Ann Roe, QC told the court the case was weak.",
			want: nil},
		{name: "short form of a longer name", in: "ZTX Holdings Ltd cut its dividend. ZTX said profits fell.",
			want: nil}, // no body "ZTX" of its own: the firm's own rules read the short form
		{name: "Mc surname", in: "The depot will close. McAdam said the plan had failed.",
			want: []string{"McAdam"}}, // a person known by the surname (coref loneSurnames), no body
		{name: "plural say", in: "The depot will close. MPs say the plan has failed.",
			want: nil},
	})
}
