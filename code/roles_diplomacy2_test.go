package code_test

import "testing"

// Who a diplomatic act is aimed at when the object is not a plain country
// name: demands and appeals to bodies and authorities, offers to mediate
// between two parties, ultimatums to juntas, protests lodged with a
// government, measures taken against a possessor, refusals aimed at a
// third party's envoy. An empty target asserts that no actor is
// the target of an event of that type; sym takes the sides either way.
func TestDiplomacyTargetProbe(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target string
		sym                             bool
	}{
		// Appeals to bodies and authorities.
		{"asked a regional body to delay",
			"Mali asked the African Union on Friday to delay the vote on its suspension.",
			"REQUEST", "MLI", "AU", false},
		{"asked the UN to extend",
			"Lebanon asked the United Nations to extend the mandate of its peacekeepers by a year.",
			"REQUEST", "LBN", "UN", false},
		{"urged the authorities of a country",
			"Human Rights Watch urged Egyptian authorities on Tuesday to release the jailed blogger.",
			"REQUEST", "HRW", "EGY", false},
		{"called on the authorities of a place",
			"Reporters Without Borders called on Iran's authorities to free the two journalists.",
			"REQUEST", "", "IRN", false},
		{"called on a government to drop charges",
			"Amnesty International called on the Turkish government to drop all charges against the mayor.",
			"REQUEST", "AMNESTY", "TUR", false},
		{"appealed to a neighbour to reopen",
			"Nepal appealed to India on Wednesday to reopen the border crossings.",
			"REQUEST", "NPL", "IND", false},
		{"pressed a bloc to ease",
			"Hungary pressed the European Union to ease its sanctions on Russian energy.",
			"REQUEST", "HUN", "EU", false},
		{"demanded that a country withdraw",
			"Guyana demanded on Monday that Venezuela withdraw its troops from the disputed area.",
			"REQUEST", "GUY", "VEN", false},
		{"demanded an apology from a country",
			"Seoul demanded an apology from Tokyo over the remarks.",
			"REQUEST", "KOR", "JPN", false},
		{"sought help from another country",
			"Mozambique sought military help from Rwanda against the insurgents.",
			"REQUEST", "MOZ", "RWA", false},
		{"asked a court to order",
			"Gambia asked the International Court of Justice to order Myanmar to halt the killings.",
			"REQUEST", "GMB", "ICJ", false},
		{"urged a rebel group",
			"Kenya urged the Houthis on Thursday to free the seized ship's crew.",
			"REQUEST", "KEN", "HOUTHI", false},
		// Demands for a ceasefire in a place the story's parties fight over.
		{"demanded a ceasefire in a place, parties named earlier",
			"Fighting between Thailand and Cambodia spread along the border on Friday. The Security Council demanded an immediate ceasefire in the border region.",
			"REQUEST", "UNSC", "THA", false},
		{"called for a truce in a city held by two sides",
			"Clashes between the army and the Rapid Support Forces killed dozens in El Fasher. The Arab League called for a truce in El Fasher.",
			"REQUEST", "", "RSF", false},
		// Ultimatums.
		{"gave a country an ultimatum",
			"Ankara gave Stockholm an ultimatum to extradite the suspects.",
			"THREATEN", "TUR", "SWE", false},
		{"warned a country against",
			"Egypt warned Ethiopia against filling the dam without a deal.",
			"THREATEN", "EGY", "ETH", false},
		// Offers to mediate.
		{"offered to mediate between two countries",
			"Qatar offered on Monday to mediate between Rwanda and Congo.",
			"", "QAT", "RWA", false},
		{"offered to mediate between two countries, second",
			"Qatar offered on Monday to mediate between Rwanda and Congo.",
			"", "QAT", "COD", false},
		{"offered to mediate between the two countries of the story",
			"Egypt accused Ethiopia of filling the dam without a deal. Ethiopia said Egypt wanted to keep it poor. Kenya offered to mediate between the two countries.",
			"", "KEN", "ETH", false},
		{"offered to help both nations of the story",
			"Sudan accused South Sudan of arming rebels near Heglig. South Sudan denied it and accused Sudan of bombing its villages. Ethiopia offered to help both nations reach a deal.",
			"", "ETH", "SSD", false},
		{"offered to help two neighbours",
			"Turkey offered to help Armenia and Azerbaijan settle their dispute.",
			"", "TUR", "ARM", false},
		// Protests lodged.
		{"lodged a protest with a country",
			"Vietnam lodged a formal protest with China over the new map.",
			"", "VNM", "CHN", false},
		{"filed a complaint against a country with the UN",
			"Iraq filed a complaint against Turkey with the UN Security Council over the strikes.",
			"ACCUSE", "IRQ", "TUR", false},
		{"sent a protest note to a country",
			"Greece sent a protest note to Turkey over the drilling ship.",
			"", "GRC", "TUR", false},
		// Measures against a possessor.
		{"suspended a country's membership",
			"The Commonwealth suspended Fiji's membership on Monday.",
			"SANCTION", "", "FJI", false},
		{"cut off aid to a country",
			"The Netherlands cut off development aid to Uganda over the new law.",
			"SANCTION", "NLD", "UGA", false},
		{"banned imports from a country",
			"China banned imports of Japanese seafood on Thursday.",
			"SANCTION", "CHN", "JPN", false},
		{"reopened its consulate in a city",
			"Canada reopened its consulate in Kabul for the first time in three years.",
			"", "CAN", "AFG", false},
		{"cut off funding to a country",
			"Sweden cut off budget support to Mali after the coup.",
			"", "SWE", "MLI", false},
		{"closed its embassy in a capital",
			"Italy closed its embassy in Khartoum as the fighting spread.",
			"", "ITA", "SDN", false},
		// Refusals aimed at a third party.
		{"refused to let another country's envoy in",
			"Eritrea refused to let the envoy of the African Union visit the prisoners.",
			"REJECT", "ERI", "AU", false},
		{"rejected a country's proposal",
			"Kyiv rejected Moscow's proposal for a holiday truce.",
			"REJECT", "UKR", "RUS", false},
		{"rejected a demand by a bloc",
			"Belarus rejected a demand by the European Union to free the opposition leader.",
			"REJECT", "BLR", "EU", false},
		// Commitments and promises to a counterpart.
		{"promised a country",
			"Japan promised Ukraine four billion dollars in new loans.",
			"", "JPN", "UKR", false},
		{"agreed with a country to restore",
			"Saudi Arabia agreed with Iran to restore diplomatic ties.",
			"AGREE", "SAU", "IRN", true},
		// Accusations and condemnations of a possessor.
		{"condemned a country's strikes",
			"Jordan condemned Israel's strikes on the refugee camp.",
			"", "JOR", "ISR", false},
		{"accused a country's army",
			"Sudan accused the Chadian army of arming the rebels.",
			"ACCUSE", "SDN", "TCD", false},
		{"denounced a country's decision",
			"Morocco denounced Algeria's decision to close its airspace.",
			"", "MAR", "DZA", false},
		// Demands to named leaders by office.
		{"asked a country's president to step down",
			"The opposition asked Tunisia's president to step down.",
			"REQUEST", "", "TUN", false},
		{"urged a country's prime minister to talk",
			"Washington urged Israel's prime minister to accept the deal.",
			"REQUEST", "USA", "ISR", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if tt.typ != "" && ev.Type != tt.typ {
					continue
				}
				if tt.source != "" && !probeActor(ev.Source, tt.source) && !(tt.sym && probeActor(ev.Target, tt.source)) {
					continue
				}
				if tt.target == "" {
					if len(ev.Target) == 0 {
						return
					}
					continue
				}
				if probeActor(ev.Target, tt.target) || tt.sym && probeActor(ev.Source, tt.target) {
					return
				}
			}
			t.Errorf("no %s event from %s to %s in %+v", tt.typ, tt.source, tt.target, x.Events)
		})
	}
}
