package eval

import (
	"sort"

	"github.com/truce-project/truce"
)

// The ACLED and CAMEO labels of a gold event are scored as fields on the
// predicted event paired with it; they do not decide whether it matches, so
// an event found with the wrong sub-event type still counts as found and
// the label error shows in its own figures.

const noLabel = "(none)"

// labels tallies gold and predicted ACLED sub-event types, for a weighted F1
// over the sub-event types the gold uses.
type labels struct {
	pairs [][2]string // gold, predicted
}

func acledLabel(typ, sub string) string {
	if typ == "" && sub == "" {
		return noLabel
	}
	return typ + " / " + sub
}

// labelFields scores the ACLED and CAMEO labels of gold event ge against
// the paired predicted event p (nil when nothing was paired).
func (t *tally) labelFields(ge *GoldEvent, p *truce.Event) {
	if ge.ACLED != nil {
		gold := noLabel
		if len(*ge.ACLED) == 2 {
			gold = acledLabel((*ge.ACLED)[0], (*ge.ACLED)[1])
		}
		pred := "(no event)"
		f := t.field("acled")
		f.Total++
		if p != nil {
			pred = acledLabel(p.ACLEDType, p.ACLEDSubtype)
			f.WithValue++
			if pred == gold {
				f.Satisfied++
			}
		}
		t.acled.pairs = append(t.acled.pairs, [2]string{gold, pred})
	}
	if ge.CAMEO != "" {
		root, exact := t.field("cameo root"), t.field("cameo exact")
		root.Total++
		exact.Total++
		if p != nil && p.CAMEO != "" {
			root.WithValue++
			exact.WithValue++
			if len(p.CAMEO) >= 2 && len(ge.CAMEO) >= 2 && p.CAMEO[:2] == ge.CAMEO[:2] {
				root.Satisfied++
			}
			if p.CAMEO == ge.CAMEO {
				exact.Satisfied++
			}
		}
	}
}

// weightedF1 is the F1 of each sub-event type the gold uses (not "none"),
// averaged with the number of gold events of that type as weights. It also
// returns the per-type figures.
func (l *labels) weightedF1() (float64, []LabelScore) {
	support := map[string]int{}
	predicted := map[string]int{}
	correct := map[string]int{}
	for _, p := range l.pairs {
		support[p[0]]++
		predicted[p[1]]++
		if p[0] == p[1] {
			correct[p[0]]++
		}
	}
	var out []LabelScore
	total, sum := 0, 0.0
	for lab, n := range support {
		if lab == noLabel {
			continue
		}
		s := LabelScore{Label: lab, Support: n}
		s.Precision = ratio(correct[lab], predicted[lab])
		s.Recall = ratio(correct[lab], n)
		s.F1 = harmonic(s.Precision, s.Recall)
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Label < out[j].Label })
	// Summed in label order, not map order: a float sum in a random
	// order differs in its last digits from run to run.
	for _, s := range out {
		total += s.Support
		sum += s.F1 * float64(s.Support)
	}
	if total == 0 {
		return 0, out
	}
	return sum / float64(total), out
}

// LabelScore is precision, recall and F1 for one ACLED sub-event type.
type LabelScore struct {
	Label     string  `json:"label"`
	Support   int     `json:"support"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Confusion counts gold events of one ACLED label paired with a predicted
// event of another ("(no event)" when nothing was paired).
type Confusion struct {
	Gold      string `json:"gold"`
	Predicted string `json:"predicted"`
	N         int    `json:"n"`
}

// confusions returns the label pairs that disagree, most frequent first.
func (l *labels) confusions() []Confusion {
	n := map[[2]string]int{}
	for _, p := range l.pairs {
		if p[0] != p[1] {
			n[p]++
		}
	}
	out := make([]Confusion, 0, len(n))
	for p, c := range n {
		out = append(out, Confusion{Gold: p[0], Predicted: p[1], N: c})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.N != b.N {
			return a.N > b.N
		}
		if a.Gold != b.Gold {
			return a.Gold < b.Gold
		}
		return a.Predicted < b.Predicted
	})
	return out
}
