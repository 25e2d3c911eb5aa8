package code

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestSidesAreLists: every event's source and target are lists, empty
// when no one holds the side, so the JSON record never says null there.
func TestSidesAreLists(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	empty := 0
	evalCoder(t, c, snippetDocs(t, "test"), func(x *truce.Extraction) {
		for _, e := range x.Events {
			if e.Source == nil || e.Target == nil {
				t.Errorf("%s event %s: source %v, target %v: want lists", e.Type, e.ID, e.Source == nil, e.Target == nil)
			}
			if len(e.Source) == 0 || len(e.Target) == 0 {
				empty++
			}
		}
	})
	if empty == 0 {
		t.Error("no event with an empty side: the test checks nothing")
	}
}
