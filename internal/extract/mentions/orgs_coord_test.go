package mentions

import "testing"

// TestCoordinatedFirms: two firms joined by "and" are two names when the
// first ends in a company suffix or a group word and the second holds a
// body word of its own, or when both end in the same head word. Guards:
// a founder's "and Co", "and Sons", a bank's "and Trust Co", a name
// whose "and" joins subjects before the head ("Securities and
// Investments Commission": after "Securities" the second name must close
// in a company suffix).
func TestCoordinatedFirms(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"suffix then suffix", "Talvern Inc and Rosko Partners Ltd said they would merge.", []string{"Talvern Inc", "Rosko Partners Ltd"}, []string{"Talvern Inc and Rosko Partners Ltd"}},
		{"group then corp", "Velmar Group and Dorvel Motors Corp held talks on Monday.", []string{"Velmar Group", "Dorvel Motors Corp"}, nil},
		{"same head word", "Brisket Bank and Corvan Bank ended their talks.", []string{"Brisket Bank", "Corvan Bank"}, nil},
		{"founder's and Co", "Shares were placed by Hallam Wirt Inc and Co Ltd, it said.", nil, []string{"Hallam Wirt Inc"}},
		{"bank and trust", "The Dorvel Bank and Trust Co lent the money.", []string{"Dorvel Bank and Trust Co"}, nil},
		{"securities then a suffixed firm", "Dorvel Securities and Wirt Hallam Inc will place the shares.", []string{"Dorvel Securities", "Wirt Hallam Inc"}, nil},
		{"subjects joined before the head", "The Velmar Securities and Investments Commission fined the broker.", []string{"Velmar Securities and Investments Commission"}, nil},
		{"second firm is a founder's name", "Talvern Corp and Rosko Wirt and Co said so.", []string{"Talvern Corp", "Rosko Wirt and Co"}, nil},
	})
}
