package events

import "testing"

// TestRoleRankWordBeforeHolder covers a rank word written before the
// holder's name or adjective that opens a post ("Deputy U.S. Trade
// Representative X"): the title keeps it. Not a rank word written inside
// the title already, nor one not right before the holder.
func TestRoleRankWordBeforeHolder(t *testing.T) {
	checkRoles(t, []roleCase{
		{"deputy before a country abbreviation", "Deputy U.S. Trade Representative Tom Bellamy will meet the Japanese delegation in Washington.", "",
			[]string{"Tom Bellamy|Deputy Trade Representative|United States"}},
		{"deputy before a demonym", "Talks with Deputy Chilean Finance Minister Hugo Sanz ended on Friday.", "",
			[]string{"Hugo Sanz|Deputy Finance Minister|Chile"}},
		{"the principal's post", "Talks with Chilean Finance Minister Hugo Sanz ended on Friday.", "",
			[]string{"Hugo Sanz|Finance Minister|Chile"}},
		{"a rank inside the title", "Talks with Chilean Deputy Finance Minister Hugo Sanz ended on Friday.", "",
			[]string{"Hugo Sanz|Deputy Finance Minister|Chile"}},
	})
}

// TestRoleRankOrgTitle covers a rank word the mention finder read as the
// start of a body's name before a cabinet post ("Assistant U.S. Treasury
// Secretary X"): the words are the post's, the country word its holder.
// A real body's post stays the body's.
func TestRoleRankOrgTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{"with the country's abbreviation", "Assistant U.S. Treasury Secretary Tom Bellamy said the loans to Chile were nearly agreed.", "",
			[]string{"Tom Bellamy|Assistant Treasury Secretary|United States"}},
		{"a body's own post", "World Bank president Tom Bellamy said the loans to Chile were nearly agreed.", "",
			[]string{"Tom Bellamy|president|World Bank"}},
	})
}
