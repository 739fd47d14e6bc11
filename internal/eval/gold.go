package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Span is a byte range [Start, End) of an article's text (see TextOf) with
// the first 8 hex digits of the SHA-256 of those bytes, so that a changed
// corpus is noticed instead of silently pointing at other words.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	SHA   string `json:"sha"`
}

// GoldPerson is a named individual: Name is the fullest form the article
// uses (without Mr/Dr/Sir), Aliases every other form.
type GoldPerson struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Optional bool     `json:"optional,omitempty"`
}

// GoldOrg is an organization, named like a person.
type GoldOrg struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Optional bool     `json:"optional,omitempty"`
}

// GoldCountry is a country by ISO 3166-1 alpha-2 code (SU and YU for the
// Soviet Union and Yugoslavia). Name is a display name; Forms are the words
// the article uses for it (demonyms, capitals used as actors); they help
// resolve an extracted actor but are not scored.
type GoldCountry struct {
	ISO      string   `json:"iso"`
	Name     string   `json:"name"`
	Forms    []string `json:"forms,omitempty"`
	Optional bool     `json:"optional,omitempty"`
}

// GoldRole is a title a person holds. Person, Of and OfAlts are actor refs
// (kg ids built from gold names: person:..., org:..., country:XX). An empty
// Of means the holder is a city or region (a mayor, a governor) and any
// extracted "of" is accepted.
type GoldRole struct {
	Person    string   `json:"person"`
	Title     string   `json:"title"`
	TitleAlts []string `json:"title_alts,omitempty"`
	Of        string   `json:"of"`
	OfAlts    []string `json:"of_alts,omitempty"`
	Evidence  Span     `json:"evidence"`
	Optional  bool     `json:"optional,omitempty"`
}

// GoldMeeting is an encounter. Place is a city or region name, or
// "country:XX" when only the country is known.
type GoldMeeting struct {
	Kind         kg.MeetingKind   `json:"kind"`
	Status       kg.MeetingStatus `json:"status"`
	Participants []string         `json:"participants"`
	Date         kg.PartialDate   `json:"date"`
	Place        *string          `json:"place"`
	Evidence     Span             `json:"evidence"`
	Optional     bool             `json:"optional,omitempty"`
}

// GoldStatement is one attributed utterance. Quote holds the quoted words
// (one span per stretch between quotation marks); none for reported speech.
type GoldStatement struct {
	Speaker  string         `json:"speaker"`
	Date     kg.PartialDate `json:"date"`
	Evidence Span           `json:"evidence"`
	Quote    []Span         `json:"quote,omitempty"`
	Optional bool           `json:"optional,omitempty"`
}

// GoldArticle is the annotation of one article. File is the corpus file,
// relative to the shared folder, that holds the text.
type GoldArticle struct {
	ID             string          `json:"id"`
	Source         string          `json:"source"`
	File           string          `json:"file"`
	TextSHA256     string          `json:"text_sha256"`
	ReferenceDate  kg.PartialDate  `json:"reference_date"`
	ReferenceBasis string          `json:"reference_basis"`
	Notes          []string        `json:"notes,omitempty"`
	Persons        []GoldPerson    `json:"persons"`
	Countries      []GoldCountry   `json:"countries"`
	Organizations  []GoldOrg       `json:"organizations"`
	Roles          []GoldRole      `json:"roles"`
	Meetings       []GoldMeeting   `json:"meetings"`
	Statements     []GoldStatement `json:"statements"`

	// Split is "dev" or "heldout" (from split.json); Path the file read.
	Split string `json:"-"`
	Path  string `json:"-"`
	// Batch is the draw the article came in: 1 for the first split, k for
	// the (k-1)-th entry of Additions (0 for a file loaded alone). A later
	// batch's held-out part was never tuned on before its own annotation,
	// so it is reported apart (--by-batch) as well as in the total.
	Batch int `json:"-"`

	actors map[string]*goldActor // ref -> actor
}

// SplitSpec is split.json: which articles are for tuning (dev) and which
// are held out, drawn once at random with Seed (see SplitIDs). Dev and
// Heldout list every article of the gold; articles added later were drawn
// apart, each batch with its own seed (Additions), so that adding them left
// the earlier draw as it was. Their ids are in Dev and Heldout too, so a
// reader of those two lists alone (tools that skip held-out articles) sees
// the whole split.
type SplitSpec struct {
	Seed      uint64      `json:"seed"`
	Method    string      `json:"method"`
	Dev       []string    `json:"dev"`
	Heldout   []string    `json:"heldout"`
	Additions []SplitDraw `json:"additions,omitempty"`
}

// SplitDraw is one later batch of articles, split by SplitIDs with its own
// seed among themselves.
type SplitDraw struct {
	Seed    uint64   `json:"seed"`
	Method  string   `json:"method"`
	Dev     []string `json:"dev"`
	Heldout []string `json:"heldout"`
}

// GoldSet is a loaded gold folder. Pending lists the ids of a later
// addition that are split but not annotated yet (no article file): a batch
// is drawn before its articles are annotated, so that nobody picks which
// ones are held out after reading them.
type GoldSet struct {
	Dir      string
	Split    SplitSpec
	Articles []*GoldArticle
	Pending  []string
}

// Split names.
const (
	SplitDev     = "dev"
	SplitHeldout = "heldout"
	SplitAll     = "all"
)

// goldActor is any gold actor under its ref, with the normalised keys of
// every name form, for resolving extracted actors.
type goldActor struct {
	Ref      string
	Kind     kg.ActorKind
	Name     string
	Aliases  []string
	Optional bool
	keys     []string
}

// LoadGold reads a gold folder: split.json and articles/*.json. path may
// also be one article file, which is then loaded alone (split "dev").
// Every file is checked for structure: known fields, valid kinds, statuses
// and dates, actor refs that name a declared actor, one split per article.
func LoadGold(path string) (*GoldSet, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, kg.WrapError(kg.CodeNotFound, err, "gold %s", path)
	}
	if !fi.IsDir() {
		a, err := loadArticle(path)
		if err != nil {
			return nil, err
		}
		a.Split = SplitDev
		return &GoldSet{Dir: filepath.Dir(path), Split: SplitSpec{Dev: []string{a.ID}}, Articles: []*GoldArticle{a}}, nil
	}
	set := &GoldSet{Dir: path}
	sp := filepath.Join(path, "split.json")
	b, err := os.ReadFile(sp)
	if err != nil {
		return nil, kg.WrapError(kg.CodeBadInput, err, "gold split %s", sp)
	}
	if err := decodeStrict(b, &set.Split); err != nil {
		return nil, kg.WrapError(kg.CodeBadInput, err, "gold split %s", sp)
	}
	files, err := filepath.Glob(filepath.Join(path, "articles", "*.json"))
	if err != nil {
		return nil, kg.WrapError(kg.CodeBadInput, err, "gold %s", path)
	}
	if len(files) == 0 {
		return nil, kg.Errorf(kg.CodeBadInput, "gold %s: no articles/*.json", path)
	}
	sort.Strings(files)
	split := map[string]string{}
	for _, id := range set.Split.Dev {
		split[id] = SplitDev
	}
	for _, id := range set.Split.Heldout {
		if split[id] != "" {
			return nil, kg.Errorf(kg.CodeBadInput, "gold split %s: %q is both dev and held-out", sp, id)
		}
		split[id] = SplitHeldout
	}
	seen := map[string]string{}
	for _, f := range files {
		a, err := loadArticle(f)
		if err != nil {
			return nil, err
		}
		if prev, ok := seen[a.ID]; ok {
			return nil, kg.Errorf(kg.CodeBadInput, "gold %s: article %q already annotated in %s", f, a.ID, prev)
		}
		seen[a.ID] = f
		a.Split = split[a.ID]
		if a.Split == "" {
			return nil, kg.Errorf(kg.CodeBadInput, "gold %s: article %q is in no split of %s", f, a.ID, sp)
		}
		set.Articles = append(set.Articles, a)
	}
	added := map[string]int{}
	for i, d := range set.Split.Additions {
		for _, id := range append(append([]string{}, d.Dev...), d.Heldout...) {
			if split[id] == "" {
				return nil, kg.Errorf(kg.CodeBadInput, "gold split %s: addition id %q is not in dev or heldout", sp, id)
			}
			added[id] = i + 2
		}
	}
	for _, a := range set.Articles {
		a.Batch = 1
		if b, ok := added[a.ID]; ok {
			a.Batch = b
		}
	}
	for id := range split {
		if _, ok := seen[id]; !ok {
			if added[id] == 0 {
				return nil, kg.Errorf(kg.CodeBadInput, "gold split %s: %q has no article file", sp, id)
			}
			set.Pending = append(set.Pending, id)
		}
	}
	sort.Strings(set.Pending)
	return set, nil
}

func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the JSON value")
	}
	return nil
}

func loadArticle(path string) (*GoldArticle, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, kg.WrapError(kg.CodeBadInput, err, "gold %s", path)
	}
	a := &GoldArticle{}
	if err := decodeStrict(b, a); err != nil {
		return nil, kg.WrapError(kg.CodeBadInput, err, "gold %s", path)
	}
	a.Path = path
	if err := a.index(); err != nil {
		return nil, kg.WrapError(kg.CodeBadInput, err, "gold %s", path)
	}
	return a, nil
}

// index builds the actor table and checks every reference.
func (a *GoldArticle) index() error {
	if a.ID == "" || a.File == "" {
		return errors.New("id and file are required")
	}
	a.actors = map[string]*goldActor{}
	add := func(g *goldActor, forms []string) error {
		if _, dup := a.actors[g.Ref]; dup {
			return fmt.Errorf("actor %s declared twice", g.Ref)
		}
		for _, f := range forms {
			if k := nameKey(f); k != "" && !contains(g.keys, k) {
				g.keys = append(g.keys, k)
			}
		}
		a.actors[g.Ref] = g
		return nil
	}
	for _, p := range a.Persons {
		if err := add(&goldActor{Ref: kg.PersonID(p.Name), Kind: kg.KindPerson, Name: p.Name, Aliases: p.Aliases, Optional: p.Optional}, append([]string{p.Name}, p.Aliases...)); err != nil {
			return err
		}
	}
	for _, o := range a.Organizations {
		if err := add(&goldActor{Ref: kg.OrgID(o.Name), Kind: kg.KindOrganization, Name: o.Name, Aliases: o.Aliases, Optional: o.Optional}, append([]string{o.Name}, o.Aliases...)); err != nil {
			return err
		}
	}
	for _, c := range a.Countries {
		if len(c.ISO) != 2 || strings.ToUpper(c.ISO) != c.ISO {
			return fmt.Errorf("country %q: iso must be two capital letters", c.ISO)
		}
		if err := add(&goldActor{Ref: kg.CountryID(c.ISO), Kind: kg.KindCountry, Name: c.Name, Aliases: c.Forms, Optional: c.Optional}, append([]string{c.Name}, c.Forms...)); err != nil {
			return err
		}
	}
	ref := func(what, r string, allowEmpty bool) error {
		if r == "" && allowEmpty {
			return nil
		}
		if _, ok := a.actors[r]; ok {
			return nil
		}
		// a role may belong to a country the article never names
		if what == "role of" && kg.KindOfID(r) == kg.KindCountry && len(r) == len(kg.PrefixCountry)+2 {
			return nil
		}
		return fmt.Errorf("%s %q is not a declared actor", what, r)
	}
	for i, r := range a.Roles {
		if r.Title == "" {
			return fmt.Errorf("role %d: empty title", i)
		}
		if err := ref("role person", r.Person, false); err != nil {
			return err
		}
		if kg.KindOfID(r.Person) != kg.KindPerson {
			return fmt.Errorf("role %d: %q is not a person", i, r.Person)
		}
		for _, o := range append([]string{r.Of}, r.OfAlts...) {
			if err := ref("role of", o, true); err != nil {
				return err
			}
		}
	}
	for i, m := range a.Meetings {
		if !m.Kind.Valid() {
			return fmt.Errorf("meeting %d: kind %q", i, m.Kind)
		}
		if m.Status != kg.StatusOccurred && m.Status != kg.StatusPlanned {
			return fmt.Errorf("meeting %d: status %q", i, m.Status)
		}
		if len(m.Participants) < 2 {
			return fmt.Errorf("meeting %d: needs two participants", i)
		}
		for _, p := range m.Participants {
			if err := ref("participant", p, false); err != nil {
				return err
			}
		}
	}
	for _, s := range a.Statements {
		if err := ref("speaker", s.Speaker, false); err != nil {
			return err
		}
	}
	return nil
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// actorName gives a readable name for a ref (the ref itself if unknown).
func (a *GoldArticle) actorName(ref string) string {
	if g := a.actors[ref]; g != nil {
		return g.Name
	}
	return ref
}

// Facts counts the gold items of each type, required and optional.
func (a *GoldArticle) Facts() map[FactType][2]int {
	m := map[FactType][2]int{}
	inc := func(t FactType, opt bool) {
		c := m[t]
		if opt {
			c[1]++
		} else {
			c[0]++
		}
		m[t] = c
	}
	for _, x := range a.Persons {
		inc(Persons, x.Optional)
	}
	for _, x := range a.Countries {
		inc(Countries, x.Optional)
	}
	for _, x := range a.Organizations {
		inc(Organizations, x.Optional)
	}
	for _, x := range a.Roles {
		inc(Roles, x.Optional)
	}
	for _, x := range a.Meetings {
		inc(Meetings, x.Optional)
	}
	for _, x := range a.Statements {
		inc(Statements, x.Optional)
	}
	return m
}
