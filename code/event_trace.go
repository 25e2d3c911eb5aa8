package code

// Why a trigger coded no event, told to the Trace writer.

import (
	"fmt"
	"strings"
)

// keep returns kept and traces the candidates of all that it lacks.
func (c *Coder) keep(st *sent, all, kept []*candidate, why string) []*candidate {
	if c.Trace != nil {
		in := map[*candidate]bool{}
		for _, k := range kept {
			in[k] = true
		}
		for _, cd := range all {
			if !in[cd] {
				c.trace(st, cd, why)
			}
		}
	}
	return kept
}

// trace tells the Trace writer, if any, why a trigger coded no event.
func (c *Coder) trace(st *sent, cd *candidate, why string) {
	if c.Trace != nil {
		fmt.Fprintf(c.Trace, "truce: sentence %d: %q (triggers.tsv:%d) codes no event: %s\n",
			st.s.Index, strings.Join(st.low[cd.i:cd.j], " "), cd.e.line, why)
	}
}
