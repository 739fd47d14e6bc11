package mentions

import "testing"

// TestPersonCues pins the person rules of persons.go on invented
// sentences: the names must be people (want), and the phrases in not must
// be no person's name.
func TestPersonCues(t *testing.T) {
	tests := []personCase{
		// occupations before a name or in apposition after it
		{"lower-case occupation", "The panel chose pianist Tilda Marsk to open the night.", []string{"Tilda Marsk"}, nil},
		{"lower-case professor", "The party nominated professor Tilda Marsk for the post.", []string{"Tilda Marsk"}, nil},
		{"occupation in apposition", "Velko Drashani, a Bulgarian chess player with a high rating, was detained.", []string{"Velko Drashani"}, nil},
		{"occupation word as surname", "Senator Barbara Boxer spoke first.", []string{"Barbara Boxer"}, []string{"Barbara"}},
		{"occupation inside a thing's name", "A flaw in Media Player, Mail Client and Web Browser was fixed.", nil, []string{"Mail Client", "Web Browser", "Media Player"}},
		{"occupation inside an event's name", "The long Iran Hostage Crisis ended that year.", nil, []string{"Crisis", "Hostage Crisis"}},
		{"capitalised old occupation keeps its title", "US Attorney Dana Ruiz said the case was closed.", []string{"Dana Ruiz"}, []string{"Attorney Dana Ruiz"}},
		// name shapes
		{"generational suffix", "Prosecutor Aldo Finch Jr. said the case was closed.", []string{"Aldo Finch Jr."}, []string{"Aldo Finch"}},
		{"post-nominal letters", "Judge Mara Quill QC said no.", []string{"Mara Quill"}, []string{"Mara Quill QC"}},
		{"caption glued to a name", "Orla VentImage: Press Office.", nil, []string{"Orla VentImage"}},
		{"telescope named after a person", "Astronomers wait for the Marcus Webb Telescope to launch.", nil, []string{"Marcus Webb", "Marcus Webb Telescope"}},
		{"beach named after a person", "Fans gathered at Corinna Beach for the race.", nil, []string{"Corinna Beach"}},
		{"facility named after a person", "He was moved to the Walter K. Orme Correctional Facility last year.", nil, []string{"Walter K. Orme", "Walter K. Orme Correctional Facility"}},
		{"mine named after a person", "Output at the Edna Mine fell by a third.", nil, []string{"Edna Mine"}},
		{"lecture named after a person", "She gave the annual Hugo Brandt Lecture in May.", nil, []string{"Hugo Brandt", "Hugo Brandt Lecture"}},
		{"surname before a facility noun elsewhere", "Senator Ivo Beachley said the mine would close.", []string{"Ivo Beachley"}, nil},
		{"accords named after a person", "He praised the Oskar Accords again.", nil, []string{"Oskar Accords"}},
		{"a body's name after on before a speech verb", "The Commission on Grand Debates announced the date.", nil, []string{"Grand Debates"}},
		{"initial before a given name", "The board replaces R. Joseph Tallow, who will stay on.", []string{"R. Joseph Tallow"}, nil},
		{"initial before a given name and a firm's word", "The fund sold its stake in K. Martin Industries last year.", nil, []string{"K. Martin Industries", "Martin Industries"}},
		{"General opening a firm's name", "Prices rose, a General Widgets spokesman said.", nil, []string{"Widgets", "General Widgets"}},
		{"General opening an accord's name", "Talks on the General Tariff Rules resumed.", nil, []string{"Tariff Rules"}},
		{"General before a full name", "The army chief, General Tomas Varrick, resigned.", []string{"Tomas Varrick"}, nil},
		{"nickname in double quotes", "Critics said Thomas \"Tuck\" Ravelle had left.", []string{"Thomas Ravelle"}, []string{"Thomas"}},
		{"nickname in single quotes", "The forum was run by Martin 'mavo' Olsberg and two others.", []string{"Martin Olsberg"}, []string{"Martin"}},
		{"nickname before a two-word surname", "She married Henry \"Hal\" Van Orden in 1951.", []string{"Henry Van Orden"}, nil},
		{"unlisted given name before a listed nickname", "Police named the officer as Tavita \"Tom\" Ruaro on Friday.", []string{"Tavita Ruaro"}, []string{"Tavita", "Ruaro"}},
		{"describing word before a quoted given name", "He played an Anglicised \"Jimmy\" Crane in the film.", nil, []string{"Anglicised Crane"}},
		{"quoted letter in a firm's name", "Shares of Games \"R\" Fun fell.", nil, []string{"Games Fun", "Fun"}},
		{"quoted verb between names", "Orwin \"sold\" Tasker shares.", nil, []string{"Orwin Tasker"}},
		// occupations of broadcasting and sport before a name (titles.tsv)
		{"DJ before a name", "Breakfast DJ Orla Venn will host the late show.", []string{"Orla Venn"}, []string{"DJ Orla Venn"}},
		{"DJ opening a sentence", "DJ Tobin Rask has left the station.", []string{"Tobin Rask"}, []string{"DJ Tobin Rask"}},
		{"rugby position opening a sentence", "Fly-half Dario Venn is an injury doubt.", []string{"Dario Venn"}, []string{"Fly-half Dario Venn"}},
		{"football position in lower case", "The club sold winger Petr Valko to a rival.", []string{"Petr Valko"}, nil},
		{"position word inside a firm's name", "Shares of Winger Tools Inc rose.", nil, []string{"Tools Inc", "Winger Tools"}},
		// a hyphenated describing word before a given name (hyphenDescriber)
		{"hyphenated describer opening a sentence", "Co-star Livia Marsk flew in for the gala.", []string{"Livia Marsk"}, []string{"Co-star Livia Marsk"}},
		{"hyphenated age opening a sentence", "Twelve-year-old Tomas Vrell won the junior title.", []string{"Tomas Vrell"}, nil},
		{"hyphenated given name stays", "Jean-Paul Vrell said the deal was off.", []string{"Jean-Paul Vrell"}, nil},
		{"hyphenated describer before a firm", "Family-owned Tomas Vrell Holdings said it sold the unit.", nil, []string{"Tomas Vrell"}},
		// a title word as a surname (titleSurname)
		{"title word as a surname before a verb", "Bank governor Hugo King warned of higher rates.", []string{"Hugo King"}, []string{"Hugo"}},
		{"title word as a surname before a comma", "Losses will grow, said Orla Judge, a trader in Leeds.", []string{"Orla Judge"}, nil},
		{"title word as a surname before a possessive", "Shares rose after Ivo Bishop's firm bid.", []string{"Ivo Bishop"}, nil},
		{"title before a name is no surname", "Crowds cheered when Jordan King Tavor arrived.", nil, []string{"Jordan King"}},
		{"title before of is no surname", "She wrote a life of Mary Queen of Gorse.", nil, []string{"Mary Queen"}},
		{"acronym title is no surname", "The Leeds Kelvin MP, who left the party, spoke.", nil, []string{"Kelvin MP"}},
		// stop words also borne as surnames (words.txt)
		{"stop word as a surname", "Critics singled out Tamsin Back and Ivo Rennart.", []string{"Tamsin Back", "Ivo Rennart"}, nil},
		{"stop word before a capitalised word", "She read Orin Read More Books to the class.", nil, []string{"Orin Read"}},
		// contexts only a person fits
		{"relative clause on who", "The firm chose Orwin Tasker, who ran its Lagos office.", []string{"Orwin Tasker"}, nil},
		{"who after a plural group", "Senate Liberals, who hold the chair, objected.", nil, []string{"Senate Liberals"}},
		{"who after a firm's word", "He praised Orwin Holdings, who paid on time.", nil, []string{"Orwin Holdings"}},
		{"who after a describing word and a name", "Referee Orwin Tasker, who sent him off, spoke.", nil, []string{"Referee Orwin Tasker"}},
		{"age before", "The first victim was 40-year-old Zadok Pirrell, a neighbour.", []string{"Zadok Pirrell"}, nil},
		{"age before a shop", "Last week a 70-year-old Vrenn Tolkas 4 paint shop shut its doors.", nil, []string{"Vrenn Tolkas"}},
		{"passive of what befalls people", "Tamsin Orrow was convicted of fraud in 2008.", []string{"Tamsin Orrow"}, nil},
		{"died", "Ulla Vrieske died on Monday.", []string{"Ulla Vrieske"}, nil},
		{"not after a preposition", "Crews from Punta Norte were injured in the blast.", nil, []string{"Punta Norte"}},
		{"the late", "Her mother, the late Oyelu Brannick, taught there.", []string{"Oyelu Brannick"}, nil},
		{"member in apposition", "Tavish Orlund, a member of the board, said no.", []string{"Tavish Orlund"}, nil},
		{"member capitalised in a name", "It set up an Employee Member Scheme in May.", nil, []string{"Scheme", "Member Scheme"}},
		{"compound modifier before a name", "The prize went to Latvian-born Ivars Kelmo this year.", []string{"Ivars Kelmo"}, []string{"Latvian-born Ivars Kelmo"}},
		{"compound modifier before a firm", "Shares of Oslo-owned Brevik rose.", nil, []string{"Oslo-owned Brevik", "Brevik"}},
		{"birth name", "Ivy Lark was born Ivy Marta Lerche in Oslo.", []string{"Ivy Lark"}, []string{"Ivy Marta Lerche"}},
		{"occupation word as a lone surname", "Goalkeeper Dan Seaman was dropped. Seaman told reporters he was calm.", []string{"Dan Seaman"}, nil},
		// a firm's name before a speech verb (firmSpeaker)
		{"firm's short form before said", "Harbor Valve Systems Inc sold a plant. Harbor Valve said profits rose.", nil, []string{"Harbor Valve"}},
		{"firm word ending the speaker", "Mesa Pine Bancorp said it named a president.", nil, []string{"Mesa Pine Bancorp"}},
		{"unknown name before said", "Harbor Valve Systems Inc hired a clerk. Orvel Tenning said profits rose.", []string{"Orvel Tenning"}, nil},
		// a title or honorific opening a firm's name (name, titledFirmShortForm)
		{"title opening a firm's name", "Premier Tallow Corp said profits rose.", nil, []string{"Tallow Corp", "Tallow"}},
		{"honorific opening a firm's name", "Mrs Pelly Inc said sales fell.", nil, []string{"Pelly Inc", "Pelly"}},
		{"titled firm's short form", "General Quartz Corp sold a unit. General Quartz said profits rose.", nil, []string{"Quartz"}},
		{"rank before a person's name", "General Quartz Corp sold a unit. General Ivo Rennart said troops left.", []string{"Ivo Rennart"}, []string{"Quartz"}},
		// fictional characters (fictionBefore)
		{"character before a name", "The comic's character Tobin Vask wears a mask.", nil, []string{"Tobin Vask"}},
		{"character of a name", "The writers feared losing the character of Mira Dallow.", nil, []string{"Mira Dallow"}},
		{"role of after an acting verb", "She will play the role of Ottilie Brash next spring.", nil, []string{"Ottilie Brash"}},
		{"role of a real person", "Critics questioned the role of Senator Ivo Rennart in the talks.", []string{"Ivo Rennart"}, nil},
		// a city's name as a given name after a title (givenNameCountry)
		{"city as given name after a title", "Club chairman Milan Torvic said he was disappointed.", []string{"Milan Torvic"}, nil},
		{"city without a title stays a place", "Fans in Milan cheered the team.", nil, []string{"Milan"}},
		// a post's head word inside the run; a hyphenated modifier closing it
		{"post head before a name", "Chief Revenue Officer Tovin Garrel said sales rose.", []string{"Tovin Garrel"}, []string{"Revenue Officer Tovin Garrel"}},
		{"post head alone", "The firm hired a new Chief Quality Officer last week.", nil, []string{"Quality Officer"}},
		{"post head and unknown name", "Regional Sales Manager Pella Morrit spoke.", []string{"Pella Morrit"}, []string{"Sales Manager Pella Morrit"}},
		{"hyphenated modifier closing the run", "The Nobel Prize-winning writer Ossa Fenwick spoke.", []string{"Ossa Fenwick"}, []string{"Nobel Prize-winning"}},
		{"hyphenated given name", "Tycoon Lam Ka-shing said profits rose.", []string{"Lam Ka-shing"}, nil},
		{"Cos as a firm's suffix", "Harlow Cos said it sold a pipeline.", nil, []string{"Harlow Cos"}},
		{"speaker label", "((Varnu Okkela))  We started in 2010.", []string{"Varnu Okkela"}, nil},
		// lists
		{"a list ending in a person", "Four residents, Lelo Fanua, Mika Fanua, and John Petersen, filed suit.", []string{"Lelo Fanua", "Mika Fanua", "John Petersen"}, nil},
		{"a relative named after and", "Ysolde Brakk and her younger brother Anton Brakk were barred.", []string{"Ysolde Brakk", "Anton Brakk"}, nil},
		{"a plural noun opening the sentence", "Singers Ana Velle and Tom Roe performed.", []string{"Ana Velle", "Tom Roe"}, []string{"Singers Ana Velle"}},
		{"titles of works in a list", "The open call that was lost drew Open Water, Lost Harbour and Tom Roe.", []string{"Tom Roe"}, []string{"Open Water", "Lost Harbour"}},
		{"no list after a preposition", "Visitors came to Punta Norte and John Roe greeted them.", []string{"John Roe"}, []string{"Punta Norte"}},
		// an unlisted given name before a surname the article writes after Mr or Ms
		{"surname after Mr elsewhere", "Tavrek Olundi drafted the plan over the winter. Mr Olundi wants a vote soon.", []string{"Tavrek Olundi"}, nil},
		{"surname after Ms elsewhere", "Quenna Haldor joined the council in March. Later Ms Haldor thanked the volunteers.", []string{"Quenna Haldor"}, nil},
		{"surname with no honorific stays unproven", "Tavrek Olundi drafted the plan over the winter. Olundi wants a vote soon.", nil, []string{"Tavrek Olundi"}},
		{"slogan in a quote", "\"Elect Ferrow, Get Ferrow,\" the posters read. Mr Ferrow smiled at them.", nil, []string{"Elect Ferrow"}},
	}
	checkPersons(t, tests)
}

// TestOccupationWordAsLoneSurname: a lower-case-kind occupation word
// opening a sentence before a verb is a surname mention (for coref to
// join to the fuller name), not a title.
func TestOccupationWordAsLoneSurname(t *testing.T) {
	_, md := find("Goalkeeper Dan Seaman was dropped. Seaman told reporters he was calm.")
	if got := kinds(md); got["Seaman"] != Surname {
		t.Errorf("Seaman is %v, want a surname (mentions %v)", got["Seaman"], got)
	}
}

// personCase: the names in want must be people's, the phrases in not no
// person's name.
type personCase struct {
	name string
	in   string
	want []string
	not  []string
}

func checkPersons(t *testing.T, tests []personCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, md := find(tt.in)
			got := kinds(md)
			for _, w := range tt.want {
				if got[w] != Person {
					t.Errorf("%q: %q is %v, want a person (mentions %v)", tt.in, w, got[w], got)
				}
			}
			for _, w := range tt.not {
				if got[w] == Person {
					t.Errorf("%q: %q is a person (mentions %v)", tt.in, w, got)
				}
			}
		})
	}
}
