package code

import "testing"

// findingFramePlain is findingFrame scanning every word.
func findingFramePlain(st *sent, i int) bool {
	for k := 0; k < len(st.low); k++ {
		switch {
		case findingVerbs.has(st.low[k]) && k < i:
			for n := k + 1; n < i && n <= k+6; n++ {
				if st.low[n] == "that" {
					return true
				}
			}
		case inquiryNouns.has(st.low[k]):
			for n := k + 1; n < len(st.low) && n <= k+12; n++ {
				if findingVerbs.has(st.low[n]) || st.low[n] == "said" {
					return true
				}
			}
		}
	}
	return false
}

// commentaryPlain is commentary scanning every word.
func commentaryPlain(st *sent, i int) bool {
	for k := 0; k < i; k++ {
		if !commentatorNouns.has(st.low[k]) {
			continue
		}
		for v := k + 1; v < i && v <= k+7; v++ {
			if st.low[v] == "," || frameBreaks.has(st.low[v]) {
				break
			}
			if opinionVerbs.has(st.low[v]) {
				return !breakBetween(st, v, i)
			}
		}
	}
	for v := i + 1; v+1 < len(st.low); v++ {
		if frameBreaks.has(st.low[v]) {
			return false
		}
		if inverseOpinionVerbs.has(st.low[v]) && st.low[v-1] == "," && (st.toks[v+1].tag == "DT" || commentatorNouns.has(st.low[v+1])) {
			return true
		}
	}
	return false
}

// The word positions read once a sentence give findingFrame and
// commentary what scanning every word gives, at every token of the demo
// articles and of sentences of our own.
func TestWordPlacesReadOnce(t *testing.T) {
	_, docs := readDemoDocs(t,
		"Investigators concluded that the militia fired the rocket that struck the convoy in 2019.",
		"UN inspectors said on Friday that government forces dropped chlorine on Douma.",
		"An inquiry established last year that the army shelled the village.",
		"Analysts say the strike on the port was meant to punish the rebels.",
		"The strike was a mistake, critics argue, and the ceasefire may not hold; observers warned of more attacks.",
		"Critics, who oppose the talks, said the army attacked the camp.",
	)
	tokens, findings, comments := 0, 0, 0
	for _, d := range docs {
		for _, st := range d.sents {
			for i := range st.low {
				tokens++
				want := findingFramePlain(st, i)
				if got := findingFrame(st, i); got != want {
					t.Fatalf("%q at %d: findingFrame %v, want %v", st.s.Text, i, got, want)
				}
				if want {
					findings++
				}
				want = commentaryPlain(st, i)
				if got := commentary(st, i); got != want {
					t.Fatalf("%q at %d: commentary %v, want %v", st.s.Text, i, got, want)
				}
				if want {
					comments++
				}
			}
		}
	}
	if tokens < 1000 || findings == 0 || comments == 0 {
		t.Fatalf("%d tokens, %d in a finding, %d in commentary: too few to tell", tokens, findings, comments)
	}
}
