package code

// An investigation ordered into an attack told before is aimed at who
// made it: "An army drone struck a crowd … and the president ordered an
// investigation into the incident", "Police opened fire on protesters …
// The police chief ordered an inquiry into the shooting".

import "github.com/truce-project/truce"

// probeCameo is the CAMEO code of investigating (092), which PLOVER
// codes as an accusation with mode "investigate".
const probeCameo = "092"

// probedDoers returns, for an investigation that names no one after it,
// the makers of the last attack told in the two sentences before, as
// mentions at cd's trigger; nil when there is none. ("Told journalists the strike was
// a mistake" names the attack again in the investigation's own sentence;
// the attack itself was told before.)
func (c *Coder) probedDoers(d *doc, cd *candidate) []*mention {
	if cd.e.cameo != probeCameo {
		return nil
	}
	// ("told journalists the strike was a mistake, and the president
	// ordered an investigation": who was told before is no object.)
	for _, m := range cd.tgt {
		if m.i > cd.i {
			return nil
		}
	}
	st := cd.st
	var last *candidate
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		idx := p.st.s.Index
		if idx >= st.s.Index || idx < st.s.Index-2 || p.folded || p.ev.Type != truce.Assault || len(p.ev.Source) == 0 {
			continue
		}
		if last == nil || idx > last.st.s.Index || idx == last.st.s.Index && p.i > last.i {
			last = p
		}
	}
	if last == nil {
		return nil
	}
	var out []*mention
	for _, a := range last.ev.Source {
		if a.ID != "" {
			a.Text = ""
			out = append(out, &mention{i: cd.i, j: cd.j, actor: a, kind: "implied"})
		}
	}
	return out
}
