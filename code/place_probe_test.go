package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// TestPlaceProbe checks where events are placed across the constructions
// wire copy uses to say where something happened, in many regions: a
// place noun and "of", "near", distances from a landmark, outskirts,
// roads between towns, a country's district, directions, borders and
// crossings, a group's base, a speaker's city, an attacked capital, a
// place named only in the sentence before, the ends of a movement, talks
// abroad, and two places for two events in one sentence.
func TestPlaceProbe(t *testing.T) {
	probePlaces(t, []placeProbe{
		// Sahel
		{"town of, in a direction of a country", "Gunmen killed 11 villagers in the town of Djibo in northern Burkina Faso on Tuesday.", "", "Djibo", "BFA", ""},
		{"near a town, army as speaker", "Jihadist fighters attacked an army post near Menaka on Wednesday, the Malian army said.", "", "Ménaka", "MLI", ""},
		{"distance from a town", "A convoy hit a landmine 40 km north of Gao on Thursday, killing three soldiers.", "", "Gao", "MLI", ""},
		{"road between two towns", "Suspected jihadists ambushed an army patrol on the road between Dori and Seytenga on Monday.", "", "Dori", "BFA", ""},
		{"a region named with its noun", "Niger's junta said insurgents had killed 20 soldiers in the Tillaberi region on Friday.", "", "Tillabéri", "NER", ""},
		{"arrived from a country, attacked near a town", "Militants who had arrived from Libya attacked a checkpoint near Agadez on Sunday, the army said.", "", "Agadez", "NER", ""},
		{"in a direction of a country", "Gunmen killed seven herders in northern Burkina Faso on Sunday.", "", "northern Burkina Faso", "BFA", ""},
		{"two places, two events", "Rebels attacked an army base in Gao on Monday and ambushed a military convoy near Timbuktu on Tuesday.", "", "Gao", "MLI", "Timbuktu"},
		// Great Lakes
		{"outskirts of a town", "M23 rebels shelled army positions on the outskirts of Sake on Sunday.", "", "Sake", "COD", ""},
		{"a camp in a territory", "Militiamen killed 15 displaced people at a camp in Djugu territory on Saturday.", "", "Djugu", "COD", ""},
		{"the town named in the sentence before", "Rebels captured Bunia on Monday. The next day, gunmen torched a market, killing six people.", "torched", "Bunia", "COD", ""},
		{"a country's possessive and its territory", "Burundian troops shelled villages in South Kivu's Uvira territory on Tuesday.", "", "Uvira", "COD", ""},
		{"fled to a neighbour after an attack at home", "Militias burned homes in Rutshuru on Monday, killing nine civilians and sending thousands fleeing to Uganda.", "", "Rutshuru", "COD", ""},
		{"outside a city", "Gunmen killed four rangers outside Beni on Friday, the army said.", "", "Beni", "COD", ""},
		// Horn
		{"town of, in the Horn", "Al-Shabaab fighters stormed a military base in the town of Bulo Marer on Sunday.", "", "Bulo Marer", "SOM", ""},
		{"near a town in a direction of a country", "A US drone strike killed two militants near Jilib in southern Somalia on Monday.", "", "Jilib", "SOM", ""},
		{"a region's possessive and its town", "Ethiopian troops clashed with Fano militiamen in Amhara's Gondar on Wednesday.", "", "Gondar", "ETH", ""},
		{"a besieged city shelled", "Sudanese paramilitaries shelled El Fasher on Saturday, killing 12 civilians.", "", "El Fasher", "SDN", ""},
		{"outskirts in the Horn", "Somaliland forces fought clan militias on the outskirts of Erigavo on Tuesday.", "", "Erigavo", "SOM", ""},
		{"a city's police deport abroad", "Police in Karachi rounded up 200 Afghans on Monday and deported them to Afghanistan.", "", "Karachi", "PAK", ""},
		// Caucasus
		{"village of, speaker's capital", "Azerbaijani troops fired on Armenian positions near the village of Sotk on Monday, Yerevan said.", "", "Sotk", "ARM", ""},
		{"officials in a capital speak of a district elsewhere", "Officials in Baku said Armenian snipers shot dead an Azerbaijani soldier in the Kalbajar district on Sunday.", "", "Kalbajar", "AZE", ""},
		{"outside parliament in a capital", "Georgian police detained 30 protesters outside parliament in Tbilisi on Thursday.", "", "Tbilisi", "GEO", ""},
		// Balkans
		{"the northern town of", "Kosovo police arrested four Serbs in the northern town of Zvecan on Wednesday.", "", "Zvečan", "XKX", ""},
		{"riot police in a city", "Serbian riot police clashed with students in Novi Sad on Saturday.", "", "Novi Sad", "SRB", ""},
		{"envoys met in a city", "Bosnian Serb leaders met EU envoys in Banja Luka on Tuesday.", "", "Banja Luka", "BIH", ""},
		// Andes
		{"a country's department", "ELN guerrillas bombed an oil pipeline in Colombia's Arauca department on Sunday.", "", "Arauca", "COL", ""},
		{"near a town in the Andes", "Colombian troops clashed with FARC dissidents near Jamundi on Monday.", "", "Jamundí", "COL", ""},
		{"highway between two cities", "Protesters blocked the highway between La Paz and Oruro on Thursday, police said.", "", "La Paz", "BOL", ""},
		{"a southern city", "Peruvian police shot dead two protesters in Juliaca on Monday.", "", "Juliaca", "PER", ""},
		{"the port city of", "Gang members killed five people in the port city of Guayaquil on Sunday.", "", "Guayaquil", "ECU", ""},
		// Central America
		{"outskirts of a capital", "Gang members killed eight bus drivers on the outskirts of Tegucigalpa on Tuesday.", "", "Tegucigalpa", "HND", ""},
		{"city of, in a state", "Mexican soldiers clashed with cartel gunmen in the city of Culiacan in Sinaloa state on Friday.", "", "Culiacán", "MEX", ""},
		{"the department of", "Salvadoran soldiers arrested 40 suspected gang members in the department of La Libertad on Saturday.", "", "La Libertad", "SLV", ""},
		{"a capital's neighbourhood", "Gunmen killed six people in the Carrefour district of Port-au-Prince on Sunday.", "", "Carrefour", "HTI", ""},
		// South Asia
		{"a country's district in South Asia", "Militants killed four soldiers in Pakistan's North Waziristan district on Sunday.", "", "North Waziristan", "PAK", ""},
		{"the town of, suicide bombing", "A suicide bomber struck a police station in the town of Bannu on Monday.", "", "Bannu", "PAK", ""},
		{"a state's district", "Maoist rebels ambushed a police patrol in Chhattisgarh's Bijapur district on Friday.", "", "Bijapur", "IND", ""},
		{"officials in a capital speak of a province elsewhere", "Taliban officials in Kabul said Pakistani jets had bombed homes in Paktika province on Monday.", "", "Paktika", "AFG", ""},
		{"along the border with a neighbour", "Bangladeshi troops deployed along the border with Myanmar on Wednesday.", "", "", "BGD", ""},
		{"at a crossing", "Afghan and Pakistani forces exchanged fire at the Torkham crossing on Sunday.", "", "Torkham", "PAK", ""},
		// South-East Asia
		{"a region named with its noun, air strike", "Myanmar's air force bombed a monastery in Sagaing region on Sunday, killing 20 people.", "", "Sagaing", "MMR", ""},
		{"a province in the deep south", "A roadside bomb killed three Thai rangers in Narathiwat province on Monday.", "", "Narathiwat", "THA", ""},
		{"the island of", "Philippine troops killed five Abu Sayyaf fighters on the island of Jolo on Tuesday.", "", "Jolo", "PHL", ""},
		{"near a temple on a border", "Cambodian and Thai soldiers exchanged fire near the Preah Vihear temple on Thursday.", "", "Preah Vihear", "KHM", ""},
		// Pacific
		{"police in a capital speak of a province", "Police in Port Moresby said tribal fighters had killed 16 people in Enga province on Sunday.", "", "Enga", "PNG", ""},
		{"rioters in a Pacific capital", "Rioters set fire to shops in Honiara on Wednesday.", "", "Honiara", "SLB", ""},
		{"overnight in a territory's capital", "Protesters torched buildings in Noumea overnight, French officials said.", "", "Nouméa", "NCL", ""},
		// Central Asia
		{"clashes in a mountain town", "Tajik security forces clashed with protesters in Khorog on Monday.", "", "Khorog", "TJK", ""},
		{"protesters detained in a regional capital", "Uzbek police detained dozens of protesters in Nukus on Saturday.", "", "Nukus", "UZB", ""},
		{"near a border village", "Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash on Friday.", "", "Kok-Tash", "KGZ", ""},
		// Middle East and Europe's east
		{"missiles struck a capital", "Russian missiles struck Kyiv overnight, killing four people.", "", "Kyiv", "UKR", ""},
		{"a refugee camp", "Israeli aircraft struck a house in the Jabalia refugee camp on Tuesday.", "", "Jabalia", "PSE", ""},
		{"a port named with its country's adjective", "Houthi drones hit an oil terminal near the Saudi port of Jizan on Monday.", "", "Jizan", "SAU", ""},
		{"officials in a capital, a strike near a city", "Iraqi officials in Baghdad said a Turkish drone struck a Kurdish oil field near Sulaimaniya on Monday.", "", "Sulaymaniyah", "IRQ", ""},
		{"a group's base is not the place", "A Damascus-based militia attacked an army checkpoint in Deir ez-Zor on Tuesday.", "", "Deir ez-Zor", "SYR", ""},
		{"distance east of a town", "Turkish drones struck a village 30 km east of Qamishli on Sunday.", "", "Qamishli", "SYR", ""},
		{"talks in a third country", "Yemen's government and the Houthis held talks in Muscat on Thursday on a prisoner swap.", "", "Muscat", "OMN", ""},
		{"rivals met in a third country", "Hamas and Fatah officials met in Cairo on Sunday.", "", "Cairo", "EGY", ""},
		{"a country's province", "Gunmen attacked an army convoy in Syria's Idlib province on Monday.", "", "Idlib", "SYR", ""},
		{"the town of, in an occupied territory", "Israeli troops raided the town of Jenin in the occupied West Bank on Wednesday.", "", "Jenin", "PSE", ""},
		{"outskirts of a big city", "Artillery fire hit the outskirts of Kharkiv on Monday, the regional governor said.", "", "Kharkiv", "UKR", ""},
		// A province-level territory is named bare, as gold names it (place49).
		{"a direction of a territory", "Israeli jets pounded northern Gaza on Sunday.", "", "Gaza", "PSE", ""},
		{"a capital shelled", "Insurgents shelled Mogadishu on Friday, killing three civilians.", "", "Mogadishu", "SOM", ""},
		{"residents speak from the place itself", "Residents in Kidal said drones struck a wedding on Sunday, killing eight people.", "", "Kidal", "MLI", ""},
		{"miles from a capital", "Police shot dead two protesters 20 miles south of Nairobi on Tuesday.", "", "Nairobi", "KEN", ""},
		// West Africa and elsewhere
		{"a school outside a city", "Gunmen kidnapped 30 students from a school outside Kaduna on Thursday.", "", "Kaduna", "NGA", ""},
		{"a road between two towns in the north-west", "Bandits killed nine traders on the road between Gusau and Funtua on Sunday.", "", "Gusau", "NGA", ""},
		{"a state's district before the trigger", "In Zamfara's Maru district, gunmen abducted 50 villagers on Saturday.", "", "Maru", "NGA", ""},
		{"near a lakeside town", "Boko Haram fighters killed 12 fishermen near Baga on Monday.", "", "Baga", "NGA", ""},
		{"fled across a border after an attack", "Thousands of people fled to Chad after militias stormed the town of Geneina and killed dozens of civilians.", "stormed", "Geneina", "SDN", ""},
		{"the city named in the sentence before", "Protests spread to Mombasa on Tuesday. Police there fired tear gas at hundreds of demonstrators.", "tear gas", "Mombasa", "KEN", ""},
	})
}

// placeProbe is one case of a place probe.
type placeProbe struct {
	name, text string
	// from picks the event whose sentence holds these words; empty
	// means the first event.
	from string
	// want is the location's name or the text that named it; country
	// its ISO3 code; also, when set, a name some other event of the
	// text must be placed at.
	want, country, also string
}

// probePlaces extracts each case's text and checks where its event is.
func probePlaces(t *testing.T, tests []placeProbe) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-20")
			var ev *truce.Event
			for n := range x.Events {
				if tt.from == "" || strings.Contains(x.Events[n].Evidence.Sentence, tt.from) {
					ev = &x.Events[n]
					break
				}
			}
			if ev == nil {
				t.Fatalf("no event from %q", tt.text)
			}
			loc := ev.Location
			if loc == nil {
				t.Fatalf("no location for %q", tt.text)
			}
			if tt.want != "" && loc.Name != tt.want && loc.Text != tt.want {
				t.Errorf("location = %q (text %q, %s), want %q", loc.Name, loc.Text, loc.Country, tt.want)
			}
			if loc.Country != tt.country {
				t.Errorf("country = %q, want %q", loc.Country, tt.country)
			}
			if tt.also != "" && !placedAt(x.Events, tt.also) {
				t.Errorf("no event placed at %q", tt.also)
			}
		})
	}
}

// placedAt reports whether some event is placed at the named place.
func placedAt(evs []truce.Event, name string) bool {
	for _, e := range evs {
		if e.Location != nil && (e.Location.Name == name || e.Location.Text == name) {
			return true
		}
	}
	return false
}

// TestPlaceProbeFurther checks constructions the first probe did not
// reach: "in the area" and "in the region" pointing back, a province or
// region as the only place, places inside names and titles, seas, straits
// and gulfs, camps, crossings and airports, talks in a third country,
// distances from a capital, spelling variants, and two events with two
// places in one paragraph.
func TestPlaceProbeFurther(t *testing.T) {
	probePlaces(t, []placeProbe{
		// "in the area", "in the region"
		{"in the area points back", "Rebels seized the town of Masisi on Monday. Clashes in the area killed four civilians on Tuesday.", "Clashes", "Masisi", "COD", ""},
		{"in the region points back", "Al-Shabaab fighters overran a base outside Baidoa on Wednesday. Government troops attacked militant positions in the region on Thursday.", "attacked", "Baidoa", "SOM", ""},
		// a province, state or region as the only place
		{"a state as the only place", "Boko Haram fighters killed 14 farmers in Borno state on Sunday.", "", "Borno", "NGA", ""},
		{"across a region", "Ethiopian drones struck trucks across Tigray on Monday, killing nine people.", "", "Tigray", "ETH", ""},
		{"the Donbas", "Russian forces shelled frontline villages in the Donbas on Wednesday.", "", "Donbas", "UKR", ""},
		{"a state in the middle belt", "Armed herders killed 12 villagers in Benue state on Friday.", "", "Benue", "NGA", ""},
		{"the region of", "Fano militiamen ambushed a federal army convoy in the Amhara region on Tuesday.", "", "Amhara", "ETH", ""},
		{"a country's region", "Ukrainian drones hit a fuel depot in Russia's Belgorod region overnight.", "", "Belgorod Oblast", "RUS", ""},
		{"a province alone", "Militants attacked a police post in Balochistan on Saturday, killing six officers.", "", "Balochistan", "PAK", ""},
		{"a state of a federation", "Kachin rebels seized an army outpost in Kachin state on Thursday.", "", "Kachin", "MMR", ""},
		// some districts of a region
		{"two districts of a state", "Maoist rebels attacked police camps in two districts of Jharkhand on Monday.", "", "Jharkhand", "IND", ""},
		{"several districts of a province", "Taliban gunmen torched girls' schools in several districts of Nangarhar on Friday.", "", "Nangarhar", "AFG", ""},
		// places inside names and titles
		{"a capital's government is no place", "Troops loyal to the Kabul government clashed with Islamic State fighters in Kunar on Sunday.", "", "Kunar", "AFG", ""},
		{"a base named by its city", "Soldiers of the Bamako-based junta killed 30 herders near Mopti on Tuesday.", "", "Mopti", "MLI", ""},
		{"a militia named by its city", "A Tripoli-based armed group shelled the positions of rival fighters in Sirte on Friday.", "", "Sirte", "LBY", ""},
		{"a former governor of a province", "The former governor of Kandahar was shot dead in Quetta on Wednesday.", "", "Quetta", "PAK", ""},
		{"a city's authorities speak of another", "The Moscow-installed authorities in Donetsk said Ukrainian drones hit a bus station in Horlivka on Saturday.", "", "Horlivka", "UKR", ""},
		// seas, straits and gulfs
		{"in the Red Sea", "Houthi forces fired missiles at a cargo ship in the Red Sea on Monday.", "", "Red Sea", "YEM", ""},
		{"in a strait", "Iranian commandos seized an oil tanker in the Strait of Hormuz on Friday.", "", "Strait of Hormuz", "IRN", ""},
		{"in a gulf", "Somali pirates hijacked a fishing vessel in the Gulf of Aden on Sunday.", "", "Gulf of Aden", "YEM", ""},
		{"in the Black Sea", "Ukrainian sea drones struck a Russian patrol ship in the Black Sea on Thursday.", "", "Black Sea", "UKR", ""},
		{"in the South China Sea", "Chinese coast guard ships rammed a Philippine supply boat in the South China Sea on Monday.", "", "South China Sea", "CHN", ""},
		// camps, crossings, airports and sites
		{"a named camp", "RSF fighters shelled Zamzam camp on Friday, killing 11 displaced people.", "", "Zamzam camp", "SDN", ""},
		{"a named crossing", "Israeli troops seized the Rafah crossing on Tuesday.", "", "Rafah crossing", "PSE", ""},
		{"a goods crossing", "Hamas fighters fired rockets at the Kerem Shalom crossing on Sunday, wounding three soldiers.", "", "Kerem Shalom", "ISR", ""},
		{"a city's airport", "Rockets struck Baghdad airport on Tuesday, wounding two guards.", "", "Baghdad", "IRQ", ""},
		{"the airport of a capital", "Paramilitary drones attacked the airport in Port Sudan on Wednesday.", "", "Port Sudan", "SDN", ""},
		{"a capital's international airport", "Israeli jets bombed Sanaa international airport on Thursday.", "", "Sanaa", "YEM", ""},
		{"a nuclear plant's town", "Russian troops shelled the nuclear plant at Enerhodar on Monday.", "", "Enerhodar", "UKR", ""},
		// talks and meetings in a third country
		{"rivals met in a third country", "Sudan's army and the RSF met in Jeddah on Saturday for ceasefire talks.", "", "Jeddah", "SAU", ""},
		{"ministers met in a third capital", "The Armenian and Azerbaijani foreign ministers met in Almaty on Friday.", "", "Almaty", "KAZ", ""},
		{"a peace deal signed abroad", "Ethiopia's government and Tigrayan leaders signed a peace deal in Pretoria on Wednesday.", "", "Pretoria", "ZAF", ""},
		{"a city's government signs abroad", "The Kinshasa government and M23 rebels signed a truce in Doha on Saturday.", "", "Doha", "QAT", ""},
		{"delegations talk abroad", "Russian and Ukrainian delegations held talks in Istanbul on Monday.", "", "Istanbul", "TUR", ""},
		// a direction and a distance from a capital
		{"km south of a capital", "Gunmen killed nine worshippers at a church 60 km south of Ouagadougou on Sunday.", "", "Ouagadougou", "BFA", ""},
		{"kilometres west of a capital", "Militants attacked a police station about 100 kilometres west of Baghdad on Friday.", "", "Baghdad", "IRQ", ""},
		{"miles north of a capital", "A car bomb killed six people at a market 30 miles north of Mogadishu on Monday.", "", "Mogadishu", "SOM", ""},
		{"east of a capital", "Gang members ambushed a bus 50 km east of Port-au-Prince on Saturday.", "", "Port-au-Prince", "HTI", ""},
		// spelling variants
		{"Kiev for Kyiv", "Russian drones hit Kiev overnight, killing two people.", "", "Kyiv", "UKR", ""},
		{"Muqdisho for Mogadishu", "A car bomb killed seven people in Muqdisho on Monday.", "", "Mogadishu", "SOM", ""},
		{"Mawsil for Mosul", "Iraqi forces killed four Islamic State fighters near Mawsil on Sunday.", "", "Mosul", "IRQ", ""},
		{"Gaza City", "Israeli strikes killed 15 people in Gaza City on Tuesday.", "", "Gaza City", "PSE", ""},
		{"Kharkov for Kharkiv", "Russian missiles hit Kharkov on Friday, wounding 11 people.", "", "Kharkiv", "UKR", ""},
		{"Sana'a for Sanaa", "Saudi-led jets bombed Sana'a on Monday, killing five civilians.", "", "Sanaa", "YEM", ""},
		{"Hudaydah for Hodeidah", "US warplanes struck the port of Hudaydah on Sunday.", "", "Hodeidah", "YEM", ""},
		{"Misurata for Misrata", "Rival militias clashed in Misurata on Thursday, killing four fighters.", "", "Misrata", "LBY", ""},
		{"Nikolaev for Mykolaiv", "Russian missiles struck Nikolaev overnight, killing three people.", "", "Mykolaiv", "UKR", ""},
		{"Deir al-Zour for Deir ez-Zor", "Kurdish-led fighters clashed with tribal gunmen in Deir al-Zour on Tuesday.", "", "Deir ez-Zor", "SYR", ""},
		// two events, two places
		{"two sentences, two places", "Rebels attacked an army base in Butembo on Monday. On Wednesday, troops shelled rebel positions near Beni.", "shelled", "Beni", "COD", "Butembo"},
		{"a second city opens a sentence", "Protesters clashed with police in Lahore on Friday. In Karachi, police arrested 40 demonstrators.", "arrested", "Karachi", "PAK", "Lahore"},
		{"two strikes joined by and", "Israeli jets struck Khan Younis on Monday, and tanks shelled Rafah the next day.", "", "Khan Younis", "PSE", "Rafah"},
		{"while joins two attacks", "Militants killed six soldiers in Kunar on Sunday, while a roadside bomb wounded 12 police officers in Jalalabad.", "", "Kunar", "AFG", "Jalalabad"},
		{"a province then its town", "Gunmen kidnapped 20 travellers in Zamfara state on Monday. A day later, bandits killed seven farmers in Gusau.", "farmers", "Gusau", "NGA", "Zamfara"},
		{"a capital and a province", "A suicide bomber killed four people in Kabul on Tuesday. Pakistani jets later bombed homes in Khost province.", "bombed homes", "Khost", "AFG", "Kabul"},
	})
}
