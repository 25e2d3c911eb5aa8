package actor

import "testing"

// TestFindActor34 covers hyphenated place names that hold an alias and
// local administrators named by their office.
func TestFindActor34(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		// An alias glued by hyphens between two words that are no actors is
		// a syllable of a place name; a chain of actors keeps its mentions.
		{"an alias inside a capitalised dateline", "PORT-AU-PRINCE - Gunmen burned a police post overnight.", "2024-03-01",
			[]want{{"Gunmen", "", "REB", KindSector}, {"police", "", "COP", KindSector}}},
		{"an alias inside a hyphenated town", "Villagers fled Saint-EU-Maritime after the raid.", "2024-03-01",
			[]want{{"Villagers", "", "CVL", KindSector}}},
		{"a chain of actors keeps its mentions", "The Kenya-AU-Somalia summit ended without a deal.", "2024-03-01",
			[]want{{"Kenya", "KEN", "", KindCountry}, {"AU", "AU", "IGO", KindOrg}, {"Somalia", "SOM", "", KindCountry}}},
		// A local administrator is the state at the level of a district,
		// county or province, whatever the holder's name.
		{"a chief district officer before a name", "Chief District Officer Maya Gurung ordered the shops shut.", "2024-03-01",
			[]want{{"Chief District Officer", "", "GOV", KindSector}}},
		{"a county commissioner as teller", "Six herders were shot dead, the county commissioner said on Monday.", "2024-03-01",
			[]want{{"herders", "", "CVL", KindSector}, {"county commissioner", "", "GOV", KindSector}}},
		{"a sub-prefect as teller", "Two women were abducted near Kolofata, the sub-prefect said.", "2024-03-01",
			[]want{{"women", "", "CVL", KindSector}, {"sub-prefect", "", "GOV", KindSector}}},
		{"a capitalised district commissioner before a name", "District Commissioner Otieno Barasa banned the rally.", "2024-03-01",
			[]want{{"District Commissioner", "", "GOV", KindSector}}},
		{"a deputy akim before a name", "Deputy akim Aibek Nurlanov met the striking miners.", "2024-03-01",
			[]want{{"Deputy akim", "", "GOV", KindSector}, {"miners", "", "LAB", KindSector}}},
		{"a local government chairman as teller", "Bandits killed nine farmers, a local government chairman said.", "2024-03-01",
			[]want{{"Bandits", "", "CRM", KindSector}, {"farmers", "", "CVL", KindSector}, {"local government chairman", "", "GOV", KindSector}}},
	}
	checkFind(t, d, tests)
}
