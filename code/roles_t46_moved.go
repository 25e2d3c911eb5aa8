package code

import "github.com/truce-project/truce"

// Issue 3, round t46: the people a deportation moves are its target, of
// their own country. "will deport up to 10,000 migrants a week, most of
// them Haitians", "returned 5,000 migrants who had crossed from Morocco":
// the migrants are Haitian or Moroccan, not of the state that sends them
// away; "deported 40 men to China": people sent to a country are, with no
// word of their own, its people (refugees), not its government.

// t46Majority open an apposition that tells who most of a group are:
// "most of them Haitians", "mostly from Niger".
var t46Majority = filtered(wordSet("most", "mostly", "many", "largely", "mainly", "chiefly", "predominantly", "majority", "nearly", "almost", "all"))

// t46PeopleSectors are the sectors a group of moved people may bear;
// anything else (a government, a state) is the wrong reading of them.
var t46PeopleSectors = filtered(wordSet("REF", "CVL", "LAB", "OPP", "EDU", "REL", "MED"))

// t46MovedWords are the words for people a state sends away.
var t46MovedWords = filtered(wordSet("migrants", "migrant", "refugees", "refugee", "deportees", "immigrants", "asylum-seekers",
	"seekers", "foreigners", "detainees", "nationals", "citizens", "people", "men", "women", "children", "families",
	"workers", "activists", "prisoners", "captives", "hostages"))

// movedPeopleT46 sets the sides of each deportation: who sends people
// away (deporterT46), then, as its target, the moved people of their own
// country, as an apposition or a "from" country after them tells it, or,
// told of none, the people of the country they are sent to in place of its
// government.
func (c *Coder) movedPeopleT46(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.e == nil || cd.ev.Type != truce.Coerce || cd.ev.Mode != "deport" {
			continue
		}
		c.deporterT46(d, cd)
		st := cd.st
		cc := t46MovedHome(d, cd)
		if cc == "" {
			t46DestinationPeople(c, d, cd)
			continue
		}
		if hasCountry(cd.ev.Target, cc) || hasCountry(cd.ev.Source, cc) {
			continue
		}
		if cd.ev.Location != nil && cd.ev.Location.Country == cc && cd.ev.Location.Precision == "country" {
			continue
		}
		sector, other := "REF", false
		for _, a := range cd.ev.Target {
			switch {
			case t46PeopleSectors.has(a.Sector):
				if a.Sector != "CVL" && a.Sector != "OPP" {
					sector = a.Sector
				}
			case isState(a) && (a.Sector == "GOV" || a.Sector == ""):
			default:
				other = true
			}
		}
		if other {
			continue // an actor of another kind: not the moved people
		}
		moved := c.sectorActor(truce.Actor{Sector: sector}, cc, d.date)
		moved.Text = ""
		if k := t46MovedNoun(st, cd); k >= 0 {
			moved.Text = st.toks[k].text
		}
		cd.ev.Target = []truce.Actor{moved}
	}
}

// t46MovedNoun returns the token of the word for the moved people in the
// object of cd's verb, or -1.
func t46MovedNoun(st *sent, cd *candidate) int {
	for k := cd.i; k < len(st.low) && k < cd.j+6; k++ {
		if t46MovedWords.has(st.low[k]) {
			return k
		}
	}
	return -1
}

// t46MovedHome returns the country the people a deportation moves come
// from, as the words after its object tell it: an apposition ("most of
// them Haitians", "mostly from Niger") or a "from" country ("migrants who
// had swum into the enclave from Morocco"). A town or an airport after
// "from" is where they left, not whose they are. An object "them" ("sent
// back 5,600 of them") stands for the people the sentence before names.
// It returns "" when the object holds no word for people or none of these
// follows.
func t46MovedHome(d *doc, cd *candidate) string {
	st := cd.st
	if cd.j > 0 && st.low[cd.j-1] == "them" {
		if prev := t46SentenceBefore(d, st); prev != nil {
			for k, w := range prev.low {
				if t46MovedWords.has(w) {
					if cc := t46HomeAfter(prev, k+1); cc != "" {
						return cc
					}
				}
			}
		}
		return ""
	}
	if t46MovedNoun(st, cd) < 0 {
		return ""
	}
	return t46HomeAfter(st, cd.j)
}

// t46SentenceBefore returns the sentence of d before st, or nil.
func t46SentenceBefore(d *doc, st *sent) *sent {
	for n := 1; n < len(d.sents); n++ {
		if d.sents[n] == st {
			return d.sents[n-1]
		}
	}
	return nil
}

// t46HomeAfter reads the words from token from on for the country of the
// people named just before: see t46MovedHome.
func t46HomeAfter(st *sent, from int) string {
	majority := false
	for k := from; k < len(st.low) && k < from+16; k++ {
		w := st.low[k]
		if w == "." || w == ";" || w == "said" || w == "and" && !majority || w == "to" && !t46UpTo(st, k) {
			return ""
		}
		if w == "," && (k+1 >= len(st.low) || !t46Majority.has(st.low[k+1])) {
			return ""
		}
		if t46Majority.has(w) {
			majority = true
			continue
		}
		m := st.mentionAt(k)
		if m == nil || m.actor.Country == "" || m.i != k || k == 0 {
			continue
		}
		if w2 := st.low[k-1]; w2 == "from" || w2 == "the" && k > 1 && st.low[k-2] == "from" {
			if m.kind == "country" || m.kind == "demonym" {
				return m.actor.Country
			}
			return ""
		}
		if majority && m.kind == "demonym" {
			return m.actor.Country
		}
	}
	return ""
}

// t46UpTo reports whether the "to" at k bounds a number ("up to 10,000
// migrants") rather than naming where people go.
func t46UpTo(st *sent, k int) bool {
	return k > 0 && st.low[k-1] == "up" || k+1 < len(st.low) && st.toks[k+1].tag == "CD"
}

// t46DestinationPeople makes the target of a deportation that names the
// country people are sent to ("deported 40 men to China") that country's
// people rather than its government, when the verb's object is a word for
// people; people the sender's own words gave its country ("Kenya deported
// 60 workers to Ethiopia") are the destination's.
func t46DestinationPeople(c *Coder, d *doc, cd *candidate) {
	if len(cd.ev.Target) != 1 || t46MovedNoun(cd.st, cd) < 0 {
		return
	}
	a := cd.ev.Target[0]
	to := destinationCountry(cd)
	if to == "" || hasCountry(cd.ev.Source, to) {
		return
	}
	sector := "REF"
	switch {
	case a.Country == to && isState(a) && (a.Sector == "GOV" || a.Sector == ""):
	case a.Country != to && t46PeopleSectors.has(a.Sector) && hasCountry(cd.ev.Source, a.Country):
		sector = a.Sector
	default:
		return
	}
	moved := c.sectorActor(truce.Actor{Sector: sector}, to, d.date)
	moved.Text = a.Text
	cd.ev.Target = []truce.Actor{moved} // a new slice: the old one may be shared
}

// handedToT46 reports whether cd is a handing of people told with its
// "to" in the trigger ("handed three captives to the Red Cross").
func handedToT46(cd *candidate) bool {
	return handWords.has(cd.st.low[cd.i]) && cd.j > cd.i+1 && cd.st.low[cd.j-1] == "to"
}

// handedFromT46 returns the token from which the receiver of a handing
// over is sought: the trigger's own "to" where it holds one.
func handedFromT46(cd *candidate) int {
	if handedToT46(cd) {
		return cd.j - 1
	}
	return cd.j
}

// t46GoBetweens are the neutral bodies captives are handed to on their way
// home: they stand between the sides, as a mediator does.
var t46GoBetweens = filtered(wordSet("ICRC"))

// redCrossReleaseT46 makes the neutral body captives are handed to ("handed
// three hostages to the Red Cross") the release's mediator; it is not the
// one freed nor the one freeing.
func redCrossReleaseT46(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.e == nil || cd.ev.Type != truce.Retreat || cd.ev.Mode != "release" || len(cd.ev.Mediators) > 0 {
			continue
		}
		if !handWords.has(cd.st.low[cd.i]) {
			continue
		}
		a, ok := handoverRecipient(cd)
		if !ok || !t46GoBetweens.has(a.ID) {
			continue
		}
		cd.ev.Mediators = []truce.Actor{a}
		if holdsID(cd.ev.Target, a.ID) {
			cd.ev.Target = without(cd.ev.Target, a)
		}
	}
}
