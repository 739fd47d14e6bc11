package events

import "testing"

// TestRoleBoardMember covers "<body> board member X" and the like: a seat
// on a body's board, council or committee is that body's post.
func TestRoleBoardMember(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a known body before the seat", "Bundesbank board member Otto Lemm said rates would stay where they are.", "",
			[]string{"Otto Lemm|board member|Bundesbank"}},
		{"the short form of a company the story names", "Vossler Inc posted a loss on Monday. Vossler board member Anna Pell said the slide would not last.", "",
			[]string{"Anna Pell|board member|Vossler Inc"}},
		{"the one committee the article names", "The House Ways Committee met on Monday. Republican committee member Dan Colley said the inquiry was unfair.", "",
			[]string{"Dan Colley|committee member|House Ways Committee"}},
		{"two committees: which one, the text does not say", "The Ways Committee and the Means Committee met on Monday. Committee member Ann Pell said the inquiry was unfair.", "", nil},
		{"no body named at all", "Board member Tom Reddy resigned on Friday after a long row over pay.", "", nil},
	})
}

// TestRoleMemberOf covers a seat written with "member of": in apposition
// on either side of the name, and "Member of Parliament X".
func TestRoleMemberOf(t *testing.T) {
	checkRoles(t, []roleCase{
		{"apposition after the name", "Petr Hollan, a member of the Chilean Parliament, said the vote was unfair.", "",
			[]string{"Petr Hollan|member|Chilean Parliament"}},
		{"apposition before the name", "A member of the Chilean Parliament, Pavel Kovac, said the vote was fair.", "",
			[]string{"Pavel Kovac|member|Chilean Parliament"}},
		{"a bare Parliament: the one the story names", "The Chilean Parliament passed the bill. Jorge Pinto, a member of Parliament, said it was rushed.", "",
			[]string{"Jorge Pinto|member|Chilean Parliament"}},
		{"Member of Parliament before the name", "The Chilean Parliament passed the bill. Member of parliament (MP) Rosa Tell said it was rushed.", "",
			[]string{"Rosa Tell|Member of parliament|Chilean Parliament"}},
		{"a committee of a legislature", "Dan Colley, a member of the House Ways Committee, said the bill would pass.", "",
			[]string{"Dan Colley|member|House Ways Committee"}},
		{"a party's member holds no seat", "Lia Bertoni, a member of the Green Renewal Movement, spoke at the rally.", "", nil},
		{"a firm's board: not the body named", "Tom Ward, a member of the Guinness board, resigned on Friday.", "", nil},
		{"a unit of the body", "Dan Colley, a member of the House Ways Committee's farm panel, spoke.", "", nil},
		{"two parliaments: a bare one is unclear", "The Chilean Parliament and the Peruvian Parliament met. Jorge Pinto, a member of Parliament, said it was rushed.", "", nil},
	})
}

// TestRolePossessiveAppositive covers a post in its holder's possessive
// written in apposition before the name.
func TestRolePossessiveAppositive(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a country's long title", "Chile's Minister of State for Foreign Affairs, Pedro Alvarez, said the talks went well.", "",
			[]string{"Pedro Alvarez|Minister of State for Foreign Affairs|Chile"}},
		{"the place after the post is no part of it", "Peru's ambassador in Quito, Hugo Sanz, agreed with the plan.", "",
			[]string{"Hugo Sanz|ambassador|Peru"}},
		{"two posts of a firm", "Vossler Inc's chairman and chief executive officer, Carl Brandt, said sales rose.", "",
			[]string{"Carl Brandt|chief executive officer|Vossler Inc", "Carl Brandt|chairman|Vossler Inc"}}, // the title reader (mentions) now takes both posts, last first
		{"a person's aide holds no post of a country", "Tessel's chief of staff, Mark Tenney, said the meeting went well.", "", nil},
		{"a former post", "Chile's former ambassador to Peru, Hugo Sanz, said the plan would fail.", "", nil},
		{"one of several: plural", "One of Chile's vice presidents, Olga Semper, also commented on the plan.", "", nil},
	})
}

// TestRoleAppositiveModifiers covers the lower-case words of an
// appositive post written before its head: they are part of the post.
func TestRoleAppositiveModifiers(t *testing.T) {
	checkRoles(t, []roleCase{
		{"a kind of director", "Mara Lind, commercial director of Vossler Inc, said sales rose.", "",
			[]string{"Mara Lind|commercial director|Vossler Inc"}},
		{"after an article", "Mara Lind, the research director of Vossler Inc, said sales rose.", "",
			[]string{"Mara Lind|research director|Vossler Inc"}},
		{"a time word is no part of the post", "Mara Lind, now director of Vossler Inc, said sales rose.", "",
			[]string{"Mara Lind|director|Vossler Inc"}},
		{"a word about the holder is no part of the post", "Mara Lind, the long-serving director of Vossler Inc, said sales rose.", "",
			[]string{"Mara Lind|director|Vossler Inc"}},
	})
}
