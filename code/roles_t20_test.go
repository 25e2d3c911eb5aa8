package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Whom an act is aimed at, in constructions met in the twentieth round of
// blind wire copy: a ban on "imports from" a state is aimed at that
// state, though "from" makes its name a place; ground an unnamed armed
// group calls its own as it speaks ("Insurgents said warplanes bombed
// their camps") is the group's; an attack told as the substance of a
// charge ("accused X of shelling …") hits the accuser when the ground is
// the accuser's own or lies in the accuser's country; weapons state
// forces seize from no one named are the armed group's the story names.
// Each text is in the project's own words; a case passes when some event
// of the type runs from source to target (an empty source or target is
// not checked) and no event of the type has notTarget as its target or
// notSource as its source.
func TestRolesT20(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		// "halted all imports from X": the state the goods come from.
		{"imports from a state, a second clause after",
			"Lebanon also banned all imports from Syria, and Jordan followed suit days later.",
			truce.Sanction, "LBN", "SYR", "", "JOR"},
		{"imports from a state, bare",
			"Beijing suspended imports from Taiwan on Friday.",
			truce.Sanction, "CHN", "TWN", "", ""},
		{"imports from a state with the article",
			"Manila blocked fruit imports from the Netherlands after the dispute.",
			truce.Sanction, "PHL", "NLD", "", ""},
		// "Insurgents said jets bombed their camps": the speaker's ground.
		{"unnamed insurgents speak of their camps",
			"Myanmar's army launched an offensive in Kayin State on Friday. The insurgents said warplanes had bombed their camps overnight.",
			truce.Assault, "MMRMIL", "MMRREB", "", "MMRREF"},
		{"tribal militias speak of their bases",
			"Heavy fighting continued near Marib in Yemen. Tribal militias said Houthi artillery had shelled their bases throughout the night.",
			truce.Assault, "HOUTHI", "YEMMLT", "", "YEMMIL"},
		{"separatists speak of their positions",
			"Government troops advanced on Kidal in northern Mali on Monday. Separatist fighters said army drones had struck their positions near the airport.",
			truce.Assault, "MLIMIL", "MLIREB", "", ""},
		// A state's speaker: its own force, or its people.
		{"border guards speak of their position",
			"Georgian border guards said a Russian-backed militia drone dropped a grenade on their position near Tskhinvali on Friday.",
			truce.Assault, "", "GEOMIL", "", ""},
		{"police speak of their convoy",
			"Kenyan police said al-Shabaab gunmen had ambushed their convoy near Mandera.",
			truce.Assault, "ALSHABAAB", "KENCOP", "", "SOM"},
		{"a state speaks of its towns",
			"Israel said Hezbollah had fired rockets at its northern towns on Sunday.",
			truce.Assault, "HEZBOLLAH", "ISR", "", "LBN"},
		// "accused X of shelling …": the accuser's own ground.
		{"accused of air strikes on its bases",
			"Within hours, the SPLM-IO accused the army of launching air strikes on its bases in Upper Nile.",
			truce.Assault, "SSDMIL", "SPLMIO", "", ""},
		{"accused of shelling towns in the accuser's country",
			"Baku accused Armenian forces of shelling the towns of Tartar and Barda, while Yerevan denied it.",
			truce.Assault, "ARMMIL", "AZECVL", "", ""},
		{"accusing a neighbour of shelling villages at home",
			"Vietnamese officials accused Chinese troops of shelling villages near Lang Son overnight.",
			truce.Assault, "CHNMIL", "VNM", "", ""},
		{"a third party's charge about ground abroad names no victim",
			"Ankara accused Israeli forces of shelling the town of Rafah on Monday.",
			truce.Assault, "ISRMIL", "", "", "TUR"},
		// "troops seized explosives": from the group the story names.
		{"explosives seized after a bombing blamed on a group",
			"A roadside bomb killed three soldiers near Tumaco on Monday, and the army blamed the ELN. Hours later, troops found and seized 80 kilograms of explosives hidden in a barn near the town.",
			truce.Coerce, "COLMIL", "ELN", "", ""},
		{"rifles seized from gang members in the sentence before",
			"A mob in Cap-Haitien lynched nine suspected gang members on Sunday, police said. Officers had stopped their pickup at a roadblock and seized rifles and ammunition from them.",
			truce.Coerce, "HTICOP", "HTICRM", "", ""},
		{"a drone downed is no seizure from a group",
			"Rebels of the M23 advanced near Goma on Monday. The army said it had downed two drones over the city.",
			truce.Coerce, "", "", "", "M23"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
