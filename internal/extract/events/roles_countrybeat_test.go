package events

import "testing"

// TestRoleCountryBeat covers a country's possessive, then lower-case
// words naming a post's beat, then the post before a name ("Peru's
// fisheries quota director X"): the post is the country's, its beat
// kept in the title. Not when a body's noun stands among the words (the
// post is that body's), nor for participles before the post.
func TestRoleCountryBeat(t *testing.T) {
	checkRoles(t, []roleCase{
		{"beat words between the possessive and the post", "Peru's fishing quota director Tom Varga said the limits would stay.", "",
			[]string{"Tom Varga|fishing quota director|Peru"}},
		{"a title modifier among them", "Peru's chief water negotiator Tom Varga said the limits would stay.", "",
			[]string{"Tom Varga|chief water negotiator|Peru"}},
		{"a body noun makes it the body's post", "Peru's port authority director Tom Varga said the limits would stay.", "", nil},
		{"a participle is no beat", "Peru's newly appointed director Tom Varga said the limits would stay.", "", nil},
	})
}
