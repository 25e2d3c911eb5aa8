package code

import (
	"sort"
	"strings"
)

// A wire story names an organisation in full once and then by the last
// noun of its name: "Iran's Revolutionary Guards fired missiles … The
// Guards said", "the Tigray People's Liberation Front … The front accused
// Addis Ababa". The short description stands for the nearest actor before
// it, in its sentence or the one before, whose name ends in that noun.

// repeatHeads are the nouns ending an organisation's name that a later
// "the" + noun may repeat alone. Nouns that end place names too ("state",
// "republic") are left out: "the state" is no "Islamic State".
var repeatHeads = filtered(map[string]bool{
	"guards": true, "guard": true, "front": true, "council": true, "union": true,
	"league": true, "party": true, "coalition": true, "committee": true,
	"commission": true, "agency": true, "network": true, "brigades": true,
	"brigade": true, "corps": true, "congress": true, "militia": true,
	"service": true, "battalion": true, "bureau": true,
})

// repeatedNames adds a mention for each "the" + head noun that repeats the
// last noun of an actor named before it, in the sentence or in prev's
// sentence (prev, its peers and the actors after it). The description must
// be a subject ("The Guards said") or a verb's object ("accused the front
// of"), not a place ("fighting on the front").
func (st *sent) repeatedNames(prev *mention) {
	// before, the actors of the previous sentence, is gathered at the
	// first "the" + head that needs it: most sentences have none.
	var before []mention
	gathered := false
	added := st.repeatedSector(prev)
	for k := 1; k+1 < len(st.low); k++ {
		w := st.low[k]
		if !repeatHeads.has(w) || st.low[k-1] != "the" || st.mentionAt(k) != nil {
			continue
		}
		// "the front line", "the party leadership": the noun qualifies
		// another.
		if strings.HasPrefix(st.toks[k+1].tag, "NN") || st.isPossessive(k+1) {
			continue
		}
		subject := pronounSubject(st, k)
		object := k > 1 && strings.HasPrefix(st.toks[k-2].tag, "VB")
		if !subject && !object {
			continue
		}
		ref := repeatedName(st.mentions, k, w)
		if ref == nil {
			if !gathered && prev != nil {
				before = append(before, *prev)
				before = append(before, prev.peers...)
				for _, o := range prev.others {
					before = append(before, o)
					before = append(before, o.peers...)
				}
			}
			gathered = true
			ref = repeatedName(before, -1, w)
		}
		if ref == nil {
			continue
		}
		m := *ref
		m.i, m.j = k, k+1
		m.peers, m.partner, m.others = nil, nil, nil
		m.actor.Text = st.textOf(k-1, k+1)
		st.mentions = append(st.mentions, m)
		added = true
	}
	if added {
		sort.Slice(st.mentions, func(a, b int) bool { return st.mentions[a].i < st.mentions[b].i })
	}
}

// repeatedName returns the last of ms ending before token k (any, for
// k < 0: the mentions of the sentence before) that is named
// (not a sector noun, pronoun or place) with a name of two words or more
// whose last word is w, singular or plural.
func repeatedName(ms []mention, k int, w string) *mention {
	for n := len(ms) - 1; n >= 0; n-- {
		m := &ms[n]
		if k >= 0 && m.j > k || m.place || m.kind == "sector" || m.kind == "pronoun" || m.kind == "description" || m.actor.ID == "" {
			continue
		}
		for _, name := range []string{m.actor.Text, m.actor.Name} {
			f := strings.Fields(strings.ToLower(name))
			if len(f) < 2 {
				continue
			}
			last := f[len(f)-1]
			if last == w || last+"s" == w || last == w+"s" {
				return m
			}
		}
	}
	return nil
}

// repeatedSector replaces a bare sector noun opening the sentence with
// "the" ("The leaders demanded", "The ministers agreed") by prev, the
// first actor of the sentence before, when prev's words end in the same
// noun ("European Union leaders agreed …"): the same people, not the
// generic office of some country. It reports whether it replaced one.
func (st *sent) repeatedSector(prev *mention) bool {
	if prev == nil || prev.place || prev.actor.ID == "" || prev.kind == "pronoun" || len(st.low) < 3 || st.low[0] != "the" {
		return false
	}
	m := st.mentionAt(1)
	if m == nil || m.i != 1 || m.j != 2 || m.kind != "sector" || !allBare([]*mention{m}) || !pronounSubject(st, 1) {
		return false
	}
	f := strings.Fields(strings.ToLower(prev.actor.Text))
	if len(f) < 2 || f[len(f)-1] != st.low[1] {
		return false
	}
	r := *prev
	r.i, r.j, r.kind = 0, 2, "pronoun"
	r.peers, r.partner, r.others = nil, nil, nil
	r.actor.Text = st.textOf(0, 2)
	st.dropMention(m)
	st.mentions = append(st.mentions, r)
	return true
}
