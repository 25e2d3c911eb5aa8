package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// fillDyad completes a two-sided event whose parties the sentence leaves
// implicit ("clashes between the neighbours") with the article's main dyad.
func fillDyad(dyad, src, tgt []truce.Actor) ([]truce.Actor, []truce.Actor) {
	for _, a := range dyad {
		if hasCountry(src, a.Country) || hasCountry(tgt, a.Country) {
			continue
		}
		if len(src) == 0 {
			src = append(src, a)
		} else {
			tgt = append(tgt, a)
		}
	}
	return src, tgt
}

// otherSide returns the member of a two-state dyad that the actors are not
// on, when they are on exactly one side.
func otherSide(dyad, as []truce.Actor) (truce.Actor, bool) {
	if len(dyad) != 2 {
		return truce.Actor{}, false
	}
	a, b := hasCountry(as, dyad[0].Country), hasCountry(as, dyad[1].Country)
	switch {
	case a && !b:
		return dyad[1], true
	case b && !a:
		return dyad[0], true
	}
	return truce.Actor{}, false
}

func hasCountry(as []truce.Actor, cc string) bool {
	for _, a := range as {
		if countryOf(a) == cc {
			return true
		}
	}
	return false
}

// resolveGeneric turns mentions into actors, giving generic ones ("police",
// "civilians", "the militants") an identity: "militants" are the armed
// group the article last named; others take the country where the event
// happened, else the side of the article's main dyad that the other actors
// of the event are not on.
func (c *Coder) resolveGeneric(d *doc, st *sent, ms []*mention, loc *truce.Location, other []truce.Actor) []truce.Actor {
	out := make([]truce.Actor, 0, len(ms))
	for _, m := range ms {
		a := m.actor
		// "the court", "the tribunal", "the bloc": the international body
		// the article named before, if any.
		// ("The agency said …": the UN agency the text names.)
		if m.kind == "description" || m.kind == "sector" && a.ID == "" && (a.Sector == "JUD" && definiteHead(st, m.i) || bareOrgHead(st, m)) {
			if b := d.bodyBefore(st, m); b != nil {
				b.Text = a.Text
				out = append(out, *b)
				continue
			}
			if m.kind == "description" {
				continue
			}
		}
		if supportersOf(st, m) && a.Country != "" && (a.Sector == "GOV" || isState(a) && a.Sector == "") {
			// "supporters of the ousted president" are no government.
			a.Sector, a.ID = "PRO", a.Country+"PRO"
			if b, ok := c.actors.Lookup(a.ID, d.date); ok {
				b.Text = a.Text
				a = b
			}
		}
		actor48SupportersOf(st, m, &a) // "supporters of the junta" (actor48_supporters.go)
		c.actor48Kin(d, st, m, &a)     // "families of missing soldiers" (actor48_kin.go)
		// "former chief ministers", "former Pakistani prime minister Imran
		// Khan" out of office: leaders out of power are the opposition.
		if (m.kind != "person" && a.Sector == "GOV" && (a.ID == "" || a.ID == a.Country+"GOV") || m.kind == "person" && a.Country != "" && a.ID == a.Country) && formerBefore(st, m) {
			a.Sector, a.ID = "OPP", ""
			if a.Country != "" {
				a.ID = a.Country + "OPP"
			}
		}
		// "the spokesman of the UN mission", "fighters of the ADF": a
		// representative or armed member acts for the body that follows.
		if o := st.ofOwner(m); o != nil {
			b := o.actor
			b.Text = a.Text
			out = append(out, b)
			continue
		}
		// "the attackers": the doers of the attack just told.
		if g := d.x99AttackersBefore(st, m); g != nil && a.Sector == "REB" {
			g.Text = a.Text
			out = append(out, *g)
			continue
		}
		gang := d.gangMan(st, m)
		if gang {
			// "masked gunmen" in a story of gangs are the gang's.
			a.Sector, a.ID = "CRM", ""
			if a.Country != "" {
				a = c.sectorActor(a, a.Country, d.date)
			}
		}
		if a.ID == "" && a.Sector != "" {
			if g := st.ownGroup(m); g != nil && a.Sector == "REB" {
				g.Text = a.Text
				out = append(out, *g)
				continue
			}
			if g := st.x63GroupWithin(m); g != nil {
				g.Text = a.Text
				out = append(out, *g)
				continue
			}
			if g := d.groupBefore(st, m.i); g != nil && a.Sector == "REB" {
				g.Text = a.Text
				out = append(out, *g)
				continue
			}
			if m.kind == "anaphor" {
				// "Insurgents raided a village. Troops clashed with the
				// group": the armed side of the acts told before.
				if g := d.groupActedBefore(st); g != nil && !(m.j < len(st.low) && reportVerbs.has(st.low[m.j])) {
					g.Text = a.Text
					out = append(out, *g)
				}
				continue // "the group" with no group named before it
			}
			// "PKK fighters said a drone struck their positions": what
			// the speaker owns is the speaker's.
			if sp := st.ownerSpeaker(m, other); sp != nil {
				b := sp.actor
				b.Text = a.Text
				out = append(out, b)
				continue
			}
			// Captives no side can be found for name no one.
			if cc, ok := d.captiveCountry(st, m, other); ok {
				if cc == "" {
					continue
				}
				a.Country, a.ID = cc, cc+a.Sector
				out = append(out, a)
				continue
			}
			// "Commanders from both sides will meet": the two sides
			// named before.
			if pair := d.pairBefore(st); pair != nil && st.ofBothSides(m) {
				for _, b := range c.sided(d, pair, a.Sector) {
					b.Text = a.Text
					out = append(out, b)
				}
				continue
			}
			cc := d.genericCountry(st, m, loc, other)
			if !gang && d.crimeCountryGunmen(st, m, cc) {
				a.Sector, gang = "CRM", true // "armed men" in Mexico
			}
			if cc != "" {
				a.Country = cc
				a.ID = cc + a.Sector
				if gang {
					a = c.sectorActor(a, cc, d.date)
				}
			}
		}
		out = append(out, a)
	}
	return out
}

// bareOrgHead reports whether m is a bare "the agency", "the watchdog":
// a noun that names again an organisation, with nothing but "the" before.
func bareOrgHead(st *sent, m *mention) bool {
	return m.j == m.i+1 && m.i > 0 && st.low[m.i-1] == "the" && orgHeads.has(st.low[m.i])
}

// supporterWords name a leader's followers: "loyalists of the ousted
// president".
var supporterWords = filtered(map[string]bool{"supporters": true, "followers": true, "loyalists": true, "partisans": true})

// supportersOf reports whether a mention is what "supporters of" governs,
// past a few modifiers: "fired on supporters of ousted Peruvian President
// Pedro Castillo" hits his backers, not his government.
func supportersOf(st *sent, m *mention) bool {
	if !st.holds(m) {
		return false // a mention carried over from another sentence
	}
	for k := m.i - 1; k >= 1 && k >= m.i-4; k-- {
		switch st.low[k] {
		case "of":
			return supporterWords.has(st.low[k-1])
		case ",", "and", "or", "by", "to", "on", "at", "in":
			return false
		}
	}
	return false
}

// holds reports whether m is one of the sentence's own mentions, not one
// carried over from another sentence.
func (st *sent) holds(m *mention) bool {
	for k := range st.mentions {
		if &st.mentions[k] == m {
			return true
		}
	}
	return false
}

// groupBefore returns the non-state armed group named last before token k
// of the sentence, in it or in the sentences before.
func (d *doc) groupBefore(st *sent, k int) *truce.Actor {
	for n := len(st.mentions) - 1; n >= 0; n-- {
		m := st.mentions[n]
		if m.j <= k && isArmedGroup(m.actor) && !st.x68BackedBy(m.i) {
			a := m.actor
			return &a
		}
	}
	if d.lastGroup != nil {
		a := *d.lastGroup
		return &a
	}
	return d.groupNext(st)
}

// bodyBefore returns the international body named last before a
// description of one ("the court" after the International Criminal Court),
// in its sentence or the ones before. A court or tribunal must be a court.
func (d *doc) bodyBefore(st *sent, m *mention) *truce.Actor {
	// The head is the description's first word: "the bloc's leaders".
	head := strings.ToLower(st.low[m.i])
	court := head == "court" || head == "tribunal"
	match := func(x mention, in *sent) bool {
		if x.kind == "description" || x.kind == "pronoun" || x.actor.Sector != "IGO" {
			return false
		}
		// "the council" is the body named a council.
		if namedBodyHeads.has(head) {
			return carriesHead(in, x, head)
		}
		name := strings.ToLower(x.actor.Name)
		return !court || strings.Contains(name, "court") || strings.Contains(name, "tribunal")
	}
	for n := len(st.mentions) - 1; n >= 0; n-- {
		if x := st.mentions[n]; x.j <= m.i && match(x, st) {
			a := x.actor
			return &a
		}
	}
	for k := len(d.sents) - 1; k >= 0; k-- {
		if d.sents[k].s.Index >= st.s.Index {
			continue
		}
		for n := len(d.sents[k].mentions) - 1; n >= 0; n-- {
			if x := d.sents[k].mentions[n]; match(x, d.sents[k]) {
				a := x.actor
				return &a
			}
		}
	}
	// "The bloc's leaders agreed to bar Belarusian airlines from EU
	// airspace": with none named before, the body the sentence or the
	// next one names.
	for _, x := range st.mentions {
		if x.i >= m.j && match(x, st) {
			a := x.actor
			return &a
		}
	}
	for _, x := range d.sents {
		if x.s.Index != st.s.Index+1 {
			continue
		}
		for _, y := range x.mentions {
			if match(y, x) {
				a := y.actor
				return &a
			}
		}
	}
	return nil
}

func isArmedGroup(a truce.Actor) bool { return a.ID != "" && a.Sector == "REB" && !isState(a) }

// consultMode tells meetings apart by where they happen: in a country
// neither side belongs to they are third-party talks (CAMEO 044); in the
// target's country, with a source from elsewhere, a visit (042). It reports
// whether it changed the code.
func consultMode(ev *truce.Event, loc *truce.Location, src, tgt []truce.Actor) bool {
	if ev.Type != truce.Consult || ev.Mode != "" || loc == nil || loc.Country == "" || loc.Precision == "country" {
		return false
	}
	switch {
	case len(src)+len(tgt) > 0 && !hasCountry(src, loc.Country) && !hasCountry(tgt, loc.Country):
		ev.CAMEO, ev.Mode = "044", "third-party"
	case len(src) > 0 && !hasCountry(src, loc.Country) && hasCountry(tgt, loc.Country):
		ev.CAMEO, ev.Mode = "042", "visit"
	case hostedVisit(loc, src, tgt):
		ev.CAMEO, ev.Mode = "043", "visit"
	default:
		return false
	}
	return true
}

// sameAttacker gives an attack that names no one the attacker the article
// has already named hitting the same country from outside it ("Russia
// fired drones at Kyiv … A boy was killed in a strike on Zaporizhzhia").
// The victims are that country's civilians when the attack killed or
// wounded people, else the country. prior is the earlier attack.
func (c *Coder) sameAttacker(d *doc, cd *candidate, loc *truce.Location, victims []truce.Actor) (src, tgt []truce.Actor, prior *truce.Event) {
	cc := countryOfEvent(loc, victims)
	if cc == "" {
		return nil, nil, nil
	}
	for k := len(d.cands) - 1; k >= 0; k-- {
		ev := &d.cands[k].ev
		if !d.cands[k].e.has(flagViolent) || len(ev.Source) == 0 || hasCountry(ev.Source, cc) {
			continue
		}
		hit := hasCountry(ev.Target, cc) || ev.Location != nil && ev.Location.Country == cc
		if !hit {
			continue
		}
		id := cc
		if cd.killed || tollWords(cd.st) {
			id = cc + "CVL"
		}
		if a, ok := c.actors.Lookup(id, d.date); ok {
			tgt = []truce.Actor{a}
		}
		return ev.Source[:1], tgt, ev
	}
	// "Shelling of the Russian city of Belgorod killed 24", first in an
	// article about Russia and Ukraine: the other side of the war.
	if x, ok := otherSide(d.dyad, []truce.Actor{{ID: cc, Country: cc}}); ok && len(d.dyad) == 2 && hasCountry(d.dyad, cc) && len(d.cands) == 0 && !cd.st.x102OwnPeopleNamed(x.Country) {
		id := cc
		if cd.killed || tollWords(cd.st) {
			id = cc + "CVL"
		}
		if a, ok := c.actors.Lookup(id, d.date); ok {
			tgt = []truce.Actor{a}
		}
		return []truce.Actor{x}, tgt, nil
	}
	return nil, nil, nil
}

// tollWords reports whether a sentence tells of people killed or hurt.
func tollWords(st *sent) bool {
	for _, w := range st.low {
		switch w {
		case "killed", "killing", "wounded", "wounding", "injured", "injuring", "dead", "died":
			return true
		}
	}
	return false
}

// formerBefore reports whether a word putting a leader out of office
// comes just before a mention, past one modifier: "former chief
// ministers", "ousted Peruvian President".
func formerBefore(st *sent, m *mention) bool {
	if !st.holds(m) {
		return false
	}
	for k := m.i - 1; k >= 0 && k >= m.i-2; k-- {
		if formerWords.has(st.low[k]) {
			return true
		}
		if !strings.HasPrefix(st.toks[k].tag, "JJ") && !strings.HasPrefix(st.toks[k].tag, "NN") {
			return false
		}
	}
	return false
}
