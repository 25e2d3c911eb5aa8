package code

// Targets of acts against goods and premises: "crowds looted and burned
// shops in Lae after police walked off the job". The act has its own
// object, the shops, whose owners are its target; an actor named in a
// later clause is no one the looting was done to. A bomb made safe is
// the group's that planted it. A crowd that a relative clause tells
// protested ("residents who had blocked a highway") is protesters when
// the state uses force on it.

import "github.com/truce-project/truce"

// goodsObject reports whether the words from token j on open the
// trigger's own object as goods or premises someone owns ("shops",
// "food stores and a bank branch"), possibly after a second verb joined
// by "and" ("looted and burned shops").
func (st *sent) goodsObject(j int) bool {
	if j+1 < len(st.low) && st.low[j] == "and" && verbAt(st, j+1) {
		j += 2
	}
	if j >= len(st.low) || st.mentionAt(j) != nil {
		return false
	}
	_, ok := ownedThings[thingHead(st, j)]
	return ok
}

// clauseOpenersAfterGoods open a clause of its own after the object of
// an act against goods: "looted shops after police …", "burned stores
// as soldiers …".
var clauseOpenersAfterGoods = filtered(wordSet("after", "before", "as", "when", "while", "because", "since", "following", "until"))

// pastGoodsClause reports whether token k, past the trigger's goods
// object at j, opens a clause of its own, so that no actor from k on
// is the act's target.
func (st *sent) pastGoodsClause(j, k int) bool {
	return k > j && clauseOpenersAfterGoods.has(st.low[k]) && st.goodsObject(j)
}

// defuseWords tell that a bomb was made safe: "defused a car bomb",
// "disarmed an explosive device". The bomb is the group's that planted
// it, when the story names one.
var defuseWords = filtered(wordSet("defused", "defuse", "defuses", "defusing", "disarmed"))

// bombWords name a single bomb made safe: "a car bomb", "an improvised
// explosive device", "an IED".
var bombWords = filtered(wordSet("bomb", "bombs", "device", "devices", "ied", "ieds", "explosives", "mine", "mines", "landmine", "landmines"))

// placedPeopleOnly reports whether every target found is the people of
// a place, as a bomb "found near a public market" gives.
func placedPeopleOnly(ms []*mention) bool {
	for _, m := range ms {
		if m.actor.Sector != "CVL" {
			return false
		}
	}
	return len(ms) > 0
}

// unnamedGroup reports whether an armed actor is a country's gangs,
// rebels or militias in general rather than a group with a name of its
// own: "gangs", "Islamist militants". A bomb made safe is put down to
// such a group only; a named group may be based abroad, and its
// country would place the unnamed forces that defused the bomb.
func unnamedGroup(a truce.Actor) bool {
	return a.ID == "" || a.ID == a.Country+a.Sector
}

// relativeProtestVerbs, after "who" on a crowd, tell that the crowd
// protested: "residents who had blocked a highway", "young people who
// marched on parliament".
// ("villagers who had gathered for a wedding" need not have protested.)
var relativeProtestVerbs = filtered(wordSet("blocked", "barricaded", "marched", "protested", "rallied", "demonstrated",
	"occupied", "picketed", "stormed"))

// protestingCrowd returns the target of force used by the state on a
// crowd that a relative clause tells protested, as its protesters:
// "police opened fire on residents who had blocked a railway line" and
// "fired tear gas at hundreds of young people who blocked roads" met
// protesters, not people at large. It returns nil when the target is no
// such crowd of people at large.
func (c *Coder) protestingCrowd(d *doc, cd *candidate) []*mention {
	st := cd.st
	if len(cd.tgt) != 1 || !stateMentions(cd.src) {
		return nil
	}
	switch c.lex.cameo[cd.e.cameo].plover {
	case truce.Assault, truce.Coerce, truce.Threaten:
	default:
		return nil
	}
	m := cd.tgt[0]
	if m.actor.Sector != "CVL" || m.actor.ID != "" && m.actor.ID != m.actor.Country+"CVL" || m.j+1 >= len(st.low) || st.low[m.j] != "who" {
		return nil
	}
	k := m.j + 1
	if st.low[k] == "had" || st.low[k] == "have" {
		k++
	}
	if k >= len(st.low) || !relativeProtestVerbs.has(st.low[k]) {
		return nil
	}
	p := *m
	p.actor.Sector = "PRO"
	if p.actor.ID != "" {
		p.actor.ID = p.actor.Country + "PRO"
		if a, ok := c.actors.Lookup(p.actor.ID, d.date); ok {
			a.Text = m.actor.Text
			p.actor = a
		}
	}
	return []*mention{&p}
}

// stateMentions reports whether every source is a state's forces or
// office, named or not yet placed: "police", "security forces".
func stateMentions(ms []*mention) bool {
	for _, m := range ms {
		if !seizerSectors.has(m.actor.Sector) || m.actor.ID != "" && !isState(m.actor) {
			return false
		}
	}
	return len(ms) > 0
}
