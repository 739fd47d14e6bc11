package coref

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// postHolder resolves text and returns the name of the person the
// n-th definite post (a Descriptor with a title) of the text stands
// for, "" when unresolved, or "?" when there is no such post.
func postHolder(t *testing.T, text string, n int) string {
	t.Helper()
	g := gazetteer.Default()
	md := mentions.Find(segment.Segment(text), g)
	r := Resolve(md, g)
	for _, m := range md.Mentions {
		if m.Kind != mentions.Descriptor || m.Title == nil {
			continue
		}
		if n > 0 {
			n--
			continue
		}
		if m.Entity < 0 {
			return ""
		}
		return r.Entities[m.Entity].Name
	}
	return "?"
}

// TestPostRank: a post is not the holder of the same head with a
// subordinate or an opposition rank ("shadow", "deputy", "assistant").
func TestPostRank(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Foreign Secretary Tom Reed defended the treaty. The foreign secretary said it would hold.", "Tom Reed"},
		{"Shadow foreign secretary Tom Reed attacked the treaty. The foreign secretary said it would hold.", ""},
		{"Deputy Mayor Ana Ruiz opened the fair. The mayor said the fair would return next spring.", ""},
		{"Deputy Mayor Ana Ruiz opened the fair. The deputy mayor said the fair would return next spring.", "Ana Ruiz"},
	}
	for _, tc := range tests {
		if got := postHolder(t, tc.in, 0); got != tc.want {
			t.Errorf("%q: post is %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPostNamedLater: a national post no earlier name holds is the one
// person the story names with it later, before any untitled person named
// earlier; not a body's post, and not "leader" for another head.
func TestPostNamedLater(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tom Reed attacked the home secretary's asylum rules. Mr Reed spoke at a rally. Home Secretary Carl Owens replied on Friday.", "Carl Owens"},
		{"Norway's energy minister flew to Lagos on Monday. Norwegian Energy Minister Ola Berg hopes to sign a gas deal.", "Ola Berg"},
		// a body's post: the spokesman first quoted may be unnamed
		{"The spokesman said the mill would close. Acme spokesman Carl Owens denied it a day later.", ""},
		// another head than the post's own
		{"Party members chose the new Liberal leader on Sunday. Prime Minister Carl Owens congratulated the winner.", ""},
	}
	for _, tc := range tests {
		if got := postHolder(t, tc.in, 0); got != tc.want {
			t.Errorf("%q: post is %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPostNotThePronoun: the one untitled person who could hold a post
// does not when a pronoun for that person is the subject before it.
func TestPostNotThePronoun(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tom Reed toured the port. Mr Reed spoke to dockers. Critics urged the prime minister to act.", "Tom Reed"},
		{"Tom Reed toured the port. Mr Reed spoke to dockers. He urged the prime minister to act.", ""},
	}
	for _, tc := range tests {
		if got := postHolder(t, tc.in, 0); got != tc.want {
			t.Errorf("%q: post is %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPostIntroducesName: a lead's post that comes before any name is
// the person the next sentence opens with, when that person bears no
// title in the story and is named again.
func TestPostIntroducesName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"School fees in rural districts will be frozen, the education secretary has said. Ann Roe told a teachers' conference the freeze was affordable. Ms Roe also promised new buses.", "Ann Roe"},
		// the next sentence opens with someone who has a title of their own
		{"School fees in rural districts will be frozen, the education secretary has said. Union leader Ann Roe called the freeze a stunt. Ms Roe also wants new buses.", ""},
		// a person named before the post may be its holder or not
		{"Carl Owens visited a school in Leeds. School fees will be frozen, the education secretary has said. Ann Roe told teachers the freeze was affordable. Ms Roe also promised buses.", ""},
		// named only once
		{"School fees in rural districts will be frozen, the education secretary has said. Ann Roe told a teachers' conference the freeze was affordable.", ""},
	}
	for _, tc := range tests {
		if got := postHolder(t, tc.in, 0); got != tc.want {
			t.Errorf("%q: post is %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPostApposed: a name set off by commas after a post is its holder,
// also after an honorific; not a name that goes on without a comma.
func TestPostApposed(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Lord Penrose criticised the bill. The Lord Chancellor, Lord Amberley, defended it in the chamber.", "Amberley"},
		{"Lord Penrose criticised the bill. The Lord Chancellor, Lord Amberley and two judges defended it in the chamber.", ""},
	}
	for _, tc := range tests {
		if got := postHolder(t, tc.in, 0); got != tc.want {
			t.Errorf("%q: post is %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestLocalPostHolder: a city's or region's post ("the mayor") is the
// one untitled person named twice before it, but not one named in its
// own sentence.
func TestLocalPostHolder(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Dana Holt opened the new tram line. Ms Holt rode the first car. The mayor said fares would stay low.", "Dana Holt"},
		{"Dana Holt opened the new tram line. Ms Holt rode the first car. The mayor said Ms Holt had paid for nothing.", ""},
	}
	for _, tc := range tests {
		if got := postHolder(t, tc.in, 0); got != tc.want {
			t.Errorf("%q: post is %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPostHeadSuffix: a one-word post is the one person titled before
// with a longer title ending in that word, unless two are, or a rank
// tells them apart.
func TestPostHeadSuffix(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Crown Prince Omar bin Talal landed in Oslo. The prince met bankers at noon.", "Omar bin Talal"},
		{"Crown Prince Omar bin Talal landed in Oslo with Crown Prince Ali Nasser. The prince met bankers at noon.", ""},
		{"Vice President Dana Holt landed in Oslo. The president met bankers at noon.", ""},
	}
	for _, tc := range tests {
		if got := postHolder(t, tc.in, 0); got != tc.want {
			t.Errorf("%q: post is %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPostInApposition: a post hanging from the apposition after a
// name ("adviser to the prime minister") is someone else's than the
// name's; the apposition itself is the name's.
func TestPostInApposition(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tom Reed toured the docks. Tom Reed, an adviser to the prime minister, said exports would grow.", ""},
		{"Tom Reed toured the docks. Mr Reed spoke to the crews. The prime minister said exports would grow.", "Tom Reed"},
	}
	for _, tc := range tests {
		if got := postHolder(t, tc.in, 0); got != tc.want {
			t.Errorf("%q: post is %q, want %q", tc.in, got, tc.want)
		}
	}
}
