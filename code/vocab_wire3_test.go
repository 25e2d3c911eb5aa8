package code_test

import "testing"

// TestWire3Vocabulary checks constructions found missing in the third
// round of blind wire copy, each said in our own words with other actors
// and places: a demand that a side allow more time asks it to yield; a
// threat to wreck an economy is economic pressure, not force; a closed
// consulate cuts relations; fireworks thrown at police make a riot; a
// crowd gathered outside a building rallies; troops leaving a country
// withdraw; inspectors stripped of accreditation are expelled; an objection
// withdrawn concedes; cooperation suspended reduces relations; an act
// called interference is denounced.
func TestWire3Vocabulary(t *testing.T) {
	tests := []struct {
		name, typ, mode string // mode "" is not checked
		text            string
	}{
		{"give more time", "REQUEST", "yield",
			"Quito urged Lima on Tuesday to give the migrants more time."},
		{"allow extra time", "REQUEST", "yield",
			"The UN refugee agency called on Dhaka to grant the families extra time before the camps are cleared."},
		{"wreck an economy", "THREATEN", "restrict",
			"The Brazilian president threatened on Friday to wreck Argentina's economy if the talks failed."},
		{"ruin the economy", "THREATEN", "restrict",
			"Moscow threatened to cripple Moldova's economy over the gas dispute."},
		// A diplomatic post closed cuts relations; it is no blockade.
		{"closure of consulates", "SANCTION", "withdraw",
			"Peru announced the closure of Chilean consulates in Arica and Tacna."},
		{"shutdown of a consulate", "SANCTION", "withdraw",
			"Seoul announced the shutdown of its consulate in Vladivostok."},
		// Missiles a crowd throws at the police, fireworks among them.
		{"flares at police", "PROTEST", "riot",
			"Football ultras threw flares at riot police outside the stadium in Split on Saturday."},
		{"fireworks at officers", "PROTEST", "riot",
			"Hooligans hurled fireworks at officers in central Marseille after the match."},
		{"petrol bombs at police", "PROTEST", "riot",
			"Protesters threw petrol bombs at police in Tbilisi on Sunday night."},
		// A crowd gathering outside a building or on a square rallies.
		{"gathered outside", "PROTEST", "demo",
			"Hundreds of students gathered outside the education ministry in Dhaka on Monday."},
		{"gathered on a square", "PROTEST", "demo",
			"Demonstrators had gathered almost daily on Freedom Square in Minsk."},
		// Foreign forces leaving a country withdraw.
		{"troops left the country", "RETREAT", "withdraw",
			"Belgian troops left the country on Monday."},
		{"accreditation withdrawn", "SANCTION", "expel",
			"Tehran withdrew the accreditation of two UN nuclear inspectors."},
		// Giving up a stand against another concedes; stopping
		// cooperation reduces relations.
		{"objection withdrawn", "CONCEDE", "",
			"Baku withdrew its objection to Yerevan hosting the summit."},
		{"complaint dropped", "CONCEDE", "",
			"Tokyo said it would drop its complaint at the World Trade Organization."},
		{"cooperation suspended", "SANCTION", "discontinue",
			"Moscow announced it was suspending cooperation with Oslo on fisheries."},
		// Naming another's act an interference denounces it.
		{"called it interference", "ACCUSE", "disapprove",
			"Riyadh called the Swedish statement blatant interference in its domestic affairs."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2025-10-22", tt.typ, tt.mode)
		})
	}
}

// TestWire3NoEvent checks that the new readings hold back where they do
// not apply: officials gathering, a crowd told only as those another act
// befell, a minister leaving the country.
func TestWire3NoEvent(t *testing.T) {
	tests := []struct {
		name, typ, text string
	}{
		{"ministers gathered", "PROTEST",
			"Ministers gathered outside the palace for the ceremony in Rabat."},
		{"crowd in a relative clause", "PROTEST",
			"Police fired on mourners who had gathered outside the hospital in Kano, killing two."},
		{"crowd as an object", "PROTEST",
			"A car bomb struck crowds gathered outside the stadium in Mogadishu."},
		{"called for an end to interference", "ACCUSE",
			"Santiago called for an end to foreign interference in the region."},
		{"minister left the country", "RETREAT",
			"The foreign minister left the country on Monday for talks in Paris."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, e := range x.Events {
				if e.Type == tt.typ {
					t.Errorf("%q: want no %s, got %s/%s", tt.text, tt.typ, e.Type, e.Mode)
				}
			}
		})
	}
}
