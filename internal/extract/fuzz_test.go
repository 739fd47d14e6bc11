package extract

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/samples"
)

// FuzzExtract runs the unguarded pipeline on arbitrary text: it must not
// panic, every evidence must be its own sentence of the text, and the
// rendered record must be valid UTF-8 JSON.
func FuzzExtract(f *testing.F) {
	if docs, err := samples.Documents(); err == nil {
		for _, d := range docs {
			f.Add(d.Text)
		}
	}
	for _, s := range []string{
		"", "“", "”Yet“ said.", "Mr.", "Mr. X said “", "A\n\nB", "\xff\xfe\xfd", "U.S.-led “quote.”Then Mr. Y said.",
		"President Putin met Xi on May 16, 2024 in Beijing.", "He said: \"one. \"two.", "On May 32, 2024 they met.",
		"Ms. von der Leyen, the leader, said “no” — and left.", "(A/B via Getty Images)", "OSLO, March 3, 2025 — Ms. A met Mr. B.",
		"Ana Roe is in Norway from", // a stay's preposition as the last token: no date after it
		// the meeting rules of round 17, each cut right after its cue word
		"Ana Roe had a blazing row with", "Ana Roe clashed on Thursday with", "NAIROBI, March 3 - A Fund team arrived",
		"The trio, Ana Roe, Tom Hale and Carl Diaz, have met", "Acme said its management has continued talks with",
		"The Acme board met on Monday, chaired by", "Ana Roe told reporters at the", "Ana Roe meets Tom Hale on",
		"Ana Roe will pay a two-day visit to Kenya on Thursday and", "Tom Hale, a London banker who",
		// the other rules of round 17's third batch, each cut right after its cue
		"The Lord Chancellor, Lord", "Fees will rise, the education secretary has said.", "Orvel Dane said its",
		"Harbour Rail, which runs the lines,", "Her films include Dark Water,", "Qantas, the national airline, said. The airline",
		"Acme Corp said profits rose. Tom Hale, Acme president,", "Ana Roe urged a meeting with", "after the breakdown of talks with",
		"WASHINGTON, March 3 - President", "Deputy U.S. Trade Representative", "the Queen", "with shadow chancellor",
		// the meeting rules of round 18, each cut right after its cue
		"Ana Roe is due to join Tom Hale for a", "Ana Roe joined Tom Hale -", "Ana Roe joined Tom Hale - the chief - and",
		"Ana Roe will line up alongside", "The truce held, with Ms Roe joining", "Ana Roe spent two days in", "Ana Roe spent two",
		"Ana Roe will stop off in", "Ana Roe said he and Tom Hale will leave May 3 and spend", "ahead of the visit she will make to",
		"the visit that", "A paper claimed that during a trip to Norway,", "OSLO, March 3 - A World Bank (",
		"OSLO, March 3 - A World Bank (WB) mission is expected here", "Ana Roe is expected in", "Ana Roe is due",
		"Ana Roe flew on Friday evening to", "Ana Roe spent two days in\n\nNorway.",
		// round 18's summit and mprec rules, each cut right after its cue
		"Ana Roe met Tom Hale. They spoke at the Roe-Hale summit", "the Roe-", "-Hale summit", "Ana Roe and Tom Hale strike at their summit later in the",
		"Aide Bob Marr recalled Ana Roe's invitation to Tom Hale, made at their", "Tom Hale attended the Acme Fund and", "the Acme Fund (AF) and Beta Bank",
		"the spring meetings of the Acme Fund and the", "Tom Hale is attending the Beta Bank/", "as Ana Roe had said while attending the",
		"Crown Prince Tom and Crown Princess", "he and his wife,", "Ana Roe and her deputy, Tom Hale,", "Trouble-hit", "Cash-hit Acme Co",
		"Tom Hale said he believed Ana Roe had held talks with", "to suggest the", "In March 2009 they met, and later in the", "Later in the week",
		"Ana Roe and Tom Hale attended a summit in Lima, Peru", "the talks, to be held in",
		// round 18's talks, mcoref and round rules, each cut right after its cue
		"Ana Roe is to call on", "Ana Roe paid a courtesy call on President", "Ana Roe calls on officials of",
		"the Chile-", "the Chile-Peru", "at the earlier Roe-", "U.S.-", "the U.S.-Japan trade", "Kenyan-Peruvian talks have yet to",
		"talks between Ana Roe and", "Ana Roe flew to Lima for talks with", "Ana Roe met his Alberta counterpart,",
		"Ana Roe noted Tom Hale's letter to Carl Diaz, sent before their", "The head of the Acme union, Ana Roe,",
		"Last Friday Ana Roe,", "Acme will head", "Ana Roe praised Tom Hale, who he met", "Ana Roe is to meet soon with",
		"Ana Roe met officials in Kenya, Peru and", "The Senate team", "The Acme Association, AA, board of",
		"Ana Roe met leaders of the", "Acme executives and Tana members met",
		// the meeting-date cues of round 18 (lane mdate), each cut right after its cue
		"Ana Roe met Tom Hale on the sidelines of", "an April-5-", "an April-5-6", "on April-5, 1987", "the visit of Ana Roe, which starts on",
		"Ana Roe, on the first day of", "at the close of a two-day trip to Norway", "Ana Roe yesterday warned during a", "to coincide with the",
		"talks on Sunday during a stopover", "Ana Roe will tour Norway. Aides say the trip is arranged for May 2 to", "an eight-day,", "Aides begin talks tomorrow with envoys.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := kg.Document{Article: kg.Article{ID: "fuzz"}, Text: text}
		res := analyze(doc, Options{})
		checkEvidence(t, doc, res.Facts)
		b, err := json.Marshal(Render(res.Facts, WithReferenceDate(res.ReferenceDate)))
		if err != nil {
			t.Fatalf("render: %v", err)
		}
		if !utf8.Valid(b) {
			t.Fatalf("record is not UTF-8")
		}
	})
}

func checkEvidence(t *testing.T, doc kg.Document, f *kg.ArticleFacts) {
	t.Helper()
	var all []kg.Evidence
	for _, r := range f.Roles {
		all = append(all, r.Evidence...)
	}
	for _, m := range f.Meetings {
		all = append(all, m.Evidence...)
	}
	for _, s := range f.Statements {
		all = append(all, s.Evidence...)
	}
	for _, e := range all {
		if e.Start < 0 || e.End > len(doc.Text) || e.Start > e.End || doc.Text[e.Start:e.End] != e.Sentence {
			t.Fatalf("evidence %d:%d is not its sentence", e.Start, e.End)
		}
	}
}
