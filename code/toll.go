package code

import (
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/nlp"
)

var (
	// Words after a count that say what it counts: "23 killed", "dozens dead".
	deathWords  = map[string]bool{"killed": true, "dead": true, "died": true, "deaths": true, "fatalities": true, "lives": true, "slain": true}
	injuryWords = map[string]bool{"wounded": true, "injured": true, "hurt": true, "injuries": true}
	tollVerbs   = map[string]string{"dead": "fatalities", "killed": "fatalities", "killing": "fatalities", "kills": "fatalities", "kill": "fatalities", "wounded": "injuries", "wounding": "injuries", "injured": "injuries", "injuring": "injuries"}
)

// tolls reads the counts of dead and wounded in a sentence and gives each to
// the nearest violent event before it (or after it, when none is before).
func (c *Coder) tolls(st *sent, cands []*candidate) {
	for i := 0; i < len(st.low); i++ {
		if nlp.IsMeasure(st.toks[i].text) || isYear(st.toks[i].text) {
			continue
		}
		cnt, n, ok := nlp.ParseCount(wordsFrom(st, i))
		if !ok {
			continue
		}
		field := ""
		if i > 0 {
			field = tollVerbs[st.low[i-1]]
			if st.low[i-1] == "left" || st.low[i-1] == "leaving" {
				field = ""
			}
		}
		// "Eleven soldiers, among them a major, were killed": the toll word
		// may come after an aside, but not after another count.
		for k := i + n; field == "" && k < len(st.low) && k < i+n+16; k++ {
			if deathWords[st.low[k]] {
				field = "fatalities"
				break
			}
			if injuryWords[st.low[k]] {
				field = "injuries"
				break
			}
			if st.low[k] == "and" && k == i+n || clauseBreaks[st.low[k]] || st.toks[k].tag == "CD" {
				break
			}
		}
		if field == "" {
			i += n - 1
			continue
		}
		if cd := violentNear(cands, i); cd != nil {
			cc := cnt
			if field == "fatalities" && cd.ev.Fatalities == nil {
				cd.ev.Fatalities = &cc
			}
			if field == "injuries" && cd.ev.Injuries == nil {
				cd.ev.Injuries = &cc
			}
		}
		i += n - 1
	}
	// "Journalist X was shot dead", "the president was assassinated": a
	// killing of one named or singular victim with no count kills one.
	for _, cd := range cands {
		if cd.folded || cd.ev.ID == "" || cd.ev.Fatalities != nil || !(cd.killed || cd.e.has(flagKill) || cd.e.cameo == "186") {
			continue
		}
		if len(cd.tgt) == 1 && singleVictim(st, cd.tgt[0]) {
			cd.ev.Fatalities = &truce.Count{Min: 1, Max: 1}
		}
	}
}

// singleVictim reports whether a mention names one person: a named person,
// or a singular noun ("a woman", "journalist").
func singleVictim(st *sent, m *mention) bool {
	if m.kind == "person" {
		return true
	}
	last := st.toks[m.j-1]
	return m.kind == "sector" && (last.tag == "NN" || last.tag == "NNP" && !strings.HasSuffix(last.low, "s"))
}

// violentNear returns the violent event whose trigger is nearest before
// token i, else the first after it.
func violentNear(cands []*candidate, i int) *candidate {
	var best *candidate
	for _, cd := range cands {
		if cd.folded || !cd.e.has(flagViolent) || cd.ev.ID == "" {
			continue
		}
		if cd.i < i {
			best = cd
		} else if best == nil {
			return cd
		}
	}
	return best
}

func wordsFrom(st *sent, i int) []string {
	end := i + 6
	if end > len(st.toks) {
		end = len(st.toks)
	}
	ws := make([]string, 0, end-i)
	for k := i; k < end; k++ {
		ws = append(ws, st.toks[k].text)
	}
	return ws
}

// isYear reports whether a token is a four-digit year from 1900 to 2099.
func isYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9'
}
