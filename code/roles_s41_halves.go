package code

import (
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/actor"
)

// In a story about the two Koreas, "the North" and "the South" are the two
// states, as their capitals are: "Last week the South suspended the
// military pact", "the North's defence ministry said Seoul would pay
// dearly". The dictionary knows neither bare word, so without this the act
// has no side of its own and takes the other state named near it. Only a
// story that names both Koreas reads them so: elsewhere "the South" is a
// region ("the South Caucasus", "unrest in the South").

// dividedHalvesS41 are the states "the North" and "the South" stand for
// in a story that names both.
var dividedHalvesS41 = [2]struct{ word, id string }{{"North", "PRK"}, {"South", "KOR"}}

// dividedStoryS41 reports whether the article names both halves of a
// divided country, each by name, capital, demonym or leader.
func dividedStoryS41(all [][]actor.Mention) bool {
	north, south := false, false
	for _, ms := range all {
		for _, m := range ms {
			switch m.Actor.Country {
			case "PRK":
				north = true
			case "KOR":
				south = true
			}
		}
	}
	return north && south
}

// halvesFoundS41 adds to what the dictionary found in sentence s (all[i])
// every bare "the North" or "the South" of a divided-country story, as the
// state's seat of government (kind "capital", as "Seoul" is).
func (c *Coder) halvesFoundS41(d *doc, s truce.Sentence, all [][]actor.Mention, i int) []actor.Mention {
	found := all[i]
	text := s.Text
	// Capitals are rarer than "t": most sentences fail the first test.
	if !strings.Contains(text, "North") && !strings.Contains(text, "South") {
		return found
	}
	if !strings.Contains(text, "the North") && !strings.Contains(text, "the South") &&
		!strings.Contains(text, "The North") && !strings.Contains(text, "The South") || !dividedStoryS41(all) {
		return found
	}
	for _, h := range dividedHalvesS41 {
		for off := 0; off < len(text); {
			k := strings.Index(text[off:], h.word)
			if k < 0 {
				break
			}
			start := off + k
			end := start + len(h.word)
			off = end
			if !halfReferenceS41(text, start, end) || foundOverlapsS41(found, start, end) {
				continue
			}
			a, ok := c.actors.Lookup(h.id+"GOV", d.date)
			if !ok {
				continue
			}
			a.Text = h.word
			found = insertFoundS41(found, actor.Mention{Start: start, End: end, Text: h.word, Actor: a, Kind: "capital"})
		}
	}
	return found
}

// halfReferenceS41 reports whether text[start:end] ("North") is a bare
// "the North": after "the", not part of a longer name ("the North
// Atlantic", "the South China Sea", "South-East") nor of a word.
func halfReferenceS41(text string, start, end int) bool {
	if start < 4 || !strings.EqualFold(text[start-4:start], "the ") {
		return false
	}
	if start > 4 && isLetterByteS41(text[start-5]) {
		return false // "bathe North"
	}
	if end == len(text) {
		return true
	}
	switch ch := text[end]; {
	case isLetterByteS41(ch), ch == '-':
		return false
	case ch == ' ':
		// The next word must not go on with the name.
		if end+1 < len(text) && text[end+1] >= 'A' && text[end+1] <= 'Z' {
			return false
		}
	}
	return true
}

func isLetterByteS41(ch byte) bool {
	return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z'
}

// foundOverlapsS41 reports whether a mention found already covers bytes
// [start, end).
func foundOverlapsS41(found []actor.Mention, start, end int) bool {
	for _, m := range found {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}

// insertFoundS41 inserts m into found in order of position.
func insertFoundS41(found []actor.Mention, m actor.Mention) []actor.Mention {
	n := 0
	for n < len(found) && found[n].Start < m.Start {
		n++
	}
	out := make([]actor.Mention, 0, len(found)+1)
	out = append(out, found[:n]...)
	out = append(out, m)
	return append(out, found[n:]...)
}

// betweenDemonymsS41 drops a demonym that an "inter-" or "intra-" prefix
// makes a relation between the halves or factions of one people, not the
// people's state: "a 2018 inter-Korean military agreement", "intra-Afghan
// talks". Read as the state's forces, such a phrase inside a trigger takes
// the place of the side that acts.
func (st *sent) betweenDemonymsS41() {
	for n := 0; n < len(st.mentions); n++ {
		m := &st.mentions[n]
		if m.kind != "demonym" || m.i >= len(st.low) {
			continue
		}
		w := st.low[m.i]
		if strings.HasPrefix(w, "inter-") || strings.HasPrefix(w, "intra-") {
			st.dropMention(m)
			n--
		}
	}
}
