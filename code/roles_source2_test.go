package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// Who did it and who says so in long, wire-style sentences: doers behind
// long appositions and titles, speakers whose claim is about someone else,
// "according to" anywhere in the sentence, quotes with the speaker after,
// passive doers far from the verb and doers named a sentence before.
func TestSourceInWireSentences(t *testing.T) {
	tests := []struct {
		name, text, typ, source, reporter string
	}{
		// Doers behind long appositions.
		{"a group behind an apposition naming its leader",
			"Jama'at Nusrat al-Islam wal-Muslimin, the al Qaeda affiliate led by Iyad Ag Ghali, attacked an army post outside Mopti on Thursday, killing nine soldiers, the army said.",
			truce.Assault, "JNIM", "MLI"},
		{"a militia behind a relative clause",
			"The Rapid Support Forces, which have been at war with the army since April 2023, shelled a displacement camp on the edge of El Fasher on Monday, killing twenty-one people.",
			truce.Assault, "RSF", ""},
		{"rebels behind an apposition about their backers",
			"M23 rebels, who United Nations experts say are backed by Rwanda, seized the mining town of Rubaya in North Kivu on Wednesday after two days of fighting with the army.",
			"", "M23", ""},
		{"a state's forces behind an apposition",
			"Ethiopia's federal army, which has been fighting Fano militiamen across the Amhara region for two years, carried out a drone strike on a bus near Debre Markos, killing eleven passengers.",
			truce.Assault, "ETHMIL", ""},
		// Doers given by office and name.
		{"a colonel who commands a division says his troops retook a town",
			"Colonel Ibrahim Sango, the commander of the army's seventh division, said on Tuesday that his troops had retaken the town of Damboa from Boko Haram fighters after a week of fighting.",
			"", "NGAMIL", "NGAMIL"},
		{"a general says his forces struck",
			"General Oleksandr Petrenko, who heads Ukraine's air defence command, said his forces had shot down forty-two Russian drones over the Kyiv region overnight.",
			"", "UKR", "UKR"},
		{"a defence minister says his country's jets struck",
			"Defence Minister Yasar Guler told reporters in Ankara that Turkish jets had struck twenty-three targets of the PKK in northern Iraq on Sunday night.",
			truce.Assault, "TUR", "TUR"},
		// Speakers whose claim is about someone else.
		{"a police spokesman named after his office says gunmen attacked",
			"A police spokesman, Ahmed Barre, said gunmen on motorbikes had attacked a market in the northern town of Gao on Friday, killing seven traders.",
			truce.Assault, "REB", "COP"},
		{"a governor says bandits abducted pupils",
			"The governor of Nigeria's Katsina state, Dikko Radda, said bandits had abducted more than forty pupils from a boarding school in the early hours of Thursday.",
			"", "NGA", "NGA"},
		{"an army spokesman says militants ambushed a convoy",
			"An army spokesman in Islamabad said on Wednesday that militants had ambushed a military convoy in North Waziristan, killing five soldiers and wounding eight others.",
			truce.Assault, "REB", "PAKMIL"},
		{"the interior ministry says rebels burned a village",
			"Cameroon's interior ministry said separatist fighters had burned down forty houses in a village near Bamenda on Sunday and killed two of its residents.",
			"", "CMR", "CMR"},
		// "according to X" at the start, middle or end.
		{"according to at the start",
			"According to the United Nations, Israeli air strikes on the Nuseirat camp in central Gaza killed at least thirty-three people, most of them women and children, on Tuesday.",
			truce.Assault, "ISR", "UN"},
		{"according to in the middle",
			"Russian missiles, according to Ukraine's air force, struck an energy facility in the Lviv region early on Friday, cutting power to thousands of homes.",
			truce.Assault, "RUS", "UKR"},
		{"according to at the end",
			"Houthi forces fired two ballistic missiles at a Greek-flagged tanker in the Red Sea on Monday, according to the British military's maritime agency.",
			truce.Assault, "HOUTHI", "GBR"},
		{"according to a named official at the end",
			"Sudanese army drones hit a fuel depot in Nyala on Saturday, according to Mohamed Hassan, a spokesman for the Rapid Support Forces.",
			truce.Assault, "SDNMIL", "RSF"},
		// "X told Reuters/AFP that".
		{"a minister told Reuters",
			"Lebanon's health minister told Reuters that Israeli strikes on villages in the south had killed twelve people, including three paramedics, since Sunday.",
			truce.Assault, "ISR", "LBN"},
		{"a rebel spokesman told AFP",
			"A spokesman for the Arakan Army told AFP by telephone on Monday that the group's fighters had captured a border guard post in Maungdaw township.",
			"", "", "AA"},
		{"a local official told a news agency",
			"A local official in Borno state told the Associated Press that suspected jihadists had killed eighteen fishermen on the shores of Lake Chad.",
			truce.Assault, "REB", "NGA"},
		// Statements on messaging channels.
		{"in a statement on Telegram the group says its fighters attacked",
			"In a statement on Telegram, the Islamic State said its fighters had attacked a church in Mozambique's Cabo Delgado province on Sunday, killing four worshippers.",
			truce.Assault, "ISIS", "ISIS"},
		{"in a statement the rebels say they shot down a helicopter",
			"In a statement posted on social media, the Kachin Independence Army said it had shot down a military helicopter near Bhamo on Wednesday.",
			"", "", "KIA"},
		// "X's foreign ministry spokesperson Y said".
		{"an interior ministry spokesman says police arrested",
			"Iran's interior ministry spokesman Ali Zeinivand said police had arrested twenty-five people suspected of links to the bombing in Kerman.",
			truce.Coerce, "IRNCOP", "IRN"},
		// Quotes with the speaker after.
		{"a quote with the minister after",
			"\"We will not sit down with terrorists,\" the interior minister of Burkina Faso said on Tuesday, rejecting calls from religious leaders for talks with JNIM.",
			truce.Reject, "BFA", ""},
		// Claims of responsibility.
		{"the group claimed responsibility",
			"The Baloch Liberation Army claimed responsibility for an attack on a passenger train in Balochistan on Tuesday in which at least twenty people were killed.",
			truce.Assault, "BLA", ""},
		{"a claim after the act",
			"A suicide bomber blew himself up outside a mosque in Peshawar during Friday prayers, killing thirty worshippers; the Pakistani Taliban later claimed the attack.",
			truce.Assault, "TTP", ""},
		// Passive doers far from the verb.
		{"a passive with the doer past a time and a place",
			"Six soldiers were killed on Tuesday near the border town of Menaka by fighters loyal to the Islamic State in the Sahel, the army said in a statement.",
			truce.Assault, "REB", "MLI"},
		{"a passive with a long doer",
			"At least forty civilians were massacred over the weekend in two villages of Ituri province by militiamen from the CODECO coalition, a United Nations official said.",
			truce.Assault, "", "UN"},
		{"a passive shot dead past an adverb, a time and a checkpoint",
			"Three policemen were shot dead late on Monday at a checkpoint outside Peshawar by militants of the Pakistani Taliban, officials said.",
			truce.Assault, "TTP", ""},
		// Speakers behind an aside of circumstance.
		{"an army spokesman speaking on television",
			"The Nigerian army spokesman, speaking on state television, said soldiers had killed thirty bandits in a forest near Gusau on Sunday.",
			truce.Assault, "NGAMIL", "NGAMIL"},
		{"a police spokeswoman speaking to reporters",
			"A Kenyan police spokeswoman, speaking to reporters in Mombasa, said gunmen had attacked a bus near Lamu, killing six passengers.",
			truce.Assault, "REB", "KENCOP"},
		{"a speaker behind a long aside of anonymity",
			"A senior security official, who spoke on condition of anonymity because he was not authorised to talk to the media, said gunmen had killed eight policemen in Zamfara on Tuesday.",
			truce.Assault, "REB", "NGA"},
		{"a speaker behind a short relative aside",
			"A Malian army officer, who is based in the garrison town of Gao, said jihadists had ambushed a supply convoy near Tessalit on Sunday, killing eleven soldiers.",
			truce.Assault, "REB", "MLI"},
		// More attributions of wire English.
		{"a quote of the speaker's own deed with the minister after",
			"\"Our forces destroyed three rebel bases near the border,\" the Chadian defence minister said on Sunday, adding that forty fighters were killed.",
			truce.Assault, "TCDMIL", "TCD"},
		{"a ranked officer named with his post",
			"Lieutenant Colonel Abdoulaye Ouedraogo, a spokesman for the Burkinabe army, said soldiers had killed about sixty jihadists in an operation near Djibo on Thursday.",
			truce.Assault, "BFAMIL", "BFAMIL"},
		{"a statement released by an army",
			"A statement released by the Ugandan army said its troops had killed twenty ADF rebels in eastern Congo last week.",
			truce.Assault, "UGAMIL", "UGAMIL"},
		{"police of a named city",
			"Police in the Nigerian city of Kano said gunmen had shot dead a local chief on his way home from a mosque on Friday evening.",
			truce.Assault, "REB", "NGACOP"},
		{"local media reported",
			"Local media reported that Indian troops had killed three militants in a gunfight in Kashmir's Kupwara district on Monday.",
			truce.Assault, "INDMIL", "IND"},
		{"a named spokesman without an article told reporters",
			"Mohamed Osman, spokesman of the Somali regional government, told reporters that al-Shabaab fighters had killed nine soldiers near Galkayo.",
			truce.Assault, "ALSHABAAB", "SOM"},
		{"a governor named after a comma wrote on a channel",
			"The regional governor, Serhiy Lysak, said on Telegram that Russian drones had hit an industrial site in Dnipro, wounding five workers.",
			truce.Assault, "RUS", "UKR"},
		{"a territory's health ministry after the act",
			"Israeli troops shot dead two Palestinians in Nablus on Monday, the Palestinian health ministry said in a statement.",
			truce.Assault, "ISR", "PSE"},
		{"the head of the region's administration speaks for the place named before",
			"Russian artillery hit a hospital in Kharkiv's Saltivskyi district early on Friday, wounding four nurses, said Oleh Syniehubov, head of the region's military administration.",
			truce.Assault, "RUS", "UKR"},
		// Doers in a preceding sentence.
		{"the group a sentence later",
			"Al-Shabaab fighters stormed a hotel in Mogadishu late on Friday. The group said in a statement that its men had killed more than twenty government officials.",
			truce.Assault, "ALSHABAAB", ""},
		{"the militants a sentence later",
			"Boko Haram militants raided the village of Mafa in Borno state on Sunday night. The militants killed twelve farmers and set fire to the market, residents said.",
			truce.Assault, "BOKOHARAM", "CVL"},
		{"they a sentence later",
			"Fighters of the Kurdistan Workers' Party crossed into Turkey from northern Iraq on Monday. They opened fire on a military outpost in Hakkari province, killing two soldiers.",
			truce.Assault, "PKK", ""},
		{"the rebels a sentence later",
			"The Houthis have kept up their campaign against shipping in the Red Sea. The rebels fired a drone at a Liberian-flagged bulk carrier on Thursday, the ship's operator said.",
			truce.Assault, "HOUTHI", ""},
		{"the ministry a sentence later",
			"Russia's defence ministry reported heavy fighting around Pokrovsk on Sunday. The ministry said its troops had destroyed three Ukrainian tanks near the village of Udachne.",
			truce.Assault, "RUS", "RUS"},
		// Residents and witnesses as reporters.
		{"residents said soldiers opened fire",
			"Residents of the Guinean capital Conakry said soldiers had opened fire on young men protesting against the junta on Wednesday, killing at least three of them.",
			truce.Assault, "GINMIL", "CVL"},
		{"witnesses said police beat",
			"Witnesses said riot police in Nairobi beat protesters with batons and fired live rounds on Tuesday as thousands marched against a new finance bill.",
			truce.Assault, "KENCOP", "CVL"},
		{"witnesses after the act",
			"Israeli settlers set fire to cars and homes in the Palestinian village of Turmus Ayya on Saturday, witnesses and local officials said.",
			truce.Assault, "ISR", "CVL"},
		// Mixed wire constructions.
		{"the Syrian Observatory counts the dead of a clash",
			"Clashes between Turkish-backed factions and Kurdish-led forces near the Tishreen dam killed at least eighteen fighters on Friday, the Syrian Observatory for Human Rights reported.",
			"", "", "SOHR"},
		{"the health ministry of a named territory",
			"The Gaza health ministry said on Sunday that Israeli fire had killed twenty-seven people waiting for food near an aid distribution point in Rafah.",
			truce.Assault, "ISR", "PSE"},
		{"a monitoring group after a semicolon",
			"Myanmar's junta bombed a monastery in Sagaing region on Friday, killing twenty-three people sheltering there; a local rescue group said children were among the dead.",
			truce.Assault, "MMR", ""},
		{"a statement from the presidency",
			"The Somali presidency said in a statement that security forces, backed by American air strikes, had killed more than sixty al-Shabaab fighters in the Hiran region this week.",
			truce.Assault, "SOM", "SOM"},
		{"a police chief named before his office",
			"Moses Kanja, the head of Kenya's national police, said on Saturday that officers had arrested fourteen suspected members of the Mungiki gang in Nakuru.",
			truce.Coerce, "KENCOP", "KEN"},
		{"the army says in a statement it killed",
			"The Colombian army said in a statement on Monday that its soldiers had killed seven members of the National Liberation Army in clashes in the Catatumbo region.",
			truce.Assault, "COLMIL", "COLMIL"},
		{"a spokesman for the UN agency says",
			"A spokesman for the UN refugee agency, speaking in Geneva on Friday, said rebels had killed forty displaced people in an attack on a camp in eastern Congo.",
			"", "", "UNHCR"},
		{"a mayor says missiles hit his city",
			"The mayor of Kharkiv, Ihor Terekhov, said Russian glide bombs had struck a residential district of the city on Sunday afternoon, wounding thirty-one people.",
			truce.Assault, "RUS", "UKR"},
		{"a military source speaking on condition of anonymity",
			"Pakistani security forces killed eleven militants in a raid in the Khyber district on Thursday, a security official said on condition of anonymity.",
			truce.Assault, "PAK", "PAK"},
		{"a police officer in a town says a bomb",
			"A roadside bomb killed four policemen on a patrol in the Lakki Marwat district on Monday, police officer Imran Wazir told reporters.",
			truce.Assault, "", "PAKCOP"},
		{"a group's leader says his fighters",
			"Twan Mrat Naing, the commander of the Arakan Army, said in a video message that his fighters had captured the town of Paletwa after weeks of fighting with junta troops.",
			"", "AA", "AA"},
		{"the state news agency reports",
			"Iran's state news agency IRNA reported that the Revolutionary Guards had seized a foreign tanker in the Strait of Hormuz for smuggling fuel.",
			"", "IRN", "IRN"},
		{"spokesman for the militants says they attacked",
			"Zabihullah Mujahid, a spokesman for the Taliban government, said on Sunday that Afghan forces had attacked Pakistani border posts in retaliation for air strikes.",
			truce.Assault, "AFG", "AFG"},
		{"the White House says",
			"The White House said in a statement that President Donald Trump had ordered strikes on Houthi radar sites in Yemen after attacks on American warships.",
			"", "USA", "USA"},
		{"the defence ministry said its forces intercepted",
			"Saudi Arabia's defence ministry said its air defences had intercepted three drones launched by the Houthis toward the southern city of Jizan.",
			"", "SAU", "SAU"},
		{"eyewitnesses told a broadcaster",
			"Eyewitnesses told the BBC that members of the Fano militia had executed at least nine civilians in the town of Bahir Dar on Saturday.",
			truce.Assault, "", "CVL"},
		{"security sources said",
			"Egyptian security sources said on Thursday that soldiers had killed fifteen suspected militants in a raid on a hideout in North Sinai.",
			truce.Assault, "EGY", "EGY"},
		{"a district commissioner told journalists",
			"District commissioner Abdi Warsame told journalists that al-Shabaab had fired mortars at an African Union base near Baidoa on Tuesday, wounding two peacekeepers.",
			truce.Assault, "ALSHABAAB", "SOM"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if tt.typ != "" && ev.Type != tt.typ {
					continue
				}
				if tt.source != "" && !probeActor(ev.Source, tt.source) {
					continue
				}
				if tt.reporter != "" && !reporterIs(ev.ReportedBy, tt.reporter) {
					continue
				}
				return
			}
			t.Errorf("no %s event from %s reported by %s in %+v", tt.typ, tt.source, tt.reporter, x.Events)
		})
	}
}

// reporterIs reports whether the reporter a has the id want, a three-letter
// country code its id starts with, or a bare sector code its sector.
func reporterIs(a *truce.Actor, want string) bool {
	if a == nil {
		return false
	}
	if a.ID == want || (len(want) == 3 && (strings.HasPrefix(a.ID, want) || a.Sector == want)) {
		return true
	}
	return false
}
