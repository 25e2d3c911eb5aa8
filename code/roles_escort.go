package code

// The escort of those attacked is not whom the attack was aimed at:
// "gunmen fired on a convoy of buses travelling under army escort", "a
// line of lorries escorted by police". The escorted are: travellers, most
// often.

import "github.com/truce-project/truce"

// escortNouns close an escort phrase opened by "under": "under police
// escort", "under military guard".
var escortNouns = filtered(wordSet("escort", "escorts", "guard", "protection"))

// escortVerbs take the escort as their agent: "escorted by police".
var escortVerbs = filtered(wordSet("escorted", "guarded", "accompanied", "protected", "shepherded"))

// isEscort reports whether mention m is an escort of what an act hit
// rather than what it hit: "under police escort", "escorted by soldiers".
func isEscort(st *sent, m *mention) bool {
	if !st.holds(m) {
		return false
	}
	if m.i > 0 && st.low[m.i-1] == "under" && (m.j < len(st.low) && escortNouns.has(st.low[m.j]) || escortNouns.has(st.low[m.j-1])) {
		return true
	}
	k := m.i - 1
	for n := 0; n < 2 && k >= 0 && determiners.has(st.low[k]); n++ {
		k--
	}
	return k >= 1 && st.low[k] == "by" && escortVerbs.has(st.low[k-1])
}

// escortTarget turns the target of a violent act, when every target it
// names is an escort, to the civilians of the escort's country, found
// as the escort's would be: those
// escorted are travellers more often than not, and who they were the
// sentence's toll may tell later.
func (c *Coder) escortTarget(d *doc, cd *candidate) {
	if len(cd.tgt) == 0 || !cd.e.has(flagViolent) && c.lex.cameo[cd.e.cameo].plover != truce.Assault {
		return
	}
	for _, m := range cd.tgt {
		if !isEscort(cd.st, m) {
			return
		}
	}
	m := cd.tgt[0]
	if m.actor.Country != "" {
		a, ok := c.actors.Lookup(m.actor.Country+"CVL", d.date)
		if !ok {
			return
		}
		cd.tgt = []*mention{{i: m.i, j: m.j, actor: a, kind: "implied"}}
		return
	}
	// a generic escort ("army escort") takes its country later, and the
	// travellers with it.
	cd.tgt = []*mention{{i: m.i, j: m.j, actor: truce.Actor{Name: "civilians", Sector: "CVL"}, kind: m.kind}}
}
