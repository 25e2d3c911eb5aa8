package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Whom an act is aimed at, in constructions common to several batches of
// blind wire copy: looting or wrecking with goods for its object is aimed
// at their owners, not at an actor of a later clause; ground taken back
// is taken from whoever overran it before; a bomb made safe is the
// group's the story blames for bombs; force used on a crowd a relative
// clause tells protested meets protesters. Each text is in the project's own
// words; a case passes when some event of the type runs from source to
// target (an empty source or target is not checked) and no event of the
// type has notTarget as its target or notSource as its source.
func TestRolesT23(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		// "looted shops after police walked off the job": the shops'
		// owners, not the police.
		{"shops looted after a police shooting",
			"Angry residents looted and burned shops in the Kenyan town of Kisumu on Monday after police shot dead a motorcycle taxi driver.",
			truce.Protest, "", "KENBUS", "", "KENCOP"},
		{"stores ransacked after soldiers struck",
			"Crowds ransacked stores in the Congolese city of Goma on Friday after soldiers went on strike over unpaid wages.",
			truce.Protest, "", "CODBUS", "", "CODMIL"},
		{"warehouses plundered as the army withdrew",
			"Mobs plundered warehouses in the Malian town of Gao as the army withdrew on Tuesday, witnesses said.",
			truce.Coerce, "", "MLIBUS", "", "MLIMIL"},
		// "Insurgents overran the town … troops retook it": from its
		// taker.
		{"a town overrun, then retaken by two armies",
			"Jihadist fighters overran the Burkinabe town of Djibo on Thursday, burning the market. Burkinabe and Nigerien soldiers retook the town on Saturday after a day of fighting, the army said.",
			truce.Assault, "BFAMIL", "BFAREB", "", ""},
		{"a coalition retakes a port seized by jihadists",
			"Islamic State fighters seized the Mozambican port of Mocimboa da Praia in August. Rwandan and Mozambican soldiers recaptured the port on Sunday, officials said.",
			truce.Assault, "RWAMIL", "ISIS", "", ""},
		{"a town seized last week, recaptured",
			"ISWAP insurgents seized the Nigerian town of Marte last week. Nigerian and Chadian troops recaptured the town on Monday, the defence ministry in Abuja said.",
			truce.Assault, "NGAMIL", "ISWAP", "", ""},
		// "… blamed on gangs. Police defused a car bomb": the gangs'.
		{"a bomb defused after attacks blamed on gangs",
			"Honduras declared a state of emergency after a string of grenade attacks on buses that officials blamed on gangs. Police also defused a car bomb outside a bank in San Pedro Sula.",
			truce.Coerce, "", "HNDCRM", "", ""},
		{"a device defused near a market, blamed after",
			"Soldiers defused an improvised bomb found near a busy market in Cotabato on Monday, a device the army blamed on Islamist militants.",
			truce.Coerce, "", "PHLREB", "", "PHLCVL"},
		// "opened fire on residents who had blocked a highway": on
		// protesters.
		{"fire on residents who blocked a highway",
			"Police opened fire on residents who had blocked a highway in the Kenyan town of Narok on Tuesday, killing one man.",
			truce.Assault, "KENCOP", "KENPRO", "", "KENCVL"},
		{"tear gas at young people who blocked roads",
			"Security forces fired tear gas at hundreds of young people who blocked roads in the Guinean capital Conakry on Monday.",
			truce.Assault, "", "GINPRO", "", "GINCVL"},
		{"a crowd that marched, beaten",
			"Soldiers beat villagers who marched on the district office in the Ugandan town of Kasese on Friday, witnesses said.",
			truce.Assault, "", "UGAPRO", "", "UGACVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
