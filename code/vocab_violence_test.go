package code_test

import (
	"strings"
	"testing"
)

// TestViolenceVocabulary probes the trigger lexicon in depth for the
// material-conflict categories: the many ways wire copy tells an attack, a
// crackdown, a protest or a show of force ("strafed", "rained shells on",
// "whisked away", "sealed off", "downed tools", "called up reservists").
// Each sentence is in our own words, with its own actors and country, and
// says the act differently; where the act has one clear mode or ACLED
// sub-event, the case checks that too. TestVocabularyBreadth walks every
// category lightly; this walks the violent ones closely.
func TestViolenceVocabulary(t *testing.T) {
	tests := []struct {
		typ, mode string // mode "" is not checked
		sub       string // ACLED sub-event; "" is not checked
		text      string
	}{
		// ASSAULT: from the air
		{"ASSAULT", "aerial", "Air/drone strike", "Coalition warplanes strafed a convoy of rebel fighters near Marib."},
		{"ASSAULT", "aerial", "Air/drone strike", "Army jets bombed a crowded market in Nyala on Sunday."},
		{"ASSAULT", "aerial", "Air/drone strike", "Helicopter gunships hammered rebel positions in the Nuba mountains."},
		{"ASSAULT", "", "Air/drone strike", "Turkish warplanes pounded Kurdish militant hideouts in northern Iraq."},
		{"ASSAULT", "aerial", "Air/drone strike", "Myanmar's air force carried out air raids on villages in Sagaing."},
		{"ASSAULT", "drone", "Air/drone strike", "A drone strike hit a car carrying militant commanders near Jilib."},
		{"ASSAULT", "drone", "Air/drone strike", "Ukrainian forces struck a Russian airbase with drones overnight."},
		{"ASSAULT", "drone", "Air/drone strike", "Houthi rebels launched explosive drones at a tanker in the Red Sea."},
		// ASSAULT: shelling, rockets and missiles
		{"ASSAULT", "heavy-weapons", "Shelling/artillery/missile attack", "Russian forces rained shells on Kharkiv overnight."},
		{"ASSAULT", "heavy-weapons", "Shelling/artillery/missile attack", "Ethiopian troops shelled villages in the Amhara region."},
		{"ASSAULT", "heavy-weapons", "Shelling/artillery/missile attack", "Israeli artillery bombarded the outskirts of Khan Younis."},
		{"ASSAULT", "heavy-weapons", "Shelling/artillery/missile attack", "Separatist gunners pummelled Avdiivka with artillery."},
		{"ASSAULT", "heavy-weapons", "Shelling/artillery/missile attack", "Armenian forces lobbed mortar rounds at Azerbaijani positions."},
		{"ASSAULT", "heavy-weapons", "Shelling/artillery/missile attack", "Hezbollah fired a barrage of rockets at northern Israel."},
		{"ASSAULT", "heavy-weapons", "Shelling/artillery/missile attack", "The Houthis fired ballistic missiles at the port of Eilat."},
		{"ASSAULT", "heavy-weapons", "Shelling/artillery/missile attack", "Militants lobbed rockets into the town of Sderot."},
		{"ASSAULT", "heavy-weapons", "Shelling/artillery/missile attack", "Government howitzers hammered rebel lines outside Kidal."},
		// ASSAULT: bombs, mines and grenades
		{"ASSAULT", "explosives", "Remote explosive/landmine/IED", "Militants planted a roadside bomb that killed four soldiers in Balochistan."},
		{"ASSAULT", "explosives", "Remote explosive/landmine/IED", "Insurgents detonated an improvised explosive device under a police truck in Kunar."},
		{"ASSAULT", "explosives", "Remote explosive/landmine/IED", "Rebels blew up a bridge on the main road to Bamenda."},
		{"ASSAULT", "explosives", "Remote explosive/landmine/IED", "Three shepherds were killed when a landmine exploded near Kassala."},
		{"ASSAULT", "explosives", "Grenade", "Unknown attackers lobbed grenades into a bar in Bujumbura."},
		{"ASSAULT", "explosives", "Grenade", "Militants hurled a grenade at a police station in Imphal."},
		{"ASSAULT", "explosives", "Grenade", "Militants tossed a grenade at a security patrol in Srinagar."},
		// ASSAULT: suicide attacks
		{"ASSAULT", "suicide-attack", "Suicide bomb", "A suicide bomber blew himself up at a mosque in Peshawar."},
		{"ASSAULT", "suicide-attack", "Suicide bomb", "A militant detonated an explosive-laden vest at a checkpoint in Maiduguri."},
		{"ASSAULT", "suicide-attack", "Suicide bomb", "A female suicide bomber struck a crowded market in Konduga."},
		// ASSAULT: guns
		{"ASSAULT", "firearms", "", "Gunmen sprayed bullets at worshippers leaving a mosque in Zamfara."},
		{"ASSAULT", "", "", "Bandits riddled a police van with bullets in Katsina."},
		{"ASSAULT", "", "", "Militiamen fired indiscriminately on villagers in Ituri."},
		{"ASSAULT", "", "", "Police shot dead two protesters in Kisumu."},
		{"ASSAULT", "", "", "Gunmen stormed a hotel in central Mogadishu."},
		{"ASSAULT", "", "", "A sniper shot and wounded a teenager in Jenin."},
		{"ASSAULT", "", "", "Gunmen shot and killed a village chief in Zamfara."},
		// ASSAULT: killing and maiming people
		{"ASSAULT", "targeted", "", "Unknown gunmen assassinated a prominent journalist in Culiacan."},
		{"ASSAULT", "", "", "Militants executed six hostages in Cabo Delgado."},
		{"ASSAULT", "", "", "Gunmen massacred 30 herders in a village in Zamfara."},
		{"ASSAULT", "", "", "Paramilitary fighters slaughtered civilians in Kassala."},
		{"ASSAULT", "", "", "Jihadists beheaded two farmers near Palma."},
		{"ASSAULT", "", "", "A police officer stabbed a protester in Lahore."},
		{"ASSAULT", "", "", "Villagers stoned a suspected thief to death in Kano."},
		{"ASSAULT", "", "Mob violence", "A mob lynched a man accused of blasphemy in Sialkot."},
		{"ASSAULT", "", "", "Soldiers mowed down fleeing villagers in Rakhine."},
		// ASSAULT: beating and torture
		{"ASSAULT", "beat", "Attack", "Soldiers beat villagers with rifle butts in Rakhine."},
		{"ASSAULT", "beat", "Attack", "Militiamen flogged two women in Jowhar."},
		{"ASSAULT", "", "", "Police officers assaulted a reporter covering the rally in Dhaka."},
		{"ASSAULT", "", "", "Soldiers tortured detained activists in Tehran."},
		{"ASSAULT", "torture", "", "Militiamen subjected the captives to torture in Sirte."},
		// ASSAULT: sexual violence
		{"ASSAULT", "sexual", "Sexual violence", "Soldiers raped women in a village in South Kivu."},
		{"ASSAULT", "sexual", "Sexual violence", "Militiamen sexually assaulted displaced girls in Tigray."},
		// ASSAULT: abduction
		{"ASSAULT", "abduct", "Abduction/forced disappearance", "Bandits kidnapped 40 schoolchildren in Kaduna state."},
		{"ASSAULT", "abduct", "Abduction/forced disappearance", "Gunmen snatched a German aid worker in Niamey."},
		{"ASSAULT", "abduct", "Abduction/forced disappearance", "Jihadists carried off dozens of women from a village in Soum."},
		{"ASSAULT", "abduct", "Abduction/forced disappearance", "Rebels took a Chinese engineer hostage in Cabo Delgado."},
		{"ASSAULT", "abduct", "Abduction/forced disappearance", "Al-Shabaab militants abducted a district commissioner in Gedo."},
		{"ASSAULT", "abduct", "Abduction/forced disappearance", "Gunmen seized the crew of a cargo ship off Puntland."},
		// ASSAULT: burning, razing and looting
		{"ASSAULT", "", "", "Militants torched dozens of homes in Manipur."},
		{"ASSAULT", "", "", "Soldiers set ablaze a village in western Tigray."},
		{"ASSAULT", "", "", "Settlers set fire to Palestinian cars in Huwara."},
		{"ASSAULT", "", "", "Militiamen burned down houses in West Darfur."},
		{"ASSAULT", "", "", "Rebels razed a police station in North Kivu."},
		{"ASSAULT", "destroy", "Looting/property destruction", "Troops bulldozed Palestinian homes in Jenin."},
		{"COERCE", "seize", "Looting/property destruction", "Fighters looted the homes of villagers in Omdurman."},
		{"COERCE", "seize", "Looting/property destruction", "Fighters ransacked a hospital in Omdurman."},
		{"COERCE", "seize", "Looting/property destruction", "Soldiers pillaged villages around Djibo."},
		// ASSAULT: battles
		{"ASSAULT", "", "Armed clash", "Soldiers skirmished with rebels near Kindia."},
		{"ASSAULT", "", "Armed clash", "Rival militias clashed in the suburbs of Tripoli."},
		{"ASSAULT", "", "", "Insurgents attacked a military post in Cabo Delgado."},
		{"ASSAULT", "", "", "Troops repelled an attack by militants on a base in Tillaberi."},
		{"ASSAULT", "", "", "Kurdish fighters ambushed an Islamic State patrol near Raqqa."},
		{"ASSAULT", "", "", "The army launched a ground offensive against rebels in Shan state."},
		// ground changing hands
		{"ASSAULT", "", "Non-state actor overtakes territory", "Jihadists overran an army outpost in Menaka."},
		{"ASSAULT", "", "Non-state actor overtakes territory", "M23 fighters wrested control of Bunagana from the army."},
		{"ASSAULT", "", "Government regains territory", "Government troops retook the town of Kidal from separatists."},
		{"ASSAULT", "", "Government regains territory", "Ukrainian forces recaptured the village of Robotyne."},
		{"ASSAULT", "", "Government regains territory", "Sudan's army regained control of the presidential palace in Khartoum."},
		{"ASSAULT", "", "Government regains territory", "Somali forces liberated the town of Harardhere from al-Shabaab."},
		{"ASSAULT", "", "", "The army pushed back Islamist fighters from the outskirts of Djibo."},
		{"ASSAULT", "", "", "Houthi fighters seized control of the Harib district."},
		// ASSAULT: unconventional
		{"ASSAULT", "unconventional", "Chemical weapon", "Government forces used chlorine gas against rebels in Douma."},
		// COERCE: sieges and closures
		{"COERCE", "restrict", "", "Jihadists laid siege to the town of Djibo."},
		{"COERCE", "restrict", "", "Israeli forces sealed off the West Bank town of Nablus."},
		{"COERCE", "restrict", "", "Police cordoned off the streets around parliament in Nairobi."},
		{"COERCE", "restrict", "", "Israeli forces besieged the Jenin refugee camp."},
		{"COERCE", "restrict", "", "The army closed the border crossing at Rafah."},
		// COERCE: seizures
		{"COERCE", "seize", "", "Iran seized a Greek-flagged tanker in the Strait of Hormuz."},
		{"COERCE", "seize", "", "Police confiscated weapons from militiamen in Basra."},
		// COERCE: censorship
		{"COERCE", "censor", "", "Authorities blocked access to social media in Senegal."},
		{"COERCE", "censor", "", "The regulator pulled an opposition television channel off the air in Caracas."},
		{"COERCE", "censor", "", "Authorities throttled internet access across Iran."},
		// COERCE: curfews and emergency rule
		{"COERCE", "curfew", "", "Authorities imposed a dusk-to-dawn curfew in Imphal."},
		{"COERCE", "curfew", "", "The governor slapped a 24-hour curfew on Jos."},
		{"COERCE", "martial-law", "", "Thailand's army declared martial law across the country."},
		{"COERCE", "martial-law", "", "Ecuador's president declared a state of emergency in Guayaquil."},
		// COERCE: arrests
		{"COERCE", "arrest", "Arrests", "Police rounded up dozens of opposition supporters in Kampala."},
		{"COERCE", "arrest", "Arrests", "Security forces detained an opposition leader in Cairo."},
		{"COERCE", "arrest", "Arrests", "Police apprehended three suspected militants in Dhaka."},
		{"COERCE", "arrest", "", "Authorities imprisoned a dissident blogger in Hanoi."},
		// COERCE: deportation
		{"COERCE", "deport", "", "Pakistan deported thousands of Afghan refugees."},
		{"COERCE", "deport", "", "Tunisia expelled migrants to the Libyan desert."},
		{"COERCE", "deport", "", "China forcibly repatriated North Korean defectors."},
		// COERCE: cyber
		{"COERCE", "cyber", "", "Russian hackers launched a cyberattack on Estonia's government websites."},
		// PROTEST
		{"PROTEST", "demo", "Peaceful protest", "Thousands rallied in Belgrade against the government."},
		{"PROTEST", "demo", "Peaceful protest", "Opposition supporters marched through the streets of Caracas."},
		{"PROTEST", "", "", "Teachers went on strike in Nairobi over pay."},
		{"PROTEST", "", "", "Transport workers staged a strike in Lagos."},
		{"PROTEST", "", "", "Miners walked off the job at a copper mine in Antofagasta."},
		// property set on fire; a boat rammed at sea
		{"ASSAULT", "destroy", "Looting/property destruction", "Soldiers burned dozens of huts in a village near Kalemie."},
		{"ASSAULT", "destroy", "Looting/property destruction", "Jihadist fighters burnt the granary of a village outside Maradi."},
		{"COERCE", "", "", "A maritime militia vessel rammed a Vietnamese fishing boat near the Paracels."},
		// ground lost to another
		{"", "", "Non-state actor overtakes territory", "Government troops lost control over the district of Kidal to Tuareg rebels."},
		// verbs that double their last consonant ("ban~~" in triggers.tsv)
		{"COERCE", "ban", "", "The junta is banning all opposition rallies in Conakry."},
		{"REJECT", "", "", "Eritrea is skipping the peace talks in Nairobi this week."},
		{"PROTEST", "hunger", "", "Prisoners went on hunger strike at a jail in Bahrain."},
		{"PROTEST", "boycott", "", "Opposition parties boycotted the parliamentary elections in Mali."},
		{"PROTEST", "obstruct", "", "Protesters blocked roads in Santa Cruz with burning tyres."},
		{"PROTEST", "obstruct", "", "Farmers barricaded the main highway into Brussels with tractors."},
		{"PROTEST", "riot", "", "Youths pelted police with stones in Srinagar."},
		{"PROTEST", "", "", "Hundreds of protesters stormed parliament in Nairobi."},
		{"PROTEST", "", "", "Demonstrators clashed with police in Nairobi."},
		{"PROTEST", "riot", "Mob violence", "Hundreds of villagers went on the rampage in Kasese on Tuesday."},
		{"PROTEST", "", "", "Protesters vandalised the offices of the ruling party in Dhaka."},
		// crowd control
		{"", "", "Protest with intervention", "Police fired tear gas at protesters in Dakar."},
		{"", "", "", "Police used water cannon to disperse demonstrators in Tbilisi."},
		{"", "", "", "Police baton-charged protesting students in Dhaka."},
		// MOBILIZE
		{"MOBILIZE", "", "", "Russia mobilised 300,000 reservists."},
		{"MOBILIZE", "", "", "Israel called up tens of thousands of reservists."},
		{"MOBILIZE", "", "", "China massed warships near Taiwan."},
		{"MOBILIZE", "", "", "India deployed soldiers to Manipur."},
		{"MOBILIZE", "", "", "The Pentagon put 3,000 troops on standby for Europe."},
		{"MOBILIZE", "", "", "Iran dispatched warships to the Gulf of Aden."},
		{"MOBILIZE", "", "", "Turkey reinforced its troops along the Syrian border."},
		{"MOBILIZE", "", "", "Ecuador's president ordered the army onto the streets of Guayaquil."},
		{"MOBILIZE", "", "", "Egypt held military drills near the Libyan border."},
		{"MOBILIZE", "", "", "Venezuela began war games near the Guyanese border on Sunday."},
		{"COOPERATE", "", "", "Russian and Chinese warships began naval drills in the East China Sea."},
		{"COOPERATE", "", "", "Turkey held naval exercises with the Azerbaijani navy in the Caspian."},
		{"MOBILIZE", "", "", "North Korea put its army on a war footing."},
		{"MOBILIZE", "", "", "Armenia raised the combat readiness of its army."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, e := range x.Events {
				if (tt.typ == "" || e.Type == tt.typ) && (tt.mode == "" || e.Mode == tt.mode) &&
					(tt.sub == "" || e.ACLEDSubtype == tt.sub) {
					return
				}
			}
			var got []string
			for _, e := range x.Events {
				got = append(got, e.Type+"/"+e.Mode+"/"+e.CAMEO+"/"+e.ACLEDSubtype)
			}
			t.Errorf("want %s/%s/%s, got [%s]", tt.typ, tt.mode, tt.sub, strings.Join(got, " "))
		})
	}
}
