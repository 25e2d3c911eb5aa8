package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who acts and who is acted on in constructions met in the sixth round of
// blind wire copy: the leaders or members of a named opposition movement
// are that movement, not the government ("two other FNDC leaders"); an
// exiled opposition council condemning is itself the source, not its
// country; an ethnic or religious word after a demonym leaves the people
// the demonym's ("Iranian Kurdish opposition groups" are IRNOPP); a plural
// demonym names people, not a state ("hundreds of Afghans" are AFGCVL); a
// labour federation is labour. Each text is in the project's own words; a case passes when
// some event of the type runs from source to target (an empty source or
// target is not checked) and no event of the type has notTarget as its
// target.
func TestRolesWire6(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notTarget string
	}{
		{"leaders of a named opposition front detained",
			"Gendarmes in Kankan detained three FNDC leaders on Saturday ahead of a planned march.",
			truce.Coerce, "", "FNDC", "GINGOV"},
		{"an exiled opposition council condemns",
			"The National Council of Resistance of Iran condemned the executions in a statement from Paris.",
			truce.Accuse, "NCRI", "", ""},
		{"an exiled movement by its acronym accuses",
			"The MEK accused Tehran of torturing detainees in Evin prison.",
			truce.Accuse, "MEK", "IRNGOV", ""},
		// demonym + ethnic or religious adjective + sector noun: the
		// demonym still says whose people they are.
		{"a community word between demonym and opposition noun",
			"Turkish jets bombed Syrian Kurdish opposition camps near Qamishli on Tuesday.",
			truce.Assault, "TURMIL", "SYROPP", ""},
		{"a sect word between demonym and militia noun",
			"Iraqi Sunni militias attacked a police checkpoint outside Ramadi overnight.",
			truce.Assault, "IRQMLT", "", ""},
		// a labour federation is labour, whatever its name.
		{"a labor federation strikes",
			"Argentina's main labor federation called a nationwide general strike on Thursday against the budget cuts.",
			truce.Protest, "ARGLAB", "", ""},
		{"a named labour federation strikes",
			"The Ghanaian labour federation TUC began an indefinite strike in Accra over unpaid salaries.",
			truce.Protest, "GHALAB", "", ""},
		// a plural demonym as the people acted on: "hundreds of Afghans"
		// are Afghan civilians, not the Afghan state.
		{"plural demonym detained",
			"Iranian border guards detained dozens of Iraqis near Mehran on Saturday.",
			truce.Coerce, "", "IRQCVL", ""},
		{"plural demonym expelled",
			"Algeria began expelling hundreds of Nigeriens from the south on Tuesday.",
			truce.Coerce, "", "NERCVL", ""},
		{"plural demonym killed",
			"Gunmen shot dead four Pakistanis at a checkpoint in Zabul province.",
			truce.Assault, "", "PAKCVL", ""},
		{"a faith word between demonym and civilian noun",
			"Gunmen killed nine Nigerian Christian farmers in Plateau state on Sunday.",
			truce.Assault, "", "NGACVL", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, "", tt.notTarget)
		})
	}
}
