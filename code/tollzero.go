package code

import (
	"github.com/truce-project/truce"
)

// zeroNouns are the nouns a toll of none names, with the fields the none
// fills: "no casualties" is neither dead nor wounded, "no deaths" no dead.
var zeroNouns = map[string][]string{
	"casualties": {"fatalities", "injuries"}, "casualty": {"fatalities", "injuries"},
	"deaths": {"fatalities"}, "fatalities": {"fatalities"}, "dead": {"fatalities"},
	"injuries": {"injuries"}, "injury": {"injuries"}, "wounded": {"injuries"},
}

// zeroTolls reads the tolls of none in a sentence: "no one was killed",
// "nobody was hurt", "there were no casualties", "no deaths were
// reported", "there were no immediate reports of injuries", "hit the
// base without causing casualties". Being hurt
// covers being killed: "no one was hurt" leaves no dead either. "no
// serious injuries" tells of minor ones, so it is no zero.
func zeroTolls(st *sent) []tollRead {
	var out []tollRead
	zero := func(fields []string, i, end int) {
		for _, f := range fields {
			out = append(out, tollRead{field: f, i: i, end: end, k: -1})
		}
	}
	for i := 0; i < len(st.low); i++ {
		k := noOneEnd(st, i)
		if k > i {
			if fields, end := zeroVerb(st, k); fields != nil {
				zero(fields, i, end)
				i = end - 1
			}
			continue
		}
		if st.low[i] != "no" && st.low[i] != "without" {
			continue
		}
		k = i + 1
		// "without causing any casualties", "without inflicting injuries"
		if st.low[i] == "without" && k+1 < len(st.low) && (st.low[k] == "causing" || st.low[k] == "inflicting") {
			k++
			if st.low[k] == "any" {
				k++
			}
		}
		if k < len(st.low) && st.low[k] == "immediate" {
			k++
		}
		// "no reports of casualties", "no word of injuries"
		if k+1 < len(st.low) && (st.low[k] == "reports" || st.low[k] == "report" || st.low[k] == "word") && st.low[k+1] == "of" {
			k += 2
		}
		if k >= len(st.low) || zeroNouns[st.low[k]] == nil {
			continue
		}
		fields := zeroNouns[st.low[k]]
		// "no deaths or injuries"
		if k+2 < len(st.low) && (st.low[k+1] == "or" || st.low[k+1] == "and") && zeroNouns[st.low[k+2]] != nil {
			fields = unionFields(fields, zeroNouns[st.low[k+2]])
			k += 2
		}
		zero(fields, i, k+1)
		i = k
	}
	return out
}

// noOneEnd returns the token after a subject that names no one at token i
// ("no one", "nobody", "no-one", "none of the passengers"), or i when none
// starts there.
func noOneEnd(st *sent, i int) int {
	switch w := st.low[i]; {
	case w == "nobody" || w == "no-one":
		return i + 1
	case w == "no" && i+1 < len(st.low) && st.low[i+1] == "one":
		return i + 2
	case w == "none" && i+1 < len(st.low) && st.low[i+1] == "of":
		// "none of the 40 passengers"
		for k := i + 2; k < len(st.low) && k <= i+6; k++ {
			if auxiliaries.has(st.low[k]) {
				return k
			}
		}
	}
	return i
}

// zeroVerb reads the verb of harm after a subject naming no one, at token
// k: "[was killed]", "[had been seriously hurt]", "[died]". It returns the
// fields it fills and the token after it, or nil.
func zeroVerb(st *sent, k int) ([]string, int) {
	for n := k; n < len(st.low) && n <= k+4; n++ {
		w := st.low[n]
		switch {
		case w == "died" || w == "killed" || w == "dead":
			return []string{"fatalities"}, n + 1
		case injuryWords.has(w) && w != "injuries":
			return []string{"fatalities", "injuries"}, n + 1
		case auxiliaries.has(w) || st.toks[n].tag == "RB":
		default:
			return nil, k
		}
	}
	return nil, k
}

// unionFields joins two field lists without repeats.
func unionFields(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, f := range b {
		if f != out[0] && (len(out) < 2 || f != out[1]) {
			out = append(out, f)
		}
	}
	return out
}

// noToll reports whether a count tells no toll yet: none read, or none
// dead ("no one was killed"), which a figure read later replaces.
func noToll(c *truce.Count) bool {
	return c == nil || c.Max == 0
}

// setZero gives an event a toll of none where it has no toll at all: a
// zero never hides a figure.
func setZero(ev *truce.Event, field string) {
	slot := &ev.Fatalities
	if field == "injuries" {
		slot = &ev.Injuries
	}
	if *slot == nil {
		*slot = &truce.Count{}
	}
}

// zeroes gives the tolls of none in a sentence to the violent event they
// tell of: the one told before them ("a rocket hit the base, but no one
// was hurt"), else the first after, else a protest told before.
func zeroes(st *sent, cands []*candidate) {
	for _, r := range zeroTolls(st) {
		cd := violentNear(cands, r.i)
		if cd == nil {
			cd = protestBefore(cands, r.i)
		}
		if cd != nil {
			setZero(&cd.ev, r.field)
		}
	}
}
