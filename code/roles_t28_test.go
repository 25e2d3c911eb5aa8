package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A state that yields and names no one else yields to the protesters its
// story tells, not to its own police or army. Each text is in the
// project's own words.
func TestRolesT28ConcededToCrowd(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a price rise reversed after police fired on a crowd",
			"Zambia's government reversed a fuel price rise on Friday, two days after police fired tear gas at protesters in Lusaka.",
			truce.Concede, "", "ZMBPRO", "", "ZMBCOP"},
		{"a minister quits after soldiers shot demonstrators",
			"The Malawian interior minister, Chikondi Banda, resigned on Monday, hours after soldiers shot dead three demonstrators in Lilongwe.",
			truce.Concede, "", "MWIPRO", "", "MWIMIL"},
		{"a decision reversed after gendarmes fired on a crowd",
			"Guinea's government reversed its decision to raise the road tax on Wednesday, hours after gendarmes fired live rounds at protesters in Conakry.",
			truce.Concede, "", "GINPRO", "", "GINCOP"},
		{"a resignation after unrest",
			"The Kyrgyz interior minister, Azamat Bekov, resigned on Thursday, eleven days after a disputed election set off unrest in Osh.",
			truce.Concede, "", "KGZPRO", "", "KGZGOV"},
		{"a decision reversed after riots told before",
			"Rioters burned buses in Quito during protests over a rise in fuel prices. On Monday the Ecuadorian government reversed the fuel price rise.",
			truce.Concede, "", "ECUPRO", "", "ECUGOV"},
		{"a march told before",
			"Thousands of students marched through Accra on Tuesday against a rise in university fees. On Thursday the Ghanaian government lifted its ban on campus gatherings.",
			truce.Concede, "", "GHAPRO", "", "GHAGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A state that warns its own forces will act threatens whom they are to
// act on, not the forces. Each text is in the project's own words.
func TestRolesT28OwnForcesThreat(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"police would disperse demonstrators",
			"Ecuador's interior minister, Lara Vos, warned that police would disperse any demonstrators who occupied the square.",
			truce.Threaten, "ECUGOV", "ECUPRO", "", "ECUCOP"},
		{"soldiers would remove strikers",
			"The Bolivian government warned on Sunday that soldiers would remove striking miners from the highway.",
			truce.Threaten, "BOLGOV", "BOLLAB", "", "BOLMIL"},
		{"armed police would fire on rioters",
			"Nepal's home ministry warned that armed police would open fire on rioters who defied the curfew.",
			truce.Threaten, "NPLGOV", "NPLPRO", "", "NPLCOP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
