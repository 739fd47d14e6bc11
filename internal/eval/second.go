package eval

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/testcorpus"
)

// SecondAnnotation is a second annotator's reading of one gold article,
// made from the text and GUIDELINES.md alone: without the first
// annotation (the gold) and without the extractor's output. It holds the
// meetings only, the fact type whose figure is furthest from its target.
// Agreement scores it against the gold with the matcher that scores the
// extractor, which shows how far the guidelines let two careful people
// agree: a ceiling for the extractor on the same articles.
type SecondAnnotation struct {
	ID string `json:"id"`
	// Meetings name participants by gold ref (person:..., country:XX) or
	// by a gold actor's name or alias; a name the gold lacks (the second
	// annotator thought it a party) is kept and can match nothing.
	Meetings []GoldMeeting `json:"meetings"`
	Notes    []string      `json:"notes,omitempty"`

	Path string `json:"-"`
}

// LoadSecond reads every *.json of dir as a SecondAnnotation, keyed by
// article id.
func LoadSecond(dir string) (map[string]*SecondAnnotation, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, kg.WrapError(kg.CodeBadInput, err, "second annotation %s", dir)
	}
	if len(files) == 0 {
		return nil, kg.Errorf(kg.CodeBadInput, "second annotation %s: no *.json files", dir)
	}
	out := map[string]*SecondAnnotation{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, kg.WrapError(kg.CodeBadInput, err, "second annotation %s", f)
		}
		s := &SecondAnnotation{Path: f}
		if err := decodeStrict(b, s); err != nil {
			return nil, kg.WrapError(kg.CodeBadInput, err, "second annotation %s", f)
		}
		if s.ID == "" {
			return nil, kg.Errorf(kg.CodeBadInput, "second annotation %s: no id", f)
		}
		if prev, dup := out[s.ID]; dup {
			return nil, kg.Errorf(kg.CodeBadInput, "second annotation %s: article %s already read from %s", f, s.ID, prev.Path)
		}
		for i, m := range s.Meetings {
			if !m.Kind.Valid() || (m.Status != kg.StatusOccurred && m.Status != kg.StatusPlanned) || len(m.Participants) < 2 {
				return nil, kg.Errorf(kg.CodeBadInput, "second annotation %s: meeting %d needs a kind, a status (OCCURRED or PLANNED) and two participants", f, i)
			}
		}
		out[s.ID] = s
	}
	return out, nil
}

// Agreement scores the second annotation in secondDir against the gold at
// goldPath: the second annotator's required meetings play the extractor's
// part, so precision, recall, F1 and date accuracy mean what they mean for
// the extractor, and the report lists each disagreement with its sentence.
// Only the articles the second annotation covers are scored (within
// opts.Split and opts.Articles). Meetings the second annotator marked
// optional are left out, as a fact the annotator does not assert.
func Agreement(ctx context.Context, goldPath, secondDir string, w io.Writer, opts Options) (*Report, error) {
	second, err := LoadSecond(secondDir)
	if err != nil {
		return nil, err
	}
	set, err := LoadGold(goldPath)
	if err != nil {
		return nil, err
	}
	byID := map[string]*GoldArticle{}
	for _, a := range set.Articles {
		byID[a.ID] = a
	}
	var ids []string
	for id, s := range second {
		if byID[id] == nil {
			return nil, kg.Errorf(kg.CodeBadInput, "second annotation %s: article %s is not in the gold", s.Path, id)
		}
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if len(opts.Articles) > 0 {
		want := map[string]bool{}
		for _, id := range opts.Articles {
			want[id] = true
		}
		kept := ids[:0]
		for _, id := range ids {
			if want[id] {
				kept = append(kept, id)
			}
		}
		ids = kept
	}
	if len(ids) == 0 {
		return nil, kg.Errorf(kg.CodeInvalidArgument, "second annotation %s: none of its articles is selected", secondDir)
	}
	opts.Articles = ids
	opts.Types = []FactType{Meetings, MeetingsLoose}
	opts.Second = secondDir

	shared := opts.SharedDir
	if shared == "" {
		shared = testcorpus.Dir()
	}
	if shared == "" {
		return nil, kg.Errorf(kg.CodeUnavailable, "eval: the shared corpus folder was not found (set ACTORGRAPH_SHARED or pass its path); the news texts are not shipped with the repo")
	}
	var arts []*GoldArticle
	for _, id := range ids {
		arts = append(arts, byID[id])
	}
	recs, err := readRecords(ctx, shared, arts)
	if err != nil {
		return nil, err
	}
	// an evidence span is optional, but one that is given must hold
	for _, id := range ids {
		raw := TextOf(recs[id])
		for i, m := range second[id].Meetings {
			if m.Evidence == (Span{}) {
				continue
			}
			if _, err := spanText(raw, m.Evidence); err != nil {
				return nil, kg.Errorf(kg.CodeBadInput, "second annotation %s: meeting %d: %v", second[id].Path, i, err)
			}
		}
	}
	ext := func(doc kg.Document) *kg.ArticleFacts {
		id := doc.Article.ID
		a, s, r := byID[id], second[id], recs[id]
		if a == nil || s == nil || r == nil {
			return &kg.ArticleFacts{}
		}
		return s.facts(a, TextOf(r))
	}
	return Run(ctx, goldPath, ext, w, opts)
}

// facts turns the annotation into what an extractor would return: every
// gold actor under its own name (so each resolves to itself) and the
// required meetings, with their evidence sentences read from raw.
func (s *SecondAnnotation) facts(g *GoldArticle, raw string) *kg.ArticleFacts {
	out := &kg.ArticleFacts{Article: kg.Article{ID: g.ID}}
	refs := make([]string, 0, len(g.actors))
	for ref := range g.actors {
		refs = append(refs, ref)
	}
	sort.Strings(refs)
	byKey := map[string]string{}
	for _, ref := range refs {
		ga := g.actors[ref]
		a := kg.Actor{ID: ref, Kind: ga.Kind, Name: ga.Name}
		if ga.Kind == kg.KindCountry {
			a.ISO = strings.TrimPrefix(ref, kg.PrefixCountry)
		}
		out.Actors = append(out.Actors, a)
		for _, k := range ga.keys {
			if _, taken := byKey[k]; !taken {
				byKey[k] = ref
			}
		}
	}
	for _, m := range s.Meetings {
		if m.Optional {
			continue
		}
		km := kg.Meeting{Kind: m.Kind, Status: m.Status, Date: m.Date}
		for _, p := range m.Participants {
			ref := p
			if g.actors[p] == nil {
				if r, ok := byKey[nameKey(p)]; ok {
					ref = r
				} else {
					// a party the gold does not declare: give it an
					// actor of its own so the report names it
					ref = kg.PersonID(p)
					out.Actors = append(out.Actors, kg.Actor{ID: ref, Kind: kg.KindPerson, Name: p})
				}
			}
			km.Participants = append(km.Participants, kg.Participant{ActorID: ref})
		}
		if p := deref(m.Place); p != "" {
			km.PlaceID = p
			if kg.KindOfID(p) != kg.KindCountry {
				km.PlaceID = kg.PlaceID(p)
			}
		}
		if sent, err := spanText(raw, m.Evidence); err == nil {
			km.Evidence = []kg.Evidence{{ArticleID: g.ID, Sentence: sent, Start: m.Evidence.Start, End: m.Evidence.End}}
		}
		out.Meetings = append(out.Meetings, km)
	}
	return out
}
