package code_test

// The PLOVER mode of an event, by what its sentence tells of the means or
// of what is asked, refused or threatened.

import (
	"testing"

	"github.com/truce-project/truce"
)

// modeOf extracts text and returns the first event of type typ.
func modeOf(t *testing.T, text string, typ string) *truce.Event {
	t.Helper()
	ex := mustExtract(t, text, "2025-03-01")
	for i := range ex.Events {
		if ex.Events[i].Type == typ {
			return &ex.Events[i]
		}
	}
	t.Fatalf("no %s event: %+v", typ, ex.Events)
	return nil
}

// An attack that names no weapon is carried out with the means of whoever
// carried it out: armed men fight with guns, even when nobody is said to
// have died.
func TestMode30AttackerMeans(t *testing.T) {
	tests := []struct {
		name, text, mode string
	}{
		{"insurgents ambush a convoy",
			"Insurgents ambushed a police convoy near Garissa, Kenya, on Tuesday.",
			"firearms"},
		{"an attack by fighters",
			"The army said it had foiled an attack by al-Shabaab fighters on its camp at Dhobley.",
			"firearms"},
		{"gunmen storm a post",
			"Militants stormed a border post in Tillaberi, Niger, overnight.",
			"firearms"},
		{"a mob attacks stalls",
			"A mob attacked Haitian-owned market stalls in Santiago, Dominican Republic, on Sunday.",
			"beat"},
		{"a state's forces told bare",
			"Russian forces attacked the city of Sumy overnight, officials said.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := modeOf(t, tt.text, truce.Assault)
			if got.Mode != tt.mode {
				t.Errorf("%s mode %q, want %q", got.CAMEO, got.Mode, tt.mode)
			}
		})
	}
}

// What a request asks for sets its mode: people wanted by a court, or what
// another state knows of a case, asked of that state are legal help
// (assist), not a side asked to yield what it holds.
func TestMode30RequestMode(t *testing.T) {
	tests := []struct {
		name, text, mode string
	}{
		{"suspects asked for",
			"Rwanda's justice ministry asked Uganda to hand over five more genocide suspects.",
			"assist"},
		{"records demanded",
			"Georgia demanded that Armenia hand over its records of the border incident.",
			"assist"},
		{"arrests asked of neighbours",
			"Laos asked Thailand to arrest two exiled dissidents living in Bangkok.",
			"assist"},
		{"hostages are still yielded",
			"Nigeria asked the kidnappers to hand over the hostages unharmed.",
			"yield"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := modeOf(t, tt.text, truce.Request)
			if got.Mode != tt.mode {
				t.Errorf("%s mode %q, want %q", got.CAMEO, got.Mode, tt.mode)
			}
		})
	}
}

// A protest whose crowd burns, loots or stones is a riot; an effigy burnt
// keeps it a demonstration.
func TestMode30ProtestRiot(t *testing.T) {
	tests := []struct {
		name, text, mode string
	}{
		{"rally that sets fire",
			"Hundreds of opposition supporters rallied outside the electoral commission in Lusaka on Monday, setting fire to its gates.",
			"riot"},
		{"a march that loots",
			"Thousands of protesters marched through Mombasa on Friday, looting shops along the way.",
			"riot"},
		{"rally that stones buses",
			"Students rallied in Dhaka, hurling stones at passing buses.",
			"riot"},
		{"an effigy burnt",
			"Farmers rallied outside the assembly in Patna, setting fire to an effigy of the minister.",
			"demo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := modeOf(t, tt.text, truce.Protest)
			if got.Mode != tt.mode {
				t.Errorf("%s mode %q, want %q", got.CAMEO, got.Mode, tt.mode)
			}
		})
	}
}

// An act asked with no complement word to name it: of an international
// body it is a call for its help, of a state a call on how it is run.
func TestMode30RequestByAddressee(t *testing.T) {
	tests := []struct {
		name, text, mode string
	}{
		{"a regional body asked to step in",
			"Ecuador said Quito would ask the Organization of American States to step in.",
			"assist"},
		{"a commission asked to look",
			"Portugal asked the European Commission to look into the new Moroccan tariffs.",
			"assist"},
		{"a capital urged to consult",
			"The European Union urged Belgrade to consult its neighbours before such moves.",
			"change"},
		{"a government told to table a report",
			"Kenya's opposition leader demanded that the government table the audit report in parliament.",
			"change"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := modeOf(t, tt.text, truce.Request)
			if got.Mode != tt.mode {
				t.Errorf("%s mode %q, want %q", got.CAMEO, got.Mode, tt.mode)
			}
		})
	}
}
