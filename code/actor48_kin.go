package code

import "github.com/truce-project/truce"

// actor48KinWords name a person's kin, who are civilians whoever their
// kin are: "families of missing soldiers rallied" are no soldiers, "police
// beat relatives of the detainees" beat no detainees.
var actor48KinWords = filtered(wordSet("families", "family", "relatives", "relative",
	"parents", "mothers", "mother", "fathers", "father", "wives", "wife", "widows",
	"widow", "husbands", "husband", "sons", "daughters", "siblings", "brothers",
	"sisters", "kin", "kinsmen", "next-of-kin"))

// actor48KinOf reports whether mention m is what a kin noun and "of"
// govern, past a few modifiers ("families of missing soldiers", "the wife
// and children of ousted president Jane Doe", "family members of the
// detained officers").
func actor48KinOf(st *sent, m *mention) bool {
	if !actor48Spans(st, m) {
		return false // a mention carried over from another sentence
	}
	// "relatives of Hamas fighters": a group's mention may hold the kin
	// phrase itself.
	if m.i+1 < m.j && actor48KinWords.has(st.low[m.i]) && st.low[m.i+1] == "of" {
		return true
	}
	for k := m.i - 1; k >= 1 && k >= m.i-4; k-- {
		switch st.low[k] {
		case "of":
			w := st.low[k-1]
			return actor48KinWords.has(w) || w == "members" && k >= 2 && st.low[k-2] == "family"
		case ",", "and", "or", "by", "to", "on", "at", "in", "with", "from":
			return false
		}
	}
	return false
}

// actor48Kin turns the actor a kin phrase governs into the kin, civilians
// of its country: the subject finder takes the noun nearest the verb, so
// "families of missing soldiers rallied outside the defence ministry" had
// the army protesting. Dev: of the 16 gold events whose actor is named
// through a kin noun and "of", gold gives the kin the governed actor's
// country as civilians or protesters (or the bare country) in 15; the
// other ("camps for the families of Islamic State fighters") names a group
// with no country, which the rule leaves alone. Those 15 were matched
// already, by other rules or because what the kin are "of" was civilian
// ("relatives of missing people"); the rule changes no dev event.
func (c *Coder) actor48Kin(d *doc, st *sent, m *mention, a *truce.Actor) {
	if a.Sector == "CVL" || m.place || !actor48KinOf(st, m) {
		return
	}
	switch {
	case a.Country != "":
		if b, ok := c.actors.Lookup(a.Country+"CVL", d.date); ok {
			b.Text = a.Text
			*a = b
		}
	case a.ID == "" && a.Sector != "":
		a.Sector = "CVL" // a generic noun: the sentence gives the country
	}
}

// actor48Spans reports whether the sentence has a mention over m's tokens:
// m is this sentence's own, though perhaps a copy of it (a group's
// mention reaches the roles as one), not one carried over from another.
func actor48Spans(st *sent, m *mention) bool {
	for k := range st.mentions {
		if st.mentions[k].i == m.i && st.mentions[k].j == m.j {
			return true
		}
	}
	return false
}
