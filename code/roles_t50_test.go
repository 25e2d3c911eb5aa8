package code_test

import "testing"

// Targets of round t50. Each text is in the project's own words.

// "the ruling party", "the ruling Frelimo": an -ing act noun standing
// before a noun or a name qualifies it; the accusation is aimed at the
// party named, not at the maker of an act told in the sentence before.
func TestRolesT50RulingParticiple(t *testing.T) {
	tests := []struct {
		name, text, source, target, notTarget string
	}{
		{"ruling party",
			"Ugandan troops were deployed across Kampala on Sunday. The opposition accused the ruling party of stealing the vote.",
			"UGAOPP", "UGAGOV", "UGAMIL"},
		{"ruling named party",
			"Mozambican soldiers patrolled the streets of Maputo on Friday. The opposition Renamo accused the ruling Frelimo of fraud.",
			"MOZOPP", "MOZGOV", "MOZMIL"},
		{"ruling party by its initials",
			"Tanzanian troops were deployed along the main roads into Dodoma on Friday. Opposition leaders accused the ruling CCM of rigging the count.",
			"TZAOPP", "TZAGOV", "TZAMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2025-11-20", "ACCUSE")
			if len(evs) == 0 {
				t.Fatalf("no ACCUSE coded")
			}
			ev := evs[0]
			if !probeActor(ev.Source, tt.source) {
				t.Errorf("source %s, want %s", probeIDs(ev.Source), tt.source)
			}
			if !probeActor(ev.Target, tt.target) {
				t.Errorf("target %s, want %s", probeIDs(ev.Target), tt.target)
			}
			if probeActor(ev.Target, tt.notTarget) {
				t.Errorf("target %s holds the doer of the act before, %s", probeIDs(ev.Target), tt.notTarget)
			}
		})
	}
}

// "welcomed the decision": a general act noun heading the object still
// names back the act told before.
func TestRolesT50ActNounStillNamesBack(t *testing.T) {
	evs := eventsOf(t, "Ghana's parliament voted on Friday to ban the protest movement. The opposition criticised the decision as an abuse of power.", "2025-11-20", "ACCUSE")
	if len(evs) == 0 {
		t.Fatalf("no ACCUSE coded")
	}
	if !probeActor(evs[0].Target, "GHALEG") {
		t.Errorf("target %s, want GHALEG", probeIDs(evs[0].Target))
	}
}

// "rejected the American decision", "condemned Mexico's decision": an act
// noun whose maker the object names is aimed at that maker, not at the one
// who acted in the sentence before.
func TestRolesT50ActNounOwnMaker(t *testing.T) {
	tests := []struct {
		name, text, typ, target, notTarget string
	}{
		{"nationality adjective",
			"Bahrain agreed on Friday to open full diplomatic relations with Israel. Hamas rejected the American decision.",
			"REJECT", "USAGOV", "BHRGOV"},
		{"possessive name",
			"Guatemala agreed on Tuesday to take in migrants deported from the United States. Honduras condemned Mexico's decision.",
			"ACCUSE", "MEXGOV", "GTMGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2025-11-20", tt.typ)
			if len(evs) == 0 {
				t.Fatalf("no %s coded", tt.typ)
			}
			if !probeActor(evs[0].Target, tt.target) {
				t.Errorf("target %s, want %s", probeIDs(evs[0].Target), tt.target)
			}
			if probeActor(evs[0].Target, tt.notTarget) {
				t.Errorf("target %s holds the maker of the act before, %s", probeIDs(evs[0].Target), tt.notTarget)
			}
		})
	}
}
