package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// The country a story is about, as a careful reader tells it, and the
// passing mentions of other states that do not make it theirs: the city a
// wire dateline files the story from, when the story never comes back to
// that city's country ("ADDIS ABABA — The African Union suspended Gabon …"
// is a story about Gabon); a demonym standing for one person ("one of them
// a Syrian"); a neighbour named as the far side of a border. Soldiers who
// seize power do so at home.

// datelineDashes end a wire dateline: "LIMA, Jan 10 (2024) — Peru …".
var datelineDashes = filtered(wordSet("—", "–", "--", "-"))

// dateline returns the place a wire dateline opens the article with, or
// nil: a place that is the first word of the first sentence, with a dash
// before the twelfth word after it.
func (d *doc) dateline() *placeRef {
	if len(d.sents) == 0 {
		return nil
	}
	st := d.sents[0]
	for k := range st.places {
		p := &st.places[k]
		if p.i != 0 {
			continue
		}
		for n := p.j; n < len(st.low) && n < p.j+12; n++ {
			if datelineDashes.has(st.low[n]) {
				return p
			}
		}
	}
	return nil
}

// storyFocus returns the country the story is about for a generic actor
// to fall back on: the article's focus, unless that rests on a dateline
// whose country the story never names again, in which case the country
// most of the other places below country level are in, else the country
// named most often as a place, else the focus.
func (d *doc) storyFocus() string {
	dl := d.dateline()
	if dl == nil || dl.place.Country == "" || d.namedAgain(dl) {
		if d.focus == "" {
			return d.homeNamed()
		}
		return d.focus
	}
	sub, whole := map[string]int{}, map[string]int{}
	bestSub, bestWhole := "", ""
	for _, s := range d.sents {
		for k := range s.places {
			p := &s.places[k]
			cc := p.place.Country
			if p == dl || cc == "" {
				continue
			}
			if p.place.Precision == "country" {
				whole[cc]++
				if whole[cc] > whole[bestWhole] {
					bestWhole = cc
				}
				continue
			}
			sub[cc]++
			if sub[cc] > sub[bestSub] {
				bestSub = cc
			}
		}
	}
	switch {
	case bestSub != "":
		return bestSub
	case bestWhole != "":
		return bestWhole
	}
	return d.focus
}

// namedAgain reports whether the story names the dateline's country
// anywhere but in the dateline: a place in it, or an actor of it ("KYIV —
// Ukraine's air force said …").
func (d *doc) namedAgain(dl *placeRef) bool {
	cc := dl.place.Country
	for _, s := range d.sents {
		for k := range s.places {
			if p := &s.places[k]; p != dl && p.place.Country == cc {
				return true
			}
		}
		for _, m := range s.mentions {
			if m.actor.Country != cc {
				continue
			}
			if s == d.sents[0] && m.i < dl.j && m.j > dl.i {
				continue // the dateline itself, taken for a capital
			}
			return true
		}
	}
	return false
}

// nationalsNoun reports whether a demonym stands for a person of that
// nationality rather than qualifying a noun: "one of them a Syrian",
// "among them two Chadians". Such a person lends no country to a generic
// actor beside them: in "the army said it had detained nine people, one
// of them a Syrian" the army is not Syria's.
func nationalsNoun(st *sent, n *mention) bool {
	if n.kind != "demonym" || n.i == 0 || n.j != n.i+1 {
		return false
	}
	// "a Kenyan village", "two Chinese H-6 bombers": the demonym
	// qualifies what follows.
	if n.j < len(st.toks) && !nounPhraseEnds.has(st.toks[n.j].tag) && !strings.HasPrefix(st.toks[n.j].tag, "VB") {
		return false
	}
	w := st.low[n.i-1]
	return w == "a" || w == "an" || st.toks[n.i-1].tag == "CD"
}

// nounPhraseEnds are the tags of words that cannot continue a noun
// phrase: punctuation, conjunctions, prepositions, wh-words.
var nounPhraseEnds = filtered(wordSet(",", ".", ":", "CC", "IN", "TO", "WDT", "WP", "-RRB-", "''"))

// coupAtHome returns, for soldiers who seize power in the sentence's main
// clause ("army officers seized power and placed the president under house
// arrest", "the military staged a coup"), the country of the government
// they act on, else the country the story is about; else "". A coup is
// made at home, whatever capital the story is told from.
func (d *doc) coupAtHome(st *sent, m *mention, other []truce.Actor) string {
	if m.actor.Sector != "MIL" || !st.holds(m) || m.j+1 >= len(st.low) || !coupWords.has(st.low[m.j]) {
		return ""
	}
	took := false
	for n := m.j + 1; n < len(st.low) && n <= m.j+3; n++ {
		if st.low[n] == "power" || st.low[n] == "coup" {
			took = true
		}
	}
	if !took {
		return ""
	}
	for _, o := range other {
		if isState(o) && (o.Sector == "GOV" || o.ID == o.Country) {
			return o.Country
		}
	}
	if len(other) > 0 {
		return ""
	}
	return d.story
}

// frontierNouns name a border a state is named across: "the border with
// Niger", "near the borders with Chad and Sudan".
var frontierNouns = filtered(wordSet("border", "borders", "frontier", "frontiers", "boundary"))

// frontier reports whether the name starting at token i of st gives a
// neighbouring state only as the far side of a border, in a list after
// "border(s) with":
// "near the borders with Niger and Burkina Faso". Such a state is where
// the story is not, and lends no country to the army or the government
// the story tells of next.
func frontier(st *sent, i int) bool {
	for k := i - 1; k >= 1 && k >= i-10; k-- {
		switch w := st.low[k]; {
		case w == "with":
			return frontierNouns.has(st.low[k-1])
		case w == "," || w == "and" || w == "the":
			continue
		default:
			if x := st.mentionAt(k); x != nil && (x.kind == "country" || x.kind == "capital") {
				continue
			}
			return false
		}
	}
	return false
}

// homeSectors are a state's institutions that act at home: its police,
// army, courts and parliament. Named in a story, they tell whose land it
// is; a government or a diplomat may speak from abroad.
var homeSectors = filtered(wordSet("COP", "MIL", "JUD", "LEG"))

// homeNamed returns, for a story none of whose places below country
// level the gazetteer knows, the country it names most often as a place
// ("across Sri Lanka") or through a state's home institutions: "Police
// opened fire on protesters in Velandurai …; the Sri Lankan army was sent
// to the town" is a story about Sri Lanka, though the town is not known.
// A state named only as the far side of a border, a government speaking
// from abroad, or a person of that nationality does not count. Else "".
func (d *doc) homeNamed() string {
	count := map[string]int{}
	best := ""
	add := func(cc string) {
		count[cc]++
		if count[cc] > count[best] {
			best = cc
		}
	}
	for _, s := range d.sents {
		for k := range s.mentions {
			m := &s.mentions[k]
			if m.actor.Country == "" || !isState(m.actor) || nationalsNoun(s, m) || frontier(s, m.i) {
				continue
			}
			if m.place && m.kind == "country" || !m.place && homeSectors.has(m.actor.Sector) {
				add(m.actor.Country)
			}
		}
	}
	return best
}
