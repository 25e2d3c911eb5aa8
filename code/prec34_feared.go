package code

import "time"

// An act only feared or grown weary of: "families left for fear of
// shelling", "people are tired of being kidnapped", "villagers fear
// reprisals". The words tell a feeling about a kind of act, not an act
// done.

// fearedHeadsPrec34 are the nouns and adjectives of fear and weariness
// whose "of" names a kind of act: "for fear of shelling", "afraid of
// being arrested", "tired of being kidnapped".
var fearedHeadsPrec34 = filtered(wordSet("fear", "fears", "afraid", "scared", "frightened", "terrified", "tired",
	"weary", "wary", "sick", "dread"))

// fearVerbsPrec34 fear what their object names: "residents fear
// reprisals", "fearing arrest".
var fearVerbsPrec34 = filtered(wordSet("fear", "fears", "feared", "fearing", "dread", "dreads", "dreaded", "dreading"))

// fearedActPrec34 reports whether the trigger cd is what a word of fear
// or weariness governs across "of" ("for fear of shelling", "tired of
// being kidnapped"), or is the object of a verb of fear ("feared
// reprisals"), with at most "being", an article or modifiers between.
func fearedActPrec34(st *sent, cd *candidate, _ time.Time) bool {
	k := cd.i - 1
	for k >= 0 && k >= cd.i-4 && (st.low[k] == "being" || st.toks[k].tag == "DT" || st.toks[k].tag == "PRP$" || isModifier(st.toks[k])) && st.mentionAt(k) == nil {
		k--
	}
	if k < 0 {
		return false
	}
	if fearVerbsPrec34.has(st.low[k]) {
		return k+1 == cd.i || st.low[k+1] != "being"
	}
	return st.low[k] == "of" && k > 0 && fearedHeadsPrec34.has(st.low[k-1])
}
