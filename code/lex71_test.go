package code_test

import "testing"

// TestLex71WantAnEnd: a party that wants an end, a halt or the lifting of
// something asks another to yield (REQUEST, CAMEO 105), as "called for an
// end to" does.
func TestLex71WantAnEnd(t *testing.T) {
	for _, s := range []string{
		"Ankara wants an end to the raids on its border villages.",
		"The farmers' union wanted the lifting of the grain export ban imposed by Nairobi.",
		"Hezbollah wants a halt to the Israeli air strikes, its leader said.",
	} {
		t.Run(s, func(t *testing.T) { wantTypeMode(t, s, "", "REQUEST", "yield") })
	}
	wantNoTypeMode(t, "The smuggler wanted by Interpol was arrested in Lisbon.", "", "REQUEST", "")
}

// TestLex71GapStopsAtAttribution: a form's gap does not run past a comma
// into the attribution, so the speakers are not read as people seized.
func TestLex71GapStopsAtAttribution(t *testing.T) {
	for _, s := range []string{
		"Gunmen seized cattle and goats, villagers said.",
		"Militants seized rifles and ammunition, residents told reporters.",
		"Gunmen seized fuel and food, officials said on Monday.",
	} {
		t.Run(s, func(t *testing.T) { wantNoTypeMode(t, s, "", "ASSAULT", "abduct") })
	}
	wantTypeMode(t, "Militants seized dozens of residents in a raid on Tuesday.", "", "ASSAULT", "abduct")
}

// TestLex71PoliceStationTaken: a police or army station taken is ground
// won by force (ASSAULT), as a base or checkpoint is; a power station
// seized is not.
func TestLex71PoliceStationTaken(t *testing.T) {
	for _, s := range []string{
		"Insurgents captured the police station in the district town on Friday.",
		"Rebel fighters said they had seized the gendarmerie station after a night of fighting.",
		"Militiamen overran the army station on the ridge.",
	} {
		t.Run(s, func(t *testing.T) { wantTypeMode(t, s, "", "ASSAULT", "") })
	}
	wantNoTypeMode(t, "Mutinous soldiers seized the power station.", "", "ASSAULT", "")
}
