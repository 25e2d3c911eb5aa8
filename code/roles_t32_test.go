package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A clause joined by "and", "," or "while" that has a subject and a verb
// of its own tells what another actor did; after a trigger with its own
// object ("pledged emergency funds", "announced $5 million") its subject
// is a fellow actor, not whom the first act is for. Each text is in the
// project's own words.
func TestRolesT32LaterClauseSubject(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a bare and joins a second donor",
			"Norway pledged emergency funds and Germany sent water purification units to the flooded districts.",
			truce.Agree, "NORGOV", "", "", "DEU"},
		{"a second donor after a pledge of funds",
			"Peru pledged emergency funds and Brazil sent firefighting aircraft to the burning forests.",
			truce.Agree, "PERGOV", "", "", "BRA"},
		{"a while clause names a fellow donor",
			"Bangladesh sent 20 lorries of rice to Myanmar's Rakhine state on Monday after a cyclone killed 300 people. The World Health Organization flew in medical supplies for 8,000 patients, while Bhutan said it had sent rescue teams.",
			truce.Aid, "WHO", "MMR", "", "BTN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// Aid carried "into" a country goes to that country; aid, or a pledge of
// a sum, that names no recipient goes where the aid told before in the
// article went, not to the donor nor to a donor named after it. Each text is in the project's own words.
func TestRolesT32AidRecipient(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"an agency flies in supplies after a neighbour's convoy",
			"Bangladesh sent 20 lorries of rice and blankets to Myanmar's Rakhine state on Monday after a cyclone killed 300 people. The World Health Organization flew in medical supplies for 8,000 patients.",
			truce.Aid, "WHO", "MMR", "", ""},
		{"a pledge of a sum after food was sent",
			"Kenya sent 40 tonnes of food to Somalia's Gedo region on Friday after floods displaced 90,000 people. Japan pledged $3 million for the relief effort.",
			truce.Agree, "JPNGOV", "SOM", "", ""},
		{"a convoy carries aid into a country, a gift of another",
			"A column of 12 lorries carrying flour and blankets crossed the Torkham post into Afghanistan on Friday, a gift from the Kazakh government to families hit by the floods, officials said.",
			truce.Aid, "", "AFG", "", "KAZ"},
		{"lorries cross from one country into another",
			"Trucks carrying tents and medicine for flood victims crossed from Guinea into Sierra Leone on Sunday, a Guinean official said.",
			truce.Aid, "", "SLE", "", ""},
		{"a pledge followed by another donor's act",
			"Vietnam sent 15 tonnes of rice to Laos on Monday after a landslide killed 40 people. South Korea pledged $4 million for the relief effort, and Thailand sent army engineers.",
			truce.Agree, "KORGOV", "LAO", "", "THA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
