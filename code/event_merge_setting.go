package code

// Triggers that only set the scene of, give the purpose of, or sum up an
// act another trigger of the sentence tells: "shot dead seven at rallies",
// "marched to demand", ", the largest protest in decades".

import (
	"strings"

	"github.com/truce-project/truce"
)

// protestSetting returns the earlier act of the sentence that a protest
// noun only sets the scene of: "shot dead seven people at rallies against
// the junta", "detained 30 members of a march", "took to the streets in
// the biggest protests in decades". Force used on a protest is one event
// (ACLED's "excessive force" or "protest with intervention"), and a protest
// named again after a protest verb is that protest.
func (c *Coder) protestSetting(st *sent, earlier []*candidate, cd *candidate) *candidate {
	if c.ploverOf(cd.e) != truce.Protest || !nounUse(st, cd) || !strings.HasPrefix(st.toks[cd.i].tag, "NN") || len(earlier) == 0 {
		return nil
	}
	prev := earlier[len(earlier)-1]
	if prev.folded || st.clause[prev.i] != st.clause[cd.i] {
		return nil
	}
	pl := c.ploverOf(prev.e)
	if !prev.e.has(flagViolent) && prev.e.mode != "arrest" && pl != truce.Protest {
		return nil
	}
	// The protest noun follows a preposition past an article and
	// modifiers; the words before that are the act's object, place and
	// date, with no verb of their own.
	k := cd.i - 1
	for ; k >= prev.j && k >= cd.i-6; k-- {
		if settingPreps.has(st.low[k]) {
			break
		}
		switch st.low[k] {
		case "the", "a", "an", "its", "their", "his", "her", "this", "that":
			continue
		}
		if !isModifier(st.toks[k]) && st.mentionAt(k) == nil {
			return nil
		}
	}
	if k < prev.j || k < cd.i-6 {
		return nil
	}
	for n := prev.j; n < k; n++ {
		if verbAt(st, n) && st.mentionAt(n) == nil {
			return nil
		}
	}
	return prev
}

// settingPreps introduce the protest an act took place at or in.
var settingPreps = filtered(map[string]bool{"at": true, "during": true, "in": true, "of": true})

// protestPurpose reports whether the verbal trigger cd tells what the
// protest prev just before was for: "marched through the capital to demand
// his resignation", "protests demanding new elections". The demand is the
// protest's cause, not a statement of its own. After a comma the words may
// be a speaker's at a rally ("told a rally, calling the war a crime").
func (c *Coder) protestPurpose(st *sent, prev, cd *candidate) bool {
	if c.ploverOf(prev.e) != truce.Protest || quadOf(c.ploverOf(cd.e)) != 3 || cd.i-prev.j > 12 || cd.i == 0 {
		return false
	}
	if st.low[cd.i-1] != "to" && st.toks[cd.i].tag != "VBG" || lex43SpeechAtRally(st, prev, cd) {
		return false
	}
	for n := prev.j; n < cd.i-1; n++ {
		if clauseBreaks.has(st.low[n]) || st.low[n] == "," || verbAt(st, n) && st.mentionAt(n) == nil && !inDate(st, n) {
			return false
		}
	}
	return true
}

// summedUp returns the earlier act of the sentence, of the same category,
// that an apposition names again to sum it up: "gunmen seized 40
// villagers, the largest mass kidnapping in the state this year", "the
// navies held drills off Crete, the first such joint exercise between
// them". The apposition dates or ranks the act; it tells no new one.
func (c *Coder) summedUp(st *sent, earlier []*candidate, cd *candidate) *candidate {
	if cd.e.pos != 'N' && !strings.HasPrefix(st.toks[cd.i].tag, "NN") || !summingApposition(st, cd.i) && !runOfActs(st, cd.i) {
		return nil
	}
	// A meeting summed up ("the first visit to Jakarta by a New Zealand
	// leader") may name its parties; sameMeeting merges it once built.
	pl := c.ploverOf(cd.e)
	if pl == truce.Consult {
		return nil
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		prev := earlier[n]
		if prev.folded && prev.corefOf == nil {
			continue
		}
		if c.ploverOf(prev.e) == pl {
			return prev.head()
		}
	}
	return nil
}

// summingApposition reports whether the noun at i opens an apposition
// after a comma whose article is followed by a ranking word: ", the
// first such …", ", the largest …", ", the third … this month".
func summingApposition(st *sent, i int) bool {
	ranked := false
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		w := st.low[k]
		switch {
		case rankWords.has(w):
			ranked = true
			continue
		case w == "the" || w == "a" || w == "an":
			return ranked && st.low[k-1] == ","
		}
		if !isModifier(st.toks[k]) || st.mentionAt(k) != nil {
			return false
		}
	}
	return false
}

// runOfActs reports whether the noun at i names the run of acts the act
// before it belongs to, in a phrase of manner: "detained nine aid workers
// in a wave of arrests", "as part of a series of attacks", "in the latest
// of a spate of kidnappings".
func runOfActs(st *sent, i int) bool {
	if i < 4 || st.low[i-1] != "of" || !runNouns.has(st.low[i-2]) {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-8; k-- {
		switch st.low[k] {
		case "in", "during":
			return true
		case "part":
			return k > 0 && st.low[k-1] == "as"
		case ",", ";":
			return false
		}
	}
	return false
}

// runNouns gather acts of one kind into a run.
var runNouns = filtered(map[string]bool{
	"wave": true, "spate": true, "series": true, "string": true, "sweep": true, "round": true,
	"campaign": true, "flurry": true, "rash": true, "surge": true,
})

// rankWords rank an act among its kind: "the first such talks", "the
// deadliest attack", "the third such killing".
var rankWords = filtered(map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "such": true,
	"largest": true, "biggest": true, "deadliest": true, "worst": true, "latest": true,
	"most": true, "bloodiest": true, "heaviest": true, "longest": true,
})
