package code

// Acts dated long before the news: by a span of years that ended before
// it ("the neighbours fought a 1998-2000 war", "the siege of Sarajevo,
// which lasted from 1992 to 1996"), or, for an attack noun, by the date
// of its verb ("clashes killed 100 people in September 2022"). They
// recall history, whatever they tell.

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// yearSpanPattern matches a span of years written as one word: "1998-2000",
// "1992–95".
var yearSpanPattern = regexp.MustCompile(`^(1[89]\d\d|20\d\d)[-–](\d\d|1[89]\d\d|20\d\d)$`)

// yearSpanEnd returns the last year of a span of years starting at token
// k ("1998-2000", "1998 - 2000", "from 1992 to 1996") and the token after
// it, or 0, k.
func yearSpanEnd(st *sent, k int) (int, int) {
	// a span of years starts with a digit: most words need no regexp
	if startsWithDigit(st.low[k]) {
		if m := yearSpanPattern.FindStringSubmatch(st.low[k]); m != nil {
			return spanYear(m[1], m[2]), k + 1
		}
	}
	if k+2 < len(st.low) && isYear(st.low[k]) {
		switch st.low[k+1] {
		case "-", "–", "to", "until":
			if isYear(st.low[k+2]) && (st.low[k+1] == "-" || st.low[k+1] == "–" || k > 0 && st.low[k-1] == "from") {
				return spanYear(st.low[k], st.low[k+2]), k + 3
			}
		}
	}
	return 0, k
}

// spanYear returns the last year of a span from its two halves: "1992"
// and "95" end in 1995.
func spanYear(from, to string) int {
	a, _ := strconv.Atoi(from)
	b, _ := strconv.Atoi(to)
	if len(to) == 2 {
		b += a / 100 * 100
	}
	if b < a {
		return 0
	}
	return b
}

// lastingWords may stand between a trigger and the span that dates it: "the
// siege, which lasted from 1992 to 1996".
var lastingWords = filtered(wordSet("lasted", "ran", "raged", "stretched", "went"))

// endedSpan reports whether a span of years that ended before the year of
// the news dates the trigger cd: it stands just before a trigger noun
// ("the 1992-1995 siege", "a 1980-88 war that killed"), in the words
// right after the trigger ("fought a 1998-2000 war", "died in the
// 1998-2000 border war"), or after a relative clause that only says how
// long it lasted ("the siege of Sarajevo, which lasted from 1992 to
// 1996").
func endedSpan(st *sent, cd *candidate, published time.Time) bool {
	if published.IsZero() {
		return false
	}
	from := cd.i - 4
	if from < 0 {
		from = 0
	}
	for k := from; k < len(st.low) && k < cd.j+10; k++ {
		end, after := yearSpanEnd(st, k)
		if end == 0 || end >= published.Year() {
			continue
		}
		if k < cd.i {
			// Only modifiers between ("the 1992-1995 siege"), or the
			// dated noun and "that" or "which" ("a 1980-88 war that
			// killed …").
			to := cd.i
			if to > after && (st.low[to-1] == "that" || st.low[to-1] == "which") {
				to--
			}
			if after <= to && onlyModifiers(st, after, to) {
				return true
			}
			continue
		}
		if k >= cd.j && plainBetween(st, cd.j, k) {
			return true
		}
	}
	return false
}

// onlyModifiers reports whether the tokens from a to b are adjectives or
// nouns qualifying a head: "border" in "the 1998-2000 border war".
func onlyModifiers(st *sent, a, b int) bool {
	for n := a; n < b; n++ {
		if !isModifier(st.toks[n]) && st.toks[n].tag != "NN" {
			return false
		}
	}
	return true
}

// plainBetween reports whether the words from a to b hold no verb but one
// of span (lastingWords) and no break of clause but a relative's comma.
func plainBetween(st *sent, a, b int) bool {
	for n := a; n < b; n++ {
		w := st.low[n]
		if w == ";" || w == "and" || w == "but" || frameBreaks.has(w) {
			return false
		}
		if t := st.toks[n].tag; len(t) >= 2 && t[:2] == "VB" && !lastingWords.has(w) {
			return false
		}
	}
	return true
}

// oldDatedSubject reports whether the trigger cd, a noun or a gerund, is the subject
// of a verb whose own words date it more than a year before the news:
// "clashes along the border killed about 100 people in September 2022",
// "a bombing at the shrine wounded 40 in 2019". The date stands too far
// from the noun for historical, which reads the words just after it.
func oldDatedSubject(st *sent, cd *candidate, published time.Time) bool {
	if published.IsZero() || !nounUse(st, cd) && !gerundSubject(st, cd.i) || findingFrame(st, cd.i) {
		return false
	}
	v := -1
	for k := cd.j; k < len(st.low) && k <= cd.j+8; k++ {
		if w := st.low[k]; w == "," || w == ";" || relativeWords.has(w) || frameBreaks.has(w) {
			return false
		}
		if finiteVerb(st.toks[k].tag) {
			if gsr41Infinitive(st, k) {
				return false
			}
			v = k
			break
		}
	}
	if v < 0 {
		return false
	}
	end := ownWordsEnd(st, v+1)
	for _, x := range st.dates {
		k := st.tokenAtByte(x.Start)
		// Only a date told as the time of the act ("in September 2022",
		// "on 4 August 2020"): "marched to mark a year since the blast"
		// dates what is remembered.
		t := strings.ToLower(x.Text)
		if k <= v || k >= end || !(k > 0 && (st.low[k-1] == "in" || st.low[k-1] == "on") || strings.HasPrefix(t, "in ") || strings.HasPrefix(t, "on ")) {
			continue
		}
		if x.Date.Before(published.AddDate(-1, 0, 0)) {
			return true
		}
	}
	return false
}

// gerundSubject reports whether the verb form at i opens its sentence or
// follows a determiner or adjective as a noun would: "fighting between
// the militias killed 60", "heavy fighting left dozens dead".
func gerundSubject(st *sent, i int) bool {
	if st.toks[i].tag != "VBG" && st.toks[i].tag != "NN" {
		return false
	}
	if i == 0 {
		return true
	}
	switch st.toks[i-1].tag {
	case "DT", "JJ", "CD":
		return true
	}
	return false
}
