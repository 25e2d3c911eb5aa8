package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// A subject that is a band of people described, not named, does what
// follows: "a group of self-styled village guards beat a trader to death",
// "members of a gang that runs the port district raped two women". The
// dictionary knows neither phrase, so without this the violent verb has no
// doer, or takes a place named in the clause ("the capital") as its doer.
// The people of a gang or cartel are criminals; any other described band
// (guards, youths, protectors) is the country's civilians, as the gold
// codes vigilantes the dictionary does not list.

// describedBand returns the mention for a subject "a group of …" or
// "members of a gang …" at token k whose words name no known actor, and
// the token after the phrase; ok is false when k starts no such subject.
func (st *sent) describedBand(k int) (mention, int, bool) {
	if !bandHeads.has(st.low[k]) || k+2 >= len(st.low) || st.low[k+1] != "of" {
		return mention{}, 0, false
	}
	// The phrase opens the sentence, a clause or the text after a
	// dateline: "A group of …", "…, and members of …", "CITY - Members of …".
	i := k
	if i > 0 && (st.toks[i-1].tag == "DT" || st.toks[i-1].tag == "CD") {
		i--
	}
	if i > 0 && !subjectOpeners.has(st.low[i-1]) && !datelineDashes.has(st.low[i-1]) {
		return mention{}, 0, false
	}
	// The described people: modifiers, then the noun that heads them,
	// which no verb or preposition follows as its object.
	head := -1
	for e := k + 2; e < len(st.low) && e <= k+7; e++ {
		if st.mentionAt(e) != nil {
			return mention{}, 0, false
		}
		tag := st.toks[e].tag
		if tag == "DT" || tag == "CD" || strings.HasPrefix(tag, "JJ") || tag == "HYPH" || tag == "VBN" && e+1 < len(st.low) && strings.HasPrefix(st.toks[e+1].tag, "NN") {
			continue
		}
		if strings.HasPrefix(tag, "NN") && tag != "NNP" && tag != "NNPS" {
			head = e
			continue
		}
		break
	}
	if head < 0 || head+1 < len(st.low) && st.low[head+1] == "of" {
		return mention{}, 0, false
	}
	sector := "CVL"
	if bandCriminals.has(st.low[head]) {
		sector = "CRM"
	} else if st.toks[head].tag != "NNS" {
		// "a group of the party": a single body, not people described.
		return mention{}, 0, false
	}
	text := st.textOf(i, head+1)
	return mention{i: i, j: head + 1, kind: "sector", actor: truce.Actor{Text: text, Name: text, Sector: sector}}, head + 1, true
}

// bandHeads stand for several people of whom the words after "of" tell.
var bandHeads = filtered(wordSet("group", "groups", "band", "bands", "members", "gang"))

// bandCriminals make the band a criminal one: "members of a drug cartel".
var bandCriminals = filtered(wordSet("gang", "gangs", "cartel", "cartels", "gangsters", "robbers", "smugglers", "traffickers", "kidnappers", "thieves"))
