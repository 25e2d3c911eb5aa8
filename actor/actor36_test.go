package actor

import "testing"

// TestFindActor36 covers people named by their trade, the usual object of
// an arrest or an abduction, and the officials of an unnamed party.
func TestFindActor36(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		// Press, clergy, teachers, writers, lawyers and election
		// candidates named by trade are actors of their sector.
		{"a photojournalist before an unknown name", "Soldiers detained a photojournalist, Maria Tembo, near Kasama.", "2024-03-01",
			[]want{{"Soldiers", "", "MIL", KindSector}, {"photojournalist", "", "MED", KindSector}}},
		{"a prelate", "Kidnappers released the elderly prelate after a week.", "2024-03-01",
			[]want{{"Kidnappers", "", "CRM", KindSector}, {"prelate", "", "REL", KindSector}}},
		{"missionaries", "Bandits seized four missionaries on the road to Oyala.", "2024-03-01",
			[]want{{"Bandits", "", "CRM", KindSector}, {"missionaries", "", "REL", KindSector}}},
		{"a school principal and a lecturer", "Gunmen abducted a school principal and a lecturer.", "2024-03-01",
			[]want{{"Gunmen", "", "REB", KindSector}, {"school principal", "", "EDU", KindSector}, {"lecturer", "", "EDU", KindSector}}},
		{"a novelist and lawyers", "Police arrested a novelist and two lawyers at the rally.", "2024-03-01",
			[]want{{"Police", "", "COP", KindSector}, {"novelist", "", "CVL", KindSector}, {"lawyers", "", "CVL", KindSector}}},
		{"a mayoral candidate", "Attackers shot a mayoral candidate outside his office.", "2024-03-01",
			[]want{{"Attackers", "", "REB", KindSector}, {"mayoral candidate", "", "OPP", KindSector}}},
		{"a candidate with a demonym", "Zambian candidates boycotted the count.", "2024-03-01",
			[]want{{"Zambian candidates", "ZMBOPP", "OPP", KindDemonym}}},
		{"candidate status is no candidate", "The bloc granted the republic candidate status last year.", "2024-03-01",
			nil},
		// The spokesman or officials of an unnamed party speak for a
		// party out of power; after the party's own name they do not.
		{"a party spokesman", "Police held nine members, a party spokesman said on Monday.", "2024-03-01",
			[]want{{"Police", "", "COP", KindSector}, {"party spokesman", "", "OPP", KindSector}}},
		{"party officials at a sentence start", "Party officials called the verdict a vendetta.", "2024-03-01",
			[]want{{"Party officials", "", "OPP", KindSector}}},
		{"the party's leader", "Troops detained the party's leader, Jon Ebo, at dawn.", "2024-03-01",
			[]want{{"Troops", "", "MIL", KindSector}, {"party's leader", "", "OPP", KindSector}}},
		{"officials after a party's name", "In Lanford, Progress Party officials denied it.", "2024-03-01",
			[]want{{"officials", "", "GOV", KindSector}}},
	}
	checkFind(t, d, tests)
}
