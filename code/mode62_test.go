package code_test

import "testing"

// mode62Modes returns the modes and codes of the ASSAULT events of text.
func mode62Modes(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, ev := range eventsOf(t, text, "", "ASSAULT") {
		out = append(out, ev.Mode+"/"+ev.CAMEO)
	}
	return out
}

// An aircraft or drone that is the subject of a verb of wrecking makes an
// air or drone strike, CAMEO 195.
func TestMode62AircraftThatWrecks(t *testing.T) {
	for text, want := range map[string]string{
		"Kenyan warplanes destroyed three trucks of the militants near Kismayo on Monday, the army said.":             "aerial/195",
		"A Sudanese army helicopter torched a market in the town of Mellit, residents said.":                          "aerial/195",
		"Turkish drones set ablaze a fuel depot in northern Syria late on Tuesday, a war monitor said.":               "drone/195",
		"Drones carrying explosives struck a gas plant in the south on Monday, setting two tanks ablaze, staff said.": "drone/195",
	} {
		got := mode62Modes(t, text)
		if len(got) == 0 {
			t.Errorf("%q: no ASSAULT", text)
		}
		for _, g := range got {
			if g != want {
				t.Errorf("%q: got %v, want %s", text, got, want)
			}
		}
	}
}

// A craft that is what was wrecked, or an attack by people, keeps the
// verb's own mode.
func TestMode62CraftWreckedStaysDestroy(t *testing.T) {
	for _, text := range []string{
		"Rebels destroyed two army helicopters at the airport in Goma, officials said.",
		"Militiamen burned dozens of houses in the village of Tawila on Friday, residents said.",
	} {
		for _, ev := range eventsOf(t, text, "", "ASSAULT") {
			if ev.Mode == "aerial" || ev.Mode == "drone" {
				t.Errorf("%q: got an air strike %s %s", text, ev.Mode, ev.CAMEO)
			}
		}
	}
}

// mode62RequestCodes returns the CAMEO codes of the REQUEST events of text.
func mode62RequestCodes(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, ev := range eventsOf(t, text, "", "REQUEST") {
		out = append(out, ev.CAMEO)
	}
	return out
}

// A demand that people be let go is CAMEO 1053; one for a halt to the
// fighting 1056, whether the trigger row or the complement names it.
func TestMode62ReleaseAndRestraintAsked(t *testing.T) {
	for text, want := range map[string]string{
		"The Nordic foreign ministers urged the junta in Conakry on Friday to free two detained trade unionists.": "1053",
		"Rights groups called for the immediate release of the three students held in Harare.":                    "1053",
		"Jakarta demanded that the crew of the seized trawler be freed at once.":                                  "1053",
		"The African Union urged the two militias to exercise restraint around the port.":                         "1056",
		"The regional bloc called on both armies to agree a truce before the rainy season.":                       "1056",
	} {
		got := mode62RequestCodes(t, text)
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %v, want [%s]", text, got, want)
		}
	}
}

// "free" as an adjective asks for no release.
func TestMode62FreeElectionsNoRelease(t *testing.T) {
	text := "Observers urged the government in Lusaka to hold free and fair elections next year."
	for _, code := range mode62RequestCodes(t, text) {
		if code == "1053" {
			t.Errorf("%q: coded a demand for a release", text)
		}
	}
}

// A roadside bomb, an improvised device or a landmine is a roadside
// bombing (CAMEO 1833); a car bomb stays a car bombing (1832).
func TestMode62RoadsideBombing(t *testing.T) {
	for text, want := range map[string]string{
		"Three border guards were killed on Tuesday when their jeep struck a roadside bomb near Gao, the army said.": "1833",
		"An improvised explosive device wounded four policemen on a highway in Kunar province on Sunday.":            "1833",
		"A landmine blast killed two herders grazing goats near the frontier, local officials said.":                 "1833",
		"A car bomb exploded outside a bank in the centre of Kirkuk on Friday, wounding six people.":                 "1832",
	} {
		var got []string
		for _, ev := range eventsOf(t, text, "", "ASSAULT") {
			got = append(got, ev.CAMEO)
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %v, want [%s]", text, got, want)
		}
	}
}

// Goods taken by a seizure verb are confiscated property (CAMEO 1711);
// looting stays 171.
func TestMode62Confiscation(t *testing.T) {
	for text, want := range map[string]string{
		"Police in Nakuru seized eleven rifles and a box of ammunition from the gang's hideout on Monday.": "1711",
		"Customs officers in Mombasa confiscated two trucks loaded with smuggled weapons on Thursday.":     "1711",
		"Rebel fighters looted the district hospital and several shops in Kalehe on Saturday.":             "171",
	} {
		var got []string
		for _, ev := range eventsOf(t, text, "", "COERCE", "seize") {
			got = append(got, ev.CAMEO)
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %v, want [%s]", text, got, want)
		}
	}
}

// A beating that kills is a killing by physical assault (CAMEO 1823); a
// beating alone stays 182.
func TestMode62BeatenToDeath(t *testing.T) {
	for text, want := range map[string]string{
		"A crowd in the market town of Mbale beat a suspected thief to death on Sunday, police said.":   "1823",
		"Angry villagers lynched two men accused of stealing cattle near Kisii on Monday.":              "1823",
		"Soldiers beat dozens of traders with sticks in the market of Bunia on Friday, witnesses said.": "182",
	} {
		var got []string
		for _, ev := range eventsOf(t, text, "", "ASSAULT", "beat") {
			got = append(got, ev.CAMEO)
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %v, want [%s]", text, got, want)
		}
	}
}

// A demonstration demanding that the leaders go is one for a change of
// leadership (CAMEO 1411); one for pay stays 141.
func TestMode62ProtestAgainstLeaders(t *testing.T) {
	for text, want := range map[string]string{
		"Thousands of teachers marched through Bamako on Saturday to demand the resignation of the education minister.": "1411",
		"Several hundred farmers rallied outside the regional assembly, calling for early elections.":                   "1411",
		"Hundreds of nurses rallied in Lilongwe on Monday to demand higher pay.":                                        "141",
	} {
		var got []string
		for _, ev := range eventsOf(t, text, "", "PROTEST", "demo") {
			got = append(got, ev.CAMEO)
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %v, want [%s]", text, got, want)
		}
	}
}
