package code

// Targets named by a nationality before a person: "a mob killed a
// Pakistani man", "gunmen abducted two Chinese engineers". The demonym
// alone would make the target the state itself; the person noun after it
// makes them its civilians.

import (
	"strings"

	"github.com/truce-project/truce"
)

// nationalPersons are the person nouns a nationality may stand before
// that the actor lexicon gives no sector of their own: "a Bengali man",
// "a Sri Lankan factory manager", "two Chinese nationals".
var nationalPersons = filtered(wordSet("man", "men", "woman", "women", "boy", "boys", "girl", "girls",
	"teenager", "teenagers", "child", "children", "national", "nationals", "citizen", "citizens",
	"manager", "managers", "engineer", "engineers", "couple", "family", "families", "resident", "residents",
	"passenger", "passengers", "tourist", "tourists", "pilgrim", "pilgrims", "migrant", "migrants"))

// nationalCivilians returns the civilians of a state when the only target
// of a violent act is that state's demonym before a person noun, perhaps
// with a qualifying noun or adjective between ("killed a Sri Lankan
// factory manager", "shot an Indian man"), or nil. A demonym already
// given a sector ("a French tourist" in the lexicon) or qualifying a
// non-person ("a Kenyan village") is left alone.
func (st *sent) nationalCivilians(cd *candidate) []*mention {
	if !cd.e.has(flagViolent) || len(cd.tgt) != 1 {
		return nil
	}
	m := cd.tgt[0]
	a := m.actor
	if m.kind != "demonym" || m.place || a.Sector != "" || a.Country == "" || a.ID != a.Country {
		return nil
	}
	for k := m.j; k < len(st.low) && k <= m.j+2; k++ {
		if nationalPersons.has(st.low[k]) {
			return []*mention{{i: m.i, j: k + 1, kind: "implied",
				actor: truce.Actor{Name: "civilians", Country: a.Country, Sector: "CVL", ID: a.Country + "CVL"}}}
		}
		// "a Sri Lankan factory manager": a qualifying noun or adjective.
		if st.mentionAt(k) != nil || !strings.HasPrefix(st.toks[k].tag, "NN") && !strings.HasPrefix(st.toks[k].tag, "JJ") {
			return nil
		}
	}
	return nil
}

// heldHomeWords are the nouns of a demand to free someone: "the release
// of", "the freeing of".
var heldHomeWords = filtered(wordSet("release", "freeing", "liberation"))

// heldAtHome returns the government of a politician's own state when a
// demand or protest is for the politician's release: "the AU demanded the
// release of ousted President Mohamed Bazoum" is aimed at Niger's rulers,
// "crowds marched to demand the release of jailed opposition leader
// Khaleda Zia" at Bangladesh's government, not at the prisoner. A leader
// or opposition figure is held by the authorities of their own country;
// a state asking it of itself, or anyone else held (a journalist, a
// foreign soldier), is left to the other rules. It returns nil otherwise.
func (c *Coder) heldAtHome(cd *candidate) []*mention {
	p := c.lex.cameo[cd.e.cameo].plover
	if p != truce.Request && p != truce.Protest || len(cd.tgt) != 1 {
		return nil
	}
	st := cd.st
	m := cd.tgt[0]
	cc := m.actor.Country
	// A leader named by the dictionary only as a person of a state
	// ("ousted President Mohamed Bazoum") has no sector yet.
	leader := m.actor.Sector == "OPP" || m.actor.Sector == "GOV" || m.kind == "person" && m.actor.Sector == ""
	if m.place || cc == "" || !leader || m.actor.ID != cc+m.actor.Sector {
		return nil
	}
	k := m.i - 1
	for n := 0; n < 4 && k > 0 && st.low[k] != "of" && st.mentionAt(k) == nil; n++ {
		t := st.toks[k].tag
		if t != "DT" && t != "VBN" && !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NN") {
			return nil
		}
		k--
	}
	if k < 1 || st.low[k] != "of" || !heldHomeWords.has(st.low[k-1]) {
		return nil
	}
	for _, s := range cd.src {
		if s.actor.Country == cc && isState(s.actor) {
			return nil
		}
	}
	return []*mention{{i: m.i, j: m.j, kind: "implied",
		actor: truce.Actor{Name: "government", Country: cc, Sector: "GOV", ID: cc + "GOV"}}}
}

// namedSideTarget returns the side an act is aimed at that the words
// around its object name, or nil: ground the speaker or accuser calls
// its own ("Rebels said jets had bombed their camps", "accused the army
// of shelling its positions") is the speaker's (ownTarget); a
// nationality before a person ("killed a Pakistani man") is its state's
// civilians (nationalCivilians); a demand to free a leader is aimed at
// the rulers of the leader's state (heldAtHome); a hospital or school
// attacked has the civilians in it for a target too (buildingVictims);
// rivals fighting among themselves are each other's foes (rivalFoes); a
// withdrawal is aimed at the force it hands its ground to (withdrawnTo);
// staff held or hurt stand for their employer (staffEmployer).
func (c *Coder) namedSideTarget(cd *candidate) []*mention {
	if m := cd.st.ownTarget(cd); m != nil {
		return m
	}
	if m := cd.st.nationalCivilians(cd); m != nil {
		return m
	}
	if m := c.buildingVictims(cd); m != nil {
		return m
	}
	if m := cd.st.rivalFoes(cd); m != nil {
		return m
	}
	if m := cd.st.withdrawnTo(cd); m != nil {
		return m
	}
	if m := cd.st.staffEmployer(cd); m != nil {
		return m
	}
	if m := cd.st.t62HeldStaff(cd); m != nil {
		return m
	}
	return c.heldAtHome(cd)
}
