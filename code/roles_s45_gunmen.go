package code

// Unnamed gunmen where organised crime, not insurgency, is what arms men:
// in Mexico, Ecuador and Honduras the gold codes "armed men kidnapped
// nine workers" or "masked gunmen stormed a studio" as the country's
// criminals even when the story never says "gang" (Colombia, Peru and
// Haiti are left out: there the same men are as often rebels or militias).
// A story that names rebels keeps its gunmen as rebels.

// gunmenCrimeCountries are the countries whose bare armed men are
// criminals.
var gunmenCrimeCountries = filtered(wordSet("MEX", "ECU", "HND"))

// crimeCountryGunmen reports whether m, bare armed men placed in country
// cc, are that country's criminals: cc is one of gunmenCrimeCountries and
// the story names no rebel, insurgent or rebel group.
//
// A pronoun standing for such men is theirs as well ("police arrested 13
// of them"): in a story with no rebels, a pronoun read as generic rebels
// can only stand for the bare armed men, in a gang story too.
func (d *doc) crimeCountryGunmen(st *sent, m *mention, cc string) bool {
	pronoun := m.kind == "pronoun" && m.actor.Sector == "REB" && (m.actor.ID == "" || m.actor.ID == m.actor.Country+"REB")
	if !pronoun && !bareArmedMen(st, m) {
		return false
	}
	gang, rebels := d.storyArmedBands()
	return !rebels && (gunmenCrimeCountries.has(cc) || pronoun && gang)
}

// designateVerbs give a body a name it is then treated under: "designated as
// terrorist organisations", "branded the gangs as terrorists".
var designateVerbs = filtered(wordSet("designated", "designates", "designate", "designating", "branded", "brands", "branding",
	"labelled", "labeled", "labels", "labelling", "labeling", "classified", "classifies", "listed", "lists", "declared", "declares"))

// labelledAs reports whether x is the name a label verb gives after "as":
// the "terrorist organisations" of "22 gangs he designated as terrorist
// organisations" names no rebels of the story, only what the gangs are
// called.
func labelledAs(st *sent, x *mention) bool {
	a := x.i - 1
	for a >= 0 && determiners.has(st.low[a]) {
		a--
	}
	if a < 1 || st.low[a] != "as" {
		return false
	}
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		if designateVerbs.has(st.low[k]) || labelVerbs.has(st.low[k]) {
			return true
		}
	}
	return false
}
