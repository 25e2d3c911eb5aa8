package code_test

import "testing"

// TestWireVocabularySeventeenth checks trigger rows for constructions
// found miscoded in a blind newsroom digest, each said in our own words
// with other actors and places: a state summoning another's diplomat
// lays a wrong at that state's door; a truce accepted is agreed;
// recognition switched to a capital is given to it; airspace reopened to
// a country eases a sanction; parties suspended are banned; reporters
// ordered out are deported; forces handing over their base withdraw; a
// mission reinforced, and police and troops ordered into action, are
// forces mobilised; a diplomat barred from returning is expelled;
// captives handed over are released; an embassy's staff cut reduces
// relations; a state of siege or of armed conflict decreed is emergency
// rule.
func TestWireVocabularySeventeenth(t *testing.T) {
	tests := []struct {
		name, typ, mode, src, tgt string // mode, src, tgt "" are not checked
		text                      string
	}{
		{"summoned possessor's ambassador", "ACCUSE", "allege", "GRC", "TUR",
			"Greece summoned Turkey's ambassador on Tuesday over the incursion into its airspace."},
		{"summoned the adjective envoy", "ACCUSE", "allege", "POL", "BLR",
			"Warsaw summoned the Belarusian envoy after soldiers crossed the frontier near Bialowieza."},
		{"summoned charge d'affaires", "ACCUSE", "allege", "KEN", "SOM",
			"Kenya's foreign ministry summoned Somalia's chargé d'affaires to explain the remarks."},
		// a truce a party accepts is the agreement.
		{"accepted the ceasefire", "AGREE", "ceasefire", "HAMAS", "",
			"Hamas has accepted the ceasefire proposed by Egyptian mediators, a spokesman said."},
		{"accepted an immediate truce", "AGREE", "ceasefire", "SDN", "",
			"Sudan's army accepted an immediate truce on Saturday after talks in Jeddah."},
		// recognition switched to a capital.
		{"switched diplomatic recognition to", "SUPPORT", "", "NRU", "CHN",
			"Nauru switched diplomatic recognition to Beijing on Monday, two days after the Taiwanese vote."},
		{"shifted its recognition from to", "SUPPORT", "", "KIR", "CHN",
			"Kiribati said on Friday it had shifted its recognition from Taipei to Beijing."},
		// airspace reopened to a country.
		{"reopened its airspace to", "RETREAT", "ease", "BHR", "QAT",
			"Bahrain reopened its airspace to Qatari flights on Sunday, ending the ban."},
		{"reopened its airspace and border to", "RETREAT", "ease", "SAU", "QAT",
			"Riyadh reopened its airspace and land border to Doha after a three-year boycott."},
		// parties suspended from political life.
		{"suspended opposition parties", "COERCE", "ban", "MLI", "",
			"The junta in Bamako suspended four opposition parties on Wednesday."},
		{"suspended the activities of political parties", "COERCE", "ban", "GIN", "",
			"Guinea's transitional government suspended the activities of 28 political parties."},
		// reporters ordered out of the country.
		{"ordered foreign correspondents to leave", "COERCE", "deport", "BLR", "",
			"Authorities in Minsk ordered foreign correspondents to leave, the press union said."},
		{"told reporters to leave", "COERCE", "deport", "ETH", "",
			"Ethiopia's information ministry told three reporters to leave the country within 24 hours."},
		// forces handing over their base withdraw from it.
		{"peacekeepers handed their base to", "RETREAT", "withdraw", "UN", "MLI",
			"UN peacekeepers handed their base at Tessalit to the Malian army on Monday."},
		{"troops handed over their last base", "RETREAT", "withdraw", "FRA", "NER",
			"French troops handed over their last base in Niger to the army on Friday."},
		// more forces sent to a deployment.
		{"would reinforce its mission", "MOBILIZE", "troops", "NATO", "",
			"NATO said it would reinforce its mission in Kosovo after the clashes."},
		{"reinforced its contingent", "MOBILIZE", "troops", "FRA", "",
			"France reinforced its contingent in Estonia on Tuesday."},
		// a diplomat kept out of the country is expelled.
		{"barred ambassador from returning", "SANCTION", "expel", "PAK", "IRN",
			"Islamabad barred Tehran's ambassador from returning to the country on Friday."},
		{"barred envoy, who, from returning", "SANCTION", "expel", "BGD", "MMR",
			"Dhaka recalled its own envoy and barred Myanmar's ambassador, who was in Yangon, from returning."},
		// captives handed to the other side.
		{"would hand over captives", "RETREAT", "release", "HOUTHI", "",
			"The Houthi negotiator said the group would hand over 20 Saudi captives on Sunday."},
		{"handed over prisoners of war", "RETREAT", "release", "UKR", "",
			"Ukraine handed over 12 prisoners of war on Friday under the Emirati-brokered deal."},
		// a diplomatic presence cut.
		{"will cut the staff of embassy", "SANCTION", "withdraw", "LTU", "BLR",
			"Lithuania will cut the staff of Belarus's embassy to ten diplomats."},
		// emergency rule by decree.
		{"decreed a state of siege", "COERCE", "martial-law", "PER", "",
			"Peru's president decreed a state of siege in three southern provinces on Sunday."},
		{"decreed that was in an armed conflict", "COERCE", "martial-law", "COL", "",
			"President Gustavo Petro decreed that Colombia was in an internal armed conflict with the cartels."},
		// a host asking another to take its envoy back.
		{"asked to recall its ambassador", "SANCTION", "expel", "MLI", "FRA",
			"Mali's junta asked France to recall its ambassador on Monday."},
		{"asked the mission to withdraw its envoy", "SANCTION", "expel", "SOM", "UN",
			"Somalia has asked the UN political mission in Mogadishu to withdraw its special envoy."},
		// police and troops ordered into action.
		{"ordered police and soldiers to secure", "MOBILIZE", "troops", "ECU", "",
			"Ecuador ordered police and soldiers to secure the prisons on Monday."},
		{"ordered troops and police to restore", "MOBILIZE", "troops", "CAF", "",
			"The president ordered troops and police to restore order in Bangui."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEvent(t, tt.text, tt.typ, tt.mode, tt.src, tt.tgt)
		})
	}
}
