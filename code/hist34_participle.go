package code

// Acts dropped as history (issue 3, dates): a date after a participle
// that describes a noun ("weapons seized last year", "activists detained
// in 2019") dates that participle, not the verb that acts on the noun.

import (
	"strings"
	"time"

	"github.com/truce-project/truce/when"
)

// hist34ParticipleOwnsDate reports whether the date starting at token k
// follows a participle that describes the noun before it, and the verb
// trigger cd stands before that noun phrase: "Police returned weapons
// seized last year", "The court freed activists detained in 2019",
// "voted to readmit Syria, lifting a suspension imposed in 2011". The
// seizing, the detention and the suspension are as old as the date; the
// returning, the freeing and the lifting are the news. The participle's
// own reading ("detained in 2019") stays dated, and so does a noun
// trigger the participle describes ("a massacre committed in 1989").
func hist34ParticipleOwnsDate(st *sent, cd *candidate, k int) bool {
	if cd.e.pos != 'V' || k < 2 {
		return false
	}
	if hist35ParticipleInForm(st, cd, k) {
		return true
	}
	// The participle: within five tokens before the date, with only a
	// phrase of place or manner between ("seized from a depot in Goma
	// last year").
	p := hist34ParticipleBefore(st, k, cd.j)
	if p < 0 || p < cd.j || !strings.HasPrefix(st.toks[p-1].tag, "NN") || auxiliaries.has(st.low[p-1]) {
		return false
	}
	// The noun phrase the participle describes, back to the verb or
	// preposition that governs it: only determiners, numbers, adjectives
	// and nouns between ("freed 12 jailed activists detained …").
	n := p - 1
	for n > cd.j-1 && gsr41ObjectWord(st, n, p) {
		n--
	}
	if n < 0 || n != cd.j-1 && !hist34Governs(st, n) {
		return false
	}
	return st.clause[p] == st.clause[k]
}

// hist34Governs reports whether the token at n is a verb other than an
// auxiliary, or a preposition, that takes the noun phrase after it as its
// object: "lifting a suspension imposed in 2011", "handed over to
// police the rifles taken in March".
func hist34Governs(st *sent, n int) bool {
	t := st.toks[n].tag
	if t == "IN" || t == "TO" || t == "RP" {
		return true
	}
	return strings.HasPrefix(t, "VB") && t != "VBN" && !auxiliaries.has(st.low[n])
}

// hist34NounPhraseTag reports whether a tag can stand inside a plain noun
// phrase: determiner, number, adjective, noun or possessive.
func hist34NounPhraseTag(tag string) bool {
	switch tag {
	case "DT", "CD", "JJ", "JJR", "JJS", "PRP$", "POS":
		return true
	}
	return strings.HasPrefix(tag, "NN")
}

// hist34PhraseTag reports whether a tag can stand in a phrase of place or
// manner between a participle and its date: a preposition and its noun
// phrase.
func hist34PhraseTag(tag string) bool {
	return tag == "IN" || hist34NounPhraseTag(tag)
}

// hist34OwnDate returns the date of the verb trigger being built when the
// sentence's date was taken from a participle that describes its object
// ("returned weapons seized last year"): the date resolved from the
// sentence's other dates, or the publication's. Other triggers keep date.
func (b *building) hist34OwnDate(date time.Time, prec string) (time.Time, string) {
	st, cd := b.st, b.cd
	owned := false
	for _, x := range st.dates {
		if k := st.tokenAtByte(x.Start); k >= 0 && hist34ParticipleOwnsDate(st, cd, k) {
			owned = true
			break
		}
	}
	if !owned {
		return date, prec
	}
	var rest []when.Expr
	for _, x := range newsDates(st) {
		if k := st.tokenAtByte(x.Start); k < 0 || !hist34ParticipleOwnsDate(st, cd, k) {
			rest = append(rest, x)
		}
	}
	return when.ResolveExprs(rest, b.d.date)
}

// hist34ParticipleBefore returns the past participle (or past form) within
// six tokens before the date at k and not before lo, with only a phrase of
// place or manner between ("seized from a depot in Goma last year"), or -1.
func hist34ParticipleBefore(st *sent, k, lo int) int {
	for n := k - 1; n >= lo && n >= k-6; n-- {
		t := st.toks[n].tag
		if t == "VBN" || t == "VBD" {
			return n
		}
		if !hist34PhraseTag(t) {
			return -1
		}
	}
	return -1
}
