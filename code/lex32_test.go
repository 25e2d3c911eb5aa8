package code_test

import (
	"testing"

	truce "github.com/truce-project/truce"
)

// TestLex32PausedDisbursements checks a lender or donor that stops paying
// out money, with the money named right after the verb: economic aid cut
// (CAMEO 1621), the one it stops paying named after "to". Each text is in
// our own words.
func TestLex32PausedDisbursements(t *testing.T) {
	wantEvents(t, truce.Sanction, "discontinue", []sidesCase{
		{"paused disbursements", "The African Development Bank paused disbursements to Guinea-Bissau on Friday after the coup.", "", "GNB"},
		{"suspended its disbursements", "Japan suspended its disbursements to Myanmar's government after the army seized power.", "JPN", "MMR"},
		{"froze disbursements", "Norway froze disbursements to Burkina Faso on Tuesday.", "NOR", "BFA"},
	})
}

// TestLex32ConsularServices checks a state that stops serving another's
// people at its mission: relations cut short of a break, against the
// country where the mission stands.
func TestLex32ConsularServices(t *testing.T) {
	wantEvents(t, truce.Sanction, "", []sidesCase{
		{"suspended all consular services", "Lithuania suspended all consular services at its mission in Minsk on Monday.", "LTU", "BLR"},
		{"halted visa services", "Kenya halted visa services at its embassy in Mogadishu.", "KEN", "SOM"},
	})
}

// TestLex32BarredFromEntering checks a person kept out of a country or a
// place, however long the name between the verb and "from entering": a
// restriction (CAMEO 172).
func TestLex32BarredFromEntering(t *testing.T) {
	wantEvents(t, truce.Coerce, "restrict", []sidesCase{
		{"barred a long title from entering", "Canada on Thursday barred Venezuela's former deputy interior minister Ramón Ildefonso Pacheco from entering the country.", "CAN", "VEN"},
		{"barred judges from entering", "Britain barred two senior Zimbabwean judges from entering its territory.", "GBR", "ZWE"},
		{"banned from entering", "Tajikistan banned an exiled opposition leader from entering the country.", "TJK", "TJK"},
	})
}

// TestLex32WillNotChangeCourse checks a side that answers pressure by
// saying it will not change its policy: a refusal to change, with the
// speaker as its source, and the one whose measures it answers as its
// target when they were told just before.
func TestLex32WillNotChangeCourse(t *testing.T) {
	wantEvents(t, truce.Reject, "change", []sidesCase{
		{"would not change its policy", "Caracas said the new sanctions would not change its policy.", "VEN", ""},
		{"would not alter the government's course", "The European Union froze the assets of three Belarusian officials. Minsk said the measures would not alter the government's course.", "BLR", "EU"},
		{"will not change its position", "Pyongyang says the sanctions will not change its position on missiles.", "PRK", ""},
	})
}
