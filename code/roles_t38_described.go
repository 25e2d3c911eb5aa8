package code

// A state named once and then described in the object of an act: "Cuba
// said it would free 553 people, hours after the United States announced
// it would remove the island from its list", "ECOWAS froze transactions
// with Niamey and closed its borders with the landlocked country". The
// description stands for the state named before it that is of its kind
// (stateKinds), as it does when it opens a sentence (roles_describe.go);
// the act is aimed at that state, not at whoever a later phrase names
// ("Washington's list").

import "strings"

// t38DescribedTarget aims cd at the state a description of a state in its
// object stands for, when the target found is none, the source's own
// country, or named only after the description.
func (c *Coder) t38DescribedTarget(d *doc, cd *candidate) {
	st := cd.st
	if len(cd.src) == 0 {
		return
	}
	q, head, fits := st.t38DescriptionAfter(cd)
	if q < 0 {
		return
	}
	own := map[string]bool{}
	for _, s := range cd.src {
		own[s.actor.Country] = true
	}
	for _, t := range cd.tgt {
		if !own[t.actor.Country] && !(st.holds(t) && t.i > head) {
			return
		}
	}
	cc := t38DescribedCountry(d, st, q, fits, own)
	if cc == "" {
		return
	}
	if a, ok := c.actors.Lookup(cc, d.date); ok {
		a.Text = ""
		cd.tgt = []*mention{{i: q, j: head + 1, actor: a, kind: "implied"}}
	}
}

// t38DescriptionAfter returns the first token of a description of a kind
// of state in the object of cd's trigger, the token of its head, and the
// states the kind fits: "the island", "the landlocked country", inside
// the trigger or reached past its own object and a preposition ("closed its borders
// with the landlocked country") but past no verb or actor. q is -1 when
// there is none, or when the description owns something ("the country's
// army") or names where the act happens ("across the country").
func (st *sent) t38DescriptionAfter(cd *candidate) (q, head int, fits map[string]bool) {
	// The trigger may take in its object: "remove * from its list".
	for k := cd.i + 1; k < len(st.low) && k < cd.j+8; k++ {
		w := st.low[k]
		if w == "the" {
			if h, f, ok := st.t38DescriptionAt(k); ok {
				if h+1 < len(st.low) && st.isPossessive(h+1) || k > 0 && t38PlacePreps.has(st.low[k-1]) {
					return -1, 0, nil
				}
				return k, h, f
			}
		}
		if k < cd.j {
			continue
		}
		if verbAt(st, k) || st.clause[k] != st.clause[cd.j-1] || w == "," || w == ";" {
			return -1, 0, nil
		}
		if m := st.mentionAt(k); m != nil && !m.place && m.kind != "demonym" {
			return -1, 0, nil
		}
	}
	return -1, 0, nil
}

// t38PlacePreps open a phrase of place: "across the country", "in the
// kingdom".
var t38PlacePreps = filtered(wordSet("in", "across", "throughout", "inside", "within", "around", "over", "at"))

// t38DescriptionAt reports whether "the" at k opens a description of a
// kind of state (up to two modifiers, then a head of stateKinds), with the
// token of its head and the states it fits.
func (st *sent) t38DescriptionAt(k int) (int, map[string]bool, bool) {
	for e := k + 2; e <= k+4 && e <= len(st.low); e++ {
		for w := 2; w >= 1; w-- {
			if e-w <= k {
				continue
			}
			fits, ok := stateKinds[t38Join(st.low[e-w:e])]
			if !ok {
				continue
			}
			if e < len(st.low) && (isModifier(st.toks[e]) && st.toks[e].tag != "POS") {
				continue // "the island nation's", "the country director"
			}
			for x := k + 1; x < e-w; x++ {
				if !isModifier(st.toks[x]) {
					return 0, nil, false
				}
			}
			// A bare "the country" or "the nation" is as often the
			// actor's own ("vowed to defend the country"): only one
			// described ("the landlocked country") stands for another.
			if fits == nil && e-w == k+1 {
				return 0, nil, false
			}
			return e - 1, fits, true
		}
		if m := st.mentionAt(e - 1); m != nil && !m.place && m.kind != "demonym" {
			return 0, nil, false
		}
	}
	return 0, nil, false
}

// t38Join joins one or two words with a space, allocating only for two
// whose first opens a two-word kind of stateKinds ("gulf state").
func t38Join(ws []string) string {
	if len(ws) == 1 {
		return ws[0]
	}
	if !t38KindFirsts[ws[0]] {
		return ""
	}
	return ws[0] + " " + ws[1]
}

// t38KindFirsts are the first words of the two-word heads of stateKinds.
var t38KindFirsts = func() map[string]bool {
	out := map[string]bool{}
	for k := range stateKinds {
		if i := strings.IndexByte(k, ' '); i > 0 {
			out[k[:i]] = true
		}
	}
	return out
}()

// t38DescribedCountry returns the country of the last state named before
// token q of st, else in the two sentences before, that fits and is not
// one of own; "" when there is none.
func t38DescribedCountry(d *doc, st *sent, q int, fits map[string]bool, own map[string]bool) string {
	ok := func(m *mention) bool {
		a := m.actor
		return a.Country != "" && isState(a) && m.kind != "person" && !own[a.Country] && (fits == nil || fits[a.Country])
	}
	for n := len(st.mentions) - 1; n >= 0; n-- {
		if m := &st.mentions[n]; m.j <= q && ok(m) {
			return m.actor.Country
		}
	}
	idx := st.s.Index
	for _, x := range d.sents {
		if x.s.Index != idx-1 && x.s.Index != idx-2 {
			continue
		}
		for n := len(x.mentions) - 1; n >= 0; n-- {
			if m := &x.mentions[n]; ok(m) {
				return m.actor.Country
			}
		}
	}
	return ""
}
