package code

import "strings"

// Issue 3, round x48: "Rioters torched cars across France … Police
// arrested 875 people overnight." People arrested in the sentence after
// one that tells protesters or rioters acting, with no other word for who
// they are, are those protesters, not bystanding civilians.

// x48CrowdWords are the plain words for people counted as arrested.
var x48CrowdWords = filtered(wordSet("people", "persons", "individuals", "others"))

// arrestedCrowdX48 gives an arrest of "N people" by a state's forces the
// protesters of its country, when an event of the same sentence or the
// one before tells a protest or riot there, or protesters acting, and the
// arrest names its detainees no further.
func (c *Coder) arrestedCrowdX48(d *doc) {
	var pro *candidate
	for _, cd := range d.cands {
		if cd.folded {
			continue
		}
		if cd.ev.Mode == "arrest" && len(cd.ev.Target) == 1 && pro != nil && cd.st.s.Index-pro.st.s.Index <= 1 && cd.st.s.Index >= pro.st.s.Index {
			t := cd.ev.Target[0]
			if t.Sector == "CVL" && x48CrowdWords.has(strings.ToLower(t.Text)) && x48ByState(cd) {
				if x48ProtestIn(pro, t.Country) {
					t.Sector = "PRO"
					cd.ev.Target[0] = c.sectorActor(t, t.Country, d.date)
				}
			}
		}
		if x48ProtestIn(cd, "") {
			pro = cd
		}
	}
}

// x48ProtestIn reports whether cd tells a protest or riot, or protesters
// acting, in country cc (any country when cc is empty). A riot by a crowd
// the coder holds for civilians ("hundreds of men went on a rampage") is
// none: the people held after it are civilians too.
func x48ProtestIn(cd *candidate, cc string) bool {
	if cd.ev.Type == "PROTEST" {
		for _, a := range cd.ev.Source {
			if a.Sector == "CVL" {
				return false // a mob of civilians: those held stay civilians
			}
		}
		if cc == "" || cd.ev.Location != nil && cd.ev.Location.Country == cc {
			return true
		}
		for _, a := range cd.ev.Source {
			if a.Country == cc {
				return true
			}
		}
		return false
	}
	for _, a := range cd.ev.Source {
		if a.Sector == "PRO" && (cc == "" || a.Country == cc) {
			return true
		}
	}
	return false
}

// x48ByState reports whether the arrest's doers are a state's forces.
func x48ByState(cd *candidate) bool {
	for _, a := range cd.ev.Source {
		if a.Sector == "COP" || a.Sector == "MIL" || a.Sector == "GOV" || a.Sector == "SPY" {
			return true
		}
	}
	return false
}
