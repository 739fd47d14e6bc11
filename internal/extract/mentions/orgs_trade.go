package mentions

import "github.com/actorgraph/actorgraph/internal/extract/segment"

const segmentNewline = segment.FlagNewline

// tradeHead reports a firm's trade word in the plural closing a body's
// name at j after a capitalised word of the name ("Velmar Department
// Stores", "Dorvel Foods", "Talvern Communications"): the word heads the
// name as "Industries" does. Not when a capitalised word that is no body
// word goes on after it ("Consumer Electronics Show" names an event),
// nor after a connector ("Shares of Velmar Resources"), nor before "and"
// and a capital ("Resources and Energy Minister"), nor a share price
// ("X Resources added 20"), nor a class with no name ("Department
// Stores"), nor a person ("Anne Parker Mills", "R.C. Mills"), nor the
// portfolio of a ministry ("Natural Resources").
func (f *finder) tradeHead(i, j int) bool {
	if j <= i || !tradePlural(f.text(j)) || !f.isCap(j-1) {
		return false
	}
	if k := j + 1; k < f.last && f.isCap(k) && !f.tok(k).Has(segmentNewline) && !legalSuffix(f.text(k)) && !OrgHead(f.text(k)) {
		return false
	}
	if k := j + 1; k < f.last && f.lower(k) == "added" {
		return false // "Tarvel Resources added 20": a share price
	}
	if k := j + 1; k < f.last && IsSpeechVerb(f.lower(k)) && i-1 >= f.first && f.lower(i-1) == "of" {
		return false // "a unit of X said": firmWordSpeaker keeps the speaker from the owner
	}
	if k := j + 1; k+1 < f.last && (f.text(k) == "and" || f.text(k) == "&") && f.isCap(k+1) {
		return false // "Resources and Energy Minister": a portfolio list
	}
	if j-1 == i && OrgHead(f.text(i)) {
		return false // "Department Stores": a class of firm with no name
	}
	if _, given := f.word(i).Given(); given || isInitials(f.text(i)) {
		return false // "Greg Mills", "Anne Parker Mills": a person's name
	}
	for q := i; q < j; q++ {
		if !f.isCap(q) {
			return false // "Shares of Velmar Resources": a connector, not one name
		}
	}
	switch f.text(j - 1) {
	case "Natural", "Human", "Water", "Mineral", "Marine":
		return false
	}
	return true
}

// tradePlural: plural nouns of a firm's trade that end its trading name.
func tradePlural(w string) bool {
	switch w {
	case "Stores", "Foods", "Enterprises", "Communications", "Chemicals", "Pharmaceuticals", "Electronics",
		"Entertainment", "Minerals", "Investments", "Networks", "Hotels", "Restaurants", "Mills", "Mines", "Resources":
		return true
	}
	return false
}

// armedService: a country's armed service named by one word after the
// country ("U.S. Navy", "UK Army"): the service, a body of its own, as
// "British Army" is.
func armedService(w string) bool {
	switch w {
	case "Navy", "Army", "Marines":
		return true
	}
	return false
}
