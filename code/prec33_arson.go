package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// arsonAsidePrec33 reports whether cd, burning told by a participle hung
// on the main clause ("…, torching the police station", "…, freeing
// inmates and setting the building on fire"), only says what the raid,
// shelling or mob the main clause has just told did on its way: "gunmen
// seized the town, torching the police station", "artillery shelled the
// village, setting fire to the fields". The main act, by the same doers,
// is the event; the fire is its damage. A burning told by a main verb of
// its own ("and torched eight huts"), or listed beside harm done to
// people ("killing four and torching homes", "setting trucks ablaze and
// abducting drivers"), where each act is told for itself, is left alone.
func arsonAsidePrec33(st *sent, cands, built []*candidate, cd *candidate) bool {
	if cd.e.cameo != "1712" || cd.e.pos != 'V' || cd.i < 2 || st.toks[cd.i].tag != "VBG" {
		return false
	}
	if w := st.low[cd.i-1]; w != "," && w != "and" || len(cd.ev.Source) == 0 {
		return false
	}
	main := arsonMainPrec33(st, built, cd)
	if main == nil {
		return false
	}
	end := len(st.low)
	for n := cd.j; n < len(st.low); n++ {
		if clauseBreaks.has(st.low[n]) {
			end = n
			break
		}
	}
	for _, o := range cands {
		if o == cd || o.i < main.j || o.i >= end || o.e.pos != 'V' || st.toks[o.i].tag != "VBG" {
			continue
		}
		if c := o.e.cameo; strings.HasPrefix(c, "18") || strings.HasPrefix(c, "20") {
			return false
		}
	}
	return true
}

// arsonMainPrec33 is the finite act of the same doers the participle cd
// hangs on, after a comma and with no clause break between, or nil.
func arsonMainPrec33(st *sent, built []*candidate, cd *candidate) *candidate {
	for k := len(built) - 1; k >= 0; k-- {
		o := built[k]
		if o == cd || o.folded || o.i >= cd.i {
			continue
		}
		if o.ev.Type != truce.Assault && o.ev.Type != truce.Protest || st.toks[o.i].tag == "VBG" {
			continue
		}
		comma := false
		for n := o.j; n < cd.i; n++ {
			if clauseBreaks.has(st.low[n]) {
				return nil
			}
			comma = comma || st.low[n] == ","
		}
		if !comma {
			return nil
		}
		for _, a := range o.ev.Source {
			for _, b := range cd.ev.Source {
				if a.ID != "" && a.ID == b.ID {
					return o
				}
			}
		}
		return nil
	}
	return nil
}
