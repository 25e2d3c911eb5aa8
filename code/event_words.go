package code

// Word-level readings of a trigger: verb or noun, a noun qualifying
// another, a victim ranked among others.

import "strings"

// pickEntry chooses between a word's verb and noun readings by its tag and
// the tag before it.
func pickEntry(es []*entry, tag, prevTag string) *entry {
	want := byte('N')
	if strings.HasPrefix(tag, "VB") {
		want = 'V'
	}
	// "in fighting that …", "the killing of": a gerund after a
	// preposition, determiner or adjective is a noun.
	if tag == "VBG" && (prevTag == "IN" || prevTag == "DT" || strings.HasPrefix(prevTag, "JJ") || prevTag == "PRP$") {
		want = 'N'
	}
	for _, e := range es {
		if e.pos == want {
			return e
		}
	}
	// "there was no sign of an attack": a noun after a determiner is not
	// the verb spelt like it.
	// Nor is one after a possessive: "it missed its target".
	if strings.HasPrefix(tag, "NN") && (prevTag == "DT" || prevTag == "PRP$") && len(es) > 0 && len(es[0].words) == 1 {
		return nil
	}
	if strings.HasPrefix(tag, "JJ") {
		// "its armed wing": an adjective, not the verb; but a phrase of
		// several words is what it is however its first word was tagged
		// ("… and shot dead 23 of them").
		for _, e := range es {
			if len(e.words) > 1 {
				return e
			}
		}
		return nil
	}
	return es[0]
}

// compoundHeads are nouns a trigger noun may qualify without naming an
// event: "aid agency", "aid workers", "protest leaders", "a kidnapping
// gang".
var compoundHeads = filtered(map[string]bool{
	"agency": true, "agencies": true, "worker": true, "workers": true, "organisation": true,
	"organisations": true, "organization": true, "organizations": true, "groups": true,
	"official": true, "officials": true, "chief": true, "leader": true, "leaders": true,
	"movement": true, "activist": true, "activists": true, "envoy": true, "budget": true,
	"camp": true, "camps": true, "site": true, "sites": true, "group": true, "gang": true,
	"gangs": true, "ring": true,
	// "a drone maker", "missile engines", "a $110 million drone hub": the
	// industry and equipment of arms, which strike no one.
	"maker": true, "makers": true, "manufacturer": true, "manufacturers": true, "factory": true,
	"factories": true, "industry": true, "programme": true, "program": true, "hub": true,
	"engine": true, "engines": true, "parts": true, "components": true, "technology": true,
})

// rankedVictim reports whether the toll verb at i follows a noun for a
// person ranked by "the" and an ordinal or "latest": "the third journalist
// killed", "the latest aid worker killed".
func rankedVictim(st *sent, i int) bool {
	if i < 3 || !strings.HasPrefix(st.toks[i-1].tag, "NN") {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-4; k-- {
		if rankWords.has(st.low[k]) && st.low[k-1] == "the" {
			return true
		}
		if !strings.HasPrefix(st.toks[k].tag, "NN") && !strings.HasPrefix(st.toks[k].tag, "JJ") {
			return false
		}
	}
	return false
}

// handModes tell force done by hand, the manner a raid told by a bare
// verb took: "stormed the camp, beating demonstrators" is a beating.
var handModes = filtered(map[string]bool{"beat": true})
