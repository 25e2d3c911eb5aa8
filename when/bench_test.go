package when

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchSentences are the sentences of the dev snippet corpus: wire copy
// with the dates, spans and weekdays news is full of.
func benchSentences(b *testing.B) []string {
	files, err := filepath.Glob("../code/testdata/snippets/dev/*.gold.json")
	if err != nil || len(files) == 0 {
		b.Skip("no snippet corpus")
	}
	var out []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var g struct {
			Documents []struct{ Text string } `json:"documents"`
		}
		if err := json.Unmarshal(raw, &g); err != nil {
			b.Fatalf("%s: %v", f, err)
		}
		for _, d := range g.Documents {
			out = append(out, strings.SplitAfter(d.Text, ". ")...)
		}
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
