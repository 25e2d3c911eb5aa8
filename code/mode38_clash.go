package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// mode38Riot recodes as a riot (CAMEO 145) a street fight of unarmed
// people with the police, and an arson, wrecking or looting by a crowd in
// revolt; the followers of a leader so named become protesters.
func (c *Coder) mode38Riot(d *doc, cd *candidate, ev *truce.Event, src, tgt []truce.Actor) {
	pl := c.lex.cameo[ev.CAMEO].plover
	if !mode38StreetClash(cd, ev, src, tgt) && !((pl == truce.Assault || pl == truce.Coerce) && mode38CrowdArson(cd, ev, src, tgt)) {
		return
	}
	ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = "145", "riot", "Riots", "Violent demonstration"
	mode38RiotersOf(c, d, cd, src)
}

// mode38UnarmedSectors are the sides that bring no arms to a street
// fight: residents, party supporters, protesters, students, workers.
var mode38UnarmedSectors = filtered(wordSet("CVL", "OPP", "PRO", "EDU", "LAB"))

// mode38StreetClash reports whether an armed clash the trigger tells is a
// riot: unarmed people fighting the police ("villagers clashed with riot
// police at the quarry", "the governor's supporters fought running
// battles with officers"). A crowd's fight with the police is a violent
// demonstration, not a battle between armed sides; one told of armed
// men ("his armed supporters clashed with police"), or with soldiers or
// gunmen on the other side, stays a clash.
func mode38StreetClash(cd *candidate, ev *truce.Event, src, tgt []truce.Actor) bool {
	if ev.CAMEO != "190" || cd.e.cameo != "190" || !cd.e.has(flagSym) || len(src) == 0 || len(tgt) == 0 {
		return false
	}
	for _, a := range src {
		if !mode38UnarmedSectors.has(a.Sector) {
			return false
		}
	}
	for _, a := range tgt {
		if a.Sector != "COP" {
			return false
		}
	}
	st := cd.st
	for _, m := range cd.src {
		if m.i > 0 && m.i <= len(st.low) && strings.EqualFold(st.low[m.i-1], "armed") {
			return false
		}
		if strings.Contains(m.actor.Text, "armed") || strings.Contains(m.actor.Text, "gunmen") {
			return false
		}
	}
	return true
}

// mode38CrowdArson reports whether an arson, a wrecking or a looting of
// property is done by a crowd in revolt, a riot: students ("students set
// fire to the rector's office"), a leader's supporters ("supporters of
// the jailed governor torched a courthouse"), or townspeople told as
// angered ("young men angered by the blackouts burned the gate of the
// power company"). A
// mob burning a community's homes or places of worship is not among them
// (their sector is plain civilians, with no anger told after them), nor
// is a crowd's burning of people ("set the body of the student alight").
func mode38CrowdArson(cd *candidate, ev *truce.Event, src, tgt []truce.Actor) bool {
	looting := ev.Mode == "seize" && cd.i < len(cd.st.low) && (strings.HasPrefix(cd.st.low[cd.i], "loot") || strings.HasPrefix(cd.st.low[cd.i], "ransack"))
	if ev.Mode != "destroy" && !looting || len(src) == 0 || len(cd.src) == 0 || peopleTarget(tgt) && !hasSector(tgt, "CVL") {
		return false
	}
	for k := max(cd.i-3, 0); k < cd.j+2 && k < len(cd.st.low); k++ {
		if mode38BurnedPeople.has(cd.st.low[k]) {
			return false
		}
	}
	for _, a := range src {
		switch a.Sector {
		case "EDU", "PRO":
		case "OPP", "GOV", "":
			if !mode38SupportersOf(cd.st, cd.src) {
				return false
			}
		case "CVL":
			if !mode38AngeredAfter(cd.st, cd.src) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// mode38BurnedPeople, in or around an arson's words, make it the burning
// of people: "set her body on fire", "her body set alight", "set fire to
// him". (Civilians as the target are kept: "buses" and "shops" are
// civilians' property.)
var mode38BurnedPeople = filtered(wordSet("body", "bodies", "corpse", "him", "her", "them", "man", "woman"))

// mode38AngeredAfter reports whether a source mention is followed by the
// anger that drove it: "young men angered by power cuts", "residents
// angry at the killing".
func mode38AngeredAfter(st *sent, ms []*mention) bool {
	for _, m := range ms {
		if m.j < len(st.low) && (angerWords.has(st.low[m.j]) || st.low[m.j] == "angered") {
			return true
		}
	}
	return false
}

// mode38Supporters are the nouns that make their "of" phrase a
// following: "supporters of the jailed governor".
var mode38Supporters = filtered(wordSet("supporters", "loyalists", "followers", "partisans"))

// mode38SupportersOf reports whether a source mention is the leader or
// party whose supporters act ("supporters of the ousted president,
// Pedro Castillo, set fire to"), or names them itself.
func mode38SupportersOf(st *sent, ms []*mention) bool {
	for _, m := range ms {
		if m.i > len(st.low) {
			continue
		}
		for k := m.i - 1; k >= 1 && k >= m.i-6; k-- {
			if st.low[k] == "of" && mode38Supporters.has(st.low[k-1]) {
				return true
			}
			if st.low[k] == "." || st.toks[k].tag == "VBD" || st.toks[k].tag == "VBZ" || st.toks[k].tag == "VBP" {
				break
			}
		}
		for k := m.i; k < m.j && k < len(st.low); k++ {
			if mode38Supporters.has(st.low[k]) {
				return true
			}
		}
	}
	return false
}

// mode38RiotersOf makes the followers of a leader or party named as the
// source of a riot protesters of its country: "supporters of Pedro
// Castillo set fire to a courthouse" is riot by Peruvian protesters.
func mode38RiotersOf(c *Coder, d *doc, cd *candidate, src []truce.Actor) {
	if !mode38SupportersOf(cd.st, cd.src) {
		return
	}
	for n := range src {
		if (src[n].Sector == "" || src[n].Sector == "OPP" || src[n].Sector == "GOV") && src[n].Country != "" {
			if a, ok := c.actors.Lookup(src[n].Country+"PRO", d.date); ok {
				a.Text = src[n].Text
				src[n] = a
			}
		}
	}
}
