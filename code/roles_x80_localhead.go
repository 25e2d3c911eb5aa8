package code

import (
	"sort"

	"github.com/truce-project/truce"
)

// Issue 3, round roles_x80: the head of a local unit of the state. "The
// head of a rural district" and "the chief of the Kidal commune" are
// local administrators, the state's government where they serve (GOV, as
// "district chief" and "mayor" are), not civilians nor whoever the
// sentence names next. A village head stays as read: the news calls many
// elders so.

// localHeadNounsX80 are the nouns for the one who heads a local unit.
var localHeadNounsX80 = filtered(wordSet("head", "chief", "administrator"))

// localUnitsX80 are the local units of a state's administration.
var localUnitsX80 = filtered(wordSet("district", "municipality", "commune", "county", "prefecture",
	"township", "locality", "sub-district", "subdistrict"))

// localHeadsX80 adds a government mention for each "head of" a local unit
// that no actor covers yet.
func (st *sent) localHeadsX80() {
	added := false
	for k := 0; k+3 < len(st.low); k++ {
		if !localHeadNounsX80.has(st.low[k]) || st.low[k+1] != "of" || st.mentionAt(k) != nil {
			continue
		}
		end := st.localUnitEndX80(k + 2)
		if end < 0 {
			continue
		}
		st.mentions = append(st.mentions, mention{i: k, j: end, kind: "sector",
			actor: truce.Actor{Text: st.textOf(k, end), Name: "government", Sector: "GOV"}})
		added = true
		k = end - 1
	}
	if added {
		sort.Slice(st.mentions, func(a, b int) bool { return st.mentions[a].i < st.mentions[b].i })
	}
}

// localUnitEndX80 returns the token just past a local unit's noun in the
// phrase starting at token n ("a rural district", "the Ansongo commune",
// "the county"), or -1: an article, then up to three adjectives, nouns or
// name words that no actor covers, then the unit.
func (st *sent) localUnitEndX80(n int) int {
	if n < len(st.low) && (st.low[n] == "a" || st.low[n] == "the") {
		n++
	}
	for e := n; e < len(st.low) && e <= n+3; e++ {
		if st.mentionAt(e) != nil {
			return -1
		}
		if localUnitsX80.has(st.low[e]) {
			return e + 1
		}
		switch st.toks[e].tag {
		case "JJ", "NN", "NNP":
		default:
			return -1
		}
	}
	return -1
}
