// Package events reads roles, meetings and statements out of an article
// whose mentions are found and resolved. Its rules are deliberately
// conservative: a fact needs named (or clearly resolved) parties in the
// sentence that states it, and negated, habitual, conditional or
// questioned encounters are not facts. Every fact keeps the sentence
// range it came from and the rule that fired (kg.Evidence.Rule), so that
// `actorgraph extract` can say why it reports it:
//
//	role:title-before-name   "Russian President X", "President of Chile X", "Ambassador to Athens X"
//	role:appositive          "X, the speaker of the House,", "X, who is the secretary of state", "X became leader of Y"
//	  +same-person           the holder another title of the same person names ("the Pakistani president")
//	  +possessor             "French President X, his Prime Minister Y": the country of the person before
//	  +title-country         a title only one country uses, that country named in the article (Senator: US)
//	  +org-possessor         a company's short form with 's before the post ("Rolm's president", "X, Marsh's chief executive")
//	  +its-subject           "Lane Co said its chairman, X, resigned": the body opening the sentence as its subject
//	  +org-prefix            a body post after the short form of a company the article names ("Dome spokesman X": Dome Petroleum Ltd)
//	  +shadow-party          a shadow-cabinet post: the party opening its clause ("For the Conservatives, shadow ... X")
//	  +subject-country       a national post with no country written, in a sentence opened by a country as its bare subject
//	                         and naming no other ("Chile expects ..., finance minister X said"): that country, before the home one
//	  +sole-country          a bare "President X" / "Prime Minister X" with no home holder: the one country the article
//	                         names that has such a post and no other named holder of it (Japan has no president: the US)
//	  +previous-subject      a bare body post opening a sentence before a name ("Health spokesman X said") right after
//	                         a sentence a body opens as its subject ("The Liberal Democrats say ..."): that body's
//	  +listed-body-post      a bare "president X" listed with another body's post before a name ("chairman A and
//	                         president B"): that body's, not the inferred country's (roles_listedpost.go)
//	  +opening-firm          "Acme Inc said vice president A B will leave": a president named in full in a sentence a firm
//	                         opens, the inferred country never named in the text: the firm's
//	  +dateline-capital      a bare head's title in a story filed from a capital whose country the text also names
//	                         ("WASHINGTON - ... President X" in a story on Iran): the capital's country
//	role:coordinated-title   "Nigerian oil minister and OPEC president X": the first of two posts joined before one name,
//	                         each with a holder of its own
//	role:plural-title        "Sens. A (D-Okla.), B of Iowa and C", "Senators A and B", "EC Commissioners A and B":
//	                         each listed person holds the post
//	role:member-of           "X, a member of the Y Committee,", "A member of the Z Parliament, X,", "Member of Parliament X":
//	                         a seat in a legislature, council, board, committee or court (not a party or a firm)
//	role:party-member        "X, a member of the Y Party,", "X is a member of the Y Party", "A, B and C are (all) members of
//	                         the Y Party": membership of a named party stated with the noun (GUIDELINES 20.4)
//	role:title-of-body-appositive  "the director of the Brenner Institute, Dr X, said", "the chairman of Velcor, Y,"
//	                         (a short form of a body the article names): the post before the name, its "of" the holder
//	role:possessive-appositive  "Ruritania's minister of state for trade, X", "Acme's chairman and chief executive, Y":
//	                         the possessor (a country or a body) holds the post
//	  +home-country          a national post's holder: the dateline's country, the publisher's, or the one the article is about,
//	                         unless the article names another holder of that post of that country ("President X" in a
//	                         story on Pakistan that names Pakistan's president)
//	meeting:verb-met         "A met B", "A and B met", "A met with B and C" (one per counterpart),
//	                         "A on Friday met separately with B", "a delegation led by A met B",
//	                         "A met leaders, including B", "A is to meet the Senate Finance Committee"
//	                         (a side that names no person is its body), "A will meet B before visiting C"
//	meeting:verb-hosted      "A hosted B", "A received B", "A was received by B"
//	meeting:noun-meeting     "a meeting with B", "meetings between A and B", "a meeting of the Commission"
//	                         (chaired or hosted), "an audience with B", "the two discussed it at a meeting"
//	meeting:noun-guest       "in Rome as the guests of President B"
//	meeting:verb-joined      "A is to join B on a visit to Sheffield"
//	meeting:verb-joined-appearance "A will join B and C for a poster launch", "A lined up alongside B
//	                         at the rally": one meeting of all (meetings_mbbc.go)
//	meeting:visit-with       "a visit to Ireland with Taoiseach X": the host person met
//	talks:noun-talks         "held talks with B", "talks between A and B", "A's Moscow talks with B";
//	                         not talks only spoken of ("A said progress was made in talks with B")
//	talks:verb-talked        "A talked with B"
//	talks:verb-negotiated    "A is negotiating with B", "A agreed to negotiate with B" (not "willing to")
//	talks:verb-discussed     "A discussed trade with B"
//	call:verb-called, call:noun-call, call:verb-spoke-by-phone   telephone calls
//	summit:noun-summit       "a summit with B"
//	visit:verb-visited       "A visited Thailand and Indonesia" (one visit per country)
//	visit:noun-visit         "A's visit to X", "a two-day visit to Bonn", "after a U.S. visit"
//	visit:verb-travelled     "A travelled to / arrived in / goes to X" (officials only)
//	visit:be-in-country      "A is in the UAE to discuss ..."
//	visit:sent               "sending A to Moscow for talks"
//	visit:meeting-abroad     a meeting held in another country than the agent's: a visit there too
//	visit:spent-days-in      "A spent two days in X", "A will spend a week in Oslo" (officials only; meetings_stay.go)
//	visit:verb-stopped-in    "A will also stop in X", "A stopped off in Oslo" (officials only; meetings_stay.go)
//	visit:due-in             "A is due in Oslo on Friday", "A is expected in X next week": planned (meetings_stay.go);
//	                         "A is due here", "an IMF team is expected here" read as visit:arrived-here, planned
//	visit:noun-visit+made-by "the visit she will make to X", "the trip that A paid to X" (meetings_stay.go)
//	visit:noun-visit+home-country   "the German leader's visit" in a story filed from Buenos Aires
//	  +accompanied           co-visitors: "accompanied by X", "X will accompany A", "A, along with X, visited"
//	  +co-agent              a meeting's party set off by commas in its sentence: "A, accompanied by X, met B",
//	                         "A, along with X, held talks with B"
//	  +arrival-date          a visit under way dated by the visitor's arrival told nearby ("X arrived last night")
//	  +carried-date          an encounter with no time of its own dated by the sentence just before that
//	                         reports the same event (its people, its unnamed parties, "The announcement ...")
//	statement:speaker-verb   "X said ...", "... , X said", "the Committee and the FSB said", "X, who criticised ...",
//	                         "X is urging", "X pointed out", "X welcomed the decision", "was told by X of ...",
//	                         "X, founder of the group Y, said" (the person, not the body); a subject
//	                         pronoun continues the one who spoke just before (a few sentences back when
//	                         coreference leaves it open and nobody else is named or speaks between), and in
//	                         ""...," he said" the person the sentence before is about; what another is said to
//	                         have said inside X's reported words stays X's
//	statement:verb-speaker   "..., said X", "..., commented X"
//	statement:according-to   "according to X"
//	statement:according-to-body "..., according to the airline.": the one body named before in the story that the noun fits
//	statement:participle     "X rejected it, arguing that ...", "X, speaking on radio: "..."",
//	                         "with X describing it as ...", "X posted a message announcing ..."
//	statement:quoted-as-saying   "the agency quoted X as saying ..."
//	statement:cited-as-saying    "the paper cited X, chief of Y, as saying ..."
//	statement:cited          "X cited rising costs"
//	statement:government     "the Kenyan government said": the country ("Kenyan authorities" are unnamed officials)
//	statement:retorted       "X retorted voters would ...", "she testified ..."
//	statement:expressed      "X expressed concern over ...", "X has expressed she is ..."
//	statement:spoke-of       "X spoke of the risk that ..."
//	statement:agreed-quote   "X agreed, "...""
//	statement:claim-clause   "the Tories claim rents are rising" (a clause with its own verb, no "that")
//	statement:pledging       "X is promising to ...", "X is pledging ..."
//	statement:hit-back       "X hit back at claims that ..."
//	statement:described-scene    "X described seeing ...", "X described how ..."
//	statement:future-speech  a speech reported in advance: "he will argue", "X is to tell" (not inside another's report)
//	statement:colon-quote    "X gave his verdict: "..."": a person's clause handing over to a quotation
//	statement:body-short-form    "the ministry said": the one body of the story whose name ends with that noun
//	statement:it-continues   "Acme said ... It added ...": a subject "it" goes on with the body or country that spoke last (up to three sentences back)
//	statement:body-continues "Acme said ... The company added ...": likewise for "the company", "the bank", ... when the noun fits
//	  +story-company         "the company said" further on: the one company of the story, the last that spoke
//	statement:company-short-name "Tessel said" in a story naming "Tessel Holdings Inc": that company
//	  +reference-date        the statement has no date of its own: the article's reference date
package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/coref"
	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/extract/timex"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// Span is the sentence range [First, Last] a fact is stated in.
type Span struct{ First, Last int }

// Role is a title a person holds.
type Role struct {
	Person int // entity
	Title  string
	Of     int // entity, -1 when not stated
	Span   Span
	Rule   string
}

// Participant is an entity's part in a meeting.
type Participant struct {
	Entity int
	Role   string // "visitor", "host" or ""
}

// Meeting is an encounter.
type Meeting struct {
	Kind         kg.MeetingKind
	Status       kg.MeetingStatus
	Participants []Participant
	Date         kg.PartialDate
	Place        int // entity (a place or a country), -1 when unknown
	Span         Span
	Rule         string
	agents       []int // who did the meeting (its clause's subject): the visitor a meeting abroad implies
}

// Statement is what an actor said.
type Statement struct {
	Speaker int
	Quote   string
	Text    string
	Date    kg.PartialDate
	About   []int
	Span    Span
	Rule    string
}

// Facts are an article's events.
type Facts struct {
	Roles      []Role
	Meetings   []Meeting
	Statements []Statement
}

// CountryEntity returns the entity of the country with that ISO code,
// adding it when the article never names it (a visit to "Beijing" has
// China as its host).
type CountryEntity func(iso string) int

type extractor struct {
	bodyPairs        bool // pair reads "the two companies" as two bodies (meetings)
	d                *segment.Doc
	g                *gazetteer.Gazetteer
	md               *mentions.Doc
	cr               *coref.Result
	ref              kg.PartialDate
	country          CountryEntity
	opts             Options
	home             string               // ISO code of the article's home country, "" when unclear
	textHome         string               // the home country by what the text names alone
	homeFromDateline bool                 // the home country is the dateline's
	hereSet          bool                 // hereCountry has looked once
	homeNamedMemo    int8                 // homeNamed's answer: 0 not asked yet, 1 no, 2 yes (in the bools' padding)
	abroadMemo       int8                 // localeAbroad's answer, the same way
	hereEnt          int32                // its answer (int32 and next to the bools: in their padding, so the struct keeps its size class)
	bySent           [][]int              // mention indices per sentence
	pendingVisits    []pendingVisit       // noun visits with no destination, settled once the article is read
	saidIt           []saidIt             // "The company said it ...": bodies statements resolved, for meetings read again
	saidBody         saidIt               // the one of saidIt meetings is reading again (on: set)
	dateCache        map[int][]timex.Expr // date expressions per sentence (and reading)
	standIns         map[int]bool         // countries read as "the presidents of X and Y": sides of an encounter
	groupStandIns    map[int]bool         // bodies or countries read as "X officials": sides that name no person
	roundCountries   map[int]int          // countries read as "officials in A, B and C" (sentence+1): a round of talks, one per country
	aheadCache       map[string]bool      // eventAhead per event noun: one scan of the article each, not one per trigger
	triggers         []int                // meeting triggers of the current sentence
	trigFound        []trigger            // the triggers behind triggers, whole
	meetTrigs        []trigger            // meetings' copy of trigFound: meeting reloads triggers for other sentences
	trigArr          [2][4]trigger        // first backing arrays of trigFound and meetTrigs: most sentences hold few triggers
	dates            []timex.Expr
	qbuf             []int
	postTies         [][2]int // (descriptor mention, person) ties statements made for an unresolved definite post
	out              Facts
}

// Options carry what the text alone does not say.
type Options struct {
	// Locale is the ISO code of the country the publication writes from
	// (BBC: GB), the holder of a national title the text leaves bare
	// when the article itself points nowhere else; "" when unknown.
	Locale string
	// Title is the headline when the text does not open with it: the
	// countries it names weigh in the article's home country.
	Title string
}

// Extract finds the roles, meetings and statements of an article.
func Extract(d *segment.Doc, g *gazetteer.Gazetteer, md *mentions.Doc, cr *coref.Result, ref kg.PartialDate, country CountryEntity, opts Options) *Facts {
	x := &extractor{d: d, g: g, md: md, cr: cr, ref: ref, country: country, opts: opts}
	x.trigFound, x.meetTrigs = x.trigArr[0][:0], x.trigArr[1][:0]
	x.bySent = make([][]int, len(d.Sentences))
	// one backing array for all sentences (a counting sort that keeps the
	// mentions' order) instead of a slice grown per sentence
	count := make([]int, len(d.Sentences)+1)
	for i := range md.Mentions {
		count[md.Mentions[i].Sent+1]++
	}
	for s := 1; s < len(count); s++ {
		count[s] += count[s-1]
	}
	all := make([]int, len(md.Mentions))
	for s := range x.bySent {
		if n := count[s+1] - count[s]; n > 0 {
			x.bySent[s] = all[count[s]:count[s]:count[s+1]]
		}
	}
	for i := range md.Mentions {
		s := md.Mentions[i].Sent
		x.bySent[s] = append(x.bySent[s], i)
	}
	x.home, x.textHome = x.homeCountry()
	x.roles()
	x.bodyPairs = true // "the two companies" are bodies for meetings only (pair)
	for si := range d.Sentences {
		if d.Sentences[si].Headline || d.Sentences[si].Dateline {
			continue
		}
		x.meetings(si)
	}
	x.afterMeetings()
	x.forumVisits() // meetings_forumvisit.go
	x.bodyPairs = false
	x.carryDates()
	x.fewerNamed()
	x.statements()
	x.saidItMeetings()
	x.describedTalksMeetings()
	x.heldPostRoles()
	x.dropHostOfficials()
	return &x.out
}

func (x *extractor) text(i int) string { return x.d.TokenText(i) }

func (x *extractor) lower(i int) string { return x.d.Lower(i) }

// mentionAt returns the mention covering token k, or -1 (also for a k
// out of range: rules look left and right freely).
func (x *extractor) mentionAt(k int) int32 {
	if k < 0 || k >= len(x.md.ByToken) {
		return -1
	}
	return x.md.ByToken[k]
}

// openingMention returns the mention that starts at token k, or at the
// token after a "the" there ("the IMF"), with the token it starts at; -1
// when no mention starts there.
func (x *extractor) openingMention(k int) (int32, int) {
	if x.lower(k) == "the" {
		k++
	}
	mi := x.mentionAt(k)
	if mi < 0 || int(x.md.Mentions[mi].First) != k {
		return -1, k
	}
	return mi, k
}

// actor returns the actor entity a mention denotes, or -1.
func (x *extractor) actor(mi int) int {
	m := &x.md.Mentions[mi]
	var e int
	switch m.Kind {
	case mentions.Person, mentions.Country, mentions.Org, mentions.Descriptor:
		e = m.Entity
	case mentions.Pronoun:
		e = x.cr.Pronoun(mi)
	case mentions.Pair:
		if p := x.pair(mi); p != nil {
			e = p[0]
		} else {
			e = -1
		}
	default:
		return -1
	}
	if e < 0 || x.cr.Entities[e].IsPlace() {
		return -1
	}
	return e
}

func (x *extractor) isPerson(e int) bool { return e >= 0 && x.cr.Entities[e].Kind == kg.KindPerson }
