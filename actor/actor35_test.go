package actor

import "testing"

// TestFindActor35 covers capitals and countries that only name an
// administrative area, demonyms that reach past one modifier to their
// sector noun, armed men of a clan or tribe, young men as civilians, and
// armed groups that fight one another.
func TestFindActor35(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		// A capital or country followed by an area noun, or after a
		// region prefix, names an area, not the state.
		{"a capital before province", "Police in Malawi's Lilongwe province detained a blogger.", "2024-03-01",
			[]want{{"Police", "", "COP", KindSector}, {"Malawi", "MWI", "", KindCountry}, {"blogger", "", "MED", KindSector}}},
		{"a capital before district", "Gunmen shot two traders in Freetown district on Sunday.", "2024-03-01",
			[]want{{"Gunmen", "", "REB", KindSector}, {"traders", "", "BUS", KindSector}}},
		{"a country before state", "Bandits raided a farm in Nigeria's Niger state on Friday.", "2024-03-01",
			[]want{{"Bandits", "", "CRM", KindSector}, {"Nigeria", "NGA", "", KindCountry}}},
		{"a capital after a region prefix", "Fighters seized a bridge in Upper Kampala at dawn.", "2024-03-01",
			[]want{{"Fighters", "", "REB", KindSector}}},
		{"state media stays the state's", "Chad state media said the rebels withdrew.", "2024-03-01",
			[]want{{"Chad state media", "TCDGOV", "GOV", KindCountry}, {"rebels", "", "REB", KindSector}}},
		// A demonym reaches past one lower-case modifier to the sector
		// noun after it.
		{"a demonym before a modifier and police", "Zambian traffic police arrested three drivers.", "2024-03-01",
			[]want{{"Zambian traffic police", "ZMBCOP", "COP", KindDemonym}}},
		{"coordinated demonyms before a modifier", "Kenyan and Ugandan border officials met at Busia.", "2024-03-01",
			[]want{{"Kenyan", "KEN", "", KindDemonym}, {"Ugandan border officials", "UGAGOV", "GOV", KindDemonym}}},
		{"a demonym before mining unions", "Bolivian mining unions called a strike.", "2024-03-01",
			[]want{{"Bolivian mining unions", "BOLLAB", "LAB", KindDemonym}}},
		{"no bridge over a function word", "The Chilean who hired officials left.", "2024-03-01",
			[]want{{"Chilean", "CHL", "", KindDemonym}, {"officials", "", "GOV", KindSector}}},
		// Armed men from a clan or tribe are a communal militia; a clan
		// before a quarrel is no actor.
		{"gunmen from a clan", "Gunmen from a rival clan torched a market near Mendi.", "2024-03-01",
			[]want{{"Gunmen from a rival clan", "", "MLT", KindSector}}},
		{"fighters of a named tribe", "Fighters of the Lotuko tribe stole cattle.", "2024-03-01",
			[]want{{"Fighters of the Lotuko tribe", "", "MLT", KindSector}}},
		{"members of a clan", "Two policemen died in a shootout with members of a powerful clan.", "2024-03-01",
			[]want{{"policemen", "", "COP", KindSector}, {"clan", "", "MLT", KindSector}}},
		{"clan elders are civilians", "Clan leaders in Beledweyne called for calm.", "2024-03-01",
			[]want{{"Clan leaders", "", "CVL", KindSector}}},
		{"a clan feud is no actor", "Such clan feuds often end in gunfire.", "2024-03-01",
			nil},
		{"the Gulf Clan stays a group", "The Gulf Clan ordered shops to close.", "2024-03-01",
			[]want{{"Gulf Clan", "CLANGOLFO", "CRM", KindGroup}}},
		// Young men and women are civilians.
		{"young men as a crowd", "Young men blocked the bridge with burning tyres.", "2024-03-01",
			[]want{{"Young men", "", "CVL", KindSector}}},
		{"young men armed with sticks", "A dozen young men armed with sticks chased the traders away.", "2024-03-01",
			[]want{{"young men", "", "CVL", KindSector}, {"traders", "", "BUS", KindSector}}},
		// Armed groups that fight one another are militias; armed groups
		// alone stay rebels.
		{"armed groups between each other", "A truce ended clashes between two armed groups in Gharyan.", "2024-03-01",
			[]want{{"armed groups", "", "MLT", KindSector}}},
		{"rival armed groups after a possessive", "Three of Sabha's rival armed groups traded fire overnight.", "2024-03-01",
			[]want{{"armed groups", "", "MLT", KindSector}}},
		{"two members of an armed group", "Police killed two members of an armed group near Beni.", "2024-03-01",
			[]want{{"Police", "", "COP", KindSector}, {"armed group", "", "REB", KindSector}}},
		{"two armed men", "Two armed men robbed a pharmacy in Arequipa.", "2024-03-01",
			[]want{{"armed men", "", "REB", KindSector}}},
		{"armed groups against an army", "Armed groups ambushed a convoy near Dori.", "2024-03-01",
			[]want{{"Armed groups", "", "REB", KindSector}}},
	}
	checkFind(t, d, tests)
}
