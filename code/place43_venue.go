package code

// A meeting the text places in a whole country, the country the story is
// filed from, was held in the dateline's town: "ZENDA, Ruritania - The
// Bordurian prime minister met the Ruritanian president on his first
// visit to Ruritania" met in Zenda.

// place43DatelineCountry places an agreement or a meeting that its words
// put in a country by naming it ("on a visit to Ruritania", "talks in
// Ruritania") at the story's dateline town when that town lies in that
// country. datelineVenue does this for a country only the parties gave;
// a truce agreed is left where it holds (see truceHeldIn).
func place43DatelineCountry(d *doc) {
	at := storyDateline(d)
	if at == nil {
		return
	}
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || !venueTypes.has(cd.ev.Type) || cd.ev.Mode == "ceasefire" || cd.agreed || loc == nil || loc.Text == "" || loc.Precision != "country" || loc.Country != at.Country {
			continue
		}
		cp := *at
		cd.ev.Location = &cp
	}
}
