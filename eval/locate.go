package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxGap is the largest distance, in code points of the text, allowed
// between two pieces of an evidence string that "..." separates.
const maxGap = 400

// normText is a text folded for matching (ASCII quotes and dashes, single
// spaces, lower case) that remembers where each folded rune came from.
type normText struct {
	s    string // the folded text
	orig []int  // orig[i]: code-point offset in the source of folded rune i
	offs []int  // offs[i]: byte offset in s of folded rune i; one extra entry for len(s)
	n    int    // code points in the source
}

// foldRune maps a rune to the rune it is compared as, with ok false for
// white space.
func foldRune(r rune) (rune, bool) {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`':
		return '\'', true
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033':
		return '"', true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return '-', true
	}
	if unicode.IsSpace(r) {
		return ' ', false
	}
	return unicode.ToLower(r), true
}

// fold builds the folded form of text. Runs of white space become one
// space; leading and trailing space is dropped.
func fold(text string) *normText {
	nt := &normText{}
	var b strings.Builder
	pendingSpace := false
	i := 0
	for _, r := range text {
		f, ok := foldRune(r)
		if !ok {
			pendingSpace = b.Len() > 0
			i++
			continue
		}
		if pendingSpace {
			nt.offs = append(nt.offs, b.Len())
			nt.orig = append(nt.orig, i-1)
			b.WriteByte(' ')
			pendingSpace = false
		}
		nt.offs = append(nt.offs, b.Len())
		nt.orig = append(nt.orig, i)
		b.WriteRune(f)
		i++
	}
	nt.s = b.String()
	nt.offs = append(nt.offs, len(nt.s))
	nt.n = i
	return nt
}

// foldString folds s for comparison, dropping the offsets.
func foldString(s string) string { return fold(s).s }

// runeAt returns the index of the folded rune that starts at byte offset off.
func (nt *normText) runeAt(off int) int {
	lo, hi := 0, len(nt.offs)-1
	for lo < hi {
		m := (lo + hi) / 2
		if nt.offs[m] < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// span is a half-open range of code points in a text.
type span struct{ Start, End int }

func (s span) overlaps(start, end int) bool { return start < s.End && s.Start < end }

// splitGaps cuts an evidence string at "..." and "…" into folded pieces,
// dropping empty ones.
func splitGaps(evidence string) []string {
	evidence = strings.ReplaceAll(evidence, "\u2026", "...")
	var pieces []string
	for _, p := range strings.Split(evidence, "...") {
		if f := foldString(p); f != "" {
			pieces = append(pieces, f)
		}
	}
	return pieces
}

// locate finds evidence in the folded text and returns its span in code
// points of the source text. Pieces separated by "..." must occur in order,
// each starting at most maxGap code points after the previous one ends.
func (nt *normText) locate(evidence string) (span, bool) {
	pieces := splitGaps(evidence)
	if len(pieces) == 0 {
		return span{}, false
	}
	from := 0
	for {
		k := strings.Index(nt.s[from:], pieces[0])
		if k < 0 {
			return span{}, false
		}
		first := from + k
		if sp, ok := nt.follow(first, pieces); ok {
			return sp, true
		}
		_, size := utf8.DecodeRuneInString(nt.s[first:])
		from = first + size
	}
}

// follow checks that pieces[1:] occur after pieces[0], which starts at byte
// offset first, and returns the whole span.
func (nt *normText) follow(first int, pieces []string) (span, bool) {
	start := nt.runeAt(first)
	endByte := first + len(pieces[0])
	for _, p := range pieces[1:] {
		prevEnd := nt.orig[nt.runeAt(endByte)-1] + 1
		k := strings.Index(nt.s[endByte:], p)
		if k < 0 {
			return span{}, false
		}
		at := endByte + k
		if nt.orig[nt.runeAt(at)]-prevEnd > maxGap {
			return span{}, false
		}
		endByte = at + len(p)
	}
	return span{Start: nt.orig[start], End: nt.orig[nt.runeAt(endByte)-1] + 1}, true
}
