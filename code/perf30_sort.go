package code

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Issue 3, round perf30: genericMentions and surnames sorted a sentence's
// mentions with sort.Slice, which builds a reflective swapper (on the
// heap) and swaps the large structs through it, for every sentence.
// sort.Slice sorts twelve elements or fewer by insertion; a sentence
// rarely names more, and sortSmall does the same swaps on them directly.
// surnames also split every sector mention into a list of its words only
// to read the last: lastField reads it in place.

// maxInsertionSort is the length up to which sort.Slice sorts by
// insertion (pdqsort_func's maxInsertion).
const maxInsertionSort = 12

// sortSmall sorts s as sort.Slice(s, less of the elements) does, leaving
// equal elements in the order sort.Slice leaves them.
func sortSmall[T any](s []T, less func(x, y *T) bool) {
	if len(s) > maxInsertionSort {
		sort.Slice(s, func(a, b int) bool { return less(&s[a], &s[b]) })
		return
	}
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(&s[j], &s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// sortMentionsByStart sorts ms by first token as sort.Slice does.
func sortMentionsByStart(ms []mention) {
	sortSmall(ms, func(x, y *mention) bool { return x.i < y.i })
}

// lastField returns the last of strings.Fields(s), or "" when s has none,
// without making the list.
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if k := strings.LastIndexFunc(s, unicode.IsSpace); k >= 0 {
		_, size := utf8.DecodeRuneInString(s[k:])
		s = s[k+size:]
	}
	return s
}
