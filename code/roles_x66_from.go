package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// x66FromPlace returns the country of the place a person noun says its
// people come from, or "": "a missionary from Calgary was arrested in
// Lebanon" holds a Canadian, "beat students from Pakistan" hits
// Pakistanis, wherever the act happens. Armed forces and anyone moved by
// the verb before them are left alone: in "withdrew soldiers from the
// border" or "evacuated settlers from Gaza" the "from" says where they
// left, not whose they are.
func x66FromPlace(st *sent, m *mention) string {
	if armedSector.has(m.actor.Sector) || m.j+1 >= len(st.low) || st.low[m.j] != "from" {
		return ""
	}
	k := m.j + 1
	if st.low[k] == "the" {
		k++
	}
	p := st.placeStarting(k)
	if p == nil || p.place.Country == "" {
		return ""
	}
	if x66MovedObject(st, m.i) {
		return ""
	}
	return p.place.Country
}

// x66MovedObject reports whether the words before token i make the noun
// there the object of a verb that moves people from one place to another.
func x66MovedObject(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := st.toks[k].tag
		if strings.HasPrefix(t, "VB") {
			return x66MovingVerb(st.low[k])
		}
		if t == "," || t == "." || st.low[k] == "," {
			return false
		}
	}
	return false
}

// x66MovingStems begin the verbs that move people: the inflections of
// each share the stem.
var x66MovingStems = []string{
	"evacuat", "withdr", "pull", "remov", "expel", "deport", "rescu", "free", "releas",
	"recall", "airlift", "flew", "fly", "flown", "brought", "bring", "mov", "transfer",
	"repatriat", "return", "extradit", "send", "sent", "drov", "driv", "driven", "chas", "oust",
	"evict", "smuggl", "traffick", "ferr", "ship", "bus", "carr", "took", "tak", "lead", "led",
	"escort", "relocat", "resettl", "admit", "receiv", "welcom", "accept", "host", "turn", "push",
}

// x66MovingVerb reports whether w is a form of a verb that moves people:
// a stem of x66MovingStems followed by nothing or an inflection, so that
// "sentenced" is no form of "sent", nor "hostage" of "host".
func x66MovingVerb(w string) bool {
	for _, s := range x66MovingStems {
		if strings.HasPrefix(w, s) && x66Inflections[w[len(s):]] {
			return true
		}
	}
	return false
}

// x66Inflections are the endings a stem of x66MovingStems takes in its
// verb's forms ("evacuat-ed", "withdr-ew", "expel-led", "ferr-ied").
var x66Inflections = wordSet("", "d", "e", "s", "es", "ed", "ing", "en", "n",
	"ew", "aw", "aws", "awn", "awing", "ied", "ies", "y", "ying",
	"led", "ling", "red", "ring", "ped", "ping", "ted", "ting", "sed", "sing")

// x66InvestigatedPassive reports whether ev is an investigation of a party
// told in the passive ("has been put under investigation in Italy", "is
// being investigated in Uganda"): with no agent named, the state of the
// ground investigates, like the other acts of state power
// (roles_s39_statepower.go).
func x66InvestigatedPassive(ev *truce.Event) bool {
	return ev.Type == truce.Accuse && ev.Mode == "investigate" && len(ev.Target) > 0
}
