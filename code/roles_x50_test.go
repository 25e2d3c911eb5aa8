package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "Negotiators from Serbia and Kosovo met": people named by the states
// they come from are those states', one for each; a two-sided event that
// names no other side is between them, and one that does has them all on
// one side.
func TestFromStatesSides50(t *testing.T) {
	runSideCases(t, "2024-05-02", []sideCase{
		{"negotiators from two states met",
			"Negotiators from Serbia and Kosovo met in Brussels on Tuesday.",
			truce.Consult, "SRBGOV", "XKXGOV"},
		{"border guards from two states exchanged fire",
			"Border guards from Iran and Pakistan exchanged fire overnight, killing four people.",
			truce.Assault, "IRNMIL", "PAKMIL"},
		{"troops from two states shelled rebels",
			"Troops from Kenya and Uganda shelled rebel positions near the border.",
			truce.Assault, "UGAMIL", "REB"},
		{"police from two states clashed with smugglers",
			"Police officers from Peru and Bolivia clashed with smugglers near Lake Titicaca.",
			truce.Assault, "BOLCOP", "CRM"},
	})
	// The meeting's venue is not a side.
	x := mustExtract(t, "VIENNA, May 2 - Envoys from Armenia and Turkey held talks in Vienna on Thursday.", "2024-05-02")
	if hasEvent(x.Events, truce.Consult, "AUTGOV", "") {
		t.Errorf("the host state coded as a side: %+v", x.Events)
	}
}
