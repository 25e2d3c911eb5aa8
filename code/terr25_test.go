package code_test

import "testing"

// TestTerr25TakenByForce checks that ground won in a fight is an attack
// (ASSAULT, CAMEO 190) with ACLED's territory label, while ground taken
// over without a fight, ships, goods and newspapers seized stay seizures.
// Each sentence is in our own words; cameo and sub ("" is not checked)
// must be met by one event of type typ.
func TestTerr25TakenByForce(t *testing.T) {
	tests := []struct {
		typ, cameo, sub string
		text            string
	}{
		// Ground won in a fight.
		{"ASSAULT", "190", "Non-state actor overtakes territory", "Separatist fighters overran a gendarmerie post near the town of Kolda on Thursday."},
		{"ASSAULT", "190", "Government regains territory", "Chadian troops recaptured the village of Tessit from the jihadists after two days of fighting."},
		{"ASSAULT", "190", "", "Rebels captured the garrison town of Birao on Saturday, residents said."},
		{"ASSAULT", "190", "", "Insurgents said they had taken control of Mueda, a district capital in the north."},
		// Ground taken over without a fight, and things that are no ground.
		{"COERCE", "192", "Non-violent transfer of territory", "Government troops took over the barracks vacated by the peacekeepers."},
		{"COERCE", "192", "Non-violent transfer of territory", "Malian soldiers took over the old airfield at Kesso on Sunday."},
		{"COERCE", "192", "Non-violent transfer of territory", "Chadian gendarmes took over three hamlets near the border on Friday."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, e := range x.Events {
				if e.Type == tt.typ && (tt.cameo == "" || e.CAMEO == tt.cameo) && (tt.sub == "" || e.ACLEDSubtype == tt.sub) {
					return
				}
			}
			for _, e := range x.Events {
				t.Logf("  %s/%s/%s %s", e.Type, e.Mode, e.CAMEO, e.ACLEDSubtype)
			}
			t.Errorf("no %s/%s/%s event", tt.typ, tt.cameo, tt.sub)
		})
	}
}

// TestTerr25NoGroundTaken checks that a seizure of things that are no
// ground is no attack: no event of the sentence may have CAMEO 190.
func TestTerr25NoGroundTaken(t *testing.T) {
	for _, text := range []string{
		"Coastguards seized a fishing trawler off the coast of Tanga.",
		"Police seized 40 kilograms of heroin at the port of Tema.",
		"The junta's seizure of the opposition newspaper drew protests.",
		"Government troops took over the barracks vacated by the peacekeepers.",
	} {
		t.Run(text, func(t *testing.T) {
			x := mustExtract(t, text, "2025-10-22")
			for _, e := range x.Events {
				if e.CAMEO == "190" {
					t.Errorf("got %s/%s/%s, want no attack", e.Type, e.Mode, e.CAMEO)
				}
			}
		})
	}
}

// TestTerr25RestrictionLabels checks the ACLED labels of restrictions:
// curfews, states of emergency and martial law are other strategic
// developments; cutting the internet and banning a party, a newspaper or
// gatherings get no label. want is "type/subtype", "" for none; the
// sentence's COERCE events are checked.
func TestTerr25RestrictionLabels(t *testing.T) {
	tests := []struct {
		want, text string
	}{
		{"Strategic developments/Other", "The governor of Kassala imposed a dusk-to-dawn curfew on the city after tribal clashes."},
		{"Strategic developments/Other", "The Ruritanian cabinet declared a state of emergency in three eastern provinces on Friday."},
		{"Strategic developments/Other", "The president of Zembla placed the southern districts under martial law on Monday."},
		{"", "Authorities in Ruritania switched off mobile internet in the capital ahead of the verdict."},
		{"", "The military council in Bamako dissolved the opposition Union for Renewal party on Thursday."},
		{"", "The media regulator in Lome suspended the weekly newspaper La Voix for six months."},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			n := 0
			for _, e := range x.Events {
				if e.Type != "COERCE" {
					continue
				}
				n++
				got := e.ACLEDType + "/" + e.ACLEDSubtype
				if got == "/" {
					got = ""
				}
				if got != tt.want {
					t.Errorf("%s/%s labelled %q, want %q", e.Type, e.Mode, got, tt.want)
				}
			}
			if n == 0 {
				t.Errorf("no COERCE event")
			}
		})
	}
}
