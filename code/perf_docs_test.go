package code

import (
	"testing"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/demo"
	"github.com/truce-project/truce/ingest"
	"github.com/truce-project/truce/nlp"
)

// readDemoDocs loads the coder and reads the demo articles, and an
// article of each of own, as extract reads them before coding: the
// ground on which a cache or an index is checked against the plain
// lookup it replaces. The tests may code the docs.
func readDemoDocs(t *testing.T, own ...string) (*Coder, []*doc) {
	t.Helper()
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range own {
		arts = append(arts, &truce.Article{ID: "own", Text: text})
	}
	docs := make([]*doc, 0, len(arts))
	for _, a := range arts {
		ingest.Finish(a)
		d, _ := c.readDoc(a)
		docs = append(docs, d)
	}
	return c, docs
}

// demoLowered returns the lower-cased tokens of every sentence of the demo
// articles, as the lexicon reads them, with only the nlp pipeline loaded.
func demoLowered(t *testing.T) [][]string {
	t.Helper()
	raw, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	p, err := nlp.New()
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, a := range raw {
		ingest.Finish(a)
		for _, s := range p.Analyze(a.Text) {
			low := make([]string, len(s.Tokens))
			lowerTokens(s.Tokens, low)
			out = append(out, low)
		}
	}
	return out
}
