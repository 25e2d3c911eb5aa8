package code

// Sports reports: a game told in words of war ("absorbed wave after wave
// of attacks", "crushed Georgia 45-10") is no fighting, even in sentences
// that hold no sport word of their own.

import (
	"regexp"
	"strconv"
)

// sportStory reports whether the article reports a game: two of its
// sentences hold sport words ("striker", "semi-final", "half-time") or a
// score ("beat Peru 2-1"), or its lead does.
func (c *Coder) sportStory(d *doc) bool {
	n := 0
	for k, st := range d.sents {
		if c.domainOf(st) == "sport" || hasScoreline(st) {
			if k == 0 {
				return true
			}
			n++
		}
	}
	return n >= 2
}

// scorePattern matches a score such as "1-0", "45-10" or "3–2".
var scorePattern = regexp.MustCompile(`^(\d{1,3})[-–](\d{1,3})$`)

// hasScoreline reports whether the sentence gives a score: two small
// numbers joined by a dash. A span of years ("the 1998-2000 war") is no
// score, nor is a tally of votes or judges ("the senate voted 51-49",
// "the court ruled 6-3").
func hasScoreline(st *sent) bool {
	for _, w := range st.low {
		if tallyWords.has(w) {
			return false
		}
	}
	for k, w := range st.low {
		// a score starts with a digit: most words need no regexp
		if !startsWithDigit(w) {
			continue
		}
		m := scorePattern.FindStringSubmatch(w)
		if m == nil || countedRange(st, k) {
			continue
		}
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if a < 200 && b < 200 {
			return true
		}
	}
	return false
}

// dropSportGame drops, in a sports report, the triggers of a sentence
// that names no official, armed or partisan actor and tells no death or
// wound: "Walid Regragui's side absorbed wave after wave of Portuguese
// attacks" tells of a game. Police charging fans outside the stadium, or
// a blast that kills spectators, stay.
func (c *Coder) dropSportGame(d *doc, st *sent, cands []*candidate) []*candidate {
	if len(cands) == 0 || !d.sport || c.domainOf(st) != "" {
		return cands
	}
	var ms []*mention
	for k := range st.mentions {
		if !st.mentions[k].place {
			ms = append(ms, &st.mentions[k])
		}
	}
	if officialActor(ms) || politicalActor(ms) {
		return cands
	}
	for _, w := range st.low {
		if gameHarmWords.has(w) {
			return cands
		}
	}
	return nil
}

// gameHarmWords tell of people killed or hurt: a sentence that holds one is
// no game, whatever the story.
var gameHarmWords = filtered(wordSet("killed", "killing", "dead", "died", "wounded", "wounding", "injured", "injuring",
	"hurt", "stabbed", "shot", "trampled"))

// tallyWords count votes or judges, not points.
var tallyWords = filtered(wordSet("vote", "votes", "voted", "voting", "ballot", "ruled", "ruling", "judges", "justices",
	"senate", "senators", "lawmakers", "mps", "parliament", "assembly", "majority", "margin", "poll", "polls",
	"passed", "bill", "motion", "resolution", "council", "chamber", "delegates", "seats"))

// countedRange reports whether the dashed numbers at k are a range of a
// count or an age, not a score: "10-15 villagers", "aged 18-25",
// "between 20-30 dead".
func countedRange(st *sent, k int) bool {
	if k+1 < len(st.toks) && (st.toks[k+1].tag == "NNS" || st.toks[k+1].tag == "NNPS" || st.low[k+1] == "people" || st.low[k+1] == "dead" || st.low[k+1] == "percent") {
		return true
	}
	if k > 0 {
		switch st.low[k-1] {
		case "aged", "between", "from", "of", "killed", "killing", "wounded", "injured", "about", "around", "some", "roughly", "approximately":
			return true
		}
	}
	return false
}
