package code

import "github.com/truce-project/truce"

// Passives that leave out a part: the "were" of a clause after "and", the
// agent of an expulsion told right after a break of ties.

// gappedPassive reports whether the participle at i follows its own
// subject in a clause that, after "and", leaves out the "were" of a
// passive before it: in "Kenyan diplomats were called home and Ugandan
// envoys given two days to leave", "given" is passive too.
func (st *sent) gappedPassive(i int) bool {
	m := st.mentionAt(i - 1)
	if m == nil || m.place || m.j != i || m.i < 2 || st.low[m.i-1] != "and" {
		return false
	}
	if st.toks[i].tag != "VBN" {
		return false
	}
	for k := m.i - 2; k >= 1 && st.clause[k] == st.clause[m.i-2]; k-- {
		if st.toks[k].tag == "VBN" && (st.low[k-1] == "were" || st.low[k-1] == "was") {
			return true
		}
		if st.low[k] == "," || st.low[k] == ";" {
			return false
		}
	}
	return false
}

// priorSanctioner returns, as mentions at cd's trigger, the doers of the
// diplomatic sanction told in the sentence just before against the same
// state, when cd is a sanction in the passive that names no one imposing
// it: in "Nairobi cut ties with Kampala. Ugandan envoys were given two
// days to leave", Kenya expels them. A yielding act in the passive that
// its speaker announces ("police said nine people had been released")
// is the speaker's (yieldSpeaker). Else nil.
func (c *Coder) priorSanctioner(d *doc, cd *candidate) []*mention {
	st := cd.st
	if s := st.yieldSpeaker(cd); cd.src == nil && s != nil {
		if sharesMention(s, cd.tgt) {
			cd.tgt = nil
		}
		return s
	}
	if cd.src != nil || len(cd.tgt) == 0 || c.lex.cameo[cd.e.cameo].plover != truce.Sanction || !st.isPassive(cd.i) {
		return nil
	}
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		if p.st.s.Index != st.s.Index-1 || p.folded || p.ev.Type != truce.Sanction || len(p.ev.Source) == 0 {
			continue
		}
		var out []*mention
		for _, a := range p.ev.Source {
			if !isState(a) || !hasCountry(p.ev.Target, cd.tgt[0].actor.Country) || sameCountry(&mention{actor: a}, cd.tgt) {
				return nil
			}
			a.Text = ""
			out = append(out, &mention{i: cd.i, j: cd.j, actor: a, kind: "implied"})
		}
		return out
	}
	return nil
}
