package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who did what to whom, construction by construction, in plain wire style:
// each sentence is one a news reader meets every day with names of every
// kind, and each names the source and target of its main event.
func TestRolesProbe(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target string
	}{
		// Active clauses.
		{"active: state army strikes an armed group",
			"Nigerian troops killed 14 Boko Haram fighters in an ambush near Maiduguri on Sunday.",
			truce.Assault, "NGAMIL", "BOKOHARAM"},
		{"active: armed group attacks a state army",
			"Al-Shabaab fighters attacked an army base near Mogadishu on Tuesday, killing five soldiers.",
			truce.Assault, "ALSHABAAB", "SOM"},
		{"active: police detain journalists",
			"Turkish police detained three journalists in Istanbul on Wednesday.",
			truce.Coerce, "TURCOP", "TURMED"},
		// Passive clauses.
		{"passive with a police agent",
			"Four protesters were shot dead by police in Nairobi on Tuesday.",
			truce.Assault, "KENCOP", "KENPRO"},
		{"passive with a named armed group agent",
			"Eleven villagers were killed by ISWAP militants in Borno state on Friday.",
			truce.Assault, "ISWAP", "NGACVL"},
		{"passive with a state military agent",
			"A convoy of aid trucks was hit by Israeli airstrikes in Khan Younis on Monday.",
			truce.Assault, "ISRMIL", ""},
		{"passive with no agent keeps the victims",
			"Two journalists were arrested in Minsk on Thursday.",
			truce.Coerce, "", "BLRMED"},
		// Nominal triggers.
		{"nominal trigger with of and by",
			"The shelling of Kherson by Russian forces killed three civilians on Saturday.",
			truce.Assault, "RUSMIL", ""},
		{"possessive nominal trigger with on",
			"Russia's strikes on Kyiv overnight damaged a power plant.",
			truce.Assault, "RUS", "UKR"},
		{"nominal trigger with against",
			"Ukraine condemned the Russian missile attack against Odesa on Friday.",
			truce.Accuse, "UKR", "RUS"},
		{"nominal arrest of a named target by police",
			"The arrest of opposition leader Kizza Besigye by Ugandan police sparked protests in Kampala.",
			truce.Coerce, "UGACOP", "UGA"},
		// Possessives.
		{"a country's envoy meets another country",
			"Egypt's envoy met Ethiopian officials in Addis Ababa on Monday to discuss the dam.",
			truce.Consult, "EGY", "ETH"},
		{"a possessive army attacks",
			"Sudan's army shelled positions of the Rapid Support Forces in Omdurman on Wednesday.",
			truce.Assault, "SDNMIL", "RSF"},
		{"a possessive foreign ministry accuses",
			"China's foreign ministry accused Japan on Thursday of stirring up tension in the region.",
			truce.Accuse, "CHNGOV", "JPN"},
		// Appositions.
		{"apposition after a known leader",
			"Abiy Ahmed, Ethiopia's prime minister, met Kenyan President William Ruto in Nairobi on Friday.",
			truce.Consult, "ETHGOV", "KENGOV"},
		{"apposition after an armed group",
			"Hezbollah, the Iran-backed Lebanese group, fired rockets at northern Israel on Sunday.",
			truce.Assault, "HEZBOLLAH", "ISR"},
		{"apposition with an unknown person's office",
			"Maria Lopes, a spokeswoman for Brazil's foreign ministry, criticised Venezuela on Tuesday.",
			"", "BRA", "VEN"},
		// Relative clauses.
		{"relative clause between the subject and its verb",
			"Militants, who had crossed the border from Afghanistan overnight, attacked a Pakistani police post in Bannu.",
			truce.Assault, "", "PAKCOP"},
		{"relative clause on the target",
			"Israeli aircraft struck Hamas, which controls Gaza, on Tuesday.",
			truce.Assault, "ISR", "HAMAS"},
		{"relative clause with a named group",
			"The M23 rebels, who seized Goma in January, attacked Congolese army positions near Uvira.",
			truce.Assault, "M23", "COD"},
		// Coordination.
		{"coordinated sources",
			"France and Germany condemned Russia on Monday over the drone incursions.",
			"", "FRA", "RUS"},
		{"coordinated sources, second one",
			"France and Germany condemned Russia on Monday over the drone incursions.",
			"", "DEU", "RUS"},
		{"coordinated targets",
			"Russian drones struck Kharkiv and Sumy overnight, officials said.",
			truce.Assault, "RUS", "UKR"},
		{"coordinated verbs share a subject",
			"Burkinabe soldiers surrounded the village and killed 20 civilians, a rights group said.",
			truce.Assault, "BFAMIL", "BFACVL"},
		{"second verb after and shares the subject and takes its own object",
			"Thai police stormed the camp and arrested dozens of protesters in Bangkok.",
			truce.Coerce, "THACOP", "THAPRO"},
		// Reported speech.
		{"reported speech: the act's source is the one said to act",
			"Kyiv said Russian forces had shelled a hospital in Kherson on Monday.",
			truce.Assault, "RUS", "UKR"},
		{"reported speech: the report names the speaker",
			"The Pakistani army said TTP militants had attacked a checkpoint in North Waziristan.",
			truce.Assault, "TTP", "PAK"},
		{"reported speech with according to",
			"Gunmen killed nine worshippers at a mosque in Zamfara, according to Nigerian police.",
			truce.Assault, "", "NGACVL"},
		// Participle clauses.
		{"participle clause: killing",
			"An Israeli drone struck a car in southern Lebanon on Monday, killing two Hezbollah members.",
			truce.Assault, "ISRMIL", "HEZBOLLAH"},
		{"participle clause: accusing",
			"Iran summoned the British ambassador on Sunday, accusing London of meddling in its affairs.",
			truce.Accuse, "IRN", "GBR"},
		{"participle clause after a passive",
			"A bomb exploded at a market in Quetta, wounding 15 shoppers.",
			truce.Assault, "", "PAKCVL"},
		// Accused X of Y-ing.
		{"accused X of Y-ing Z",
			"Armenia accused Azerbaijan of shelling villages near the border on Tuesday.",
			truce.Accuse, "ARM", "AZE"},
		{"accused X of Y-ing, group accuser",
			"Hamas accused Israel of blocking aid deliveries into Gaza.",
			truce.Accuse, "HAMAS", "ISR"},
		{"accused X of Y-ing, ministry accuser",
			"The Indian foreign ministry accused Pakistan of sheltering militants.",
			truce.Accuse, "IND", "PAK"},
		// Called on, urged, warned.
		{"called on X to",
			"The United Nations called on Myanmar's military to release all political prisoners.",
			truce.Request, "UN", "MMRMIL"},
		{"urged X to",
			"The African Union urged Sudan's warring parties to return to talks in Jeddah.",
			truce.Request, "AU", "SDN"},
		{"urged X to, state source",
			"Washington urged Beijing on Monday to stop harassing Philippine vessels.",
			truce.Request, "USA", "CHN"},
		{"warned X against",
			"Turkey warned Greece against militarising islands in the Aegean.",
			truce.Threaten, "TUR", "GRC"},
		{"warned X against, leader source",
			"Vladimir Putin warned NATO on Thursday against sending troops to Ukraine.",
			truce.Threaten, "RUS", "NATO"},
		// Meetings and talks.
		{"X and Y held talks",
			"Serbia and Kosovo held talks in Brussels on Thursday.",
			truce.Consult, "SRB", "XKX"},
		{"talks between X and Y",
			"Talks between India and China on the border dispute resumed in Beijing on Monday.",
			truce.Consult, "IND", "CHN"},
		{"X's talks with Y",
			"Qatar's talks with the Taliban in Doha ended without agreement.",
			truce.Consult, "QAT", "AFG"},
		{"X met Y",
			"The Turkish foreign minister met his Iranian counterpart in Ankara on Sunday.",
			truce.Consult, "TUR", "IRN"},
		{"met with, leader names",
			"Recep Tayyip Erdogan met with Volodymyr Zelensky in Istanbul on Friday.",
			truce.Consult, "TUR", "UKR"},
		// Pronouns and definite descriptions referring back.
		{"it refers to the group named before",
			"The Islamic State claimed the bombing in Kabul. It said its fighters had targeted Taliban officials.",
			truce.Assault, "ISIS", "AFG"},
		{"it refers to the country named before",
			"Algeria recalled its ambassador from Paris on Monday. It accused France of interfering in its affairs.",
			truce.Accuse, "DZA", "FRA"},
		{"they refers to the pair named before",
			"Rwanda and Congo signed a peace deal in Washington on Friday. They agreed to stop supporting armed groups.",
			truce.Agree, "RWA", "COD"},
		{"the group refers back",
			"Al-Shabaab claimed the attack on the hotel. The group said it had killed several officials.",
			truce.Assault, "ALSHABAAB", ""},
		{"the militants refer back",
			"Jama'at Nusrat al-Islam wal-Muslimin fighters raided a town in central Mali. The militants killed 30 civilians.",
			truce.Assault, "JNIM", "MLICVL"},
		// Titles.
		{"title with a known name",
			"Defence Minister Khawaja Asif accused Afghanistan of harbouring terrorists.",
			truce.Accuse, "PAK", "AFG"},
		{"title and country with an unknown name",
			"Ghanaian Foreign Minister Kwame Mensah met Nigeria's president in Abuja on Monday.",
			truce.Consult, "GHA", "NGA"},
		{"possessive country and title with an unknown name",
			"Chile's Interior Minister Pablo Rojas accused Bolivia of failing to guard the border.",
			truce.Accuse, "CHL", "BOL"},
		{"title with an unknown name, country from a demonym target",
			"Kenyan police arrested opposition lawmaker John Otieno in Kisumu on Monday.",
			truce.Coerce, "KENCOP", "KEN"},
		// Capitals as metonyms.
		{"capital as the state, source and target",
			"Moscow expelled two diplomats, accusing Tallinn of hostile actions.",
			truce.Accuse, "RUS", "EST"},
		{"capital as the state, target",
			"Seoul protested to Tokyo over the disputed islands.",
			"", "KOR", "JPN"},
		{"capital as the state, sanction",
			"Washington imposed sanctions on Tehran's oil sector on Thursday.",
			truce.Sanction, "USA", "IRN"},
		// Demonyms.
		{"demonym with a sector noun",
			"Pakistani troops killed six militants in a raid in Khyber district.",
			truce.Assault, "PAKMIL", "REB"},
		{"demonym with warplanes",
			"Turkish warplanes bombed PKK positions in northern Iraq on Wednesday.",
			truce.Assault, "TURMIL", "PKK"},
		{"demonym with police against protesters",
			"Serbian police fired tear gas at protesters in Belgrade on Saturday.",
			truce.Assault, "SRBCOP", "SRBPRO"},
		// Unnamed sectors placed by the place.
		{"security forces placed by the city",
			"Security forces killed four protesters in Khartoum on Monday.",
			truce.Assault, "SDNCOP", "SDNPRO"},
		{"gunmen placed by the state",
			"Gunmen abducted 30 students from a school in Kaduna state on Thursday.",
			truce.Assault, "NGA", "NGAEDU"},
		{"police placed by the city",
			"Police used tear gas to disperse hundreds of demonstrators in Lagos.",
			truce.Coerce, "NGACOP", "NGAPRO"},
		// Two sides and each other.
		{"the two sides after a pair",
			"Thailand and Cambodia clashed along their border on Thursday. The two sides exchanged artillery fire for hours.",
			truce.Assault, "THA", "KHM"},
		{"each other after a pair",
			"India and Pakistan accused each other of violating the ceasefire.",
			truce.Accuse, "IND", "PAK"},
		{"both sides after a pair",
			"Israel and Hamas agreed on Friday to a week-long pause in fighting, mediators said. Both sides agreed to exchange hostages for prisoners.",
			truce.Agree, "ISR", "HAMAS"},
		// IGOs and NGOs.
		{"IGO imposes sanctions",
			"The European Union imposed new sanctions on Belarus on Monday.",
			truce.Sanction, "EU", "BLR"},
		{"rights group accuses",
			"Amnesty International accused Saudi Arabia of executing migrants.",
			truce.Accuse, "NGO", "SAU"},
		{"UN agency aid",
			"The World Food Programme delivered food to displaced families in Darfur.",
			truce.Aid, "WFP", "SDN"},
		// Protest.
		{"protesters marched against a government",
			"Thousands of protesters marched in Tbilisi on Sunday against the Georgian government.",
			truce.Protest, "GEOPRO", "GEOGOV"},
		{"workers went on strike",
			"Dock workers in Rotterdam went on strike on Monday over pension reforms.",
			truce.Protest, "NLDLAB", ""},
		// Threaten, reject, demand.
		{"threatened to retaliate against X",
			"North Korea threatened to retaliate against South Korea over the military drills.",
			truce.Threaten, "PRK", "KOR"},
		{"rejected X's proposal",
			"Ukraine rejected Russia's proposal for a short truce on Tuesday.",
			truce.Reject, "UKR", "RUS"},
		{"demanded that X",
			"Somalia demanded that Ethiopia withdraw its troops from the border region.",
			"", "SOM", "ETH"},
		// Other everyday constructions.
		{"launched an offensive against X",
			"The Iraqi army launched an offensive against Islamic State fighters in Anbar province.",
			truce.Assault, "IRQMIL", "ISIS"},
		{"claimed responsibility for an attack on X",
			"The Baloch Liberation Army claimed responsibility for an attack on a Pakistani army convoy.",
			truce.Assault, "BLA", "PAKMIL"},
		{"opened fire on X",
			"Indian border guards opened fire on Bangladeshi smugglers at the border.",
			truce.Assault, "INDMIL", "BGD"},
		{"expelled X's diplomats",
			"Mali expelled the French ambassador on Monday.",
			"", "MLI", "FRA"},
		{"signed an agreement with X",
			"Saudi Arabia signed a defence agreement with Pakistan in Riyadh on Wednesday.",
			truce.Agree, "SAU", "PAK"},
		{"a strike by X on Y",
			"A drone strike by the United States on a compound in Yemen killed an al-Qaeda commander.",
			truce.Assault, "USA", "AQ"},
		{"under fire from X",
			"A UN convoy came under fire from unidentified gunmen near Beni on Sunday.",
			truce.Assault, "", "UN"},
		{"a noun trigger ending in of keeps its object",
			"The detention of two reporters by Ethiopian authorities drew criticism from rights groups.",
			truce.Coerce, "ETH", "ETHMED"},
		{"an agent after the object of a noun trigger with on",
			"A raid on the village by bandits killed 12 people in Zamfara on Monday.",
			truce.Assault, "NGACRM", "NGACVL"},
		{"an agent after the place of a noun trigger with in",
			"An ambush in Tillaberi by jihadists killed ten Nigerien soldiers.",
			truce.Assault, "NERREB", "NERMIL"},
		{"the agent of a noun trigger is not its target",
			"Airstrikes on the town by Saudi jets killed 20 civilians in Yemen.",
			truce.Assault, "SAUMIL", "YEMCVL"},
		{"claimed responsibility for an attack told in the claim",
			"Islamic State claimed responsibility for an attack on a Shia mosque in Kunduz.",
			truce.Assault, "ISIS", ""},
		{"a demonym's drone is its military",
			"A Turkish drone struck a vehicle in northern Syria on Tuesday, killing three SDF fighters.",
			truce.Assault, "TURMIL", "SDF"},
		{"a demonym with a sector keeps it before a facility noun",
			"Gunmen stormed a Nigerian police post in Zamfara overnight.",
			truce.Assault, "", "NGACOP"},
		{"an attack by X killed Y",
			"An attack by suspected Lakurawa militants killed 15 farmers in Sokoto state on Monday.",
			truce.Assault, "LAKURAWA", "NGACVL"},
		// A subject with a participle, "as" or prepositional modifier before its verb.
		{"subject disguised as another actor",
			"Gunmen disguised as police officers killed seven villagers in Kogi state on Saturday.",
			truce.Assault, "", "NGACVL"},
		{"subject riding vehicles",
			"Fighters riding motorcycles attacked a Malian army camp in the Mopti region on Monday.",
			truce.Assault, "", "MLIMIL"},
		{"subject known as a named gang",
			"A gang known as the Red Scorpions kidnapped 20 travellers on a highway in Haiti.",
			truce.Assault, "HTICRM", ""},
		{"police in riot gear",
			"Kenyan police in riot gear fired rubber bullets at students in Nairobi on Thursday.",
			truce.Assault, "KENCOP", "KENEDU"},
		{"a warplane from one side",
			"A warplane from the Sudanese army struck a market in Nyala on Sunday, killing 30 people.",
			truce.Assault, "SDNMIL", "SDNCVL"},
		{"troops backed by a foreign power",
			"Malian troops backed by Russian mercenaries retook the town of Kidal on Tuesday.",
			"", "MLIMIL", ""},
		{"militants linked to a named group",
			"Militants linked to al-Qaeda killed 20 Burkinabe soldiers near Djibo on Friday.",
			truce.Assault, "", "BFAMIL"},
		{"gunmen wearing uniforms",
			"Gunmen wearing military uniforms abducted 15 bus passengers in Cameroon on Monday.",
			truce.Assault, "", "CMRCVL"},
		{"rebels based in a neighbour",
			"Rebels based in Sudan attacked a Chadian army post near Adre on Sunday.",
			truce.Assault, "", "TCDMIL"},
		// The government, the army, the police: country from the sentence before or the place.
		{"the police after a sentence naming the country",
			"Protests spread across Bangladesh on Monday. The police fired tear gas at the crowds.",
			truce.Assault, "BGDCOP", ""},
		{"the army with the place naming the country",
			"The army shelled rebel positions near Goma on Tuesday.",
			truce.Assault, "CODMIL", ""},
		{"the army after a sentence naming the region",
			"Fighting intensified in Myanmar's Rakhine state. The army bombed a village there on Sunday, killing 15 people.",
			truce.Assault, "MMRMIL", ""},
		{"the government after a sentence naming the country",
			"Tension rose in Ethiopia's Tigray region on Monday. The government accused the TPLF of arming militias.",
			truce.Accuse, "ETHGOV", "TPLF"},
		{"the police in a named city",
			"The police arrested 40 students in Istanbul on Sunday.",
			truce.Coerce, "TURCOP", ""},
		// Each side and the other, trading blame.
		{"each side accused the other",
			"Fighting resumed between Armenia and Azerbaijan on Tuesday. Each side accused the other of firing first.",
			truce.Accuse, "ARM", "AZE"},
		{"both sides blamed each other",
			"Eritrea and Ethiopia massed troops along the border. Both sides blamed each other for the escalation.",
			truce.Accuse, "ERI", "ETH"},
		// An envoy posted abroad; a speaker urging both delegations.
		{"an ambassador in a host capital calls on the host",
			"Poland's ambassador in Berlin called for the return of paintings looted during the war.",
			truce.Request, "POL", "DEU"},
		{"an ambassador in a host capital protests",
			"Japan's ambassador in Seoul protested on Monday against the statue outside the embassy.",
			"", "JPN", "KOR"},
		{"urging both delegations, speaker as source",
			"Qatar's prime minister met the negotiators in Doha on Tuesday, urging both delegations to show flexibility.",
			truce.Request, "QAT", ""},
		{"a mediator urged both delegations",
			"The Egyptian mediator urged both delegations on Sunday to accept the proposal.",
			truce.Request, "EGY", ""},
		// Demands for the release of someone detained by a state named before.
		{"demanded his release from the detaining state",
			"Russia detained a French researcher in Moscow in June. France demanded his immediate release.",
			"", "FRA", "RUS"},
		{"demanded her release, capital as source",
			"Iranian authorities arrested a British aid worker in Tehran. London demanded her immediate release.",
			"", "GBR", "IRN"},
		{"demanded their release in the same sentence",
			"Venezuela detained two Colombian soldiers near the border, and Colombia demanded their release.",
			"", "COL", "VEN"},
		// Nominal triggers as subjects of another verb.
		{"the attack on X by Y killed soldiers",
			"The attack on the convoy by suspected jihadists killed four Nigerien soldiers near Tillaberi.",
			truce.Assault, "", "NERMIL"},
		{"the abduction of X by Y prompted",
			"The abduction of 12 aid workers by gunmen in South Sudan prompted the UN to suspend operations.",
			truce.Assault, "", "SSD"},
		{"the bombing of X by Y drew condemnation",
			"The bombing of a school by Myanmar military aircraft drew international condemnation.",
			truce.Assault, "MMRMIL", ""},
		{"the arrest of X by Y led to protests",
			"The arrest of a Tunisian opposition leader by police led to protests in Tunis.",
			truce.Coerce, "TUNCOP", "TUN"},
		// A sector noun inside a hyphenated verb is not an actor.
		{"a hyphenated verb starting with a sector noun",
			"Armed men gang-raped two women in a village in South Kivu on Friday, local officials said.",
			truce.Assault, "", ""},
		// The taker of a place after "lost control of ... to".
		{"an army lost control of a town to fighters",
			"The Malian army lost control of the town of Lere to jihadist fighters on Monday.",
			"", "REB", "MLIMIL"},
		// Its after a ship names the ship, not a state's doer.
		{"its crew is the ship's",
			"Somali pirates seized a Liberian-flagged tanker off the coast of Puntland on Tuesday and abducted its crew.",
			truce.Assault, "SOMCRM", ""},
		// Forces loyal to a government are its forces.
		{"soldiers loyal to a government arrest a minister",
			"Soldiers loyal to the military government arrested Gabon's finance minister in Libreville on Thursday.",
			truce.Coerce, "", "GAB"},
		// Flags carried are not the protesters' country; an embassy's country is the target.
		{"protesters waving flags outside an embassy",
			"Protesters waving Palestinian flags rallied outside the Israeli embassy in London on Saturday.",
			truce.Protest, "GBRPRO", "ISR"},
		{"protesters outside the embassy of a state",
			"Students chanting slogans marched to the embassy of Turkey in Stockholm on Friday.",
			truce.Protest, "", "TUR"},
		// A building the crowd stands at is where, not who.
		{"a crowd in front of an embassy demands",
			"Opposition supporters gathered in front of the Russian embassy in Chisinau to demand the release of detained activists.",
			truce.Protest, "MDAOPP", ""},
		// A name inside a hyphenated adjective is still the group.
		{"a group-linked adjective keeps the group",
			"Al-Shabaab-linked militants attacked a Kenyan police camp near Mandera on Monday.",
			truce.Assault, "", "KENCOP"},
		// Unmarked aircraft over a land with none of its own are the
		// other state's, not the land's.
		{"unmarked warplanes over a land without an air force",
			"Israel and Hamas traded accusations on Monday. Warplanes hit a school sheltering displaced families in Deir al-Balah on Tuesday, killing 11 people.",
			truce.Assault, "ISRMIL", "PSEEDU"},
		// A country's rival factions are both sides of its own war, not
		// its rebels alone.
		{"a country's rival factions swap detainees",
			"Somalia's rival factions exchanged dozens of detainees near Galkayo on Sunday.",
			truce.Retreat, "SOM", "SOMREB"},
		// Unmarked drones striking one of two states at war are the
		// other's.
		{"unmarked drones strike one of two states at war",
			"Pakistan accused India of aggression on Wednesday, and India said Pakistani guns had shelled its border posts. Drones struck an ammunition depot near the Pakistani city of Sialkot on Thursday.",
			truce.Assault, "INDMIL", ""},
		// The doer named by the side it is on.
		{"a helicopter from a commander's side",
			"A helicopter from Hemedti's side attacked a convoy near El Obeid on Sunday.",
			truce.Assault, "RSF", ""},
		{"jets on a general's side",
			"Jets on Burhan's side bombed a market in Nyala on Monday.",
			truce.Assault, "SDNMIL", "SDNCVL"},
		// Bare "officers" belong to the force the story named last.
		{"officers after the police are police",
			"Riot police moved into the square in Minsk on Sunday. Officers beat demonstrators with batons.",
			truce.Assault, "BLRCOP", "BLRPRO"},
		{"officers after troops stay military",
			"Sudanese troops entered the town on Friday. Officers arrested two journalists.",
			truce.Coerce, "SDNMIL", "SDNMED"},
		// Hired or partisan thugs are a militia.
		{"pro-government thugs beat an opposition figure",
			"Pro-government thugs beat an opposition lawmaker with sticks in Harare on Monday.",
			truce.Assault, "MLT", "ZWEOPP"},
		// A lower-case royal title is the head of state of the land in
		// context.
		{"the king of a country in context",
			"In Eswatini, the king dissolved parliament on Monday.",
			truce.Coerce, "SWZGOV", "SWZLEG"},
		{"the sultan of a named country",
			"The sultan of Oman met the Iranian president in Muscat on Sunday.",
			truce.Consult, "OMNGOV", "IRNGOV"},
		// Crowd nouns of news English.
		{"youths clash with police",
			"Angry youths threw stones at Guinean police in Conakry on Tuesday.",
			"", "GIN", "GINCOP"},
		{"herdsmen attack farmers",
			"Herdsmen killed seven farmers in Nigeria's Benue state on Sunday.",
			truce.Assault, "NGACVL", "NGACVL"},
		{"youths as victims",
			"Soldiers shot dead three youths at a checkpoint in Cameroon's Bamenda on Monday.",
			truce.Assault, "", "CMRCVL"},
		{"nationalists attack reporters",
			"Hundreds of Serbian nationalists attacked reporters covering a concert in Novi Sad on Saturday.",
			"", "SRBPRO", "SRBMED"},
		// The people of a school, not the school.
		{"university students as a target",
			"Bangladeshi police fired tear gas at university students in Dhaka on Monday.",
			truce.Assault, "BGDCOP", "BGDEDU"},
		// "army-led government" is still that country's government.
		{"an army-led government speaks for its own country",
			"Niger's military-led government said on Monday it would reopen the Malanville crossing on the border with Benin.",
			"", "NERGOV", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if tt.typ != "" && ev.Type != tt.typ {
					continue
				}
				if (tt.source == "" || probeActor(ev.Source, tt.source)) && (tt.target == "" || probeActor(ev.Target, tt.target)) {
					return
				}
			}
			t.Errorf("no %s event from %s to %s in %+v", tt.typ, tt.source, tt.target, x.Events)
		})
	}
}

// probeActor is hasActor, and also takes a bare sector code ("REB", "NGO")
// to mean any actor of that sector.
func probeActor(as []truce.Actor, id string) bool {
	if hasActor(as, id) {
		return true
	}
	for _, a := range as {
		if len(id) == 3 && a.Sector == id {
			return true
		}
	}
	return false
}

// Who the report is from: "quoted X as saying" and monitors known by name.
func TestReporterProbe(t *testing.T) {
	tests := []struct {
		name, text, reporter string
	}{
		{"quoted an official as saying that, before the act",
			"State television quoted the army spokesman as saying that militants attacked a checkpoint in Bannu.",
			"PAKMIL"},
		{"quoted a named minister as saying that",
			"The state news agency quoted Interior Minister Mohsin Naqvi as saying that gunmen had stormed a police post in Bannu.",
			"PAKGOV"},
		{"quoted someone as saying, after the act",
			"Militants attacked a checkpoint in Bannu, Dawn quoted police as saying.",
			"PAKCOP"},
		{"a war monitor known by name",
			"Russian drones killed four civilians in Idlib on Sunday, the Syrian Observatory for Human Rights said.",
			"SOHR"},
		{"a war monitor by its short name",
			"Turkish shelling killed three Kurdish fighters near Kobani, according to the SOHR.",
			"SOHR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if ev.ReportedBy != nil && ev.ReportedBy.ID == tt.reporter {
					return
				}
			}
			t.Errorf("no event reported by %s in %+v", tt.reporter, x.Events)
		})
	}
}

// hasEvent reports whether some event of type typ runs from source to
// target; an empty type, source or target is not checked.
func hasEvent(evs []truce.Event, typ, source, target string) bool {
	for _, ev := range evs {
		if (typ == "" || ev.Type == typ) &&
			(source == "" || probeActor(ev.Source, source)) &&
			(target == "" || probeActor(ev.Target, target)) {
			return true
		}
	}
	return false
}

// sideCase is a text that must code an event of type typ from source on
// target; an empty type, source or target is not checked.
type sideCase struct {
	name, text, typ, source, target string
}

// runSideCases runs each case on its text, published on the given day.
func runSideCases(t *testing.T, published string, tests []sideCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, published)
			if !hasEvent(x.Events, tt.typ, tt.source, tt.target) {
				t.Errorf("no %s event from %s on %s in %+v", tt.typ, tt.source, tt.target, x.Events)
			}
		})
	}
}
