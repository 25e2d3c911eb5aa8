package code_test

import "testing"

// mode79 recodes air strikes told with an artillery trigger (195),
// surrenders and ground abandoned (0874) and help asked of a military
// alliance (1034); shelling, a rebel group disarming, a withdrawal under a
// deal and aid asked of donors keep their rows' codes.
func TestMode79Codes(t *testing.T) {
	for _, c := range []struct{ name, text, typ, code string }{
		{"missiles and drones", "Turkish missiles and drones struck suspected militant hideouts in northern Iraq on Sunday, killing five people.", "ASSAULT", "195"},
		{"warplanes and artillery", "Russian warplanes and artillery pounded rebel positions around the town of Saraqeb on Friday.", "ASSAULT", "195"},
		{"shelling stays", "Artillery shells struck the village of Hadath overnight, killing two farmers.", "ASSAULT", "194"},
		{"surrendered to", "More than 200 rebel fighters surrendered to the army in Nord province on Friday.", "RETREAT", "0874"},
		{"surrendered with arms", "Fifteen militants surrendered with their rifles to police in Sulu on Monday.", "RETREAT", "0874"},
		{"group disarms", "About 400 fighters of the armed group laid down their weapons at a ceremony in the provincial capital on Saturday.", "RETREAT", "0873"},
		{"army lays down arms", "Malian soldiers laid down their weapons at the airport in Gao on Monday.", "RETREAT", "0874"},
		{"town abandoned", "The insurgents abandoned the town of Bulo Burte overnight without a fight.", "RETREAT", "0874"},
		{"retreated", "Government troops retreated from the district centre of Khas Uruzgan on Tuesday.", "RETREAT", "0874"},
		{"withdrawal stays", "The rebels withdrew from the town of Kidal on Tuesday under the deal.", "RETREAT", "0872"},
		{"alliance named", "Kyrgyz President Sadyr Japarov asked the Collective Security Treaty Organization for help on Thursday.", "REQUEST", "1034"},
		{"alliance in clause", "Tajikistan asked the Moscow-led military alliance on Monday to help secure its border with Afghanistan.", "REQUEST", "1034"},
		{"donors stay", "Ghana appealed to donors for help after the floods in the north.", "REQUEST", "103"},
	} {
		t.Run(c.name, func(t *testing.T) {
			mode64AllCode(t, c.text, c.typ, c.code)
		})
	}
}
