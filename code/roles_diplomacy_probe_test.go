package code_test

import "testing"

// Who does what to whom in diplomacy, construction by construction: envoys
// summoned and expelled, accords, talks, visits, appeals, sanctions,
// asylum and extradition, speakers by office, capitals standing for their
// governments and regional bodies on either side. An empty type takes any
// event; sym takes the two sides in either order.
func TestDiplomacyRolesProbe(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target string
		sym                             bool
	}{
		// Envoys.
		{"summoned another country's ambassador",
			"Poland summoned Belarus's ambassador on Monday over the border incident.",
			"", "POL", "BLR", false},
		{"summoned the ambassador of another country",
			"Vietnam summoned the ambassador of China on Tuesday to protest the seizure of a fishing boat.",
			"", "VNM", "CHN", false},
		{"expelled a number of another country's diplomats",
			"Estonia expelled three Russian diplomats on Wednesday, accusing them of espionage.",
			"", "EST", "RUS", false},
		{"expelled another country's ambassador",
			"Niger expelled France's ambassador last month.",
			"", "NER", "FRA", false},
		{"recalled its ambassador from another country",
			"Colombia recalled its ambassador from Israel on Thursday.",
			"", "COL", "ISR", false},
		{"an envoy in a foreign capital was expelled, no agent",
			"Peru's envoy in Quito was expelled on Sunday after the spat.",
			"", "ECU", "PER", false},
		{"diplomats posted to a country were expelled, no agent",
			"Two Dutch diplomats in Moscow were expelled last week.",
			"", "RUS", "NLD", false},
		{"an envoy to another country accused it",
			"Pakistan's envoy to India accused New Delhi of violating the truce.",
			"", "PAK", "IND", false},
		{"an ambassador in a foreign capital accuses that country",
			"Ukraine's ambassador in Budapest accused Hungary of blocking aid.",
			"", "UKR", "HUN", false},
		// Accords and talks.
		{"two countries signed an accord",
			"Armenia and Azerbaijan signed a peace accord in Washington on Friday.",
			"", "ARM", "AZE", true},
		{"signed a deal with another country",
			"Kenya signed a security deal with Haiti on Monday.",
			"", "KEN", "HTI", false},
		{"talks between two countries",
			"Talks between Egypt and Ethiopia on the dam resumed in Cairo on Sunday.",
			"", "EGY", "ETH", true},
		{"possessive talks with another country",
			"Iran's talks with Oman ended on Saturday without a deal.",
			"", "IRN", "OMN", false},
		{"held talks with another country",
			"Qatar held talks with Afghanistan's Taliban government in Doha on Tuesday.",
			"", "QAT", "AFG", false},
		{"agreed with another country",
			"Japan agreed with South Korea on Monday to resume defence exchanges.",
			"", "JPN", "KOR", false},
		// Visits.
		{"hosted another country's president",
			"Brazil hosted Chile's president in Brasilia on Wednesday.",
			"", "BRA", "CHL", true},
		{"a president arrived in another country for talks",
			"Ghana's president arrived in Abuja on Monday for talks with Nigerian leaders.",
			"", "GHA", "NGA", true},
		{"a leader visited another country",
			"India's prime minister visited Ukraine on Friday.",
			"", "IND", "UKR", false},
		{"met another country's foreign minister",
			"Saudi Arabia's foreign minister met his Iranian counterpart in Riyadh on Tuesday.",
			"", "SAU", "IRN", true},
		{"a phone call from another country's leader",
			"The Qatari emir took a phone call from the Turkish president on Sunday.",
			"", "QAT", "TUR", true},
		// Decisions owned by a possessor.
		{"a country's decision to recognise another",
			"Slovenia's decision to recognise Palestine drew praise from Ramallah.",
			"", "SVN", "PSE", false},
		{"a country's move to expel another's envoy",
			"Mali's sudden move to expel the French ambassador angered Paris.",
			"", "MLI", "FRA", false},
		{"the decision by a country to expel another's diplomat",
			"The decision by Estonia to expel a Chinese diplomat angered Beijing.",
			"", "EST", "CHN", false},
		{"a country's decision to deport another's nationals",
			"Kenya's decision to deport Somali refugees drew criticism.",
			"", "KEN", "SOM", false},
		// A verb after an "as" complement keeps the describing verb's subject.
		{"described one thing as another and accused a country",
			"Ghana's ties with Togo soured after Togolese President Faure Gnassingbe described the raid as reckless and accused Accra of harbouring gunmen.",
			"", "TGO", "GHA", false},
		// Appeals.
		{"called on another country to act",
			"Germany called on Serbia to withdraw its troops from the Kosovo border.",
			"", "DEU", "SRB", false},
		{"urged two countries to talk",
			"China urged Thailand and Cambodia to exercise restraint.",
			"", "CHN", "THA", false},
		{"urged two countries, the second target",
			"China urged Thailand and Cambodia to exercise restraint.",
			"", "CHN", "KHM", false},
		{"asked another country to hand over",
			"Bangladesh asked India to extradite the former prime minister.",
			"", "BGD", "IND", false},
		// Reactions to another's decision.
		{"welcomed another country's decision",
			"France welcomed Morocco's decision to free the detained activists.",
			"", "FRA", "MAR", false},
		{"condemned another country's decision",
			"Spain condemned Israel's decision to expand settlements in the West Bank.",
			"", "ESP", "ISR", false},
		{"criticised another country's move",
			"Canada criticised India's move to expel its diplomats.",
			"", "CAN", "IND", false},
		{"praised another country's role",
			"Sudan praised Egypt's role in the ceasefire talks.",
			"", "SDN", "EGY", false},
		// Sanctions.
		{"sanctions on another country's central bank",
			"Britain imposed sanctions on Iran's central bank on Monday.",
			"", "GBR", "IRN", false},
		{"lifted sanctions on another country",
			"The United States lifted sanctions on Syria on Friday.",
			"", "USA", "SYR", false},
		{"sanctioned another country's officials",
			"Australia sanctioned five Myanmar military officers on Tuesday.",
			"", "AUS", "MMR", false},
		{"froze another country's assets",
			"Switzerland froze Russian state assets worth two billion francs.",
			"", "CHE", "RUS", false},
		// Asylum and extradition.
		{"granted asylum to another country's former minister",
			"Nicaragua granted asylum to Panama's former president on Sunday.",
			"", "NIC", "PAN", false},
		{"extradited a citizen of one country to another",
			"Thailand extradited a Uyghur activist to China on Thursday.",
			"", "THA", "CHN", false},
		{"deported another country's nationals",
			"Algeria deported 200 Malian migrants last week.",
			"", "DZA", "MLI", false},
		// Speakers by office.
		{"a foreign ministry spokesman condemned another country",
			"A spokesman for Iran's foreign ministry condemned Israel on Sunday.",
			"", "IRN", "ISR", false},
		{"a defence minister warned another country",
			"South Korea's defence minister warned North Korea on Thursday against further provocations.",
			"", "KOR", "PRK", false},
		// Capitals as metonyms.
		{"capital warns capital",
			"Beijing warned Manila on Monday against further incursions near the shoal.",
			"", "CHN", "PHL", false},
		{"capital accuses country",
			"Moscow accused Kyiv of shelling the nuclear plant.",
			"", "RUS", "UKR", false},
		{"capital rejects country's demand",
			"Tehran rejected Washington's demand to halt enrichment.",
			"", "IRN", "USA", false},
		{"capital and capital agreed",
			"Islamabad and Kabul agreed on Sunday to reopen the border crossing.",
			"", "PAK", "AFG", true},
		// Regional bodies on either side.
		{"the UN condemned a country",
			"The UN condemned Myanmar's junta over the air strikes.",
			"", "UN", "MMR", false},
		{"a country criticised the UN",
			"Israel criticised the United Nations on Tuesday over the report.",
			"", "ISR", "UN", false},
		{"the EU imposed sanctions on a country",
			"The European Union imposed new sanctions on Belarus on Monday.",
			"", "EU", "BLR", false},
		{"a country summoned the EU envoy",
			"Georgia summoned the EU ambassador on Wednesday.",
			"", "GEO", "EU", false},
		{"ECOWAS lifted sanctions on a country",
			"ECOWAS lifted sanctions on Guinea on Saturday.",
			"", "ECOWAS", "GIN", false},
		{"a country quit ECOWAS",
			"Burkina Faso accused ECOWAS of bowing to foreign powers.",
			"", "BFA", "ECOWAS", false},
		{"the UN envoy met a country's president",
			"The UN envoy met Libya's prime minister in Tripoli on Thursday.",
			"", "UN", "LBY", true},
		{"a country's envoy met the AU",
			"Somalia's foreign minister met African Union officials in Addis Ababa.",
			"", "SOM", "AU", true},
		{"the EU welcomed a country's decision",
			"The EU welcomed Serbia's decision to join the talks.",
			"", "EU", "SRB", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if tt.typ != "" && ev.Type != tt.typ {
					continue
				}
				if probeActor(ev.Source, tt.source) && probeActor(ev.Target, tt.target) {
					return
				}
				if tt.sym && probeActor(ev.Source, tt.target) && probeActor(ev.Target, tt.source) {
					return
				}
			}
			t.Errorf("no %s event from %s to %s in %+v", tt.typ, tt.source, tt.target, x.Events)
		})
	}
}
