package code

import (
	"testing"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/demo"
	"github.com/truce-project/truce/ingest"
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
