package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// Speakers named by a wire epithet or a title the actor dictionary does
// not hold: "…, the world body said" is the United Nations; "…, national
// security adviser Anil Shrestha said" speaks for the government of the
// state the sentence is about.

// epithetSpeaker is a body a wire epithet names again.
type epithetSpeaker struct{ id, name, sector string }

// speakerEpithets are the epithets news wires use for a body instead of
// its name, keyed by their words after "the": "the world body said" after
// a report on UN staff.
var speakerEpithets = map[string]epithetSpeaker{
	"world body": {"UN", "United Nations", "IGO"},
}

// epithetIn returns the body a speaker phrase [s, e) names by its
// epithet ("the world body"), or nil.
func epithetIn(st *sent, s, e int) *mention {
	for k := s; k+2 < e+1 && k+2 <= len(st.low); k++ {
		if st.low[k] != "the" {
			continue
		}
		for n := k + 2; n <= e && n <= len(st.low); n++ {
			b, ok := speakerEpithets[strings.Join(st.low[k+1:n], " ")]
			if !ok {
				continue
			}
			text := st.textOf(k, n)
			return &mention{i: k, j: n, kind: "sector", actor: truce.Actor{Text: text, Name: b.name, ID: b.id, Sector: b.sector}}
		}
	}
	return nil
}
