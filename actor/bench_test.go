package actor

import (
	"strings"
	"testing"
)

// BenchmarkFind finds the actors in about 300 news-style sentences per
// iteration; ns/op divided by the sentence count is the cost of one.
func BenchmarkFind(b *testing.B) {
	d := MustLoad(b)
	lines := strings.Split(strings.TrimSpace(mustRead(b, "testdata/sentences.txt")), "\n")
	date := MustDate(b, day)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, l := range lines {
			n += len(d.Find(l, date))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(lines)), "ns/sentence")
	if n == 0 {
		b.Fatal("no mentions found")
	}
}

// BenchmarkLoad parses the embedded data and builds the index.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
