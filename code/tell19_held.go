package code

import "strings"

// heldAtProtest makes the people held in an arrest that names no one, or
// only a count, protesters when a protest is told in the sentence or just
// before it: "Police fired tear gas at youths who had barricaded streets
// … Dozens were detained", "Thousands marched in Minsk. Hundreds had been
// detained by nightfall". ("Two suspects were arrested" after a bombing
// are no protesters: no protest is told.)
func (b *building) heldAtProtest() {
	if b.cd.ev.Mode != "arrest" || len(b.tgt) != 1 {
		return
	}
	a := &b.tgt[0]
	if a.Sector != "CVL" || a.Country == "" || !unnamedCrowd(a.Text) {
		return
	}
	if !b.d.protestJustTold(b.st) && !protestScene(b.st) && !b.st.hasAny(&protestVerbs) {
		return
	}
	if v, ok := b.c.actors.Lookup(a.Country+"PRO", b.d.date); ok {
		v.Text = a.Text
		*a = v
	}
}

// unnamedCrowd reports whether the words of a target name no one but a
// count: "", "dozens", "hundreds of people".
func unnamedCrowd(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return true
	}
	return pluralCounts.has(f[0]) && (len(f) == 1 || len(f) == 3 && f[1] == "of" && peopleWords.has(f[2]))
}
