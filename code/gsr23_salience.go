package code

// gsr23: the act a sentence tells comes before what it tells as its
// background. "Lebanon complained to the United Nations over two air
// raids" is a complaint; the raids are what it is about. "Iran threatened
// to shell Iraqi towns in retaliation for an air raid where 100 people were
// killed" is a threat; the killing is its cause. An event whose trigger
// follows another event's verb across a relative word ("who", "where") or
// a preposition of cause or occasion ("over", "for", "after", "amid") is
// told as the setting of that verb's act: it stays in the output but ranks
// just after the act it sets, however violent or deadly it is. A comma
// "and", "but" or a semicolon between them starts an act of its own.

import (
	"sort"

	"github.com/truce-project/truce"
)

// gsr23SettingWords introduce the setting of the act told before them.
var gsr23SettingWords = filtered(wordSet("who", "whom", "whose", "which", "where",
	"over", "for", "after", "following", "amid", "during", "despite", "because"))

// gsr23Settings maps the id of each event told as the setting of another
// event of its sentence to that event's id. Only verbs set: a noun event
// is itself often the setting of a verb.
func gsr23Settings(d *doc) map[string]string {
	var under map[string]string
	for _, cd := range d.cands {
		if cd.folded {
			continue
		}
		for _, v := range d.cands {
			if v == cd || v.folded || v.st != cd.st || v.e.pos != 'V' || v.j > cd.i || v.ev.ID == cd.ev.ID {
				continue
			}
			if !gsr23SetBetween(cd.st, v.j, cd.i) {
				continue
			}
			if under == nil {
				under = map[string]string{}
			}
			under[cd.ev.ID] = v.ev.ID
			break
		}
	}
	return under
}

// gsr23SetBetween reports whether the tokens from k to end hold a setting
// word with no new coordinated clause (", and", ", but", ";") after it.
func gsr23SetBetween(st *sent, k, end int) bool {
	set := false
	for n := k; n < end && n < len(st.low); n++ {
		w := st.low[n]
		switch {
		case w == ";" || w == ":":
			set = false
		case (w == "and" || w == "but") && n > 0 && st.low[n-1] == ",":
			set = false
		case gsr23SettingWords.has(w):
			set = true
		}
	}
	return set
}

// gsr23Sort sorts evs by score, but an event told as the setting of
// another ranks just below that event when it would rank above it.
func gsr23Sort(evs []truce.Event, score func(*truce.Event) float64, under map[string]string) {
	s := make(map[string]float64, len(evs))
	for i := range evs {
		s[evs[i].ID] = score(&evs[i])
	}
	for k := 0; k < 3; k++ { // settings may chain: a setting of a setting
		for bg, fg := range under {
			sb, okb := s[bg]
			sf, okf := s[fg]
			if okb && okf && sb >= sf {
				s[bg] = sf - 0.001
			}
		}
	}
	sort.SliceStable(evs, func(i, j int) bool { return s[evs[i].ID] > s[evs[j].ID] })
}
