package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// The country in a wire dateline ("MAKENI, Sierra Leone - …") says where
// the story is filed from: a verb joined by "and" to the first one
// ("chased and beat", "forced their way in … and shot") still has the
// subject after the dash, not the dateline's state. Each text is in the
// project's own words.
func TestRolesS35DatelineNotActor(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"crowd after a dateline",
			"MAKENI, Sierra Leone - A crowd of traders chased and beat to death a man they accused of stealing a motorbike on Thursday, police said.",
			truce.Assault, "CVL", "", "", ""},
		{"gunmen after a dateline in a gang story",
			"VALENCIA, Venezuela - Masked men forced their way into a bakery in Guacara on Sunday and shot dead its owner, police said. Officials blamed a feud between two local gangs.",
			truce.Assault, "CRM", "", "", ""},
		{"students after a dateline",
			"KANO, Nigeria - Students angered by a rise in fees set fire to a bank in the city centre and blocked the main road on Monday.",
			truce.Protest, "EDU", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A vehicle carrying goods names no actor: the giver is where the goods
// come from ("crossed from X", "from the X government") or whose goods
// they are ("Turkish flour"), and is not what the aid goes to. Each text
// is in the project's own words.
func TestRolesS35CargoGiver(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"lorries crossing from a state",
			"Lorries carrying blankets and tents for flood victims crossed from Uzbekistan into Tajikistan on Friday, officials said.",
			truce.Aid, "UZB", "TJK", "", ""},
		{"trucks carrying goods from a government",
			"Trucks carrying 400 tonnes of rice and sugar from the Qatari government reached Hodeidah on Monday.",
			truce.Aid, "QAT", "", "", "QAT"},
		{"a ship carrying a state's goods",
			"A ship carrying 3,000 tonnes of Turkish flour docked in Port Sudan on Sunday.",
			truce.Aid, "TUR", "", "", "TUR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
