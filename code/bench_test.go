package code_test

import (
	"context"
	"runtime"
	"testing"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/code"
	"github.com/truce-project/truce/demo"
	"github.com/truce-project/truce/ingest"
	"github.com/truce-project/truce/nlp"
)

// BenchmarkExtractDemo codes the whole demo corpus per iteration: cleaning,
// sentences, tags, actors, places and events. It reports sentences per
// second on the cores it was given.
func BenchmarkExtractDemo(b *testing.B) {
	c := MustCoder(b)
	raw, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	p, err := nlp.New()
	if err != nil {
		b.Fatal(err)
	}
	var arts []truce.Article
	sentences := 0
	for _, a := range raw {
		ingest.Finish(a)
		arts = append(arts, *a)
		sentences += len(p.Split(a.Text))
	}
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		for i := range arts {
			a := arts[i]
			if _, err := c.Extract(ctx, &a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkLoad measures start-up: the nlp model, the actor dictionary, the
// gazetteer and the coder's lexicon. Each load starts, as a process does,
// from a collected heap: the last load's tables are collected outside the
// timer, so that no load pays for (or is spared) another's garbage.
func BenchmarkLoad(b *testing.B) {
	var c *code.Coder
	for b.Loop() {
		b.StopTimer()
		c = nil
		runtime.GC()
		b.StartTimer()
		var err error
		if c, err = code.Load(); err != nil {
			b.Fatal(err)
		}
	}
	runtime.KeepAlive(c)
}
