package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/mentions"
)

// bureauHolder is the holder of a bare national title in a story filed
// from a bureau: the dateline names a city ("NICOSIA", "HONG KONG") whose
// country the text itself never names, while the story is plainly about
// another country (textHome). The filing city says where the reporter
// sits, not whose minister speaks ("Oil Minister X" in a Nicosia story on
// Iran), so the story's own country holds the post when it has such a
// post. ok is false when the rule does not apply (the caller goes on with
// the dateline's country).
func (x *extractor) bureauHolder(t *mentions.Title) (c int, how string, ok bool) {
	if !x.homeFromDateline || x.home == "" || t.Head == nil || t.Head.Lead || !strings.Contains(strings.ToLower(t.Head.Name), "minister") || x.homeNamed() {
		// only ministers: a head of state or an American cabinet
		// secretary ("President Reagan", "Treasury Secretary Baker") is
		// written bare from every bureau, whatever the story is about
		return -1, "", false
	}
	story := x.textHome
	if story == "" || story == x.home || x.g.TitleAbsent(story, t.Head.Name) {
		// the story's country has no such post ("Finance Minister X" in a
		// Tokyo story that names only the United States): the dateline's
		return -1, "", false
	}
	return x.country(story), "+story-country", true
}

// localeAbroad reports a story from a paper's own country (the home is
// the publication's, not a dateline's) that never names that country and
// names some other country at least three times, none of them clearly
// the story's (no textHome): a British paper's story on Israel. A bare
// national post there ("Prime Minister X", "finance minister Y") is not
// the paper's country's by default.
func (x *extractor) localeAbroad() bool {
	// asked for every bare post inferHolderFor reads, and the counts scan
	// all mentions: read once per article
	if x.abroadMemo == 0 {
		x.abroadMemo = 1
		if x.countsAbroad() {
			x.abroadMemo = 2
		}
	}
	return x.abroadMemo == 2
}

func (x *extractor) countsAbroad() bool {
	if x.homeFromDateline || x.home == "" || x.home != x.opts.Locale || x.textHome != "" || x.homeNamed() {
		return false
	}
	counts := map[string]int{}
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Kind == mentions.Country && m.Entry != nil && m.Entry.ISO != "" && !m.InQuote {
			if counts[m.Entry.ISO]++; counts[m.Entry.ISO] >= 3 {
				return true
			}
		}
	}
	return false
}

// homeNamed is named(x.home), which the role rules ask for title after
// title and which scans all mentions: read once per article (x.home is
// fixed before the rules run).
func (x *extractor) homeNamed() bool {
	if x.homeNamedMemo == 0 {
		x.homeNamedMemo = 1
		if x.named(x.home) {
			x.homeNamedMemo = 2
		}
	}
	return x.homeNamedMemo == 2
}
