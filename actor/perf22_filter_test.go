package actor

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/truce-project/truce/bloom"
)

// TestWordFilterPassesEveryKey checks that the filters pass every first
// word of the dictionary, turn most other words away, and that Find
// finds the same with them as without.
func TestWordFilterPassesEveryKey(t *testing.T) {
	d := MustLoad(t)
	for name, c := range map[string]struct {
		f *bloom.Filter
		m map[string][]*phrase
	}{"exact": {&d.exactWords, d.exact}, "fold": {&d.foldWords, d.fold}} {
		for w := range c.m {
			if !bloom.MayHave(c.f, w) || !bloom.MayHave(c.f, []byte(w)) {
				t.Fatalf("%s filter turns away its key %q", name, w)
			}
		}
		passed, others := 0, 0
		for _, line := range strings.Split(mustRead(t, "testdata/sentences.txt"), "\n") {
			for _, w := range strings.Fields(line) {
				if _, ok := c.m[w]; !ok {
					others++
					if bloom.MayHave(c.f, w) {
						passed++
					}
				}
			}
		}
		t.Logf("%s filter passes %d of %d words not in it", name, passed, others)
		if others == 0 || passed*10 > others {
			t.Errorf("%s filter passes %d of %d words not in it", name, passed, others)
		}
	}
	open := *d
	open.exactWords, open.foldWords = bloom.Filter{}, bloom.Filter{}
	day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	n := 0
	for _, line := range strings.Split(mustRead(t, "testdata/sentences.txt"), "\n") {
		got, want := d.Find(line, day), open.Find(line, day)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Find(%q) = %+v with the filters, %+v without", line, got, want)
		}
		n += len(got)
	}
	if n < 100 {
		t.Fatalf("only %d mentions compared", n)
	}
}
