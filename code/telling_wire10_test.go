package code_test

// Constructions of newsroom digests written without the coder in mind,
// tenth round: acts the coder read a trigger for and then dropped.

import (
	"testing"
)

// TestPossessiveDateAfterAct: a dated possessive after the act ("last
// year's blast") dates only its own noun, not the act that names it:
// "marched to demand answers over last year's ferry fire" is news.
func TestPossessiveDateAfterAct(t *testing.T) {
	wantEvents(t, "PROTEST", "", []sidesCase{
		{"protest-against-last-years",
			"Hundreds of farmers protested outside parliament in Nairobi on Tuesday against last year's fuel tax.", "", ""},
		{"rally-to-demand-inquiry",
			"Opposition supporters rallied in Dhaka on Friday to demand a fresh inquiry into last year's factory collapse.", "", ""},
	})
}

// TestPossessiveDateAsObject: a dated possessive right after the verb is
// the act's own object, and the act is as old as it: "the prosecutor
// investigating last year's bombing" is no news of an investigation.
func TestPossessiveDateAsObject(t *testing.T) {
	text := "Crowds in Valletta called for the dismissal of the magistrate investigating last year's hotel bombing."
	for _, ev := range mustExtract(t, text, "2024-03-01").Events {
		if ev.Type == "ACCUSE" {
			t.Errorf("got an ACCUSE/%s %s -> %s", ev.Mode, probeIDs(ev.Source), probeIDs(ev.Target))
		}
	}
}

// TestArmedSideProtests: a demonstration or strike by an armed group's
// supporters, or by police or soldiers themselves, is still a protest;
// only armed men blocking a road make it a blockade.
func TestArmedSideProtests(t *testing.T) {
	wantEvents(t, "PROTEST", "", []sidesCase{
		{"militia-supporters-gather",
			"Supporters of the Houthi movement protested in Sanaa on Friday against the new sanctions.",
			"", ""},
		{"police-strike",
			"Hundreds of police officers went on strike in Port Moresby on Monday over unpaid allowances.",
			"PNGCOP", ""},
		{"soldiers-wives-march",
			"Retired soldiers marched through Abuja on Wednesday to demand their unpaid pensions.",
			"", ""},
	})
	wantEvent(t, "Armed men blocked the main highway out of Bamenda on Tuesday.", "COERCE", "", "", "")
}

// TestAircraftDropsMunition: an aircraft as the subject of a verb that
// itself names the munition it lets fall is an air attack by an unnamed
// side, not an accident ("a helicopter struck a power line").
func TestAircraftDropsMunition(t *testing.T) {
	wantTypedEvents(t, []typedCase{
		{"helicopter-barrel-bombs",
			"A helicopter dropped two barrel bombs on a field hospital in Kafr Zita on Tuesday.", "ASSAULT", ""},
		{"jet-toxic-gas",
			"A jet released a toxic gas over the village of Lataminah late on Friday, medics said.", "ASSAULT", ""},
	})
	for _, text := range []string{
		"A rescue helicopter struck a power line near Chamonix on Sunday.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-03-01").Events {
				t.Errorf("got %s/%s", ev.Type, ev.Mode)
			}
		})
	}
}

// TestSpanAfterTheAct: "N years after …" following the act measures back
// to what the clause after "after" tells; the act before it is news.
func TestSpanAfterTheAct(t *testing.T) {
	wantTypedEvents(t, []typedCase{
		{"troops-arrived-years-after",
			"Rwandan troops arrived in Pemba on Friday, almost three years after Mozambique's president first asked for help against the insurgents.", "MOBILIZE", ""},
		{"talks-months-after",
			"Sudan's army and the RSF held talks in Jeddah on Monday, two years after the war broke out.", "CONSULT", ""},
	})
}
