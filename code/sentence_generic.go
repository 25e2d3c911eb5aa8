package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// genericMentions adds mentions the dictionary does not know: civilian
// facilities ("a market", "residential buildings") and anaphors ("the
// group"), whose identity the coder resolves from context.
func (st *sent) genericMentions(facilities map[string]string, heads, keys *wordBits) {
	for k := 0; k < len(st.low); k++ {
		if st.mentionAt(k) != nil {
			continue
		}
		// "The Hague-based tribunal", "the bloc": a description of an
		// international body named before.
		if bodyHeads.has(st.low[k]) && definiteHead(st, k) || namedBodyHead(st, k) {
			st.mentions = append(st.mentions, mention{i: k, j: st.bodyMembers(k), kind: "description",
				actor: truce.Actor{Text: st.toks[k].text}})
			continue
		}
		// "the paramilitary group", "the armed movement": the anaphor
		// takes in the word qualifying it.
		if anaphors.has(st.low[k]) && k > 1 && st.low[k-2] == "the" {
			if q := st.mentionAt(k - 1); q != nil && q.i == k-1 && q.j == k && q.kind == "sector" && q.actor.ID == "" {
				st.dropMention(q)
				st.mentions = append(st.mentions, mention{i: k - 1, j: k + 1, kind: "anaphor",
					actor: truce.Actor{Text: st.textOf(k-2, k+1), Sector: "REB"}})
				continue
			}
		}
		if anaphors.has(st.low[k]) && k > 0 && st.low[k-1] == "the" {
			st.mentions = append(st.mentions, mention{i: k, j: k + 1, kind: "anaphor",
				actor: truce.Actor{Text: st.toks[k-1].text + " " + st.toks[k].text, Sector: "REB"}})
			continue
		}
		// "men in uniform detained", "two men on a motorbike lobbed a
		// grenade": men described by dress or ride do what follows.
		if m, end, ok := st.describedMen(k); ok {
			st.mentions = append(st.mentions, m)
			k = end - 1
			continue
		}
		// "a group of village guards beat", "members of a gang raped": a
		// described band does what follows.
		if m, end, ok := st.describedBand(k); ok {
			st.mentions = append(st.mentions, m)
			k = end - 1
			continue
		}
		// "the fundamentalist Umma (Nation) party": a party no
		// dictionary names.
		if m, ok := st.rolesX95UnknownParty(k); ok {
			st.mentions = append(st.mentions, m)
			continue
		}
		// "beat to death a man", "executed 11 shepherds", "two young men
		// were killed": an ordinary person hit is a civilian.
		if (plainPeople.has(st.low[k]) || ageNoun(st, k)) && personObject(st, k) {
			st.mentions = append(st.mentions, mention{i: k, j: k + 1, kind: "sector",
				actor: truce.Actor{Text: st.toks[k].text, Name: st.toks[k].text, Sector: "CVL"}})
			continue
		}
		// "his camp accused", "the two rival camps": a side of the
		// state's politics.
		if st.politicalCamp(k) {
			st.mentions = append(st.mentions, mention{i: k, j: k + 1, kind: "sector",
				actor: truce.Actor{Text: st.toks[k].text, Name: st.toks[k].text, Sector: "GOV"}})
			continue
		}
		owned := k > 0 && (st.low[k-1] == "its" || st.low[k-1] == "their")
		for n := 2; n >= 1; n-- {
			if k+n > len(st.low) {
				continue
			}
			// Look the two words up before joining them: most pairs
			// are no facility, and the join would copy them.
			if n == 2 && (!heads.mayHave(st.low[k]) || !hasPair(facilities, st.low[k], st.low[k+1])) {
				continue
			}
			if n == 1 && !keys.mayHave(st.low[k]) {
				continue // no facility, so facilitySector finds none
			}
			sector, ok := st.facilitySector(strings.Join(st.low[k:k+n], " "), k, facilities)
			// "a market", "homes": civilians; "its positions", "their
			// territory": the state the sentence is about.
			if !ok || !civilianSectors.has(sector) && !owned {
				continue
			}
			text := st.toks[k].text
			if n == 2 {
				text += " " + st.toks[k+1].text
			}
			st.mentions = append(st.mentions, mention{i: k, j: k + n, kind: "sector",
				actor: truce.Actor{Text: text, Name: text, Sector: sector}})
			k += n - 1
			break
		}
	}
	sortMentionsByStart(st.mentions)
	st.datelineNames()
}

// plainPeople name ordinary people the actor dictionary leaves out,
// because as subjects they are often armed ("two men on a motorbike").
var plainPeople = filtered(map[string]bool{
	"man": true, "men": true, "girl": true, "boy": true, "teenager": true, "teenagers": true,
	"shepherds": true, "herders": true, "youths": true, "classmate": true, "labourer": true,
	// "injuring three customers", "wounding two passers-by": the people
	// a place serves or that happen by it.
	"customers": true, "diners": true, "commuters": true, "passers-by": true, "passersby": true,
})

// ageNoun reports whether token k is an age standing for a person: "a
// 19-year-old was killed", not "a 19-year-old student", where the noun
// after it is the person.
func ageNoun(st *sent, k int) bool {
	w := st.low[k]
	if !strings.HasSuffix(w, "-year-old") && !strings.HasSuffix(w, "-year-olds") || w[0] < '0' || w[0] > '9' {
		return false
	}
	return k+1 >= len(st.toks) || !strings.HasPrefix(st.toks[k+1].tag, "NN")
}

// personObject reports whether the person noun at k is acted on: the
// object of a verb or preposition past its modifiers ("killed two young
// men", "beat to death a man"), or the subject of a passive ("two men were
// shot").
func personObject(st *sent, k int) bool {
	if k+2 < len(st.low) && (st.low[k+1] == "was" || st.low[k+1] == "were") && st.toks[k+2].tag == "VBN" {
		return true
	}
	n := k - 1
	for n >= 0 && (st.toks[n].tag == "DT" || st.toks[n].tag == "CD" || strings.HasPrefix(st.toks[n].tag, "JJ")) {
		n--
	}
	if n < 0 {
		return false
	}
	return strings.HasPrefix(st.toks[n].tag, "VB") || st.low[n] == "death" || st.low[n] == "on" || st.low[n] == "at"
}

// hasPair reports whether m has the key "a b", without building it when
// both words fit a buffer on the stack.
func hasPair(m map[string]string, a, b string) bool {
	var buf [64]byte
	if len(a)+len(b)+1 > len(buf) {
		_, ok := m[a+" "+b]
		return ok
	}
	key := append(append(append(buf[:0], a...), ' '), b...)
	_, ok := m[string(key)]
	return ok
}
