package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A reaction that names back a police or security operation by its kind
// ("the arrest", "the raid", "the warrant") is aimed at whoever carried it
// out in the sentences before, even when the reacting side is of the same
// country: an opposition or a union denouncing its own police. Each text
// is in the project's own words.
func TestRolesT31OperationNamedBack(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"student groups call a police raid an attack on their country's society",
			"Indonesian police entered the offices of the Jakarta Legal Aid Institute on Monday and detained nine activists. Student groups called the raid an attack on Indonesian civil society.",
			truce.Accuse, "IDNEDU", "IDNCOP", "", "IDNGOV"},
		{"an opposition party denounces a warrant against its leader",
			"A Kenyan magistrate issued an order for the arrest of opposition politician Tobias Ngure on Monday. His party, the Kenya Democratic Alliance, denounced the warrant as persecution.",
			truce.Accuse, "", "KENJUD", "", ""},
		{"a party calls a court's warrant an attack on the opposition",
			"A court in Lusaka on Tuesday ordered the arrest of former finance minister Mwila Banda over a land deal. Banda's party called the warrant an attack on Zambia's opposition.",
			truce.Accuse, "", "ZMBJUD", "", "ZMBOPP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A reaction that names back a handing over of people ("the transfer",
// "the handover", "the extradition") is aimed at the side that handed
// them over, not at the people handed over nor at a state its words say
// was wronged. Each text is in the project's own words.
func TestRolesT31HandoverNamedBack(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a rights group condemns a transfer of suspects",
			"Senegal handed over two suspected jihadists to Mali's security services at the Kidira border post on Friday. Human Rights Watch condemned the transfer, saying the men faced torture.",
			truce.Accuse, "HRW", "SENGOV", "", "SENCVL"},
		{"a rights group calls an extradition a violation",
			"Kenya extradited the opposition activist Samuel Otieno to Uganda on Tuesday. Amnesty International called the extradition a violation of refugee law.",
			truce.Accuse, "AMNESTY", "KENGOV", "", "UGAREF"},
		{"a rights group criticises a handover of freed hostages",
			"Nigerian troops handed over 40 rescued hostages to Niger's army at the Maradi border crossing on Sunday. Amnesty International criticised the transfer, saying the women had not been questioned.",
			truce.Accuse, "AMNESTY", "NGAMIL", "", "NERCVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
