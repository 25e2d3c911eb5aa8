package actor

import "strings"

// minNameWordGroups is how many different groups must use a word in their
// names before it counts as a common name word ("National", "Front",
// "Liberation").
const minNameWordGroups = 3

// markGeneric flags the group and organisation names built only of common
// name words ("Resistance Front", "National Liberation Army"): such a name
// is as often the tail of another organisation's longer name ("the Chad
// Patriotic Resistance Front", "the Karenni National Liberation Army") as
// the group itself. A word is common when the names of at least
// minNameWordGroups groups use it. One-word names of common words are
// flagged in the data with a leading "^" ("^Brotherhood").
func (d *Dictionary) markGeneric() {
	users := map[string]map[*entity]bool{}
	each := func(fn func(p *phrase, words []string)) {
		for first, ps := range d.exact {
			for _, p := range ps {
				if p.t.kind == KindGroup || p.t.kind == KindOrg {
					fn(p, append([]string{first}, p.rest...))
				}
			}
		}
	}
	each(func(p *phrase, words []string) {
		for _, w := range words {
			if users[w] == nil {
				users[w] = map[*entity]bool{}
			}
			users[w][p.t.ent] = true
		}
	})
	each(func(p *phrase, words []string) {
		if p.n < 2 {
			return
		}
		for _, w := range words {
			if !isUpperStart(w) || len(users[w]) < minNameWordGroups {
				return
			}
		}
		p.generic = true
	})
}

// calendarWords are capitalised words that may stand right before a name
// without being part of it ("on Monday National Resistance Front fighters").
var calendarWords = wordSet(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday
	January February March April May June July August September October November December`)

// tailOfLongerName reports whether the generic group name p at token i is
// only the tail of a longer capitalised name that the dictionary does not
// know: "Resistance Front" in "the Chad Patriotic Resistance Front" is not
// The Resistance Front of Kashmir. The word before must be a capitalised
// word of the same name: not a function word, not a date word, not the
// first word of a sentence and not a known name, except an ethnic
// community, which often starts a group's name ("Kayin National Liberation
// Army").
func (d *Dictionary) tailOfLongerName(text string, toks []tok, hits []hit, i int, p *phrase) bool {
	if !p.generic || i == 0 || !toks[i-1].word {
		return false
	}
	prev := text[toks[i-1].s:toks[i-1].e]
	if !isUpperStart(prev) || capitalFunctionWords[prev] || calendarWords[prev] || sentenceStart(text, toks, i-1) {
		return false
	}
	if n := len(hits); n > 0 && hits[n-1].end == i {
		return d.community(&hits[n-1])
	}
	return true
}

// sentenceStart reports whether token i opens a sentence, a quotation or a
// headline.
func sentenceStart(text string, toks []tok, i int) bool {
	if i == 0 {
		return true
	}
	t := toks[i-1]
	if t.word {
		return strings.ContainsAny(text[t.e:toks[i].s], "\n")
	}
	switch text[t.s:t.e] {
	case ".", "!", "?", ":", ";", "\"", "“", "(", "—", "–":
		return true
	}
	return false
}
