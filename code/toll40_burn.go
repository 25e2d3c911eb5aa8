package code

import "strings"

// toll40SetAlightBefore reports whether a verb of setting people on fire
// stands right before the count or victim at token i: "set on fire at
// least nine suspects", "beat and set alight a man", "set ablaze two
// alleged thieves". A crowd that burns the people it names kills them:
// the count is the dead. Things set on fire ("set ablaze three buses")
// count no one, so a plural count must name people.
func toll40SetAlightBefore(st *sent, i int) bool {
	switch {
	case i >= 2 && (st.low[i-1] == "alight" || st.low[i-1] == "ablaze") && toll40SetVerb(st.low[i-2]):
	case i >= 3 && st.low[i-1] == "fire" && st.low[i-2] == "on" && toll40SetVerb(st.low[i-3]):
	default:
		return false
	}
	if opensSingle(st.low[i]) {
		return true // singleNoun checks that one person is named
	}
	return toll40NamesPeople(st, i)
}

// toll40SetVerb reports whether w is a form of "set" that sets something
// on fire.
func toll40SetVerb(w string) bool {
	return w == "set" || w == "sets" || w == "setting"
}

// toll40NamesPeople reports whether the noun phrase a count opens at token
// i names people: its head, the last noun before the phrase ends, is a
// plural noun for people or lies within an actor mention ("at least nine
// [suspected gang members]"). In "two [Saudi Aramco] oil facilities" the
// head lies outside the mention: things, not people.
func toll40NamesPeople(st *sent, i int) bool {
	head := -1
	for k := i + 1; k < len(st.low) && k < i+8; k++ {
		t := st.toks[k].tag
		if strings.HasPrefix(t, "NN") {
			head = k
			continue
		}
		if head >= 0 || !strings.HasPrefix(t, "JJ") && t != "CD" && t != "HYPH" && t != "VBN" && t != "RB" && t != "IN" {
			break
		}
	}
	if head < 0 {
		return false
	}
	switch st.low[head] {
	case "people", "men", "women", "persons", "youths", "boys", "girls", "children":
		return true
	}
	m := st.mentionAt(head)
	return m != nil && !m.place
}

// toll40CarryToll gives the event prev the toll of cd, a later trigger
// found to tell the same act again and folded into it, where prev has
// none of its own: in "beat and set on fire three men" the count read
// after the second verb is the toll of the one attack.
func toll40CarryToll(prev, cd *candidate) {
	if prev.ev.Fatalities == nil {
		prev.ev.Fatalities = cd.ev.Fatalities
	}
	if prev.ev.Injuries == nil {
		prev.ev.Injuries = cd.ev.Injuries
	}
}
