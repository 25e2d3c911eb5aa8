package code_test

// Precision and recall cases of issue 3 (prec38): how far a report verb
// reaches over the passive plan it tells.

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// A passive plan ("would be released") in the complement of a report verb
// whose "that" stands far back, past a long addressee or adjunct, or past
// an apposition to the subject, is a plan the speaker announces: planned,
// with the speaker as its doer. With a condition it stays unplanned.
func TestPrec38FarPassivePlan(t *testing.T) {
	for _, tt := range []struct {
		name, text, typ, source string
		want                    bool
	}{
		{"told a long addressee that",
			"Imran Khan told a joint session of parliament on Thursday that the captured Indian pilot would be released on Friday.",
			truce.Retreat, "Imran Khan", true},
		{"told the senate on a weekday that",
			"Foreign Minister Ana Lopes told a closed session of the senate on Monday that the detained French reporters would be freed within days.",
			truce.Retreat, "government", true},
		{"announced that over an apposition",
			"Sudan's army announced on Tuesday that the Northern Brigade, the militia that held the port for a decade, would be dissolved along with two smaller factions.",
			truce.Retreat, "", true},
		{"a relative that with no report verb is no plan told",
			"Under the draft, the militia that held the port for a decade would be dissolved along with two smaller factions.",
			truce.Retreat, "", false},
		{"a condition keeps it unplanned",
			"Imran Khan told a joint session of parliament on Thursday that the captured Indian pilot would be released if New Delhi halted its air strikes.",
			truce.Retreat, "", false},
	} {
		x := mustExtract(t, tt.text, "2019-02-28")
		found := false
		var got []string
		for _, ev := range x.Events {
			got = append(got, ev.Type+"/"+ev.Status)
			if ev.Type != tt.typ || ev.Status != truce.StatusPlanned {
				continue
			}
			if tt.source == "" {
				found = true
				continue
			}
			for _, a := range ev.Source {
				if strings.Contains(a.Name, tt.source) || strings.Contains(a.Text, tt.source) {
					found = true
				}
			}
		}
		if found != tt.want {
			t.Errorf("%s: planned %s by %q = %v, want %v; got %v", tt.name, tt.typ, tt.source, found, tt.want, got)
		}
	}
}
