package code

// Arrests in a sweep against criminal gangs get no ACLED label: ACLED
// counts arrests for their politics, and holding gang suspects is police
// work against crime.

// sweepGangWords name criminal gangs and cartels.
var sweepGangWords = filtered(wordSet("gang", "gangs", "cartel", "cartels", "maras"))

// gangSweepArrests drops the ACLED label of a detention of gang members
// ("police arrested 40 members of the Red Wolves gang"), or of unnamed
// people or civilians when its sentence or the one before tells of gangs:
// "Ruvalia declared a state of emergency over gang killings. Police
// arrested 35 people on the first day." Rebels, soldiers, protesters,
// opponents and named persons held keep the label.
func gangSweepArrests(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.ev.Mode != "arrest" || cd.ev.ACLEDType != acledStrategic ||
			cd.ev.ACLEDSubtype != subArrests || !gangHeld(d, cd) {
			continue
		}
		cd.ev.ACLEDType, cd.ev.ACLEDSubtype = "", ""
	}
}

// gangHeld reports whether the people cd holds are gang members, named as
// a criminal group or unnamed in a story of gangs.
func gangHeld(d *doc, cd *candidate) bool {
	for _, m := range cd.tgt {
		if m.kind == "person" {
			return false
		}
	}
	crime := false
	for _, a := range cd.ev.Target {
		switch {
		case a.Sector == "CRM":
			crime = true
		case a.Sector != "" && a.Sector != "CVL":
			return false
		}
	}
	if crime {
		return true
	}
	for _, o := range d.sents {
		if n := cd.st.s.Index - o.s.Index; n >= 0 && n <= 1 && o.hasAny(&sweepGangWords) {
			return true
		}
	}
	return false
}
