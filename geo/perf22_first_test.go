package geo

import (
	"reflect"
	"strings"
	"testing"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/bloom"
)

// The filter of first words passes the first word of every generated key,
// so genLongest turns away only tokens no key starts with; Find finds the
// same on the geoparsing set with the filter as without, and the filter
// turns away most of its words.
func TestFirstFilterPassesEveryKey(t *testing.T) {
	// A gazetteer of its own: the test takes the filter away.
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.gen.keys) == 0 {
		t.Skip("no generated gazetteer")
	}
	for _, k := range g.gen.keys {
		w, _, _ := strings.Cut(k, " ")
		if !bloom.MayHave(&g.gen.firsts, w) || !bloom.MayHave(&g.gen.firsts, firstWord([]byte(k))) {
			t.Fatalf("the filter turns away %q, first word of %q", w, k)
		}
	}
	docs, _ := geoparseTexts(t)
	filter := g.gen.firsts
	var want [][]truce.Place
	g.gen.firsts = bloom.Filter{}
	for _, d := range docs {
		want = append(want, g.Find(d.Text, Hint{Countries: d.Hint}))
	}
	g.gen.firsts = filter
	words, passed, places := 0, 0, 0
	for n, d := range docs {
		got := g.Find(d.Text, Hint{Countries: d.Hint})
		if !reflect.DeepEqual(got, want[n]) {
			t.Fatalf("Find(%q) = %+v with the filter, %+v without", d.Text, got, want[n])
		}
		places += len(got)
		for _, w := range strings.Fields(strings.ToLower(d.Text)) {
			words++
			if bloom.MayHave(&g.gen.firsts, w) {
				passed++
			}
		}
	}
	t.Logf("%d places; the filter passes %d of %d words", places, passed, words)
	if places < 100 || passed*2 > words {
		t.Fatalf("%d places found, the filter passes %d of %d words", places, passed, words)
	}
}
