package code_test

import "testing"

// A company's suit or deal with a state itself, named by the country, is
// politics, not commerce among companies.
func TestGsr27CompanyAndState(t *testing.T) {
	wantEvents(t, "ACCUSE", "", []sidesCase{
		{"businessman sues a state", "A French businessman is suing Algeria for the seizure of his factory, his lawyer said Monday.", "FRA", "DZA"},
		{"company sues a state", "A Canadian mining company is suing Venezuela over the loss of its gold mine.", "CAN", "VEN"},
	})
}

// A company's dealings with another country's company stay commerce: the
// demonym only places the other company.
func TestGsr27CompanyAndForeignCompany(t *testing.T) {
	wantNone(t, "",
		"A Thai company agreed on Monday to buy a controlling stake in a Laotian company.",
		"A Kenyan company is suing a Ugandan firm over unpaid bills.")
}

// Words addressed to a state named after "to" are aimed at it, not at an
// actor named later in the reason for them.
func TestGsr27AddresseeAfterTo(t *testing.T) {
	wantEvents(t, "SUPPORT", "", []sidesCase{
		{"apology for an envoy", "Chile apologized to Peru for the remarks of its ambassador.", "CHL", "PER"},
		{"apology for guards", "Norway apologised to Sweden for the conduct of its border guards.", "NOR", "SWE"},
		{"apology for an arrest", "Kenya apologised to Tanzania for the arrest of its fishermen.", "KEN", "TZA"},
	})
	wantEvents(t, "ACCUSE", "", []sidesCase{
		{"protest to a state", "Pakistan protested to India over the killing of a Pakistani fisherman.", "PAK", "IND"},
	})
}

// A passive summons whose trigger spells out its "by" agent: the agent is
// the source, the envoy summoned the target.
func TestGsr27SummonedByMinistry(t *testing.T) {
	wantEvents(t, "ACCUSE", "", []sidesCase{
		{"envoy summoned", "The Ugandan envoy was summoned by the Kenyan foreign ministry.", "KEN", "UGA"},
		{"ambassador summoned", "Uganda's ambassador was summoned by the Kenyan foreign ministry on Monday.", "KEN", "UGA"},
	})
	for _, ev := range eventsOf(t, "The Ugandan envoy was summoned by the Kenyan foreign ministry.", "2024-03-01", "ACCUSE") {
		if hasActor(ev.Target, "KEN") {
			t.Errorf("the summoning ministry read as the target: %s -> %s", probeIDs(ev.Source), probeIDs(ev.Target))
		}
	}
}

// A country's security chief is an officer of its government.
func TestGsr27SecurityChief(t *testing.T) {
	wantEvents(t, "THREATEN", "", []sidesCase{
		{"warning", "Kenya's security chief has warned that police will no longer tolerate rallies by the opposition.", "KENGOV", ""},
	})
	wantEvents(t, "CONSULT", "", []sidesCase{
		{"meeting", "Mali's security chief met his Nigerien counterpart in Niamey on Tuesday.", "MLIGOV", "NER"},
	})
}
