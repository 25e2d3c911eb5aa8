package code

// A measure declared for a whole country (place39Nationwide) whose
// sentence names the country only as the owner of the government that
// declares it: "Gunmen stormed a prison in the capital. Ruritania's
// president declared a state of emergency" is nationwide, not in the
// town of the attack told before.

// mode49OwnCountryNamed reports whether the place p of cd's sentence is
// the country of the measure cd declares, named as the government's
// owner ("Ecuador's president declared a state of emergency"): it puts
// the measure in no part of the country.
func mode49OwnCountryNamed(cd *candidate, p *placeRef) bool {
	loc := cd.ev.Location
	return loc != nil && p.place.Precision == "country" && p.place.Country == loc.Country &&
		p.j < len(cd.st.toks) && cd.st.toks[p.j].tag == "POS"
}
