package code_test

import "testing"

// People sent to a place to look into an act open an inquiry (CAMEO 092)
// by the sender, with the place's side as the target, even with the place
// and a date between the people and "to investigate".
func TestGsr30SentToPlaceToInvestigate(t *testing.T) {
	wantEvents(t, "ACCUSE", "investigate", []sidesCase{
		{"team to a country", "The African Union sent a team to Sudan to investigate the killings.", "AU", "SDN"},
		{"counted monitors and a date", "The African Union has sent 30 monitors to Sudan on Tuesday to investigate the killings.", "AU", "SDN"},
		{"bare plural observers", "The European Union sent observers to Georgia to examine the shooting of a border guard.", "EU", "GEO"},
		{"team of experts to probe", "The Kenyan government dispatched a team of experts to the northern border on Monday to probe the cattle raids.", "KEN", ""},
	})
}

// "cleared him of all charges": to clear someone of blame is no ground
// taken; "cleared the market of armed men" still is.
func TestGsr30ClearedOfCharges(t *testing.T) {
	wantNone(t, "COERCE",
		"A Nigerian court cleared the former governor of corruption charges on Tuesday.",
		"The general was cleared of all charges by a military tribunal.",
		"The tribunal in Arusha cleared two Rwandan officers of genocide, their lawyers said.")
	wantNone(t, "ASSAULT",
		"The opposition leader demanded fresh elections after a court in Nairobi cleared him of all charges.",
		"The inquiry cleared the police of any wrongdoing in the death of the student.")
	wantEvents(t, "ASSAULT", "", []sidesCase{
		{"ground still cleared", "Malian soldiers cleared the market of armed men after a gunfight.", "MLI", ""},
	})
}
