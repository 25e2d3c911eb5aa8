package code_test

import (
	"testing"
)

// TestVocabularyBreadth probes the trigger lexicon with the many ways wire
// copy words the same act: for each PLOVER category, sentences in our own
// words naming two actors, each saying the act differently ("inked a
// deal", "sealed an agreement", "struck a deal"). Where
// TestCAMEOCoverage walks the codebook one code at a time, this walks the
// phrasebook one category at a time, so that text written by other hands
// codes as well as the wordings the project grew up on.
func TestVocabularyBreadth(t *testing.T) {
	tests := []struct {
		typ, mode string // mode "" is not checked
		text      string
	}{
		// AGREE
		{"AGREE", "", "Ethiopia and Kenya inked a deal on Tuesday to share water from the Omo river."},
		{"AGREE", "", "Chad sealed an agreement with Niger on cross-border patrols."},
		{"AGREE", "", "Bolivia struck a deal with Chile over access to the port of Arica."},
		{"AGREE", "", "Serbia and Kosovo reached an understanding on vehicle licence plates."},
		{"AGREE", "", "Uzbekistan and Tajikistan hammered out an agreement on their shared border."},
		{"AGREE", "", "Morocco signed a memorandum of understanding with Nigeria on the gas pipeline."},
		{"AGREE", "", "Peru and Ecuador clinched an accord on joint river patrols."},
		{"AGREE", "", "Ghana committed to boosting security cooperation with Burkina Faso."},
		// CONSULT
		{"CONSULT", "phone", "The Kenyan president held a phone call with his Tanzanian counterpart on Monday."},
		{"CONSULT", "", "Egypt's foreign minister sat down with Israeli officials in Cairo on Sunday."},
		{"CONSULT", "", "Indonesia's foreign minister conferred with Malaysian officials in Jakarta."},
		{"CONSULT", "visit", "The Brazilian president flew to Buenos Aires for talks with Argentina's leader."},
		{"CONSULT", "visit", "Vietnam's prime minister paid a visit to Cambodia on Thursday."},
		{"CONSULT", "visit", "Jordan's king received the Palestinian president in Amman."},
		{"CONSULT", "", "Pakistani and Indian officials held a round of talks in Geneva."},
		{"CONSULT", "", "Sweden's foreign minister consulted with Finnish officials about the NATO bid."},
		{"CONSULT", "phone", "The Nigerian president spoke by phone with the Ghanaian president about the crisis."},
		// SUPPORT
		{"SUPPORT", "", "The United States threw its weight behind Kenya's plan for a Haiti mission."},
		{"SUPPORT", "", "France hailed Morocco's reforms on Tuesday."},
		{"SUPPORT", "", "Turkey voiced support for Azerbaijan's position on Karabakh."},
		{"SUPPORT", "", "Germany lauded Poland's handling of the border crisis."},
		{"SUPPORT", "", "China backed Russia's proposal for a regional summit."},
		{"SUPPORT", "", "India commended Sri Lanka for holding peaceful elections."},
		{"SUPPORT", "", "Mexico congratulated Guatemala's new president on his victory."},
		// COOPERATE
		{"COOPERATE", "", "Colombia and Ecuador launched joint patrols along their border."},
		{"COOPERATE", "", "France and Chad carried out joint military exercises near N'Djamena."},
		{"COOPERATE", "", "Jordan and Iraq stepped up security cooperation on Monday."},
		{"COOPERATE", "", "Brazil teamed up with Argentina to fight drug trafficking."},
		{"COOPERATE", "", "Singapore exchanged intelligence with Malaysia on the militants."},
		// AID
		{"AID", "", "The United States airlifted food and medical supplies to Sudanese refugees in Chad."},
		{"AID", "", "Saudi Arabia donated 200 tonnes of dates to Yemen."},
		{"AID", "", "The World Food Programme distributed food to displaced families in Gaza."},
		{"AID", "", "Britain shipped artillery ammunition to Ukraine."},
		{"AID", "", "The IMF disbursed a $1 billion loan to Egypt."},
		{"AID", "", "China extended a $2 billion credit line to Pakistan."},
		{"AID", "", "Qatar dispatched relief supplies to Afghanistan on Friday."},
		{"AGREE", "", "Japan pledged $50 million in aid to Bangladesh."},
		// CONCEDE
		{"CONCEDE", "", "The Sri Lankan government bowed to pressure from protesters and scrapped the tax."},
		{"CONCEDE", "", "Nepal's prime minister stepped down after deadly protests."},
		{"CONCEDE", "", "The Kenyan government backed down on the tax increase."},
		{"CONCEDE", "", "Senegal's president caved in to opposition demands for an early vote."},
		{"CONCEDE", "", "Georgia's ruling party shelved the foreign agents bill after mass protests."},
		{"CONCEDE", "", "Bangladesh's government conceded to the students' demands."},
		// RETREAT
		{"RETREAT", "release", "Houthi rebels set free 15 Saudi fishermen."},
		{"RETREAT", "withdraw", "Israeli troops pulled out of Jenin on Sunday."},
		{"RETREAT", "", "Azerbaijani troops retreated from the border villages."},
		{"RETREAT", "", "Armenian forces vacated positions near the border."},
		{"RETREAT", "release", "Serbia returned the detained Kosovo police officers."},
		{"RETREAT", "disarm", "Hundreds of fighters handed in their weapons to the army in Kivu."},
		{"RETREAT", "ease", "The United States eased sanctions on Venezuela's oil sector."},
		{"RETREAT", "release", "The militants released two kidnapped Colombian soldiers."},
		{"RETREAT", "", "M23 rebels abandoned the town of Sake on Monday."},
		{"RETREAT", "release", "The president of Belarus pardoned 37 political prisoners on Friday."},
		// REQUEST
		{"REQUEST", "", "Ukraine pressed Germany to send more tanks."},
		{"REQUEST", "", "Egypt appealed to Ethiopia to halt filling the dam."},
		{"REQUEST", "", "The UN pleaded with the warring parties to spare civilians."},
		{"REQUEST", "", "Pakistan implored the Taliban to rein in the militants."},
		{"REQUEST", "", "The Sahel juntas sought help from Russia."},
		{"REQUEST", "", "Lebanon requested assistance from France."},
		{"REQUEST", "", "Chad demanded an apology from France."},
		{"REQUEST", "", "The African Union exhorted Sudan's generals to return to talks."},
		// ACCUSE
		{"ACCUSE", "", "The Iranian foreign minister lashed out at the United States over its sanctions."},
		{"ACCUSE", "", "China took aim at the Philippines over the South China Sea."},
		{"ACCUSE", "", "Peru's ambassador was summoned by the Chilean foreign ministry on Monday over the remarks."},
		{"ACCUSE", "", "Venezuela slammed Guyana's plans for oil exploration."},
		{"ACCUSE", "", "Russia hit back at NATO over its new deployments."},
		{"ACCUSE", "", "India rapped Pakistan for raising Kashmir at the UN."},
		{"ACCUSE", "", "Ukraine charged Russia with deporting children."},
		{"ACCUSE", "", "Egypt decried Israel's raids in the West Bank."},
		{"ACCUSE", "", "Beijing berated Tokyo over the visit to the shrine."},
		{"ACCUSE", "", "Israel faulted the UN for failing to stop the rockets."},
		{"ACCUSE", "", "Sudan and South Sudan traded blame for the attack on the oilfield."},
		{"ACCUSE", "", "Armenia and Azerbaijan exchanged accusations after the border shooting."},
		{"ACCUSE", "allege", "Poland's ambassador in Minsk protested the detention of two journalists."},
		{"ACCUSE", "allege", "Vietnam lodged a formal protest with Beijing over the survey ship."},
		// REJECT
		{"REJECT", "", "Hamas spurned the Israeli proposal for a truce."},
		{"REJECT", "", "Iran shrugged off the threat of new European sanctions."},
		{"REJECT", "", "Niger's junta dismissed the ECOWAS ultimatum."},
		{"REJECT", "", "Russia brushed aside calls from the UN to halt its offensive."},
		{"REJECT", "", "Serbia refused to recognise Kosovo's independence."},
		{"REJECT", "", "The Taliban snubbed an invitation to the Doha conference."},
		{"REJECT", "", "Mali's junta declined an offer of mediation from Algeria."},
		{"REJECT", "", "Moscow poured cold water on the Ukrainian peace plan."},
		// THREATEN
		{"THREATEN", "", "Iran vowed retaliation against Israel for the strike."},
		{"THREATEN", "", "China warned the Philippines of consequences over the shoal."},
		{"THREATEN", "violence", "Taiwan's navy stood ready to defend the outlying islands, the defence ministry said."},
		{"THREATEN", "", "North Korea vowed to respond with force to the drills."},
		{"THREATEN", "", "Russia warned Finland of countermeasures if it hosts NATO troops."},
		{"THREATEN", "", "Hezbollah pledged revenge against Israel for the killing."},
		{"THREATEN", "", "Azerbaijan warned Armenia that it would retaliate."},
		{"THREATEN", "", "The junta vowed to crush the rebels."},
		{"THREATEN", "", "Washington warned Beijing against invading Taiwan."},
		// PROTEST
		{"PROTEST", "demo", "Thousands of teachers staged a sit-in outside parliament in Nairobi."},
		{"PROTEST", "demo", "Protesters marched on the presidential palace in Lima."},
		{"PROTEST", "demo", "Hundreds of students massed outside the French embassy in Bamako."},
		{"PROTEST", "boycott", "Dock workers downed tools in Mombasa over unpaid wages."},
		{"PROTEST", "demo", "Students took to the streets of Tehran to denounce the government."},
		{"PROTEST", "demo", "Hundreds of women demonstrated outside the governor's office in Jos."},
		{"PROTEST", "boycott", "Nurses staged a walkout in Harare over pay."},
		{"PROTEST", "demo", "Activists picketed the Chinese embassy in Manila."},
		{"PROTEST", "obstruct", "Protesters blockaded the port of Durban on Monday."},
		{"PROTEST", "demo", "Farmers protested the new fuel tax in Lyon on Monday."},
		// SANCTION
		{"SANCTION", "", "The European Union imposed curbs on Russian diamond imports."},
		{"SANCTION", "", "Washington blacklisted three Chinese firms."},
		{"SANCTION", "expel", "Mali kicked out the French ambassador."},
		{"SANCTION", "expel", "Bolivia on Tuesday ordered Chile's ambassador, Marta Soto, to leave within three days."},
		{"SANCTION", "", "Algeria recalled its envoy from Paris."},
		{"SANCTION", "", "Nicaragua severed ties with Taiwan."},
		{"SANCTION", "", "The United States cut off aid to Uganda."},
		{"SANCTION", "", "Australia placed sanctions on Myanmar's generals."},
		{"SANCTION", "", "China banned imports of Japanese seafood."},
		// MOBILIZE
		{"MOBILIZE", "", "Russia massed troops on the border with Ukraine."},
		{"MOBILIZE", "", "Israel placed its air defences on high alert."},
		{"MOBILIZE", "", "China sent warships to the Taiwan Strait."},
		{"MOBILIZE", "", "Venezuela moved tanks to the border with Guyana."},
		{"MOBILIZE", "", "Pakistan beefed up security along the border with Afghanistan."},
		{"MOBILIZE", "", "Kenya stationed troops along the Somali border."},
		{"MOBILIZE", "", "Nigeria rushed troops to Zamfara after the kidnapping."},
		{"MOBILIZE", "", "South Korea scrambled fighter jets after the incursion by North Korean drones."},
		// COERCE
		{"COERCE", "arrest", "Security forces took the mayor of Ankara into custody."},
		{"COERCE", "", "Pakistani police clamped down on protesters in Lahore."},
		{"COERCE", "ban", "The president of Kyrgyzstan moved to dissolve the opposition party."},
		{"COERCE", "", "Authorities cracked down on opposition activists in Baku."},
		{"COERCE", "arrest", "Police nabbed two suspected militants in Karachi."},
		{"COERCE", "arrest", "Police locked up the opposition leader in Kampala."},
		{"COERCE", "", "The government shut down the internet in Ethiopia's Amhara region."},
		{"COERCE", "deport", "Iran forcibly returned thousands of Afghans."},
		{"COERCE", "arrest", "Soldiers hauled away opposition leaders in Conakry."},
		{"COERCE", "", "The junta suspended the activities of political parties in Mali."},
		// ASSAULT
		{"ASSAULT", "", "Hezbollah rained rockets on northern Israel."},
		{"ASSAULT", "", "Colombian troops stormed a rebel camp in Cauca."},
		{"ASSAULT", "", "Militants ambushed an army convoy in Tillaberi."},
		{"ASSAULT", "", "Militants torched a school in Borno."},
		{"ASSAULT", "", "Gunmen opened fire on worshippers in Kaduna."},
		{"ASSAULT", "aerial", "Pakistani fighter jets struck militant hideouts in North Waziristan."},
		{"ASSAULT", "", "Soldiers gunned down three protesters in Nairobi."},
		{"ASSAULT", "", "Islamist militants overran an army outpost in Mali."},
		{"ASSAULT", "", "Separatists launched an offensive against government forces in Rakhine."},
		{"ASSAULT", "", "Somali troops battled Al-Shabaab fighters in Middle Shabelle."},
		{"ASSAULT", "", "A gunman shot dead a police officer in Peshawar."},
		{"ASSAULT", "", "Militiamen threatened to shoot at aid workers in Rutshuru, the agency said."},
		{"ASSAULT", "", "Attackers hacked to death 10 villagers in Ituri."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2025-10-22", tt.typ, tt.mode)
		})
	}
}
