package code

// Acts at a national parliament: "protesters stormed parliament" happened
// in the capital, wherever else the sentence's other clauses go.

import (
	"github.com/truce-project/truce"
)

// parliamentWords are the nouns that name a country's parliament without
// naming its town: "stormed parliament", "outside the legislature".
var parliamentWords = filtered(wordSet("parliament", "parliament's", "legislature", "legislature's"))

// assemblyHeads are the first words of a two-word name of a parliament,
// with the second it needs: "the National Assembly", "the National
// Congress".
var assemblyHeads = map[string]map[string]bool{
	"national": wordSet("assembly", "assembly's", "congress", "congress's", "parliament"),
}

// parliamentAt returns where in st, from token k, a parliament is named and
// how many tokens name it, or 0.
func parliamentAt(st *sent, k int) int {
	w := st.low[k]
	if parliamentWords.has(w) {
		return 1
	}
	if !assemblyHeadKeys.mayHave(w) {
		return 0
	}
	if tails, ok := assemblyHeads[w]; ok && k+1 < len(st.low) && tails[st.low[k+1]] && capitalised(st.toks[k].text) {
		return 2
	}
	return 0
}

// atParliament places an act that its clause puts at the country's
// parliament in that country's capital: "protesters stormed parliament",
// "crowds gathered outside the National Assembly", "rioters broke
// through the gates of parliament". The parliament must follow the trigger
// in its clause, or a place preposition or "of" must introduce it there;
// the clause must name no town of its own, which wins ("stormed
// parliament in Strelsau" is in Strelsau anyway). The country is the one
// whose possessive or demonym comes just before ("Ruritania's
// parliament"), else the one whose capital the sentence names, else that
// of loc, the place found so far, else that of the event's first state
// actor. The place keeps the words that named the
// parliament as its text. It returns loc when no such parliament is named
// or no capital is known.
func (c *Coder) atParliament(cd *candidate, loc *truce.Location) *truce.Location {
	st := cd.st
	if loc != nil && !coarse(loc.Precision) && c.namedInClause(cd, loc) {
		return loc
	}
	for k := 0; k < len(st.low); k++ {
		n := parliamentAt(st, k)
		if n == 0 || st.clause[k] != st.clause[cd.i] {
			continue
		}
		after := k > cd.i && k-cd.j <= 4 && !commaBetween(st, cd.j, k)
		if !after && !parliamentPrep(st, k) {
			continue
		}
		if !nationalParliament(st, k) {
			continue
		}
		cc := parliamentCountry(st, k)
		if cc == "" {
			cc = c.capitalNamed(st)
		}
		if cc == "" && loc != nil {
			cc = loc.Country
		}
		if cc == "" {
			cc = stateCountry(cd)
		}
		if cc == "" {
			return loc
		}
		capital, ok := c.capitalOf(cc)
		if !ok {
			return loc
		}
		capital.Text = st.textOf(k, k+n)
		return &capital
	}
	return loc
}

// parliamentPrep reports whether a place preposition, or "of" after a
// part of its grounds, introduces the parliament named at k, with at most
// "the" and one more word between ("outside the parliament", "the gates
// of the National Assembly"); "a member of parliament" is no place.
func parliamentPrep(st *sent, k int) bool {
	for n := k - 1; n >= 0 && n >= k-3; n-- {
		w := st.low[n]
		if locPreps.has(w) || w == "of" && n > 0 && parliamentSites.has(st.low[n-1]) {
			return true
		}
		if w != "the" && !st.isPossessive(n) && !capitalised(st.toks[n].text) {
			return false
		}
	}
	return false
}

// parliamentCountry returns the country whose possessive or demonym comes
// just before the parliament at k ("Ruritania's parliament", "the
// Ruritanian parliament"), or "".
func parliamentCountry(st *sent, k int) string {
	n := k - 1
	if n >= 0 && st.isPossessive(n) {
		n--
	}
	if n < 0 {
		return ""
	}
	if m := st.mentionAt(n); m != nil && (m.kind == "country" || m.kind == "demonym") {
		return m.actor.Country
	}
	return ""
}

// capitalNamed returns the country whose capital st names, or "".
func (c *Coder) capitalNamed(st *sent) string {
	for n := range st.places {
		p := &st.places[n].place
		if capital, ok := c.capitalOf(p.Country); ok && capital.Name == p.Name {
			return p.Country
		}
	}
	return ""
}

// namedInClause reports whether loc is a place named in the trigger's
// clause with no comma between them: in "stormed parliament, and police
// fired tear gas in Zenda" Zenda is another act's place.
func (c *Coder) namedInClause(cd *candidate, loc *truce.Location) bool {
	st := cd.st
	for n := range st.places {
		p := &st.places[n]
		if p.i < len(st.clause) && st.clause[p.i] == st.clause[cd.i] && !commaBetween(st, cd.i, p.i) && (p.place.Name == loc.Name || p.place.Text == loc.Text) {
			return true
		}
	}
	return false
}

// nationalParliament reports whether the parliament named at k is a
// country's: not a regional or state one ("the regional parliament",
// "the state legislature") nor one a capitalised word other than a
// country or demonym names ("the European Parliament").
func nationalParliament(st *sent, k int) bool {
	n := k - 1
	if n < 0 {
		return true
	}
	if subParliaments.has(st.low[n]) {
		return false
	}
	if st.isPossessive(n) || !capitalised(st.toks[n].text) || parliamentAt(st, n) > 0 {
		return true
	}
	m := st.mentionAt(n)
	return m != nil && (m.kind == "country" || m.kind == "demonym")
}

// subParliaments are the words before a parliament that make it less than
// a country's.
var subParliaments = filtered(wordSet("regional", "provincial", "state", "local", "municipal", "county", "student", "youth"))

// parliamentSites are the parts of a parliament's grounds that "of" joins
// to it: "the gates of parliament".
var parliamentSites = filtered(wordSet("gates", "gate", "fences", "fence", "grounds", "steps", "premises", "compound", "building", "chamber", "doors", "walls"))
