package when

import (
	"strings"
	"testing"
)

// benchSentences are the sentences of the dev snippet corpus: wire copy
// with the dates, spans and weekdays news is full of.
func benchSentences(b *testing.B) []string {
	texts := snippetTexts(b, "../code/testdata/snippets/dev/*.gold.json")
	if len(texts) == 0 {
		b.Skip("no snippet corpus")
	}
	var out []string
	for _, t := range texts {
		out = append(out, strings.SplitAfter(t, ". ")...)
	}
	return out
}

// BenchmarkFind finds the date expressions of every dev sentence.
func BenchmarkFind(b *testing.B) {
	ss := benchSentences(b)
	b.ResetTimer()
	for b.Loop() {
		for _, s := range ss {
			Find(s, pub)
		}
	}
	b.ReportMetric(float64(len(ss))*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
