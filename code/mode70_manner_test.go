package code_test

import "testing"

// An accusation of a manner of speaking or behaving disapproves; one of a
// deed stays an allegation.
func TestMode70MannerChargeDisapproves(t *testing.T) {
	for _, text := range []string{
		"ACCRA, May 4 - Ghana's foreign minister accused Togo's ambassador of arrogant remarks about the border talks.",
		"LIMA, Aug 12 - Peru's interior ministry accused a visiting Chilean delegation of a patronising attitude and of threatening sanctions.",
		"NAIROBI, Jan 20 - Kenya's president accused Uganda's leader of insulting him at the summit.",
		"QUITO, Sept 3 - Ecuador's foreign ministry accused Colombia's president of rude and careless comments about the election.",
	} {
		if got := eventsOf(t, text, "", "ACCUSE", "disapprove"); len(got) != 1 {
			t.Errorf("%q: want one ACCUSE disapprove, got %d", text, len(got))
		}
		if got := eventsOf(t, text, "", "ACCUSE", "allege"); len(got) != 0 {
			t.Errorf("%q: a manner read as an alleged deed", text)
		}
	}
}

func TestMode70DeedChargeStaysAllege(t *testing.T) {
	for _, text := range []string{
		"KINSHASA, March 2 - Kinshasa accused Kigali of backing the rebels in North Kivu.",
		"BAKU, June 7 - Azerbaijan's foreign ministry accused Armenia of arming separatists and of insulting its envoy.",
	} {
		if got := eventsOf(t, text, "", "ACCUSE", "disapprove"); len(got) != 0 {
			t.Errorf("%q: a deed read as a manner", text)
		}
	}
	text := "KINSHASA, March 2 - Kinshasa accused Kigali of backing the rebels in North Kivu."
	if got := eventsOf(t, text, "", "ACCUSE", "allege"); len(got) != 1 {
		t.Errorf("%q: want one ACCUSE allege, got %d", text, len(got))
	}
}
