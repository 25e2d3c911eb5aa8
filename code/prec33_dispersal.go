package code

import "github.com/truce-project/truce"

// protestAsForcePrec33 returns which of two tellings of one dispersal to
// drop, or nil: cd, a protest word coded as the force used on it ("police
// used water cannon to break up a rally"), beside another force act of
// the sentence by the same doers. The protest row turns into crowd
// control or an attack when armed men are its subject, which is right
// when the sentence has no other word for the force; beside "water
// cannon" or "detained" it is the same act counted twice, and the
// protest word's record goes. When it reads the force as an attack and
// the other only as coercion, the two differ in kind and both stay.
func (c *Coder) protestAsForcePrec33(built []*candidate, cd *candidate) *candidate {
	if cd.ev.Type != truce.Assault && cd.ev.Type != truce.Coerce {
		return nil
	}
	if c.lex.cameo[cd.e.cameo].plover != truce.Protest || len(cd.ev.Source) == 0 {
		return nil
	}
	// Force used on a crowd, not a blockade or a raid the armed men
	// make themselves ("gunmen blocked a highway"): police acting, or
	// protesters or civilians at the receiving end.
	police := cd.ev.Source[0].Sector == "COP"
	if cd.ev.Mode != "crowd-control" && !police && !hasSector(cd.ev.Target, "PRO") && (cd.ev.Mode == "restrict" || !hasSector(cd.ev.Target, "CVL")) {
		return nil
	}
	for _, o := range built {
		if o == cd || o.folded || o.ev.Type != truce.Assault && o.ev.Type != truce.Coerce {
			continue
		}
		if c.lex.cameo[o.e.cameo].plover == truce.Protest {
			continue
		}
		for _, a := range o.ev.Source {
			for _, b := range cd.ev.Source {
				if a.ID != "" && a.ID == b.ID {
					if cd.ev.Type == truce.Assault && o.ev.Type == truce.Coerce {
						return nil
					}
					return cd
				}
			}
		}
	}
	return nil
}
