package code

// A state named bare as a side of a political act is its government:
// "India and China agreed to resume flights", "Paris called the
// expulsions unjustified", "the Philippines recalled its ambassador".

import "github.com/truce-project/truce"

// stateActTypes are the act types whose bare-state sides stand for the
// state's government: talks, deals, words, demands, pressure, help,
// detentions and withdrawals. Violence, protest and the moves of forces
// stay with the bare state, whose soldiers or people may be meant.
var stateActTypes = filtered(wordSet(truce.Consult, truce.Agree, truce.Cooperate, truce.Support,
	truce.Concede, truce.Request, truce.Accuse, truce.Reject, truce.Threaten, truce.Sanction, truce.Aid, truce.Coerce, truce.Retreat))

// stateGovernments turns each bare state among the event's sources,
// targets and reporters into that state's government when the act is
// one a government does or is addressed by: "Somalia and Kenya agreed to
// restore ties" is an agreement between their governments.
func (b *building) stateGovernments() {
	ev := &b.cd.ev
	if !stateActTypes.has(ev.Type) {
		return
	}
	ev.Source = b.governmentsOf(ev.Source)
	ev.Target = b.governmentsOf(ev.Target)
	if r := ev.ReportedBy; r != nil && bareState(*r) {
		g := b.governmentsOf([]truce.Actor{*r})[0]
		ev.ReportedBy = &g
	}
}

// governmentsOf returns as with each bare state, an actor whose ID is its
// country code alone, replaced by that country's government, keeping the
// words that named it. It returns as itself when it holds none.
func (b *building) governmentsOf(as []truce.Actor) []truce.Actor {
	var out []truce.Actor
	for k, a := range as {
		if !bareState(a) {
			if out != nil {
				out = append(out, a)
			}
			continue
		}
		g, ok := b.c.actors.Lookup(a.Country+"GOV", b.d.date)
		if !ok {
			if out != nil {
				out = append(out, a)
			}
			continue
		}
		if out == nil {
			out = append(make([]truce.Actor, 0, len(as)), as[:k]...)
		}
		g.Text = a.Text
		if !holdsID(out, g.ID) && !holdsID(as[k+1:], g.ID) {
			out = append(out, g)
		}
	}
	if out == nil {
		return as
	}
	return out
}

// bareState reports whether a is a country named as such, with no sector.
func bareState(a truce.Actor) bool {
	return len(a.Country) == 3 && a.ID == a.Country && a.Sector == ""
}

// holdsID reports whether one of as has the ID id.
func holdsID(as []truce.Actor, id string) bool {
	for _, a := range as {
		if a.ID == id {
			return true
		}
	}
	return false
}
