package code

// An order to use lethal force is the act of the one who gives it.

import "github.com/truce-project/truce"

// permitVerbsS39 hand forces a licence to act, as orderVerbs set them a task:
// "authorised the police to shoot to kill", "allowed troops to fire".
var permitVerbsS39 = filtered(wordSet("authorised", "authorized", "authorises", "authorizes", "authorise", "authorize",
	"allowed", "allows", "permitted", "permits", "empowered", "ordering", "instructing", "telling"))

// lethalOrderers gives a threat of lethal force that a state lays on its
// own forces ("the president said he had ordered security forces to shoot
// to kill without warning", "the junta authorised troops to fire on
// anyone breaking the curfew") to the state that gives the order, not to
// the forces told to carry it out. The forces are no target of it either:
// the threat is aimed at whoever defies the order, and where the sentence
// names no one else, at the state's own people.
func (c *Coder) lethalOrderers(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.ev.Type != truce.Threaten || cd.st == nil {
			continue
		}
		st := cd.st
		forces, orderer := st.lethalOrderS39(cd.i)
		if forces == nil || orderer == nil {
			continue
		}
		a := orderer.actor
		if a.Country == "" {
			// "he had authorised the police …", the governor's "he":
			// the forces' own state, as the event found it.
			for _, x := range cd.ev.Source {
				if x.Country != "" && (x.Sector == "MIL" || x.Sector == "COP") {
					a = c.sectorActor(a, x.Country, d.date)
					break
				}
			}
		}
		if a.Country == "" {
			continue
		}
		cd.ev.Source = []truce.Actor{a}
		var keep []truce.Actor
		for _, t := range cd.ev.Target {
			if t.Sector == "MIL" || t.Sector == "COP" || sameActor(t, a) || t.Country == a.Country && t.Sector == "GOV" {
				continue
			}
			keep = append(keep, t)
		}
		if len(keep) == 0 {
			keep = []truce.Actor{c.sectorActor(truce.Actor{Sector: "CVL"}, a.Country, d.date)}
		}
		cd.ev.Target = keep
	}
}

// lethalOrderS39 returns the forces told, and the state that tells them, when
// the trigger at i is the task of an order: "ORDERED (the) FORCES to
// <trigger>". Else nil, nil.
func (st *sent) lethalOrderS39(i int) (*mention, *mention) {
	if i < 3 || st.low[i-1] != "to" {
		return nil, nil
	}
	f := st.mentionEndingAtS39(i - 1)
	if f == nil || f.place || f.actor.Sector != "MIL" && f.actor.Sector != "COP" {
		return nil, nil
	}
	k := f.i - 1
	for n := 0; n < 2 && k >= 0 && determiners.has(st.low[k]); n++ {
		k--
	}
	if k < 1 || !orderVerbs.has(st.low[k]) && !permitVerbsS39.has(st.low[k]) {
		return nil, nil
	}
	sub := st.subject(k)
	if len(sub) == 0 || sub[0].place || sub[0] == f || !isState(sub[0].actor) && (sub[0].actor.Country != "" || sub[0].actor.Sector != "GOV") {
		return nil, nil
	}
	if s := sub[0].actor.Sector; s == "MIL" || s == "COP" {
		return nil, nil // a commander passing orders down the line
	}
	return f, sub[0]
}

// mentionEndingAtS39 returns the actor mention of the sentence that ends just
// before token j, or nil.
func (st *sent) mentionEndingAtS39(j int) *mention {
	for n := range st.mentions {
		if m := &st.mentions[n]; m.j == j {
			return m
		}
	}
	return nil
}
