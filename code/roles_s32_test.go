package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// An office named with "of" and a state's possessive ("the governor of
// Nigeria's Kano state", "the police chief of Kenya's Coast province")
// is the subject of the verb after it: the possessive names the place the
// office runs, and does not stop the search for the subject. An office
// inside a verb's object keeps no such role. Each text is in the
// project's own words.
func TestRolesS32OfficeOfPossessive(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"governor of a state's division bans traffic",
			"The governor of Nigeria's Kano state on Tuesday banned motorcycle traffic in three towns after a wave of kidnappings.",
			truce.Coerce, "NGAGOV", "", "", ""},
		{"mayor of a state's capital bans rallies",
			"The mayor of Peru's capital banned street rallies on Thursday, citing the risk of violence.",
			truce.Coerce, "PERGOV", "", "", ""},
		{"police chief of a state's province bans marches",
			"The police chief of Kenya's Coast province banned opposition marches in Mombasa on Friday.",
			truce.Coerce, "KENCOP", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A yielding act told in the passive with no agent, in what a speaker
// says, is the speaker's own: "police said nine people held during the
// riots had been released on bail", "the union leader said the
// barricades would be lifted". An attack told so is not the speaker's.
// Each text is in the project's own words.
func TestRolesS32YieldSpeaker(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"police say detainees were released on bail",
			"Kenyan police said on Sunday that nine people detained during the riots in Kisumu had been released on bail.",
			truce.Retreat, "KENCOP", "", "", ""},
		{"militia spokesman says aid workers will be freed",
			"A spokesman for the Mai-Mai militia said the two kidnapped Congolese aid workers would be freed within days.",
			truce.Retreat, "MAIMAI", "", "", ""},
		{"ministry says a ban will be eased",
			"Kenya's interior ministry said the ban on night-time rallies would be eased from next month.",
			truce.Concede, "KENGOV", "", "", ""},
		{"police reporting a shooting did not shoot",
			"Kenyan police said two traders were shot dead by unknown gunmen in Kisumu on Sunday.",
			truce.Assault, "", "", "KENCOP", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
