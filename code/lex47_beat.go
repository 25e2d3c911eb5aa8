package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// lex47BareWords are the one-word forms the lex47 rows of the lexicon add:
// the participle "beaten", which beat~ does not make, and the bare verb
// of shooting ("police shot three protesters", "was shot in the leg").
var lex47BareWords = filtered(wordSet("beaten", "shot", "shoots"))

// lex47Bare reports whether cd is the one-word reading of a lex47 row, not
// a longer row that holds the word ("shot dead", "shot at", "beaten to
// death").
func lex47Bare(st *sent, cd *candidate) bool {
	return cd.j-cd.i == 1 && cd.e.pos == 'V' && (cd.e.cameo == "182" || cd.e.cameo == "193") && lex47BareWords.has(st.low[cd.i])
}

// lex47NotHarm are the words after the bare verb that give it a sense
// other than harm done to a person: "shot down" (an aircraft, its own
// row), "shot up" (prices), "shot to fame", "beaten back", "beaten off"
// (an assault repelled), "the beaten track".
var lex47NotHarm = filtered(wordSet("down", "up", "to", "back", "off", "out", "path", "paths", "track", "tracks", "into"))

// lex47GraverHarm are the verbs of harm that, joined to the bare verb by
// "and", "or" or a comma, tell the same act: "shot and killed", "shot
// residents and burned granaries", "beaten and set alight". The act is
// coded once, from them: a killing or a burning tells more than the
// shots fired in it. A lesser harm after the bare verb ("beaten and
// detained") is the bare verb's act going on (see lex47JoinedHarm).
var lex47GraverHarm = filtered(wordSet("killed", "burned", "burnt", "torched", "raped", "hacked", "stabbed",
	"wounded", "injured", "maimed", "tortured", "mutilated", "lynched", "executed", "set", "beheaded"))

// lex47OtherSense drops a lex47 reading that tells no harm done to a
// person: the word used as a noun or an adjective ("a shot at goal", "his
// first shot", "the beaten path"; "a badly beaten man" has no determiner
// right before) and a particle or phrase that gives another sense ("shot
// down", "shot up", "shot to fame", "beaten back"; "beaten up" is harm),
// a film shot and a contest lost.
func lex47OtherSense(st *sent, cd *candidate) bool {
	if !lex47Bare(st, cd) {
		return false
	}
	i := cd.i
	if i > 0 {
		switch st.toks[i-1].tag {
		case "DT", "PRP$", "POS", "JJ", "JJS", "CD", "IN":
			if st.low[i-1] != "that" {
				return true
			}
		}
	}
	if cd.j < len(st.toks) && lex47NotHarm.has(st.low[cd.j]) && (st.low[cd.j] != "up" || st.low[cd.i] != "beaten") {
		return true
	}
	// "shot a video of police beating protesters", "beaten by the
	// opposition in the runoff": a film made, a contest lost.
	for k := cd.j; k < len(st.low) && k <= cd.j+10; k++ {
		w := st.low[k]
		if clauseBreaks.has(w) || w == "," {
			break
		}
		if st.low[cd.i] == "beaten" && lex47Contests.has(w) && lex47InBefore(st, k) || k <= cd.j+3 && st.low[cd.i] != "beaten" && lex47Footage.has(w) {
			return true
		}
	}
	return false
}

// lex47InBefore reports whether "in" opens the phrase that ends at token
// k, three words at most before it: "[in] Sunday's vote", "[in] the
// runoff". ("beaten by police during the vote" is a beating.)
func lex47InBefore(st *sent, k int) bool {
	for n := k - 1; n >= 0 && n >= k-3; n-- {
		if st.low[n] == "in" {
			return true
		}
	}
	return false
}

// lex47Contests are the words of a contest lost, not a beating taken:
// "beaten by the opposition in the runoff", "beaten in the final".
var lex47Contests = filtered(wordSet("vote", "votes", "election", "elections", "poll", "polls", "runoff", "run-off",
	"ballot", "race", "primary", "primaries", "referendum", "contest", "final", "semi-final", "match",
	"game", "tournament", "league", "cup", "championship", "seat", "seats"))

// lex47Footage are the things a camera shoots: "shot a video", "shot the
// film", "shot footage of the march".
var lex47Footage = filtered(wordSet("video", "videos", "film", "films", "footage", "photo", "photos", "photograph",
	"photographs", "picture", "pictures", "scene", "scenes", "documentary", "movie", "movies", "clip", "clips"))

// lex47NoDoer drops a passive "shot" or "beaten" with no doer after "by":
// "was shot in the leg", "had been beaten in custody" tell what befell a
// victim, not who did it; like a toll, the act is told where its doer is.
// The passive that opens the story with a named victim is the attack the
// story reports, and stays (mode46LeadVictim).
func lex47NoDoer(st *sent, cd *candidate) bool {
	return lex47Bare(st, cd) && (st.isPassive(cd.i) || passiveBefore(st, cd.i)) && !lex47ByAgent(st, cd.j) && !mode46LeadVictim(st, cd)
}

// lex47OpensList drops a bare "shot" or "beaten" that opens a list of
// harms done in one act ("shot and killed", "shot residents and burned
// granaries", "beaten and set alight"): the act is coded once, from the
// verb that follows.
func lex47OpensList(st *sent, cd *candidate) bool {
	return lex47Bare(st, cd) && lex47ListedBefore(st, cd.j)
}

// lex47ByAgent reports whether a "by" agent follows the passive verb
// ending at j, past where the victim was hit and how often: "was shot
// in the leg by police", "were beaten several times by guards".
func lex47ByAgent(st *sent, j int) bool {
	for k := j; k < len(st.low) && k <= j+6; k++ {
		if st.low[k] == "by" {
			return byAfter(st, k)
		}
		if st.low[k] == "," || clauseBreaks.has(st.low[k]) {
			return false
		}
	}
	return false
}

// lex47ListedBefore reports whether a graver verb of harm follows the one
// ending at j in the same clause, joined by "and", "or" or a comma, past
// at most an object of a few words: "shot [and] killed", "shot
// residents [and] burned granaries". A clause break or a verb of saying
// between ends the search.
func lex47ListedBefore(st *sent, j int) bool {
	for k := j; k < len(st.toks) && k <= j+6; k++ {
		w := st.low[k]
		if clauseBreaks.has(w) || w == "said" || w == "says" || w == "." {
			return false
		}
		if (w == "and" || w == "or" || w == ",") && k+1 < len(st.toks) && lex47GraverHarm.has(st.low[k+1]) {
			return true
		}
	}
	return false
}

// lex47JoinedHarm returns the act built just before that a verb of harm
// lists with, when one of the two is a bare lex47 verb: "were raped,
// beaten or robbed by armed men" (the beating is more of the rape told
// first), "had beaten and detained protesters" (the arrest is more of the
// beating). Only commas, "and" and "or" stand between the two verbs, so
// they share doer and victims; the act keeps the mode of the verb told
// first, and a graver verb after a bare one was coded alone (see
// lex47OpensList).
func lex47JoinedHarm(st *sent, built []*candidate, cd *candidate) *candidate {
	if len(built) == 0 || cd.e.pos != 'V' {
		return nil
	}
	prev := built[len(built)-1]
	if prev.e.pos != 'V' || prev.j > cd.i || cd.i-prev.j > 3 || !lex47Bare(st, cd) && !lex47Bare(st, prev) {
		return nil
	}
	if prev.ev.Type != truce.Assault || !isViolent(prev) || cd.ev.Type != truce.Assault && cd.ev.Type != truce.Coerce {
		return nil
	}
	for k := prev.j; k < cd.i; k++ {
		switch st.low[k] {
		case ",", "and", "or", "then":
		default:
			return nil
		}
	}
	return prev
}

// lex47ShotOne gives one wounded to a bare "shot" whose victim is one
// person named ("a gunman shot the senator Ana Ruiz twice"), when the
// sentence tells no death and no toll of its own: one person shot, and
// not killed, is one hurt.
func lex47ShotOne(st *sent, built []*candidate) {
	for _, cd := range built {
		if cd.folded || cd.killed || !lex47Bare(st, cd) || st.low[cd.i] == "beaten" || cd.ev.Injuries != nil || cd.ev.Fatalities != nil {
			continue
		}
		if st.isPassive(cd.i) || !lex47NamedOne(st, cd.j) || lex47DeathIn(st) {
			continue
		}
		cd.ev.Injuries = &truce.Count{Min: 1, Max: 1}
	}
}

// lex47NamedOne reports whether the object opening at token j is one
// person named: a proper name with titles before it and no figure or
// plural noun ("shot [opposition senator Ana Ruiz] twice"), up to the
// first preposition, comma or adverb.
func lex47NamedOne(st *sent, j int) bool {
	named := false
	for k := j; k < len(st.toks) && k < j+10; k++ {
		t := st.toks[k].tag
		switch {
		case t == "NNP":
			named = true
		case t == "NNS" || t == "NNPS" || t == "CD" || t == "PRP":
			return false
		case t == "NN" || t == "JJ" || t == "CC" || t == "DT":
		default:
			return named
		}
	}
	return named
}

// lex47DeathIn reports whether the sentence tells a death anywhere.
func lex47DeathIn(st *sent) bool {
	for _, w := range st.low {
		if deathWords.has(w) || w == "death" || w == "killing" || w == "killed" {
			return true
		}
	}
	return false
}

// lex47Retold drops a passive "shot by" or "beaten by" whose victim is a
// pronoun or a definite "the man" standing for a victim of a killing told
// before, in an earlier sentence or earlier in its own: "the governor's
// office said he was shot by rioters" gives the shooting again, with a
// side's word on who did it, not a second act.
func lex47Retold(d *doc, st *sent, built []*candidate) {
	for _, cd := range built {
		if cd.folded || !lex47Bare(st, cd) || !(st.isPassive(cd.i) || passiveBefore(st, cd.i)) || !lex47BackReference(st, cd.i) {
			continue
		}
		for _, p := range d.cands {
			if (p.st != st || p.j <= cd.i) && p != cd && !p.folded && (p.killed || p.ev.Fatalities != nil) && p.ev.Type == truce.Assault {
				cd.folded = true
				break
			}
		}
	}
}

// lex47BackReference reports whether the subject of the passive verb at i
// is a personal pronoun or "the" and one noun ("he was shot", "the man
// had been shot"): a victim named before.
func lex47BackReference(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && (auxiliaries.has(st.low[k]) || st.toks[k].tag == "RB") {
		k--
	}
	if k < 0 {
		return false
	}
	switch st.low[k] {
	case "he", "she", "they":
		return true
	}
	return k >= 1 && st.low[k-1] == "the" && st.toks[k].tag == "NN"
}

// lex47ReducedCount gives the wounded to a "beaten by" that follows its
// counted victims with no auxiliary, as an aside or a reduced relative
// does: "among them several journalists beaten by security forces", "three
// monks beaten by a mob". The toll reader reads a count only before a
// passive ("were beaten by"), and the aside's count is taken for part of
// the one before it.
func lex47ReducedCount(st *sent, built []*candidate) {
	for _, cd := range built {
		if cd.folded || !lex47Bare(st, cd) || st.low[cd.i] != "beaten" || cd.ev.Injuries != nil || cd.ev.Fatalities != nil ||
			cd.j >= len(st.low) || st.low[cd.j] != "by" || passiveBefore(st, cd.i) {
			continue
		}
		for p := cd.i - 1; p >= 0 && p >= cd.i-4; p-- {
			cnt, n, ok := countAt(st, p, false)
			if !ok {
				continue
			}
			if p+n <= cd.i && lex47NounsOnly(st, p+n, cd.i) {
				cd.ev.Injuries = &cnt
			}
			break
		}
	}
}

// lex47NounsOnly reports whether tokens [from, to) are the nouns and
// adjectives of one noun phrase, with a noun last.
func lex47NounsOnly(st *sent, from, to int) bool {
	if from >= to || !strings.HasPrefix(st.toks[to-1].tag, "NN") {
		return false
	}
	for k := from; k < to; k++ {
		if t := st.toks[k].tag; !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") {
			return false
		}
	}
	return true
}
