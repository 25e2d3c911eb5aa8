package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Office-holders and titled officials, in the project's own words: a
// military or police rank before a name the dictionary does not know makes
// the holder an officer of the country where the event is; ministers and
// UN envoys named without their title are their government or the UN while
// in office.
func TestActor24(t *testing.T) {
	wantActorSides(t, []actorCase{
		{"a rank before an unknown name",
			"Lieutenant Colonel Idrissa Kone accused jihadists of torching a village near Mopti on Sunday.",
			truce.Accuse, "MLIMIL", "", "", ""},
		{"an abbreviated rank before an unknown name",
			"Maj. Gen. Samuel Okiror Ebong accused M23 rebels of shelling Goma on Friday.",
			truce.Accuse, "CODMIL", "M23", "", ""},
		{"a foreign minister by name alone",
			"Sihasak accused Cambodia of laying fresh landmines along the border on Monday.",
			truce.Accuse, "THAGOV", "KHM", "", ""},
		{"a UN envoy by name alone",
			"Grundberg urged the Houthis to free the detained aid workers on Sunday.",
			truce.Request, "UN", "HOUTHI", "", ""},
	})
}
