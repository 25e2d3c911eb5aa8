package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTell32SurnameTeller checks that a teller named again by surname
// alone ("…, Warima added") speaks for the body his full name was
// introduced with in an earlier sentence, and that a surname never
// introduced gives no teller.
func TestTell32SurnameTeller(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a police chief named again",
			"TARI, Papua New Guinea - Gunmen burned a school near the town on Monday, district police chief Joel Warima said. Troops have since been sent to the valley, Warima added.",
			"sent", truce.Mobilize, "", "PNGCOP"},
		{"a title between the body and the name",
			"TARI, Papua New Guinea - Gunmen burned a school near the town on Monday, district police chief Inspector Joel Warima said. Troops have since been sent to the valley, Warima said.",
			"sent", truce.Mobilize, "", "PNGCOP"},
		{"an envoy named before his name",
			"MINSK - The opposition leader was released on Friday after the U.S. envoy Mark Dillard met officials in Minsk. In return Washington eased sanctions on the state potash firm, Dillard told reporters.",
			"potash", truce.Retreat, "", "USAGOV"},
	})
	x := mustExtract(t, "TARI, Papua New Guinea - Gunmen burned a school near the town on Monday. Troops have since been sent to the valley, Warima added.", "2025-11-20")
	for _, e := range x.Events {
		if e.Type == truce.Mobilize && e.ReportedBy != nil {
			t.Errorf("a surname never introduced: got teller %+v", *e.ReportedBy)
		}
	}
}
