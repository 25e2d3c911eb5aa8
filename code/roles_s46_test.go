package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// targetsOfS46 returns the targets of the first event of type typ in text.
func targetsOfS46(t *testing.T, text, typ string) []truce.Actor {
	t.Helper()
	evs := eventsOf(t, text, "2024-03-01", typ)
	if len(evs) == 0 {
		t.Fatalf("no %s event from %q", typ, text)
	}
	return evs[0].Target
}

// "Sierra Leonean and Liberian refugees": a demonym of two capitalised
// words in a list takes the list's sector and keeps its own country; it is
// not a facility named after a country ("the Indonesian Hospital").
func TestTwoWordDemonymInListS46(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Soldiers in Ghana have tortured dozens of Sierra Leonean and Liberian refugees, a rights group said.", "SLEREF"},
		{"Border guards beat South Sudanese and Ugandan refugees at a crossing near Nimule on Monday.", "SSDREF"},
		{"Gunmen kidnapped Costa Rican and Panamanian civilians from a bus near the border on Friday.", "CRICVL"},
	}
	for _, tt := range tests {
		tgt := targetsOfS46(t, tt.text, truce.Assault)
		if !hasActor(tgt, tt.want) {
			t.Errorf("%q: targets %s, want %s", tt.text, probeIDs(tgt), tt.want)
		}
	}
	// A hospital named after a country still serves the people of the
	// place it stands in.
	tgt := targetsOfS46(t, "Shells fell near the Kuwaiti Hospital in Rafah on Tuesday, killing four patients.", truce.Assault)
	if hasActor(tgt, "KWTHLH") || hasActor(tgt, "KWTCVL") {
		t.Errorf("hospital named after a country coded as its people: %s", probeIDs(tgt))
	}
}

// "Turkish Kurd refugees", "Iraqi Copt families": a people's noun, or
// another spelling of its adjective, between a demonym and a sector noun
// leaves the people the demonym's state's.
func TestCommunityNounBetweenS46(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Gunmen attacked Turkish Kurd refugees who had settled in a camp in northern Iraq.", "TURREF"},
		{"Gunmen killed six Egyptian Coptic worshippers outside a church near Minya on Sunday.", "EGYCVL"},
		{"Soldiers beat Malian Peul herders at a market near Mopti on Friday.", "MLICVL"},
	}
	for _, tt := range tests {
		tgt := targetsOfS46(t, tt.text, truce.Assault)
		if !hasActor(tgt, tt.want) {
			t.Errorf("%q: targets %s, want %s", tt.text, probeIDs(tgt), tt.want)
		}
	}
}

// "will visit Zembla and Ruritania", "toured Kenya, Uganda and Tanzania":
// each state of a list after a visit verb is visited.
func TestVisitListS46(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The Chinese foreign minister will visit Mauritania and Senegal next week.", []string{"MRT", "SEN"}},
		{"Brazil's president toured Kenya, Uganda and Tanzania last month.", []string{"KEN", "UGA", "TZA"}},
		{"The Pope will make a trip to Chile and Peru in January.", []string{"CHL", "PER"}},
	}
	for _, tt := range tests {
		tgt := targetsOfS46(t, tt.text, truce.Consult)
		for _, w := range tt.want {
			if !hasActor(tgt, w) {
				t.Errorf("%q: targets %s, want %s among them", tt.text, probeIDs(tgt), w)
			}
		}
	}
	// Only states join: the envoy who visits a capital and then meets
	// someone visits one state.
	tgt := targetsOfS46(t, "The German envoy visited Ankara and met opposition leaders on Monday.", truce.Consult)
	if len(tgt) == 0 || !hasActor(tgt, "TUR") {
		t.Errorf("visit to Ankara: targets %s", probeIDs(tgt))
	}
}

// "farmers in Indian-administered Kashmir marched": a demonym hyphened to
// a participle of control before a named place says who holds the place,
// not who marches.
func TestHeldPlaceDemonymS46(t *testing.T) {
	tests := []struct{ text, want, not string }{
		{"Palestinians in the Israeli-occupied West Bank went on strike on Tuesday to protest against new settlements.", "PSE", "ISRPRO"},
		{"Students in Turkish-occupied northern Cyprus rallied on Monday against the new law.", "", "TURPRO"},
		{"Fishermen in Russian-annexed Crimea protested on Friday against a ban on night fishing.", "", "RUSPRO"},
	}
	for _, tt := range tests {
		evs := eventsOf(t, tt.text, "2024-03-01", truce.Protest)
		if len(evs) == 0 {
			t.Fatalf("no protest from %q", tt.text)
		}
		for _, e := range evs {
			if hasActor(e.Source, tt.not) {
				t.Errorf("%q: source %s, the holder of the place", tt.text, probeIDs(e.Source))
			}
		}
		if tt.want != "" && !hasActor(evs[0].Source, tt.want) {
			t.Errorf("%q: source %s, want %s", tt.text, probeIDs(evs[0].Source), tt.want)
		}
	}
	// Before a common noun the holder is the one hit.
	tgt := targetsOfS46(t, "Artillery pounded Ukrainian-held villages across the river on Sunday.", truce.Assault)
	if !hasActor(tgt, "UKR") {
		t.Errorf("Ukrainian-held villages: targets %s, want UKR", probeIDs(tgt))
	}
}
