package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// An international body named again by the word its name is built on
// speaks as that body: "the mission" after the UN mission, "Council
// members" after the Security Council, "the council's secretary-general"
// after the Gulf Cooperation Council. A council that is a town's does not
// borrow the UN named before it. Each text is in the project's own words.
func TestRolesS31NamedBodyAgain(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"the mission named again urges a capital",
			"Gunmen killed 12 villagers in Zambia's Northern Province last week, the UN mission said on Friday. The mission urged Lusaka to punish those responsible.",
			truce.Request, "UN", "ZMBGOV", "", ""},
		{"council members after the Security Council",
			"The Security Council held an emergency session on Haiti on Friday. Council members urged the armed gangs in Port-au-Prince to lay down their weapons.",
			truce.Request, "UNSC", "", "", ""},
		{"the council's officer after the Gulf council",
			"Envoys of Kuwait and Oman met on Sunday at the offices of the Gulf Cooperation Council in Riyadh. The council's secretary-general, Omar Haddadin, welcomed the agreement.",
			truce.Support, "GCC", "", "", ""},
		{"a county council is not the UN",
			"The United Nations flew food to flooded districts of Kenya on Monday. The county council urged Nairobi to release emergency funds.",
			truce.Request, "", "", "UN", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A verb joined by "and" or "but" to a speaker's first verb shares that
// speaker, past a reported state ("said she was alarmed and urged …") or
// the first verb's own object ("called the meeting useful but again
// demanded …"); a participle joined so that takes an actor as its object
// is an active past, not a passive. Each text is in the project's own
// words.
func TestRolesS31JoinedSpeaker(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"said she was alarmed and urged a capital",
			"The Kenyan foreign minister said she was alarmed and urged Kampala to free the detained reporters.",
			truce.Request, "KENGOV", "UGAGOV", "", "KENGOV"},
		{"said his country was relieved and thanked a capital",
			"Norway's foreign minister said his country was deeply relieved and thanked Ankara for its mediation.",
			truce.Support, "NORGOV", "TURGOV", "", "NORGOV"},
		{"called the meeting useful but again demanded",
			"Eritrea's foreign minister, Tesfay Gebru, called the meeting useful but again demanded that Djibouti release 20 Eritrean fishermen.",
			truce.Request, "ERIGOV", "DJIGOV", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// "…, the mission said" after a sentence the UN mission told still carries
// that teller: the description read as a speaker does not hide it.
func TestRolesS31MissionStillTells(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"the mission tells again after a full stop",
			"UN peacekeepers left their base at Kidal in Mali on Saturday, the UN mission said. Gunmen fired on the last convoy as it left the town, killing two drivers, the mission said.",
			"Gunmen fired", truce.Assault, "", "UN"},
	})
}
