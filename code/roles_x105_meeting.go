package code

import "strings"

// Issue 3, round x105: a meeting told in a participle clause that opens
// the sentence. In "Meeting Lula in Brasilia, the French president
// pledged support for …" the president meets Lula: the subject of the
// main clause after the comma is the meeting's source and the person
// met, the participle's object, its target. The noun row for "meeting"
// read the one actor of its clause, the one met, as the meeting's side
// and left the other empty.
//
// Convention: general English, checked on our own sentences (12
// "(After) meeting NAME in PLACE, SUBJECT VERB" sentences, 10 with the
// one met as source or with no target, 8 of them mended). Dev has no such transitive
// opening; its five "Meeting in Abuja, the ECOWAS bloc …" openings name
// no one met and are left alone (dev: 0 fired).

// x105OpeningWords may stand before the participle that opens a sentence:
// "After meeting Modi in New Delhi, …".
var x105OpeningWords = filtered(wordSet("after", "before", "while", "when", "upon", "since"))

// rolesX105OpeningMeeting gives a two-sided contact told by a participle
// opening the sentence ("Meeting Lula in Brasilia, the French president
// …") the main clause's subject for source and the participle's object
// for target.
func (st *sent) rolesX105OpeningMeeting(cd *candidate) {
	if !cd.e.has(flagSym) || !strings.HasSuffix(st.low[cd.i], "ing") || cd.j >= len(st.low) {
		return
	}
	if cd.i > 0 && (cd.i > 1 || !x105OpeningWords.has(st.low[0])) {
		return
	}
	// The one met, right after the participle ("with" and a determiner
	// allowed: "meeting the Pope").
	o := cd.j
	if st.low[o] == "with" {
		o++
	}
	if o < len(st.low) && determiners.has(st.low[o]) {
		o++
	}
	if o >= len(st.low) {
		return
	}
	met := st.mentionAt(o)
	if met == nil || met.i != o || met.place {
		return
	}
	// The comma closing the opening clause, within a few words of places
	// and times.
	c := -1
	for k := met.j; k < len(st.low) && k < met.j+10; k++ {
		if st.low[k] == "," {
			c = k
			break
		}
		if verbAt(st, k) || st.mentionAt(k) != nil && !st.mentionAt(k).place {
			return
		}
	}
	if c < 0 {
		return
	}
	// The main clause's subject, opening it after determiners and
	// adjectives.
	k := c + 1
	for k < len(st.low) && k < c+4 && (determiners.has(st.low[k]) || st.toks[k].tag == "JJ") && st.mentionAt(k) == nil {
		k++
	}
	s := st.mentionAt(k)
	if s == nil || s.place || s.i != k || sharesMention([]*mention{s}, []*mention{met}) {
		return
	}
	cd.src = st.coordinated(s)
	cd.tgt = st.coordinated(met)
}
