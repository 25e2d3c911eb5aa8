package nlp

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/truce-project/truce"
)

// smallNumbers are the number words below one hundred that combine into
// larger ones ("twenty-three", "one hundred and five").
var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// scales multiply the number before them.
var scales = map[string]int{
	"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000,
	"dozen": 12,
}

// qualifiers precede a stated number. ACLED records the number stated, so
// "at least 23" and "nearly 23" both read as 23.
var qualifiers = [][]string{
	{"at", "least"}, {"at", "most"}, {"more", "than"}, {"less", "than"},
	{"fewer", "than"}, {"no", "fewer", "than"}, {"no", "less", "than"},
	{"as", "many", "as"}, {"up", "to"}, {"over"}, {"nearly"}, {"almost"},
	{"some"}, {"about"}, {"around"}, {"roughly"}, {"approximately"},
	{"an", "estimated"}, {"estimated"}, {"close", "to"}, {"upwards", "of"},
	{"just", "over"}, {"just", "under"}, {"well", "over"}, {"under"},
	{"only"}, {"another"}, {"a", "further"}, {"a", "total", "of"},
}

// vague are plural quantities without a figure, read by ACLED's
// conservative rule: the smallest number the words can mean. "scores" is
// read like "dozens" (12), not as 40, because ACLED does not credit it with
// more. Several, many, multiple and numerous read as 10, ACLED's figure for
// vague plural counts.
var vague = []struct {
	words []string
	n     int
}{
	{[]string{"hundreds", "of", "thousands"}, 100000},
	{[]string{"tens", "of", "thousands"}, 10000},
	{[]string{"dozens"}, 12},
	{[]string{"scores"}, 12},
	{[]string{"hundreds"}, 100},
	{[]string{"thousands"}, 1000},
	{[]string{"millions"}, 1000000},
	{[]string{"several"}, 10},
	{[]string{"many"}, 10},
	{[]string{"multiple"}, 10},
	{[]string{"numerous"}, 10},
	{[]string{"half", "a", "dozen"}, 6},
	{[]string{"a", "few"}, 3},
	{[]string{"a", "handful"}, 3},
	{[]string{"a", "couple"}, 2},
}

// ParseCount reads a count of people at the start of words (tokens as
// written) and returns it with the number of words consumed. It reads
// figures ("23", "1,200", "2.6 million"), number words ("twenty-three",
// "one hundred and five", "a dozen"), ranges ("23-25", "23 to 25",
// "between 10 and 15"), qualified numbers ("at least 23" → 23, as ACLED
// records the stated number) and vague quantities ("dozens" → 12,
// "hundreds" → 100, "several" → 10, "a few" → 3); after a vague quantity a
// following "of" is consumed too, so words[n] is the noun counted. "a" and
// "an" alone are not read as one. It returns ok=false when words do not
// start with a count; figures with units ("2,600-kilometer") and years are
// the caller's concern.
func ParseCount(words []string) (c truce.Count, n int, ok bool) {
	if len(words) == 0 || !MayStartCount(words[0]) {
		return truce.Count{}, 0, false
	}
	var buf [8]string
	lw := lowerAll(buf[:0], words)
	if len(lw) == 0 {
		return truce.Count{}, 0, false
	}
	if lw[0] == "between" {
		lo, a, ok := parseNumber(lw[1:])
		if !ok || 1+a >= len(lw) || lw[1+a] != "and" {
			return truce.Count{}, 0, false
		}
		hi, b, ok := parseNumber(lw[2+a:])
		if !ok {
			return truce.Count{}, 0, false
		}
		return ordered(lo, hi), 2 + a + b, true
	}
	q := 0
	for _, qs := range qualifiers {
		if hasPrefix(lw, qs) {
			q = len(qs)
			break
		}
	}
	for _, v := range vague {
		if hasPrefix(lw[q:], v.words) {
			n := q + len(v.words)
			if n < len(lw) && lw[n] == "of" {
				n++
			}
			return truce.Count{Min: v.n, Max: v.n}, n, true
		}
	}
	if lo, hi, m, ok := parseRangeWord(lw[q:]); ok {
		return ordered(lo, hi), q + m, true
	}
	lo, a, ok := parseNumber(lw[q:])
	if !ok {
		return truce.Count{}, 0, false
	}
	n = q + a
	if n+1 < len(lw) && (lw[n] == "to" || lw[n] == "-" || lw[n] == "–" || lw[n] == "or") {
		if hi, b, ok := parseNumber(lw[n+1:]); ok && hi > lo {
			return ordered(lo, hi), n + 1 + b, true
		}
	}
	return truce.Count{Min: lo, Max: lo}, n, true
}

// parseRangeWord reads a range written as one token, "23-25" or "23–25".
func parseRangeWord(lw []string) (lo, hi, n int, ok bool) {
	if len(lw) == 0 {
		return 0, 0, 0, false
	}
	w := lw[0]
	i := strings.IndexAny(w, "-–")
	if i <= 0 {
		return 0, 0, 0, false
	}
	sep := len("-")
	if w[i] != '-' {
		sep = len("–")
	}
	a, okA := parseFigure(w[:i])
	b, okB := parseFigure(w[i+sep:])
	if !okA || !okB || b <= a {
		return 0, 0, 0, false
	}
	return a, b, 1, true
}

// parseNumber reads one number, in figures or words, at the start of lw.
func parseNumber(lw []string) (v, n int, ok bool) {
	if len(lw) == 0 {
		return 0, 0, false
	}
	if f, ok := parseDecimal(lw[0]); ok {
		if len(lw) > 1 {
			if s, ok := scales[lw[1]]; ok && s >= 1000 {
				return int(f * float64(s)), 2, true
			}
		}
		if f != float64(int(f)) {
			return 0, 0, false // "2.5" alone is a measure, not a count of people
		}
		return int(f), 1, true
	}
	return parseWords(lw)
}

// parseWords reads a number written in words: "twenty-three", "twenty
// three", "a hundred", "one hundred and five", "two dozen".
func parseWords(lw []string) (v, n int, ok bool) {
	total, cur, seen := 0, 0, false
	for n < len(lw) {
		w := lw[n]
		if !seen && (w == "a" || w == "an") {
			if n+1 < len(lw) && scales[lw[n+1]] > 0 {
				cur, seen = 1, true
				n++
				continue
			}
			return 0, 0, false
		}
		if seen && w == "and" && n+1 < len(lw) && total+cur >= 100 {
			if _, ok := smallNumbers[lw[n+1]]; ok {
				n++
				continue
			}
			break
		}
		parts := strings.Split(w, "-")
		good := true
		for _, p := range parts {
			if _, ok := smallNumbers[p]; !ok {
				if _, ok := scales[p]; !ok {
					good = false
				}
			}
		}
		if !good {
			break
		}
		for _, p := range parts {
			if s, ok := scales[p]; ok {
				if cur == 0 {
					cur = 1
				}
				if s >= 1000 {
					total += cur * s
					cur = 0
				} else {
					cur *= s
				}
			} else {
				cur += smallNumbers[p]
			}
		}
		seen = true
		n++
	}
	if !seen || n == 0 {
		return 0, 0, false
	}
	if lw[n-1] == "a" || lw[n-1] == "an" {
		return 0, 0, false
	}
	return total + cur, n, true
}

// parseFigure reads digits with optional grouping commas: "23", "1,200".
func parseFigure(s string) (int, bool) {
	if s == "" || len(s) > 15 {
		return 0, false
	}
	if strings.Contains(s, ",") {
		groups := strings.Split(s, ",")
		if len(groups[0]) == 0 || len(groups[0]) > 3 {
			return 0, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	v, err := strconv.Atoi(s)
	return v, err == nil
}

// parseDecimal reads a figure that may have a decimal part: "2.6", "1,200".
func parseDecimal(s string) (float64, bool) {
	whole, frac, hasFrac := strings.Cut(s, ".")
	v, ok := parseFigure(whole)
	if !ok {
		return 0, false
	}
	if !hasFrac {
		return float64(v), true
	}
	if frac == "" || len(frac) > 6 {
		return 0, false
	}
	for i := 0; i < len(frac); i++ {
		if frac[i] < '0' || frac[i] > '9' {
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(strconv.Itoa(v)+"."+frac, 64)
	return f, err == nil
}

func ordered(a, b int) truce.Count {
	if b < a {
		a, b = b, a
	}
	return truce.Count{Min: a, Max: b}
}

func hasPrefix(lw, p []string) bool {
	if len(lw) < len(p) {
		return false
	}
	for i := range p {
		if lw[i] != p[i] {
			return false
		}
	}
	return true
}

// lowerAll returns the first cap(buf) words in lower case with curly dashes
// normalised, in buf: callers pass an array on their stack.
func lowerAll(buf []string, words []string) []string {
	if len(words) > cap(buf) {
		words = words[:cap(buf)]
	}
	out := buf[:len(words)]
	for i, w := range words {
		out[i] = strings.ToLower(strings.TrimSpace(w))
	}
	return out
}

// countStarts are the first words a count can begin with, besides figures
// and number words.
var countStarts = func() map[string]bool {
	m := map[string]bool{"between": true, "a": true, "an": true}
	for _, q := range qualifiers {
		m[q[0]] = true
	}
	for _, v := range vague {
		m[v.words[0]] = true
	}
	for w := range smallNumbers {
		m[w] = true
	}
	for w := range scales {
		m[w] = true
	}
	return m
}()

// MayStartCount reports, without allocating, whether a count can begin
// with word w. ParseCount fails at once on the many words that cannot;
// callers that would gather words to pass it can ask first.
func MayStartCount(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return true
	}
	var buf [24]byte
	if lb, ok := lowerASCII(buf[:0], w); ok {
		if countStartShapes.mayHaveBytes(lb) && countStarts[string(lb)] {
			return true
		}
		i := bytes.IndexByte(lb, '-')
		return i > 0 && countStartShapes.mayHaveBytes(lb[:i]) && countStarts[string(lb[:i])]
	}
	lw := strings.ToLower(w)
	if countStarts[lw] {
		return true
	}
	if i := strings.IndexByte(lw, '-'); i > 0 && countStarts[lw[:i]] {
		return true
	}
	return false
}

// NumberWord returns the value of a lower-case number word below one
// hundred, or of two joined by a hyphen ("twenty-five"), and whether w is
// one.
func NumberWord(w string) (int, bool) {
	// Whatever a number word is, its part before a hyphen is one.
	head := w
	if i := strings.IndexByte(w, '-'); i >= 0 {
		head = w[:i]
	}
	if !numberShapes.mayHave(head) {
		return 0, false
	}
	return numberWordOf(w)
}

// numberWordOf is NumberWord without the shape filter.
func numberWordOf(w string) (int, bool) {
	if n, ok := smallNumbers[w]; ok {
		return n, true
	}
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	na, oka := smallNumbers[a]
	nb, okb := smallNumbers[b]
	if !oka || !okb || na < 20 || na%10 != 0 || nb == 0 || nb > 9 {
		return 0, false
	}
	return na + nb, true
}
