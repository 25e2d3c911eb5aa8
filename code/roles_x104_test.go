package code_test

import (
	"slices"
	"testing"
)

// TestX104CountrysOwn: "the country's parliament", "the nation's army" are
// the organs of the state the sentence before was about, not of the last
// country it named.
func TestX104CountrysOwn(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Nicaragua deported 135 opposition figures to the United States on Friday. The country's parliament then voted to strip them of their citizenship.", "NICLEG"},
		{"Belarus flew 52 political prisoners to Lithuania on Thursday. The country's parliament then voted to strip them of their citizenship.", "BLRLEG"},
		{"Eritrea sent 300 conscripts to Sudan on Monday. The nation's army also deployed troops to the border with Ethiopia.", "ERIMIL"},
	} {
		t.Run(c.want, func(t *testing.T) {
			var got []string
			for _, ev := range mustExtract(t, c.text, "2023-03-07").Events {
				for _, a := range ev.Source {
					got = append(got, a.ID)
				}
			}
			if !slices.Contains(got, c.want) {
				t.Errorf("sources %v, want one %s", got, c.want)
			}
		})
	}
}
