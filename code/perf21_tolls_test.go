package code

import (
	"reflect"
	"testing"
)

// afterSentence reads a sentence's counts once for tolls and tollUpdate,
// as tolls changes events, not the sentence: the counts read before a
// sentence is coded are those read after it.
func TestTollReadsOutlastCoding(t *testing.T) {
	c, docs := readDemoDocs(t)
	counted := 0
	for _, d := range docs {
		for _, st := range d.sents {
			before := readTolls(st)
			c.codeSentence(d, st)
			if after := readTolls(st); !reflect.DeepEqual(before, after) {
				t.Fatalf("%q: counts %+v before coding, %+v after", st.s.Text, before, after)
			}
			if len(before) > 0 {
				counted++
			}
		}
	}
	if counted < 10 {
		t.Fatalf("%d sentences with counts: too few to tell", counted)
	}
}
