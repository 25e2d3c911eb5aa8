package code

// armedArrest recodes an arrest made by unnamed armed men as an
// abduction: "gunmen rounded up 60 pupils at a school", "bandits detained
// dozens of travellers". Only a state arrests (ACLED's Arrests); armed men
// with no state behind them abduct (CAMEO 181, ACLED abduction). Named
// groups that run the ground they hold ("Houthi authorities detained UN
// staff") are left to their arrests, and so are activists and opponents
// taken by armed men, whose ACLED labels tell a disappearance from the
// arrest reading ("detained an activist and took him to an unknown
// location").
func (b *building) armedArrest() {
	ev := &b.cd.ev
	if ev.Mode != "arrest" || len(b.src) == 0 {
		return
	}
	if b.unnamedMen() {
		b.toAbduction()
		return
	}
	if hasSector(b.tgt, "PRO") || hasSector(b.tgt, "OPP") {
		return
	}
	for _, a := range b.src {
		if a.Sector != "REB" && a.Sector != "CRM" || a.Country == "" || a.ID != a.Country+a.Sector {
			return
		}
	}
	b.toAbduction()
}

// toAbduction recodes the event being built as an abduction (CAMEO 181,
// ACLED abduction), when the CAMEO table has the code.
func (b *building) toAbduction() {
	ev := &b.cd.ev
	if _, ok := b.c.lex.cameo["181"]; !ok {
		return
	}
	ev.CAMEO, ev.Mode = "181", "abduct"
	ev.ACLEDType, ev.ACLEDSubtype = "Violence against civilians", subAbduction
}
