package dyad

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
)

// Key is the country-level id of an actor: its country, else its id, in
// upper case.
func Key(a truce.Actor) string {
	if a.Country != "" {
		return strings.ToUpper(a.Country)
	}
	return strings.ToUpper(a.ID)
}

// Pair is a dyad: two country-level keys, A < B.
type Pair struct {
	A, B string
}

// NewPair returns the pair of a and b in order.
func NewPair(a, b string) Pair {
	a, b = strings.ToUpper(a), strings.ToUpper(b)
	if b < a {
		a, b = b, a
	}
	return Pair{a, b}
}

func (p Pair) String() string { return p.A + "-" + p.B }

// Pairs returns the distinct dyads an event links, source to target;
// none within one country.
func Pairs(e *truce.Event) []Pair {
	var out []Pair
	for _, s := range e.Source {
		for _, t := range e.Target {
			a, b := Key(s), Key(t)
			if a == "" || b == "" || a == b {
				continue
			}
			if p := NewPair(a, b); !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// Countries returns the sorted distinct country-level keys of an event's
// actors, both sides.
func Countries(e *truce.Event) []string {
	var out []string
	for _, as := range [][]truce.Actor{e.Source, e.Target} {
		for _, a := range as {
			if k := Key(a); k != "" && !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return out
}

// Side returns the country-level keys of one side of an event.
func Side(as []truce.Actor) []string {
	var out []string
	for _, a := range as {
		if k := Key(a); k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// Hostile reports whether an event is material conflict (quad 4, or an
// ASSAULT or FIGHT whose quad is unset) that the text reports as having
// happened.
func Hostile(e *truce.Event) bool {
	if !happened(e) {
		return false
	}
	return e.Quad == 4 || e.Quad == 0 && (e.Type == truce.Assault || e.Type == "FIGHT")
}

// happened reports whether the text presents the event as having taken
// place, not denied, negated, planned or hypothetical.
func happened(e *truce.Event) bool {
	switch e.Status {
	case truce.StatusNegated, truce.StatusHypothetical, truce.StatusPlanned, truce.StatusDenied:
		return false
	}
	return true
}
