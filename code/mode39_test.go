package code_test

// Round 39 of category and mode: relations ended, measures on another
// party lifted, and a suicide bomber's vehicle bomb.

import (
	"testing"

	"github.com/truce-project/truce"
)

// "had ended relations with Nauru": relations ended, told with end or
// terminate, are cut (SANCTION withdraw); ending talks is no break.
func TestMode39EndedRelations(t *testing.T) {
	wantEvents(t, truce.Sanction, "withdraw", []sidesCase{
		{"ended relations", "Fiji said it had ended relations with Kosovo.", "FJIGOV", "XKXGOV"},
		{"terminated ties", "Port Louis terminated diplomatic ties with Tel Aviv on Friday.", "MUSGOV", "ISRGOV"},
		{"ended its formal relations", "Niger's government ended its formal relations with Ukraine on Tuesday.", "NERGOV", "UKRGOV"},
	})
	wantNone(t, truce.Sanction, "The two sides ended talks in Geneva without a deal.")
}

// "lifted Gabon's suspension", "would lift curbs on exports": measures
// one party keeps on another, lifted, are eased sanctions (RETREAT ease);
// a state's ban on its own party lifted stays a concession.
func TestMode39LiftedCurbs(t *testing.T) {
	wantEvents(t, truce.Retreat, "ease", []sidesCase{
		{"curbs", "Seoul said on Monday it would lift the curbs it put on Japanese fish imports.", "KORGOV", "JPNGOV"},
		{"suspension", "ECOWAS lifted Guinea's suspension on Thursday.", "ECOWAS", "GINGOV"},
		{"relaxed restrictions", "Canberra relaxed its restrictions on Chinese coal on Monday.", "AUSGOV", "CHNGOV"},
		{"freeze", "Ottawa eased its freeze on trade talks with New Delhi.", "CANGOV", "INDGOV"},
	})
	wantEvents(t, truce.Concede, "", []sidesCase{
		{"own ban", "Dhaka lifted its ban on the opposition party on Monday.", "BGDGOV", ""},
	})
	wantNone(t, truce.Retreat, "Dhaka lifted its ban on the opposition party on Monday.",
		"Rome said on Friday it would lift travel restrictions on the kingdom.")
}

// "a suicide bomber rammed an explosives-laden car into": the bomber told
// before the trigger makes its vehicle bomb a suicide attack; militants
// ramming one stay a bombing.
func TestMode39BomberRefines(t *testing.T) {
	wantEvents(t, truce.Assault, "suicide-attack", []sidesCase{
		{"truck", "A suicide bomber rammed an explosives-laden truck into the gate of a police station in Bannu, killing five officers.", "", ""},
		{"lorry", "A suicide bomber rammed an explosives-packed lorry into a market in Kirkuk, killing eleven people.", "", ""},
	})
	wantEvents(t, truce.Assault, "explosives", []sidesCase{
		{"militants", "Militants rammed an explosives-laden car into a checkpoint near Kabul, killing six soldiers.", "", ""},
	})
}
