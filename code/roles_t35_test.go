package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A country's own deputies, residents or crowds who press or blame "the
// government" or "the cabinet" mean their own, not that of a foreign
// state the story named before. Each text is in the project's own words.
func TestRolesT35OwnGovernment(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"deputies blame the government after a deal with a foreign bloc",
			"NIAMEY - Niger and the European Union signed a fisheries accord in Niamey on Monday, with Brussels pledging 40 million euros for the river ports. Opposition deputies accused the government of selling the country's waters.",
			truce.Accuse, "", "NERGOV", "", "BELGOV"},
		{"villagers block a road and press the government",
			"GUAYMARAL, Peru - Peru deported 60 Bolivians from Tacna on Friday, days after hundreds of traders crossed from Bolivia into the border town of Guaymaral. In Guaymaral, villagers blocked the highway with buses, demanding that the government close the crossing.",
			truce.Protest, "", "PERGOV", "", "BOLGOV"},
		{"lawmakers press the cabinet over a foreign donation",
			"APIA - Japan donated 12 patrol boats to the Samoa Police Service at a ceremony in Apia on Tuesday. Opposition lawmakers demanded that the cabinet disclose the terms of the gift.",
			truce.Request, "", "WSMGOV", "", "JPNGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
