package kg

// One table of the Latin letters that Unicode does not decompose into a
// base letter and an accent, shared by fuzzy search (FoldWords) and the
// extractor's name lists (gazetteer.Fold), so that a search for "Soren"
// finds "Søren" as the extractor's given-name list does. Slug keeps its
// own, smaller mapping (ł and ß only): ids are stored, and changing how
// one is spelt would split a person across two loads.
var foldLetters = map[rune]string{
	'ł': "l", 'Ł': "L", 'ø': "o", 'Ø': "O", 'đ': "d", 'Đ': "D", 'ß': "ss",
	'ı': "i", 'æ': "ae", 'Æ': "Ae", 'œ': "oe", 'Œ': "Oe", 'þ': "th", 'Þ': "Th",
	'ð': "d", 'Ð': "D", 'ħ': "h", 'Ħ': "H",
}

// FoldLetter is the ASCII spelling of a Latin letter that has no
// decomposition ('ø' -> "o", 'ß' -> "ss"); ok is false for any other rune.
func FoldLetter(r rune) (ascii string, ok bool) {
	ascii, ok = foldLetters[r]
	return ascii, ok
}
