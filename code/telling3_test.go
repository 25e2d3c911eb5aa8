package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Sentences a careful coder codes as one event, told in the framings wire
// copy uses other than a plain "X verbed Y" main clause: the event inside
// an adverbial phrase, a participle, a fronted time, an adjective, an
// existential or result framing, a light verb, a reported act, or an event
// noun as the subject of another verb.
func TestTellingFramings(t *testing.T) {
	tests := []struct {
		name, typ, mode, text string
	}{
		// The event inside an adverbial phrase.
		{"after-raid", truce.Assault, "", "After a raid by Sudanese paramilitaries on the village of Um Kadada, dozens of families fled to Chad."},
		{"following-strike", truce.Assault, "", "Following an Israeli air strike on a school in Deir al-Balah on Sunday, the UN called for an inquiry."},
		{"amid-clashes", truce.Assault, "", "Amid clashes between Ethiopian troops and Fano militiamen in Gondar, the airport was closed on Friday."},
		{"during-raid", truce.Assault, "", "Three people were killed during a police raid on a slum in Port-au-Prince on Tuesday."},
		{"claimed-by", truce.Assault, "", "Nine soldiers died in an attack claimed by the Islamic State in the Sahel province near Menaka."},
		{"in-ambush", truce.Assault, "", "Four Malian soldiers were killed in an ambush near Boni on Thursday."},
		{"after-bombing", truce.Assault, "", "Security was tightened in Lahore after a bombing at a crowded bazaar killed seven people."},
		{"in-shelling", truce.Assault, "", "Two children were wounded in Russian shelling of the town of Nikopol on Monday."},
		// Participial and reduced clauses.
		{"troops-deployed", truce.Mobilize, "", "Kenyan troops deployed to Haiti last month began patrolling the capital on Monday."},
		{"backed-by", truce.Assault, "", "Rebels of the M23, backed by Rwanda, attacked the town of Walikale on Sunday."},
		{"village-torched", truce.Assault, "", "A village torched by Janjaweed fighters in West Darfur was still smouldering on Friday."},
		{"police-firing", truce.Assault, "", "Police firing live rounds killed four protesters in the Kenyan town of Kitengela."},
		// Headline style and fronted time.
		{"on-tuesday", truce.Assault, "", "On Tuesday, gunmen killed six villagers in the Nigerian state of Plateau."},
		{"late-on-friday", truce.Assault, "", "Late on Friday, suspected jihadists attacked an army post in the Tillaberi region of Niger."},
		{"early-monday", truce.Assault, "", "Early on Monday, Ukrainian drones struck a refinery in the Russian city of Syzran."},
		{"overnight-fronted", truce.Assault, "", "Overnight, Myanmar junta jets bombed a monastery in the Sagaing region."},
		{"headline-bomb", truce.Assault, "", "Bomb kills five at market in northeast Nigeria."},
		{"headline-arrest", truce.Coerce, "", "Turkish police detain 40 over Istanbul protests."},
		// An adjective carrying the event.
		{"deadly-raid", truce.Assault, "", "A deadly raid by Somali militants on a hotel in Kismayo left 14 people dead."},
		{"botched-kidnapping", truce.Assault, "", "Gunmen shot a trader dead in a botched kidnapping in the Mexican city of Culiacan."},
		{"fatal-stabbing", truce.Assault, "", "A fatal stabbing of a Jewish worshipper outside a synagogue in Manchester shocked Britain."},
		// Existential and result framings.
		{"blast-tore-through", truce.Assault, "", "A bomb blast ripped through a cattle market in the Somali town of Beledweyne."},
		{"there-were-clashes", truce.Assault, "", "There were clashes between Druze fighters and Bedouin tribesmen in Sweida on Sunday."},
		{"saw-fighting", truce.Assault, "", "The Sudanese city of El Obeid saw fresh fighting between the army and the RSF on Tuesday."},
		{"fighting-erupted", truce.Assault, "", "Fighting erupted between Kurdish forces and Turkish-backed rebels near Manbij on Thursday."},
		{"fighting-flared", truce.Assault, "", "Fighting flared between Thai and Cambodian troops along the disputed border on Monday."},
		{"clashes-broke-out", truce.Protest, "", "Clashes broke out between Serb protesters and Kosovo police in Zvecan on Monday."},
		{"tore-through", truce.Assault, "", "An explosion tore through a police station in the Pakistani city of Quetta on Saturday."},
		{"battles-raged", truce.Assault, "", "Battles raged between the army and Kachin rebels around the town of Bhamo."},
		{"heavy-fighting-reported", truce.Assault, "", "Heavy fighting was reported between government troops and al-Shabaab near Jowhar on Friday."},
		// Light verbs.
		{"carried-out-strikes", truce.Assault, "", "Turkish jets carried out air strikes on PKK positions in northern Iraq on Sunday."},
		{"conducted-raid", truce.Assault, "", "US special forces conducted a raid on an Islamic State hideout in Syria's Deir ez-Zor province."},
		{"staged-protest", truce.Protest, "", "Teachers staged a protest outside the parliament in Nairobi on Thursday."},
		{"launched-offensive", truce.Assault, "", "The Congolese army launched an offensive against ADF rebels in Beni on Monday."},
		{"mounted-attack", truce.Assault, "", "Taliban fighters mounted an attack on a border post in Kurram on Tuesday."},
		{"held-talks", truce.Consult, "", "Egyptian and Qatari mediators held talks with a Hamas delegation in Cairo on Sunday."},
		{"came-under-fire", truce.Assault, "", "An Indian army patrol came under fire from militants in the Kupwara district."},
		{"came-under-attack", truce.Assault, "", "A UN convoy came under attack near the Congolese town of Rutshuru on Friday."},
		{"suffered-attack", truce.Assault, "", "The Syrian town of Jableh suffered a drone attack by rebels on Wednesday."},
		{"took-part-talks", truce.Consult, "", "Serbia and Kosovo took part in talks in Brussels on Monday."},
		{"launched-strikes", truce.Assault, "", "Pakistan launched air strikes on militant hideouts in Afghanistan's Paktika province."},
		{"waged-attacks", truce.Assault, "", "Houthi rebels carried out a missile attack on a tanker in the Gulf of Aden."},
		// Reported acts without a modal.
		{"said-to-have", truce.Assault, "", "Wagner fighters are said to have killed dozens of civilians in the Malian village of Moura."},
		{"reported-to-have", truce.Assault, "", "Eritrean troops were reported to have shelled villages in the Tigray region."},
		{"according-to", truce.Assault, "", "According to local officials, militants killed 11 farmers in the Nigerian state of Borno."},
		{"according-to-trailing", truce.Assault, "", "Russian missiles hit a power plant in Kharkiv, according to the regional governor."},
		{"believed-to-have", truce.Assault, "", "Al-Shabaab is believed to have planted the bomb that killed four soldiers in Mogadishu."},
		{"alleged-to-have", truce.Assault, "", "Government troops are alleged to have executed 20 prisoners in the Cabo Delgado province."},
		// Events as subjects.
		{"killing-sparked", truce.Assault, "", "The killing of a Sikh activist by masked gunmen in Surrey sparked a diplomatic row."},
		{"arrest-drew", truce.Coerce, "", "The arrest of the Istanbul mayor by Turkish police drew protests across the country."},
		{"strike-prompted", truce.Assault, "", "An Israeli strike on a Beirut suburb prompted Lebanon to complain to the UN."},
		{"assassination-triggered", truce.Assault, "", "The assassination of a Hamas commander in Beirut triggered fears of a wider war."},
		{"abduction-led", truce.Assault, "", "The abduction of 50 schoolgirls by bandits in Zamfara led to the closure of schools."},
		{"bombing-killed-subject", truce.Assault, "", "Sunday's bombing of a church in the Philippine city of Marawi killed four worshippers."},
		{"expulsion-angered", truce.Sanction, "", "Algeria's expulsion of 12 French diplomats angered Paris."},
		// Diplomacy in the same framings.
		{"after-talks", truce.Consult, "", "After talks with the Chinese foreign minister in Beijing, the Indian envoy said relations were improving."},
		{"following-meeting", truce.Consult, "", "Following a meeting between the Armenian and Azerbaijani leaders in Abu Dhabi, both sides reported progress."},
		{"during-visit", truce.Consult, "", "During a visit to Kyiv on Monday, the German chancellor met President Zelensky."},
		{"signed-deal", truce.Agree, "", "Rwanda and the Democratic Republic of Congo signed a peace deal in Washington on Friday."},
		{"on-friday-agree", truce.Agree, "", "On Friday, Thailand and Cambodia agreed to a ceasefire along their border."},
		{"ceasefire-took-hold", truce.Retreat, "", "A ceasefire between India and Pakistan took hold on Saturday evening."},
		{"sanctions-imposed", truce.Sanction, "", "New sanctions were imposed on Iran's oil sector by the United States on Thursday."},
		{"aid-delivered", truce.Aid, "", "Aid was delivered to besieged families in the Sudanese city of El Fasher by the World Food Programme."},
		// Protest and coercion framings.
		{"protests-erupted", truce.Protest, "", "Protests erupted in the Serbian city of Novi Sad after the roof collapse."},
		{"thousands-took-streets", truce.Protest, "", "Thousands took to the streets of Tbilisi on Sunday to protest against the government."},
		{"there-were-protests", truce.Protest, "", "There were protests in several Moroccan cities on Saturday over hospital conditions."},
		{"curfew-imposed", truce.Coerce, "", "Authorities imposed a curfew in the Indian state of Manipur on Tuesday."},
		{"were-detained", truce.Coerce, "", "Dozens of journalists were detained by Belarusian security forces in Minsk on Friday."},
		// Mixed.
		{"attack-on-base-left", truce.Assault, "", "An attack on a military base in the Malian town of Kati left two soldiers dead."},
		{"airstrike-hit", truce.Assault, "", "An airstrike hit a hospital in the Yemeni city of Saada on Monday."},
		{"raid-by-troops", truce.Assault, "", "A raid by Israeli troops on the Jenin refugee camp killed five Palestinians."},
		{"gunfire-erupted", truce.Assault, "", "Gunfire erupted between rival factions in the Libyan capital on Monday night."},
		{"skirmishes", truce.Assault, "", "Skirmishes between Armenian and Azerbaijani soldiers were reported along the border on Tuesday."},
		{"wave-of-strikes", truce.Assault, "", "A wave of Russian drone strikes hit the Ukrainian city of Lviv overnight."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2025-10-22", tt.typ, tt.mode)
		})
	}
}

// TestMotiveNoAttack: an attack named as what a feeling is about is the
// cause of the act the sentence tells, not an act of its own; nor is a
// gas explosion that tore through a building an attack.
func TestMotiveNoAttack(t *testing.T) {
	for _, text := range []string{
		"Students outraged at the shooting of a classmate by soldiers blocked a highway in Tegucigalpa.",
		"Villagers angry over the killing of a herder by rangers burned a wildlife office in Narok.",
		"A gas explosion tore through an apartment block in the Russian city of Ufa on Sunday.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2025-10-22").Events {
				if ev.Type == truce.Assault && (ev.CAMEO == "1823" || ev.Mode == "explosives") {
					t.Errorf("got an ASSAULT (%s/%s)", ev.CAMEO, ev.Mode)
				}
			}
		})
	}
}
