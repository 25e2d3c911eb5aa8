package code

import (
	"strings"
	"testing"

	"github.com/truce-project/truce/nlp"
)

// perf27Own are sentences that hold what the demo seldom does: a response
// cue, a tally of violations, facilities and pronouns that stand for no
// one.
var perf27Own = []string{
	"Warplanes struck a camp near the border on Tuesday in retaliation for an ambush that killed six soldiers, officials said.",
	"Gaza officials said Israeli forces had committed 47 ceasefire violations since the truce began, and accused Israel of dozens of breaches.",
	"Gunmen attacked a market and a hospital in the town; it was the third attack this month, and they fled toward the border.",
	"The council members met the mission in the National Assembly, where twenty-five deputies and eleven officers were held.",
}

// TestPerf27FastPathsAgree checks, on every sentence of the demo and a
// few of its own, the caches and filters of perf27 against the readings
// they stand for: answerObject's kept span, the lists coordinated hands
// out, the filter of keys in front of get, the facility keys in front of
// facilitySector, and tallies' look for its nouns first.
func TestPerf27FastPathsAgree(t *testing.T) {
	c, docs := readDemoDocs(t, perf27Own...)
	words := map[string]bool{}
	answers, tallied, sents := 0, 0, 0
	for _, d := range docs {
		for _, st := range d.sents {
			sents++
			cue, from, to := readAnswerObject(st)
			for range 2 { // the first call reads, the second keeps
				if c2, f2, t2 := answerObject(st); c2 != cue || f2 != from || t2 != to {
					t.Fatalf("answerObject(%q) = %d, %d, %d, want %d, %d, %d", st.s.Text, c2, f2, t2, cue, from, to)
				}
			}
			if cue >= 0 {
				answers++
			}
			for n := range st.mentions {
				m := &st.mentions[n]
				got := st.coordinated(m)
				if len(got) != cap(got) {
					t.Errorf("coordinated in %q: room for %d past its %d members", st.s.Text, cap(got), len(got))
				}
				if again := st.coordinated(m); len(again) > 0 && &again[0] == &got[0] {
					t.Errorf("coordinated in %q: two answers share their room", st.s.Text)
				}
			}
			if v := tallies(st, "a", "2024-01-02"); len(v) > 0 {
				tallied++
			}
			for _, w := range st.low {
				words[w] = true
			}
		}
	}
	if answers == 0 || tallied == 0 {
		t.Fatalf("%d sentences, %d response cues, %d tallies: the test reads too little", sents, answers, tallied)
	}
	for w := range words {
		for _, w := range []string{w, strings.ToUpper(w)} {
			for name, f := range map[string]*wordFilter{"subjectPronouns": &subjectPronouns, "namedBodyHeads": &namedBodyHeads} {
				v, ok := f.get(w)
				if wv, wok := f.m[w]; v != wv || ok != wok {
					t.Errorf("%s.get(%q) = %v, %v, want %v, %v", name, w, v, ok, wv, wok)
				}
			}
			if _, ok := assemblyHeads[w]; ok && !assemblyHeadKeys.mayHave(w) {
				t.Errorf("assemblyHeadKeys turns away %q", w)
			}
		}
	}
	for key := range c.lex.facilities {
		if !c.lex.facilityKeys.mayHave(key) {
			t.Errorf("facilityKeys turns away %q", key)
		}
	}
	for w := range subjectPronouns.m {
		if _, ok := subjectPronouns.get(w); !ok {
			t.Errorf("subjectPronouns.get(%q) misses a key", w)
		}
	}
}

// TestPerf27TalliesNeedTheirNouns checks that tallies, which now looks for
// "violations" or "breaches" before it reads counts, finds what it found
// before in sentences with and without them.
func TestPerf27TalliesNeedTheirNouns(t *testing.T) {
	_, docs := readDemoDocs(t, perf27Own...)
	for _, d := range docs {
		for _, st := range d.sents {
			got := tallies(st, "a", "2024-01-02")
			want := perf27SlowTallies(st)
			if len(got) != want {
				t.Errorf("tallies(%q) = %d, want %d", st.s.Text, len(got), want)
			}
		}
	}
}

// perf27SlowTallies counts the tallies of st as tallies read them before
// perf27: a count followed, within three words of "of", "ceasefire",
// "truce" or "cease-fire", by "violations" or "breaches".
func perf27SlowTallies(st *sent) int {
	n := 0
	for i := 0; i < len(st.low); i++ {
		if isYear(st.toks[i].text) {
			continue
		}
		_, w, ok := nlpParseCount(wordsFrom(st, i))
		if !ok {
			continue
		}
		k := i + w
		for k < len(st.low) && k < i+w+3 && (st.low[k] == "of" || st.low[k] == "ceasefire" || st.low[k] == "truce" || st.low[k] == "cease-fire") {
			k++
		}
		if k >= len(st.low) || st.low[k] != "violations" && st.low[k] != "breaches" {
			i += w - 1
			continue
		}
		n++
		i = k
	}
	return n
}

// nlpParseCount is nlp.ParseCount, named here so that the slow reading
// above reads as the loop it copies.
var nlpParseCount = nlp.ParseCount

// TestPerf27MentionListsOfCopies checks that a sentence and a copy of it
// (as accordHistory makes) never hand out the same room.
func TestPerf27MentionListsOfCopies(t *testing.T) {
	st := &sent{}
	seen := map[**mention]bool{}
	take := func(s *sent, n int) {
		l := s.mentionList(n)
		if cap(l) != n {
			t.Fatalf("mentionList(%d) has room for %d", n, cap(l))
		}
		l = l[:n]
		for k := range l {
			if seen[&l[k]] {
				t.Fatalf("room handed out twice")
			}
			seen[&l[k]] = true
		}
	}
	take(st, 1)
	cp := *st
	for n := 1; n <= 12; n++ {
		take(&cp, n%4+1)
		take(st, n%3+1)
	}
}
