package coref

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/google/go-cmp/cmp"
)

// TestCouldHold: an unresolved post that two untitled people could hold
// may be the one the story names most, never the other, and never a
// person named in the post's own sentence.
func TestCouldHold(t *testing.T) {
	tests := []struct {
		in     string
		person string
		want   bool
	}{
		{"Tom Reed met Carl Owens. Mr Reed left. Mr Owens stayed. Mr Reed spoke. The prime minister smiled.", "Tom Reed", true},
		{"Tom Reed met Carl Owens. Mr Reed left. Mr Owens stayed. Mr Reed spoke. The prime minister smiled.", "Carl Owens", false},
		{"Tom Reed met Carl Owens. Mr Reed left. Mr Owens stayed. Mr Owens spoke. The prime minister smiled.", "Tom Reed", false}, // named as often
		{"Tom Reed met Carl Owens. Mr Reed left. Mr Owens stayed. Mr Reed spoke. The prime minister praised Mr Reed.", "Tom Reed", false},
		{"Tom Reed met Carl Owens. Mr Reed left. Mr Owens stayed. Mr Reed spoke. The spokesman smiled.", "Tom Reed", false}, // a body's post
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		md := mentions.Find(segment.Segment(tc.in), g)
		r := Resolve(md, g)
		post, e := -1, -1
		for i, m := range md.Mentions {
			if m.Kind == mentions.Descriptor && post < 0 {
				post = i
			}
		}
		for i := range r.Entities {
			if r.Entities[i].Name == tc.person {
				e = i
			}
		}
		if post < 0 || e < 0 {
			t.Fatalf("%q: no post or no %s", tc.in, tc.person)
		}
		if got := r.CouldHold(post, e); got != tc.want {
			t.Errorf("%q: CouldHold(post, %s) = %v, want %v", tc.in, tc.person, got, tc.want)
		}
	}
}

// TestPronounAfterQuotedAsSaying: after "A quoted B as saying", a
// sentence-initial pronoun is B, who goes on speaking, not A.
func TestPronounAfterQuotedAsSaying(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Carl Owens quoted finance minister Tom Reed as saying the deal was near. He said talks would resume.", "Tom Reed"},
		{"Carl Owens quoted energy and mines minister Tom Reed as saying the deal was near. He said talks would resume.", "Tom Reed"},
		// no "as saying": the subject goes on
		{"Carl Owens quoted Tom Reed at length. He said talks would resume.", "Carl Owens"},
	}
	for _, tc := range tests {
		if got := lastPronoun(tc.in); got != tc.want {
			t.Errorf("%q: pronoun is %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestUntitledHolderRepeated: a post resolved once keeps its holder a
// candidate for the same post later (also written "the premier"), so a
// later mention never falls to someone else by elimination; and a
// person whose surname the story also gives someone else is no holder.
func TestUntitledHolderRepeated(t *testing.T) {
	tests := []struct {
		in   string
		want []string // holder of each post mention, in order
	}{
		{"Tom Reed spoke in Leeds. Mr Reed left. The prime minister said it went well. Carl Owens spoke. Mr Owens left. The prime minister smiled.",
			[]string{"Tom Reed", ""}},
		{"Tom Reed spoke in Leeds. Mr Reed left. The prime minister said it went well. Carl Owens spoke. Mr Owens left. The premier smiled.",
			[]string{"Tom Reed", ""}},
		{"Ian Blake spoke in Leeds. Mr Ian Blake left. Tom Blake arrived. Blake said no. The prime minister smiled.",
			[]string{""}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, descriptorHolders(tc.in)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.in, diff)
		}
	}
}

// TestPostHolders: two head-of-government posts two untitled people
// could hold are given by what the other sentences rule out: a person
// named in a post's own sentence is not its holder, and one person
// holds one of two posts.
func TestPostHolders(t *testing.T) {
	tests := []struct {
		in   string
		want []string // holder of each post mention, in order
	}{
		// "Mr Reed phoned the chancellor": the chancellor is Owens; the
		// prime minister is then Reed
		{"Tom Reed and Carl Owens met in Leeds. The prime minister spoke first. Mr Reed later phoned the chancellor. Mr Owens left early.",
			[]string{"Tom Reed", "Carl Owens"}},
		// "the president" is not Reed, who is named beside it; so the
		// prime minister, another post, is Reed
		{"Tom Reed hosted Carl Owens in Leeds. Mr Owens arrived late. The prime minister gave a speech. Mr Reed said the president was welcome.",
			[]string{"Tom Reed", "Carl Owens"}},
		// a possessive name rules nobody out
		{"Tom Reed met Carl Owens. Mr Reed left. Mr Owens stayed. Mr Reed's aide said the prime minister was tired.",
			[]string{""}},
		// every sentence names both, or neither: nothing to go on
		{"Tom Reed met Carl Owens. Mr Reed left. Mr Owens stayed. The prime minister said Mr Reed and Mr Owens agreed.",
			[]string{""}},
		// two sentences leave different people: no holder
		{"Tom Reed met Carl Owens. Mr Reed left. Mr Owens stayed. The prime minister praised Mr Reed. Mr Owens thanked the prime minister. The chancellor smiled.",
			[]string{"", "", ""}},
		// one post only: it may be a third person the story never names
		{"Tom Reed met Carl Owens. Mr Reed left. Mr Owens stayed. The prime minister praised Mr Reed.",
			[]string{""}},
		// "the senator" is one of many, not one post
		{"Tom Reed and Carl Owens met in Leeds. The senator spoke first. Mr Reed later phoned the chancellor. Mr Owens left early.",
			[]string{"", ""}},
		// a body's post is never resolved this way
		{"Tom Reed met Carl Owens. Mr Reed left. Mr Owens stayed. Mr Reed thanked the spokesman.",
			[]string{""}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, descriptorHolders(tc.in)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.in, diff)
		}
	}
}

// descriptorHolders resolves text and returns, for each post mention in
// order, the name of the person it was resolved to ("" for none).
func descriptorHolders(text string) []string {
	g := gazetteer.Default()
	md := mentions.Find(segment.Segment(text), g)
	r := Resolve(md, g)
	var got []string
	for i, m := range md.Mentions {
		if m.Kind != mentions.Descriptor {
			continue
		}
		name := ""
		if e := r.Entity(i); e != nil {
			name = e.Name
		}
		got = append(got, name)
	}
	return got
}
