package code

import "github.com/truce-project/truce"

// A denial that names no one answers whoever made the charge or the call
// told just before: "Rights groups accused the gendarmerie of beating
// migrants. The government denied any mistreatment", "The party accused the
// governor of a cover-up. A ruling-party spokeswoman denied that its members
// were involved", "The UN mission urged Juba to act. A government spokesman
// rejected the findings".

// deniedKinds are the acts a denial answers: a charge, a call, a threat or
// a measure aimed at the denying side.
var deniedKinds = filtered(map[string]bool{truce.Accuse: true, truce.Request: true, truce.Threaten: true, truce.Sanction: true})

// deniedAccuser returns, for a rejection or denial that has no target, the
// sources of the latest charge, call, threat or measure told in the two
// sentences before that was aimed at the denying side's country, as
// mentions at cd's trigger; nil when there is none or the denying side
// made it.
func deniedAccuser(d *doc, cd *candidate) []*mention {
	st := cd.st
	if cd.tgt != nil || len(cd.src) == 0 {
		return nil
	}
	// "A government spokesman denied …": a side not yet placed is of the
	// country the story is about.
	cc := cd.src[0].actor.Country
	if cc == "" && cd.src[0].actor.ID == "" && cd.src[0].actor.Sector != "" {
		cc = d.storyFocus()
	}
	if cc == "" {
		return nil
	}
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		idx := p.st.s.Index
		if idx >= st.s.Index || idx < st.s.Index-2 || p.folded || !deniedKinds.has(p.ev.Type) || len(p.ev.Source) == 0 || !hasCountry(p.ev.Target, cc) {
			continue
		}
		return makersAt(cd, p, answerer)
	}
	return nil
}
