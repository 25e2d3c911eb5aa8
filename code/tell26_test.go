package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who gives the toll of an incident in the sentence after it reports the
// incident, whether the teller stands before the figure or after it.
func TestTell26TollTellerNextSentence(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"toll, the ministry said",
			"Gunmen on motorbikes raided a police post near Kaya overnight. Three officers and a civilian were killed, the security ministry said.",
			truce.Assault, truce.StatusReported, "BFAGOV"},
		{"toll, officials told reporters",
			"Soldiers shelled the village of Maro in southern Chad on Sunday. At least nine people were killed, local officials told reporters.",
			truce.Assault, truce.StatusReported, "TCDGOV"},
		{"the ministry said toll",
			"Police fired tear gas at marchers in the Zambian town of Kitwe on Friday. The interior ministry said four officers were hurt.",
			"", truce.StatusReported, "ZMBGOV"},
	})
}
