package mentions

// unionHead reports a labour union's last word at token j of the
// capitalised run orgRun reads from token i: "United Auto Workers",
// "United Steelworkers of America", "Canadian Auto Workers". Unions
// named without "Union" are the other side of wage talks and speak for
// their members. The word heads the name only after another word of the
// run, and where the run ends or goes on with "of": before another
// capitalised word ("Workers Commissions", "Workers Unions") the name
// goes on, and "Workers of the X firm" opening a sentence is the firm's
// staff. A run right after a capitalised word and a comma or "and" is
// the tail of a longer name ("Bakery, Confectionery and Tobacco
// Workers"), left as it was.
func (f *finder) unionHead(i, j int) bool {
	switch f.text(j) {
	case "Workers", "Steelworkers", "Mineworkers":
	default:
		return false
	}
	if j <= i {
		return false
	}
	if i-2 >= f.first && f.isCap(i-2) {
		switch f.text(i - 1) {
		case ",", "and", "&":
			return false
		}
	}
	return j+1 >= f.last || !f.isCap(j+1)
}
