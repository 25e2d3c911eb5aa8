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
	var claims []tollClaim
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
			claims = append(claims, tollClaim{cd: cd, field: field, count: cnt, by: claimantBefore(st, i)})
		}
		i += n - 1
	}
	settleClaims(claims)
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
		if cd.corefOf != nil && cd.i < i {
			best = cd.head()
			continue
		}
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

// tollClaim is one count of dead or wounded read for an event, with who
// gave it.
type tollClaim struct {
	cd    *candidate
	field string // "fatalities" or "injuries"
	count truce.Count
	by    *mention
}

// settleClaims gives each event its tolls. One figure is the toll; figures
// that disagree ("Pakistan's military said 23 … Kabul said 58") are all kept
// as claims with their claimants, and the toll is the lowest, as ACLED
// counts.
func settleClaims(claims []tollClaim) {
	type key struct {
		cd    *candidate
		field string
	}
	groups := map[key][]tollClaim{}
	var order []key
	for _, cl := range claims {
		k := key{cl.cd, cl.field}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], cl)
	}
	for _, k := range order {
		g := groups[k]
		low := g[0].count
		differ := false
		for _, cl := range g[1:] {
			if cl.count != g[0].count {
				differ = true
			}
			if cl.count.Min < low.Min {
				low = cl.count
			}
		}
		ev := &k.cd.ev
		if k.field == "fatalities" {
			ev.Fatalities = &low
		} else {
			ev.Injuries = &low
		}
		if !differ {
			continue
		}
		for _, cl := range g {
			c := truce.Claim{Field: cl.field, Count: cl.count}
			if cl.by != nil {
				a := cl.by.actor
				c.By = &a
			}
			ev.Claims = append(ev.Claims, c)
		}
	}
}

// claimantBefore finds who gives the count at token i: the actor before a
// reporting verb shortly before it ("Kabul said killed 58", "according to
// the ministry, 12 died").
func claimantBefore(st *sent, i int) *mention {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if st.low[k] == ";" || st.low[k] == "." {
			break
		}
		if reportVerbs[st.low[k]] || st.low[k] == "put" {
			for n := k - 1; n >= 0 && n >= k-4; n-- {
				if m := st.mentionAt(n); m != nil && !m.place {
					return m
				}
			}
		}
		if st.low[k] == "according" && k+2 < len(st.low) {
			if m := st.mentionAt(k + 2); m != nil {
				return m
			}
		}
	}
	return nil
}
