package mentions

import "testing"

// TestCarrierNamedForCountry: a country or demonym and "Airways" or
// "Airlines" name an airline, not the country acting ("Ruvanian
// Airways", "Kenya Airways"). Not when the article writes a longer name
// with those words (the short form is coref's to join), nor before more
// capitalised words.
func TestCarrierNamedForCountry(t *testing.T) {
	checkOrgs(t, []orgCase{
		{"demonym and Airways", "Passengers praised British Airways for the refund.", []string{"British Airways"}, nil},
		{"country and Airlines", "Fares at Kenya Airlines rose in May.", []string{"Kenya Airlines"}, nil},
		{"a longer name elsewhere", "Thai Airways Cargo Group was sold. Thai Airways kept its routes.", nil, []string{"Thai Airways"}},
	})
}
