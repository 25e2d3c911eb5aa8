package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Targets of round t42. Each text is in the project's own words.

// A trade measure on goods named before their origin is aimed at the
// state the goods come from.
func TestRolesT42GoodsOrigin(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"imports of two goods from a state",
			"Vietnam suspended imports of pork and poultry from Thailand on Monday.",
			truce.Sanction, "VNMGOV", "THA", "", ""},
		{"tariffs on goods from a state",
			"India imposed fresh tariffs on steel and aluminium from China this week.",
			truce.Sanction, "INDGOV", "CHN", "", ""},
		{"tariffs with a participle inside the phrase",
			"Brazil imposed fresh tariffs totalling 40% on wine from Chile this week.",
			truce.Sanction, "BRAGOV", "CHL", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// Goods from places that are no state give no target.
func TestRolesT42GoodsOriginNone(t *testing.T) {
	wantSides(t, "Canada banned imports of beef from farms hit by the outbreak.",
		truce.Sanction, "CANGOV", "", "", "CAN")
}

// A reaction to a claim is aimed at who made it, even when another act
// is told between the claim and the reaction.
func TestRolesT42ClaimSpeaker(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"findings of a report rejected after an appeal",
			"The UN mission said in a report on Thursday that militiamen and soldiers had burned villages in the east. The mission urged Kinshasa to hold those responsible to account. A government spokesman rejected the findings as false.",
			truce.Reject, "CODGOV", "UN", "", ""},
		{"findings rejected after a later attack",
			"The UN mission said in a report on Monday that soldiers had burned villages near Bunia. Rebels attacked an army base near the town on Tuesday. The government rejected the findings.",
			truce.Reject, "CODGOV", "UN", "", "CODREB"},
		{"an announcement welcomed after a threat by a third state",
			"Brazil and Chile said on Tuesday that they would lift visa rules for each other's citizens. Argentina expelled a Chilean diplomat and threatened further steps. Peru welcomed the announcement.",
			truce.Support, "PERGOV", "BRAGOV", "", "ARGGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// "Its neighbour" in the object of a state's act is the other state of
// the story's pair.
func TestRolesT42Neighbour(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a ban on imports from its neighbour lifted",
			"Kenya and Tanzania agreed on Monday to reopen their shared border after a year of disputes. Nairobi said it would lift its ban on maize imports from its neighbour.",
			truce.Concede, "KENGOV", "TZA", "", "KENGOV"},
		{"a blockade of its neighbour's rail link, not the country the link runs to",
			"Armenia and Azerbaijan signed a trade accord on Friday. Baku agreed to end its blockade of its neighbour's rail link to Iran.",
			truce.Agree, "AZEGOV", "ARM", "", "IRN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// "Its neighbours" names more than one state: the pair does not say which.
func TestRolesT42NeighboursLeft(t *testing.T) {
	wantSides(t, "Peru and Bolivia held talks in Lima on Tuesday. Lima offered to help its neighbours fight smuggling.",
		truce.Agree, "PERGOV", "", "", "BOL")
}
