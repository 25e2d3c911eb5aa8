package code_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// place43Case is one probe of where an event is placed: from picks the
// event whose sentence holds these words (empty: the first event), of the
// type before a colon when one is given ("CONSULT:hosted"); want
// lists the names or texts the place may have, "|" between them (empty:
// any), and country its ISO3 code.
type place43Case struct {
	name, text, from, want, country string
}

// place43Run extracts each case's text and checks where its event is.
func place43Run(t *testing.T, cases []place43Case) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-20")
			var ev *truce.Event
			typ, from, typed := strings.Cut(tt.from, ":")
			if !typed {
				typ, from = "", tt.from
			}
			for n := range x.Events {
				if (typ == "" || x.Events[n].Type == typ) && (from == "" || strings.Contains(x.Events[n].Evidence.Sentence, from)) {
					ev = &x.Events[n]
					break
				}
			}
			if ev == nil {
				t.Fatalf("no event from %q", tt.text)
			}
			loc := ev.Location
			if loc == nil {
				t.Fatalf("no location, want %q %s", tt.want, tt.country)
			}
			if wants := strings.Split(tt.want, "|"); tt.want != "" && !slices.Contains(wants, loc.Name) && !slices.Contains(wants, loc.Text) {
				t.Errorf("location = %q (text %q, %s), want %q", loc.Name, loc.Text, loc.Country, tt.want)
			}
			if loc.Country != tt.country {
				t.Errorf("country = %q (location %q), want %q", loc.Country, loc.Name, tt.country)
			}
		})
	}
}

// TestPlace43Probe checks where events are placed across the ways wire
// copy says where something happened: "in", "near", "outside" and
// directions from a town, a country's or region's province, "the region
// of", the doers' origin against the place they act in, datelines, a
// scene set by a sentence that tells no act, places as adjectives, a
// country's capital, embassies, crossings, talks abroad and what they are
// about, places that are also names, the goal of people stopped on their
// way, and where the doers fled to after the act.
func TestPlace43Probe(t *testing.T) {
	place43Run(t, []place43Case{
		{"near a town", "Islamist fighters overran a police station near Mocimboa da Praia on Thursday.", "", "Mocímboa da Praia", "MOZ"},
		{"outside a city's airport", "A car bomb exploded outside Mogadishu's airport on Monday, killing five people.", "", "Mogadishu", "SOM"},
		{"south of a city", "Soldiers clashed with bandits 25 km south of Gusau on Wednesday.", "", "Gusau", "NGA"},
		{"east of a city", "Paramilitary fighters shelled a displacement camp east of Nyala on Tuesday, killing eight people.", "", "Nyala", "SDN"},
		{"some km from a town", "Gunmen raided a village some 30 km from Maiduguri overnight, abducting 20 women.", "", "Maiduguri", "NGA"},
		{"kilometres outside a city", "A roadside bomb struck a bus about 15 kilometres outside Quetta on Friday.", "", "Quetta", "PAK"},
		{"a country's province", "Taliban fighters attacked a checkpoint in Afghanistan's Badakhshan province on Sunday.", "", "Badakhshan", "AFG"},
		{"a country's province in the Andes", "Gunmen killed nine miners in Peru's Pataz province on Saturday.", "", "Pataz", "PER"},
		{"a state's area", "Bandits kidnapped 30 worshippers in Kaduna's Kajuru area on Sunday.", "", "Kajuru", "NGA"},
		{"a country's state", "Cartel gunmen ambushed police in Mexico's Michoacan state on Tuesday, killing four officers.", "", "Michoacán", "MEX"},
		{"the region of a country", "Jihadists attacked a gendarmerie post in the Tahoua region of Niger on Monday.", "", "Tahoua", "NER"},
		{"the province of a country", "Insurgents beheaded 11 villagers in the Cabo Delgado province of Mozambique last week.", "", "Cabo Delgado", "MOZ"},
		{"the state of a country", "Police fired tear gas at protesters in the state of Bahia in Brazil on Friday.", "", "Bahia", "BRA"},
		{"attackers' demonym, strike abroad", "Iraqi jets struck Islamic State hideouts in Syria on Monday.", "", "Syria", "SYR"},
		{"troops from one country fight in another", "Troops from Chad attacked rebel positions in northern Cameroon on Saturday.", "", "northern Cameroon", "CMR"},
		{"militants based abroad", "Militants based in Afghanistan attacked a border post in Pakistan's Khyber district on Thursday.", "", "Khyber", "PAK"},
		{"fighters who came back from abroad", "Fighters who returned from Libya attacked an army post near Kidal on Sunday.", "", "Kidal", "MLI"},
		{"drones abroad, capital speaks", "Turkish drones struck PKK positions in northern Iraq on Tuesday, Ankara said.", "", "northern Iraq", "IRQ"},
		{"dateline city and country", "KANO, Nigeria, May 3 - Police fired tear gas at hundreds of protesters on Saturday.", "", "Kano", "NGA"},
		{"bare dateline capital", "KABUL - A suicide bomber killed six people at a mosque on Friday, police said.", "", "Kabul", "AFG"},
		{"dateline with news agency", "BAMAKO, June 2 (Reuters) - Soldiers detained two opposition leaders on Monday.", "", "Bamako", "MLI"},
		{"dateline and a town in the sentence", "NAIROBI, Kenya - Al-Shabaab militants attacked a police camp in Mandera on Monday.", "", "Mandera", "KEN"},
		{"scene set the sentence before", "Fighting flared in Uvira on Monday. Rebels shot dead three farmers the next morning.", "shot", "Uvira", "COD"},
		{"scene set in a province", "Violence has surged in Ituri province. On Friday militiamen burned a church and killed 12 people.", "burned", "Ituri", "COD"},
		{"scene set in a county", "Tension has been rising in Mandera county. On Friday gunmen killed four police officers.", "gunmen", "Mandera", "KEN"},
		{"scene set with a possessive country", "Heavy fighting erupted in Sudan's El Fasher on Monday. RSF fighters killed 30 civilians at a mosque the next day.", "RSF", "El Fasher", "SDN"},
		{"scene set by unrest spreading", "Unrest spread to Gondar on Tuesday. Police arrested 50 protesters overnight.", "Police", "Gondar", "ETH"},
		{"scene set around a town, foreign shelling", "Fighting has intensified around Bakhmut in recent days. Russian shelling killed four civilians on Monday.", "shelling", "Bakhmut", "UKR"},
		{"scene set in a district of a region", "Tension is high in Kashmir's Kupwara district. Indian troops shot dead two militants on Sunday.", "troops", "Kupwāra|Kupwara", "IND"},
		{"police there", "Thousands marched through Dhaka on Sunday. Police there arrested 40 students.", "arrested", "Dhaka", "BGD"},
		{"a city's hospital", "An air strike hit a Khartoum hospital on Monday, killing four patients.", "", "Khartoum", "SDN"},
		{"the Gaza border", "Israeli troops shot dead two Palestinians near the Gaza border on Friday.", "", "Gaza", "PSE"},
		{"a city's market", "A bomb tore through a Peshawar market on Sunday, killing 11 people.", "", "Peshawar", "PAK"},
		{"a city's suburb", "Police raided a Lagos suburb on Tuesday and arrested 25 suspected cultists.", "", "Lagos", "NGA"},
		{"capital speaks of a strike elsewhere", "Kyiv said Russian missiles struck a power plant in Kharkiv on Sunday.", "", "Kharkiv", "UKR"},
		{"a country's capital", "Thousands of farmers marched into Pakistan's capital on Tuesday.", "", "Islamabad", "PAK"},
		{"the capital under a dateline", "ISLAMABAD - Police detained 40 students in the capital on Sunday.", "", "Islamabad", "PAK"},
		{"a demonym's capital", "Police detained 40 students in the Pakistani capital on Sunday.", "", "Islamabad", "PAK"},
		{"embassy in a capital", "Protesters stormed the French embassy in Niamey on Sunday.", "", "Niamey", "NER"},
		{"a country's embassy abroad", "Gunmen attacked the Pakistani embassy in Kabul on Friday, wounding a guard.", "", "Kabul", "AFG"},
		{"outside an embassy", "Hundreds of people protested outside the US embassy in Baghdad on Tuesday.", "", "Baghdad", "IRQ"},
		{"a named crossing", "Israeli forces closed the Kerem Shalom crossing on Monday.", "", "Kerem Shalom", "ISR"},
		{"talks in a third country between", "Talks in Doha between Hamas and Israel resumed on Monday.", "", "Doha", "QAT"},
		{"met in a third capital", "Armenian and Azerbaijani foreign ministers met in Washington on Friday.", "", "Washington", "USA"},
		{"held talks in a city", "Sudan's army and the RSF held talks in Jeddah on Saturday.", "", "Jeddah", "SAU"},
		{"signed in a capital", "Rwanda and Congo signed a peace deal in Washington on Friday.", "", "Washington", "USA"},
		{"hosted in a city", "Turkey hosted talks between Russia and Ukraine in Istanbul on Friday.", "", "Istanbul", "TUR"},
		{"met to discuss a truce elsewhere", "DOHA - Hamas and Israeli negotiators met on Sunday to discuss a truce in Gaza.", "met", "Doha", "QAT"},
		{"hosted as fighting raged elsewhere", "ANKARA - Erdogan hosted Syria's foreign minister on Monday as fighting raged in Idlib.", "hosted", "Ankara", "TUR"},
		{"signed deals and called for a truce elsewhere", "CAIRO, Feb 14 - The two presidents signed agreements on trade and said they would push for a truce in Gaza.", "signed", "Cairo", "EGY"},
		{"delegations met on a ceasefire elsewhere", "ISTANBUL - Russian and Ukrainian delegations met on Friday to discuss a ceasefire in the Donbas.", "met", "Istanbul", "TUR"},
		{"talks on ending violence elsewhere", "ADDIS ABABA - African Union envoys held talks with the two sides on Tuesday on ending the violence in Sudan.", "talks", "Addis Ababa", "ETH"},
		{"a visit to the dateline's country", "ATHENS - Turkey's president held talks with the Greek prime minister on Thursday on his first visit to Greece since 2017.", "talks", "Athens", "GRC"},
		{"a trip to the dateline's country", "HANOI, Vietnam - The US president met Vietnam's leaders on Sunday during a two-day trip to Vietnam.", "met", "Hanoi", "VNM"},
		{"a visit, bare dateline", "NAIROBI - Somalia's president met Kenyan officials on Monday during a visit to Kenya.", "met", "Nairobi", "KEN"},
		{"a dateline town the gazetteer knows only abroad", "SANTA CRUZ, Bolivia, May 3 - Police arrested a regional governor on Monday. His supporters burned tyres in Santa Cruz overnight.", "burned", "Santa Cruz", "BOL"},
		{"a town pinned to a country the gazetteer lacks it in", "Gunmen killed six people in San Pedro, Paraguay on Monday.", "", "San Pedro", "PRY"},
		{"hosting at home, an embassy abroad told before", "NEW DELHI - India will reopen its embassy in Kabul, the foreign minister said on Friday as he hosted his Afghan counterpart.", "CONSULT:hosted", "New Delhi", "IND"},
		{"welcoming a guest from a named country", "BEIJING - China will build a railway in Kenya, Xi said on Monday as he welcomed Kenya's president.", "welcomed", "Beijing", "CHN"},
		{"hosting at home, troops sent abroad told before", "PARIS - France will send more troops to Estonia, Macron said on Tuesday as he hosted the Estonian prime minister.", "CONSULT:hosted", "Paris", "FRA"},
		{"a town named like a person", "Police arrested 12 protesters in Florence on Tuesday.", "", "Florence", "ITA"},
		{"a person named like a place", "President Jordan Bardella met protesters in Paris on Monday.", "", "Paris", "FRA"},
		{"a group named for a place", "Gunmen from the Kurdistan Workers' Party attacked a Turkish base in Hakkari province on Monday.", "", "Hakkari", "TUR"},
		{"a US state named like a country", "Police arrested 40 protesters in Atlanta, Georgia on Saturday.", "", "Atlanta", "USA"},
		{"a minister named like a country", "Israeli Defence Minister Israel Katz ordered troops to raid the Jenin camp on Monday.", "raid", "Jenin", "PSE"},
		{"a displaced people's camp", "Gunmen attacked the Zamzam camp in North Darfur on Friday, killing 20 people.", "", "Zamzam camp|Zamzam", "SDN"},
		{"a capital's neighbourhood", "Gangs set fire to homes in the Solino neighbourhood of Port-au-Prince on Tuesday.", "", "Solino|Port-au-Prince", "HTI"},
		{"the town in a direction of a country", "A bomb killed three soldiers in the town of Pattani in southern Thailand on Monday.", "", "Pattani", "THA"},
		{"a province's capital apposed", "Rebels captured Goma, the capital of North Kivu province, on Monday.", "", "Goma", "COD"},
		{"a speaker in the capital, an attack elsewhere", "Officials in Kinshasa said rebels killed 20 civilians in Lubero on Sunday.", "", "Lubero", "COD"},
		{"migrants trying to reach another country", "Libya's coastguard intercepted 200 migrants trying to reach Italy on Sunday.", "", "Libya", "LBY"},
		{"migrants heading for another country", "Mexican soldiers detained 300 migrants heading for the United States on Monday.", "", "Mexico", "MEX"},
		{"people trying to sail abroad", "Tunisian police arrested 40 people trying to sail to Italy on Sunday.", "", "Tunisia", "TUN"},
		{"a convoy's goal abroad, the town it was stopped in", "Protesters blocked a French convoy heading to Niger in the town of Kaya on Saturday.", "blocked", "Kaya", "BFA"},
		{"a village, then fleeing across the border abroad", "ABUJA - Gunmen shot dead a chief in the village of Gwaska and fled across the border into Niger.", "", "Gwaska", "NGA"},
		{"a village, then fleeing towards a lake abroad", "KINSHASA - Militiamen burned homes in the village of Kpandroma before fleeing towards Lake Albert in Uganda.", "", "Kpandroma", "COD"},
		{"a town, then fleeing towards a park abroad", "KAMPALA - Rebels set fire to a dormitory at a school in Bwera and abducted six students before fleeing towards Virunga National Park in Congo.", "", "Bwera", "UGA"},
		{"marchers trying to reach their capital", "Police fired tear gas at marchers trying to reach Islamabad on Sunday.", "", "", "PAK"},
		{"the fronted town", "In Kharkiv, a Russian missile hit a residential building on Sunday, killing four people.", "", "Kharkiv", "UKR"},
		{"the West Bank city of", "Security forces raided homes in the West Bank city of Jenin on Monday and arrested 14 Palestinians.", "raided", "Jenin", "PSE"},
		{"between two towns", "Militants ambushed a police patrol between Kohat and Hangu on Friday, killing four officers.", "", "Kohat", "PAK"},
	})
}

// TestPlace43Keeps checks what the place43 rules leave alone: a pause or
// a halt agreed is where it holds; a scene sentence naming two towns, or
// a town and another country, sets no one scene, nor does one an act
// follows; a goal in the doers' own land, and a town the act names, stay.
func TestPlace43Keeps(t *testing.T) {
	place43Run(t, []place43Case{
		{"a pause accepted holds where the fighting is", "Israel said it would accept a longer pause in the fighting in Gaza if all hostages were freed.", "accept", "Gaza Strip|Gaza", "PSE"},
		{"a truce agreed under a dateline holds across the country", "KYIV - Russia and Ukraine agreed on Monday to a ceasefire across Ukraine.", "agreed", "Ukraine", "UKR"},
		{"a host's talks at a venue abroad named after the verb", "DOHA - Qatar hosted talks between Hamas and Israel in Cairo on Monday.", "hosted", "Cairo", "EGY"},
		{"a halt agreed holds where the offensive is", "Russia agreed on Monday to halt its offensive in the Kharkiv region for three days.", "agreed", "Kharkiv Oblast|Kharkiv", "UKR"},
		{"two towns set no one scene", "Fighting flared in Goma and Bukavu on Monday. Rebels shot dead three farmers the next morning.", "shot", "Democratic Republic of the Congo", "COD"},
		{"an act between hides the scene", "Fighting flared in Goma on Monday. Rwanda's president visited Kigali on Tuesday. Rebels shot dead three farmers the next morning.", "shot", "Democratic Republic of the Congo", "COD"},
		{"a scene with another country is no one scene", "Tension is high in Goma, a city on the border with Rwanda. Rebels shot dead three farmers on Monday.", "shot", "Democratic Republic of the Congo", "COD"},
	})
}
