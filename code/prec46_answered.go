package code

import "github.com/truce-project/truce"

// prec46AnsweredCrowd gives force used on a crowd and told in a relative
// clause on the target of another act of the sentence that act's doers
// for target, when it names none of its own: in "youths threw stones at
// riot police, who responded with tear gas" the tear gas is fired at the
// youths. Without them the force is a one-sided piece of the stoning
// and is left out (fragmentDropped).
func prec46AnsweredCrowd(d *doc, st *sent, built []*candidate) {
	for _, cd := range built {
		ev := &cd.ev
		if cd.folded || ev.Type != truce.Assault && ev.Type != truce.Coerce || ev.Mode != "crowd-control" || len(ev.Source) == 0 || len(ev.Target) > 0 {
			continue
		}
		for _, o := range built {
			if o == cd || o.folded || o.i >= cd.i || len(o.ev.Source) == 0 || len(o.ev.Target) == 0 || !inRelativeBeside(st, cd, o) || !prec46SameSide(o.ev.Target, ev.Source) {
				continue
			}
			ev.Target = append([]truce.Actor{}, o.ev.Source...)
			ev.ID = eventID(d.a.ID, st.s.Index, ev.Type, ev.Source, ev.Target, cd.i)
			break
		}
	}
}

// prec46SameSide reports whether the first actors of a and b share an id.
func prec46SameSide(a, b []truce.Actor) bool {
	return len(a) > 0 && len(b) > 0 && a[0].ID != "" && a[0].ID == b[0].ID
}
