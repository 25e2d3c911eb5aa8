package nlp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// MustPipeline returns a Pipeline or stops the test.
func MustPipeline(tb testing.TB) *Pipeline {
	tb.Helper()
	p, err := New()
	if err != nil {
		tb.Fatalf("load pipeline: %v", err)
	}
	return p
}

// MustRead returns the contents of testdata/name.
func MustRead(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// benchCorpus builds a few hundred news-like sentences of about 25 words
// from the sentences in testdata/news.txt and templated ones.
func benchCorpus(tb testing.TB) (string, int) {
	tb.Helper()
	actors := []string{"Pakistani troops", "Afghan border guards", "Gen. Faisal Mir's forces", "Militants of the TTP", "U.S. drones", "Police in Peshawar"}
	verbs := []string{"attacked", "shelled", "raided", "fired mortars at", "surrounded"}
	targets := []string{"a checkpoint", "the Torkham crossing", "two villages", "an army post", "a refugee camp"}
	times := []string{"on Monday", "late Tuesday", "early on Oct. 9", "at 4 a.m. local time", "last week"}
	tolls := []string{"killing at least 23 people", "wounding dozens of civilians", "leaving 7 dead and 12 injured", "though no casualties were reported"}
	var b strings.Builder
	n := 0
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&b, "%s %s %s near the border %s, %s, according to officials who spoke on condition of anonymity to reporters in Islamabad. ",
			actors[i%len(actors)], verbs[i%len(verbs)], targets[(i/2)%len(targets)], times[(i/3)%len(times)], tolls[(i/5)%len(tolls)])
		n++
		if i%10 == 9 {
			b.WriteString("\n")
		}
	}
	news := MustRead(tb, "news.txt")
	p := MustPipeline(tb)
	n += len(p.Split(news))
	b.WriteString(news)
	return b.String(), n
}

func BenchmarkSplit(b *testing.B) {
	p := MustPipeline(b)
	text, n := benchCorpus(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.Split(text)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkAnalyze(b *testing.B) {
	p := MustPipeline(b)
	text, n := benchCorpus(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.Analyze(text)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
