package geo

import (
	"strconv"
	"strings"
)

// cutRow splits the first line of text into len(f) tab-separated fields,
// returning the line, the text after it, and whether the line has exactly
// len(f) fields (f is then filled). The line's end and each tab but the
// last field's are found with strings.IndexByte; the last field, the
// feature mark of a byte or none, is checked for a stray tab byte by byte,
// which costs less than another call.
func cutRow(text string, f *[9]string) (row, rest string, ok bool) {
	row = text
	if k := strings.IndexByte(text, '\n'); k >= 0 {
		row, rest = text[:k], text[k+1:]
	}
	r := row
	for i := range len(f) - 1 {
		k := strings.IndexByte(r, '\t')
		if k < 0 {
			return row, rest, false
		}
		f[i], r = r[:k], r[k+1:]
	}
	for i := 0; i < len(r); i++ {
		if r[i] == '\t' {
			return row, rest, false
		}
	}
	f[len(f)-1] = r
	return row, rest, true
}

// atoiCount parses a count such as a population or a GeoNames id as
// strconv.Atoi does. Plain runs of at most 18 digits, every count of the
// generated files, cannot overflow and are summed here; anything else
// (a sign, another byte, an empty or longer string) goes to strconv.
func atoiCount(s string) (int, error) {
	if len(s) == 0 || len(s) > 18 {
		return strconv.Atoi(s)
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i] - '0'
		if c > 9 {
			return strconv.Atoi(s)
		}
		n = n*10 + int(c)
	}
	return n, nil
}
