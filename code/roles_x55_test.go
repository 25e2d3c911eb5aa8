package code_test

// roles_x55: actors misread on PLOVER's gold-standard records, checked on
// sentences written for the test.

import (
	"testing"

	"github.com/truce-project/truce"
)

// "A including B VERB": the whole named before "including" acts, when it
// has a state of its own; otherwise the named part does.
func TestRolesX55IncludedSubject(t *testing.T) {
	wantEvents(t, truce.Assault, "", []sidesCase{
		{"jets", "Turkish jets including F-16 fighters bombed five Kurdish villages in northern Iraq.", "TUR", ""},
		{"aircraft", "Russian aircraft including helicopter gunships killed 30 villagers in an attack near Idlib.", "RUS", ""},
	})
	wantEvents(t, truce.Accuse, "", []sidesCase{
		{"bare whole", "Western governments including France condemned the coup in Niger.", "FRA", ""},
		{"group", "Rights groups including Amnesty International condemned the arrests in Cairo.", "AMNESTY", ""},
	})
	// The listed part no longer takes the country of the place bombed.
	for _, ev := range eventsOf(t, "Turkish jets including F-16 fighters bombed five Kurdish villages in northern Iraq.", "2024-03-01", truce.Assault) {
		if hasActor(ev.Source, "IRQ") {
			t.Errorf("source %s, want Turkey's", probeIDs(ev.Source))
		}
	}
}

// A complaint made "to" an international body is against the actor named
// after "over" or "about", as one lodged "with" it is; one made to a state
// is against that state.
func TestRolesX55ComplaintToBody(t *testing.T) {
	wantEvents(t, truce.Accuse, "", []sidesCase{
		{"un", "Lebanon complained to the United Nations on Tuesday over two Israeli air raids.", "LBN", "ISR"},
		{"council", "Egypt complained to the Security Council about Ethiopian moves on the dam.", "EGY", "ETH"},
		{"state", "Kyrgyzstan complained to Kazakhstan over restrictions on lorries at the border.", "KGZ", "KAZ"},
	})
}

// A protest against a state's decision, plan or policy is aimed at that
// state, not at the state it is held in or a place named later.
func TestRolesX55ProtestedOwner(t *testing.T) {
	wantEvents(t, truce.Protest, "", []sidesCase{
		{"against", "Crowds rallied in Nairobi against Uganda's plan to build a dam.", "KEN", "UGA"},
		{"to protest", "Crowds rallied in Nairobi to protest Uganda's plan to build a dam.", "KEN", "UGA"},
		{"later place", "Hundreds of migrants began a hunger strike on Monday to protest against Sweden's decision to send them back to Bulgaria.", "", "SWE"},
		{"own government", "Farmers marched in Paris on Tuesday against the government's plan to cut subsidies.", "FRA", "FRA"},
	})
	for _, ev := range eventsOf(t, "Crowds rallied in Nairobi against Uganda's plan to build a dam.", "2024-03-01", truce.Protest) {
		if hasActor(ev.Target, "KEN") {
			t.Errorf("target %s, want Uganda's", probeIDs(ev.Target))
		}
	}
}
