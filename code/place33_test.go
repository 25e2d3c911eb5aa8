package code_test

import "testing"

// TestCampOfArmedSide checks that a camp held by an army or an armed group
// is no refugee camp: the attack on it hits its holder, or no one named,
// never the country's refugees.
func TestCampOfArmedSide(t *testing.T) {
	wantSides(t, "Two gunmen attacked the camp of the Nigerian army's 7th Division near Dikwa on Tuesday, killing three soldiers.",
		"ASSAULT", "", "NGAMIL", "", "NGAREF")
	wantSides(t, "Soldiers recaptured a forest camp the rebels had used for months near Beni on Sunday, the army said.",
		"ASSAULT", "", "", "", "CODREF")
	wantSides(t, "Fighters of the Northern Front moved into the empty camp near Kidal in Mali on Thursday without firing a shot.",
		"", "", "", "MLIREF", "MLIREF")
}

// TestCampOfDisplaced checks that a camp whose sentence names the
// displaced stays theirs.
func TestCampOfDisplaced(t *testing.T) {
	wantSides(t, "Gunmen stormed a camp for displaced families near Djibo on Monday, killing six people, residents said.",
		"ASSAULT", "", "BFAREF", "", "")
	wantSides(t, "Militiamen torched a camp sheltering displaced people in Ituri on Friday, aid workers said.",
		"ASSAULT", "", "CODREF", "", "")
	// People held "in camps" are the camps' people, with no word for
	// the displaced.
	wantSides(t, "Authorities interned thousands of Kavari herders in camps, a rights group said.",
		"COERCE", "", "", "", "")
}

// TestCampAsPoliticalSide checks that "rival camps" and "his camp" are
// sides of a state's politics, not refugees.
func TestCampAsPoliticalSide(t *testing.T) {
	wantSides(t, "After General Oumar Sissoko was ousted in Niamey, Niger, his camp accused Algeria of sheltering the plotters.",
		"ACCUSE", "NERGOV", "", "NERREF", "")
	wantSides(t, "The leader of the ruling party in Bamako, Mali, lost the vote, and his camp rejected the result.",
		"REJECT", "", "", "MLIREF", "")
}
