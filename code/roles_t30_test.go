package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// An appeal to "both sides" or "all parties" that follows a story with no
// pair of states joined by "and" is aimed at the two sides of the act
// told last between two, less the speaker's own. Each text is in the
// project's own words.
func TestRolesT30BothSidesOfStory(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a third state condemns an incursion and calls on both sides",
			"Sudanese troops moved into the disputed Abyei area on Friday to clear a road blockade set up by fighters of the Twic Youth militia. The militia said the operation broke the 2022 truce. Ethiopia condemned the Sudanese incursion and called on both sides to exercise restraint.",
			truce.Request, "ETHGOV", "SDNREB", "", "ETHGOV"},
		{"a bloc welcomes a vote and urges both parties",
			"Somalia's parliament voted on Tuesday to lift a ban on the Ogaden National Liberation Front, a step required under last year's peace accord. The Arab League welcomed the vote and urged both parties to respect the ceasefire.",
			truce.Request, "ARABLEAGUE", "SOMLEG", "", ""},
		{"a battle between an army and guerrillas, then a third state's move",
			"Colombian soldiers fought ELN guerrillas near Saravena on Sunday, the army said. Venezuela sent troops to its side of the border. The United Nations urged both sides to protect civilians.",
			truce.Request, "UN", "ELN", "", "COLCVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A warning that names no one answers whoever acted against the speaker
// just before; a warning that "any" crowd will be broken up is aimed at
// the country's protesters. Each text is in the project's own words.
func TestRolesT30UnaimedThreat(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a government answers a bloc's suspension",
			"The Arab League suspended Syria's membership on Saturday. Damascus warned that any further step would be answered.",
			truce.Threaten, "SYRGOV", "ARABLEAGUE", "", ""},
		{"a bare junta answers a bloc's mobilisation",
			"The Economic Community of Central African States ordered the activation of its standby force to restore civilian rule in Gabon. The junta warned that any intervention would meet an immediate response.",
			truce.Threaten, "GABGOV", "ECCAS", "", ""},
		{"a minister warns that any gathering will be broken up",
			"Burkinabe police dispersed a rally in Ouagadougou on Sunday. The interior minister warned that any unauthorised gathering would be broken up by force.",
			truce.Threaten, "BFAGOV", "BFAPRO", "", ""},
		{"a minister warns that all demonstrations will be dispersed",
			"Police in Lomé banned a planned opposition rally on Friday. The interior minister warned that all unauthorised demonstrations would be dispersed.",
			truce.Threaten, "TGOGOV", "TGOPRO", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A call for an inquiry that names no addressee asks the government of
// the country the story is in, not the side that fired nor the dead the
// inquiry would look into. Each text is in the project's own words.
func TestRolesT30InquiryCall(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a rights group after police fire on protesters",
			"Police in Kisumu shot dead four protesters on Tuesday, witnesses said. Human Rights Watch called for an independent investigation.",
			truce.Request, "HRW", "KENGOV", "", "KENCOP"},
		{"a bloc after soldiers fire on a crowd",
			"Soldiers opened fire on a crowd in Bamako on Friday, killing six people. The European Union called for a swift and transparent inquiry.",
			truce.Request, "EU", "MLIGOV", "", "MLIMIL"},
		{"an inquiry into the deaths of protesters",
			"Amnesty International demanded an independent inquiry into the deaths of nine protesters in Accra.",
			truce.Request, "AMNESTY", "GHAGOV", "", "GHAPRO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
