package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// featureNouns are the nouns of a natural or built feature that a name
// may carry after it as part of what the text calls the place: "the
// Neelum valley", "near the Koudou falls", "Kaplan junction", "Entebbe
// Road", "Shan State". Units of administration in lower case are dropped
// instead (see bareName), and a crossing is the gazetteer's own. A town's
// airport is the town: "detained at Zenda airport" was in Zenda, as gold
// names it (place49; dev: 25 of 25 events at a known town's airport
// accept the town's name as written, 5 also the words with "airport").
var featureNouns = filtered(wordSet("valley", "falls", "forest", "junction", "corridor", "gorge", "river",
	"road", "highway", "bridge", "dam", "airstrip", "square", "avenue", "plateau"))

// featureNamed returns loc with its text running on over a feature noun
// that follows the name in the sentence ("Neelum valley"), or over a
// capitalised "State" that closes a province's name ("Shan State"). The
// name stays as it was, so a place told either way is the same place.
// It returns loc, changed in a copy.
func featureNamed(cd *candidate, loc *truce.Location) *truce.Location {
	if loc == nil || loc.Text == "" || loc.Precision == "country" {
		return loc
	}
	st := cd.st
	last := loc.Text
	if k := strings.LastIndexByte(last, ' '); k >= 0 {
		last = last[k+1:]
	}
	for k := 0; k+1 < len(st.toks); k++ {
		if st.toks[k].text != last || !textEndsAt(st, k, loc.Text) {
			continue
		}
		n := st.toks[k+1]
		if n.start > st.toks[k].end+1 || n.start == st.toks[k].end {
			continue // "Zenda-valley" or a gap of more than a space
		}
		switch {
		case featureNouns.has(n.low):
		case n.text == "State" && loc.Precision == "admin1":
		case n.low == "national" && k+2 < len(st.toks) && st.low[k+2] == "park":
			out := *loc
			out.Text = loc.Text + " " + n.text + " " + st.toks[k+2].text
			return &out
		default:
			continue
		}
		out := *loc
		out.Text = loc.Text + " " + n.text
		return &out
	}
	return loc
}

// textEndsAt reports whether the words of text end with token k, as
// textOf would join them.
func textEndsAt(st *sent, k int, text string) bool {
	pos := len(text)
	for m := k; m >= 0; m-- {
		t := st.toks[m].text
		if !strings.HasSuffix(text[:pos], t) {
			return false
		}
		pos -= len(t)
		if pos == 0 {
			return true
		}
		if text[pos-1] == ' ' {
			pos--
		}
	}
	return false
}
