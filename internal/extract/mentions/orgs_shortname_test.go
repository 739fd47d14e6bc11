package mentions

import "testing"

// TestFirmShortForms: a company named in full is then called by its name
// without the legal ending ("Corvane Dalmer" after "Corvane Dalmer
// Inc"), without a trade word before that ending too ("Harlen Timber"
// after "Harlen Timber Industries Inc"), or by a name in capitals ("QRX"
// after "QRX Corp"), by the capitals opening its name ("ZVL" after "ZVL
// Royal Vantor Airlines"), also where a country word or a bare name was
// read inside the words ("Canadian Vantor"). Guards: a person's name with an
// honorific in the same words, capitals opening two firms' names, the short form opening a longer name
// ("Harlen Timber Europe"), a lone word that is not in capitals, a firm
// named without a legal ending.
func TestFirmShortForms(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"two words", "Corvane Dalmer Inc raised its bid. Corvane Dalmer said the offer was final.", []string{"Corvane Dalmer"}, nil},
		{"trade word dropped", "Harlen Timber Industries Inc cut output. Harlen Timber said it is negotiating with the union.", []string{"Harlen Timber"}, nil},
		{"capitals", "QRX Corp cut jobs. Later QRX said it would sell a plant.", []string{"QRX"}, nil},
		{"country word inside", "Canadian Vantor Ltd cut jobs. Canadian Vantor said it would sell a mill.", []string{"Canadian Vantor"}, nil},
		{"country and body words inside", "Canadian Motors Corp cut jobs. Canadian Motors said it broke off talks.", []string{"Canadian Motors"}, []string{"Motors"}},
		{"capitals opening a name", "ZVL Royal Vantor Airlines said traffic rose. ZVL said it was in talks with a rival.", []string{"ZVL"}, nil},
		{"capitals opening two names", "QVB Mining Ltd grew. QVB Petroleum Ltd fell. QVB said profits rose.", nil, []string{"QVB"}},
		{"titled name inside", "Corvane Dalmer Inc grew. Dr Corvane Dalmer said sales fell.", nil, []string{"Corvane Dalmer"}},
		{"longer name", "Harlen Timber Industries Inc grew. Harlen Timber Europe said sales fell.", nil, []string{"Harlen Timber"}},
		{"no legal ending", "Dorland Pulse Council met. Dorland Pulse said prices fell.", nil, []string{"Dorland Pulse"}},
	})
}
