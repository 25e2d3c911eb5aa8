package ceasefire_test

import (
	"fmt"
	"slices"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/dyad"
)

func ids(as []truce.Actor) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.ID)
	}
	slices.Sort(out)
	return out
}

func states(h []truce.StateChange) []string {
	var out []string
	for _, c := range h {
		out = append(out, c.State+"@"+c.Date)
	}
	return out
}

// violation is the part of a truce.Violation a scenario pins down.
type violation struct{ kind, date, accused, by string }

func violationsOf(vs []truce.Violation) []violation {
	var out []violation
	for _, v := range vs {
		w := violation{kind: v.Kind, date: v.Date}
		if v.Accused != nil {
			w.accused = dyad.Key(*v.Accused)
		}
		if v.AccusedBy != nil {
			w.by = dyad.Key(*v.AccusedBy)
		}
		out = append(out, w)
	}
	return out
}

func hasTerm(c truce.Ceasefire, part string) bool {
	return slices.ContainsFunc(c.Terms, func(t string) bool { return strings.Contains(t, part) })
}

func sprint(v any) string { return fmt.Sprintf("%#v", v) }
