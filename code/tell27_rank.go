package code

import "github.com/truce-project/truce"

// A speaker the dictionary does not know is often given by rank or post
// and a name: "…, Colonel Amadou Sidibe said", "district chief Abdul
// Rahimi said". The rank says which arm of the state speaks; the country
// comes from the phrase or, failing that, from the event's place.

// rankTitles are ranks and posts, written with a capital before a name,
// with the sector of the service they belong to: "Brigadier General X",
// "Superintendent X".
var rankTitles = map[string]string{
	"general": "MIL", "brigadier": "MIL", "colonel": "MIL", "lieutenant": "MIL", "major": "MIL",
	"captain": "MIL", "admiral": "MIL", "sergeant": "MIL", "corporal": "MIL",
	"gen.": "MIL", "col.": "MIL", "lt.": "MIL", "maj.": "MIL", "capt.": "MIL", "brig.": "MIL", "sgt.": "MIL",
	"superintendent": "COP", "inspector": "COP", "constable": "COP",
}

// rankPairs are two-word posts that hold a rank or "chief" but name a
// civil office: "Attorney General X said", "Chief Justice X said".
var rankPairs = map[string]string{
	"attorney general": "JUD", "solicitor general": "JUD", "director general": "GOV",
	"inspector general": "COP", "governor general": "GOV", "auditor general": "GOV", "surgeon general": "HLH",
	"chief justice": "JUD",
}

// rankSpeaker returns the generic speaker a rank or post at token k
// names when no service has been named before it in the phrase: a rank
// written with a capital ("Colonel"), or a lower-case "chief" heading a
// post ("district chief", "immigration chief"), which is the state's
// civil voice. k advances past a two-word post. It returns nil, k when k
// holds neither.
func rankSpeaker(st *sent, k, e int) (*mention, int) {
	if k+1 < e {
		if sector, ok := rankPairs[st.low[k]+" "+st.low[k+1]]; ok {
			text := st.toks[k].text + " " + st.toks[k+1].text
			return &mention{i: k, j: k + 2, kind: "sector", actor: truce.Actor{Text: text, Name: text, Sector: sector}}, k + 1
		}
	}
	sector, ok := rankTitles[st.low[k]]
	w := st.toks[k].text
	if ok && (w == "" || w[0] < 'A' || w[0] > 'Z') {
		ok = false // "the team's captain": no rank
	}
	if !ok && st.low[k] == "chief" && k > 0 && st.mentionAt(k-1) == nil && k+1 < e && st.toks[k+1].tag == "NNP" {
		sector, ok = "GOV", true
	}
	if !ok || k+1 >= e || st.toks[k+1].tag != "NNP" && rankTitles[st.low[k+1]] == "" {
		return nil, k
	}
	return &mention{i: k, j: k + 1, kind: "sector", actor: truce.Actor{Text: w, Name: w, Sector: sector}}, k
}

// rankOnly reports whether the speaker m is no more than a rank read by
// rankSpeaker ("General" in "General X"), which a post named beside it
// outranks.
func rankOnly(st *sent, m *mention) bool {
	return m.kind == "sector" && m.actor.ID == "" && m.i < len(st.low) && rankTitles[st.low[m.i]] != ""
}

// rankAfterPost reports whether the mention m is a rank right after the
// post already read as the speaker: "regional police commander Colonel
// X" speaks for the police, whatever the colonel's rank says.
func rankAfterPost(st *sent, post, m *mention) bool {
	return post.j == m.i && rankTitles[st.low[m.i]] != "" && post.kind == "sector"
}
