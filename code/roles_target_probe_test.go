package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who an event is done to, construction by construction: the target told by
// a preposition, a possessor, a noun before the victims, a passive agent, an
// appeal's addressee or a meeting's other party. Each sentence states one
// event; names and places vary so that no rule fits one wording.
func TestTargetProbe(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target string
	}{
		// Fire and attacks told with a preposition.
		{"opened fire on a group",
			"Malian soldiers opened fire on JNIM fighters near Mopti on Sunday.",
			truce.Assault, "MLIMIL", "JNIM"},
		{"opened fire on civilians",
			"Myanmar troops opened fire on villagers in Sagaing on Tuesday, killing six.",
			truce.Assault, "MMRMIL", "MMRCVL"},
		{"came under attack from",
			"A Nigerian army base came under attack from ISWAP fighters in Borno on Friday.",
			truce.Assault, "ISWAP", "NGAMIL"},
		{"came under fire from",
			"An Indian border post came under fire from Pakistani troops overnight.",
			truce.Assault, "PAKMIL", "INDMIL"},
		{"a possessor's shelling of a town",
			"Azerbaijan's shelling of Armenian villages drew condemnation on Monday.",
			truce.Assault, "AZE", "ARM"},
		{"a demonym's bombardment of a group",
			"Turkish bombardment of PKK hideouts in northern Iraq continued on Wednesday.",
			truce.Assault, "TUR", "PKK"},
		{"an attack by one on another",
			"An attack by Al-Shabaab on a Kenyan police camp in Lamu killed four officers.",
			truce.Assault, "ALSHABAAB", "KENCOP"},
		// Ambushes and positions.
		{"ambushed a patrol of another side",
			"Boko Haram militants ambushed a Cameroonian army patrol near Kolofata on Saturday.",
			truce.Assault, "BOKOHARAM", "CMRMIL"},
		{"ambushed a police convoy",
			"Gunmen ambushed a Mexican police convoy in Michoacan on Thursday, killing three officers.",
			truce.Assault, "CRM", "MEXCOP"}, // unnamed gunmen in Mexico are criminals (roles_s45_gunmen.go)
		{"targeted another side's positions",
			"Israeli jets targeted Hezbollah positions in southern Lebanon on Monday.",
			truce.Assault, "ISRMIL", "HEZBOLLAH"},
		{"targeted a possessor's positions",
			"Ethiopian drones targeted Fano's positions near Gondar overnight.",
			truce.Assault, "ETHMIL", "FANO"},
		{"positions were hit by an attacker",
			"Houthi positions near Hodeidah were hit by Saudi air strikes on Tuesday.",
			truce.Assault, "SAUMIL", "HOUTHI"},
		{"bases were struck by an attacker",
			"Two Kurdish militia bases were struck by Turkish drones on Friday.",
			truce.Assault, "TURMIL", "MLT"},
		// Victims counted before their side.
		{"killed a number of another side's soldiers",
			"M23 rebels killed seven Congolese soldiers in North Kivu on Wednesday.",
			truce.Assault, "M23", "CODMIL"},
		{"killed a number of another country's troops",
			"Russian missiles killed nine Ukrainian troops at a training ground on Sunday.",
			truce.Assault, "RUS", "UKRMIL"},
		{"police killed in an attack by a group",
			"Six Pakistani police were killed in an attack by TTP militants in Lakki Marwat on Monday.",
			truce.Assault, "TTP", "PAKCOP"},
		{"soldiers killed in an ambush by a group",
			"Eleven Burkinabe soldiers were killed in an ambush by JNIM fighters near Djibo.",
			truce.Assault, "JNIM", "BFAMIL"},
		{"civilians killed by an air strike",
			"Twelve Sudanese civilians were killed by an RSF drone strike on a market in Omdurman.",
			truce.Assault, "RSF", "SDNCVL"},
		// Bases taken.
		{"seized another side's base",
			"Al-Shabaab fighters seized a Somali army base in Middle Shabelle on Thursday.",
			"", "ALSHABAAB", "SOMMIL"},
		{"stormed a police station",
			"TTP militants stormed a police station in Dera Ismail Khan overnight.",
			truce.Assault, "TTP", "PAKCOP"},
		{"overran a military post",
			"JNIM fighters overran a Malian military post near Boni on Friday.",
			"", "JNIM", "MLIMIL"},
		// A state named before its own group stands for the group.
		{"a state's own group as the object",
			"Chad vowed to crush Nigeria's Boko Haram.",
			"", "TCD", "BOKOHARAM"},
		{"a possessed group as the victim",
			"Israeli drones killed three members of Lebanon's Hezbollah near Tyre on Friday.",
			truce.Assault, "ISRMIL", "HEZBOLLAH"},
		{"a demonym before its own group",
			"Kenyan troops killed twelve Somali al-Shabaab fighters near the border.",
			truce.Assault, "KENMIL", "ALSHABAAB"},
		{"the leaders of a group",
			"Uganda vowed to hunt down the leaders of the ADF.",
			"", "UGA", "ADF"},
		{"leaders of a group killed in a strike",
			"An Iraqi air strike killed two leaders of the Islamic State in Anbar.",
			truce.Assault, "IRQ", "ISIS"},
		{"commanders of a group",
			"A Pakistani air strike killed two commanders of the TTP in Khost.",
			truce.Assault, "PAK", "TTP"},
		// Accusations and blame.
		{"accused another country of an act",
			"Rwanda accused Burundi of backing the FDLR rebels on Monday.",
			truce.Accuse, "RWA", "BDI"},
		{"accused a group of an attack",
			"Colombia's defence minister accused the ELN of bombing an oil pipeline.",
			truce.Accuse, "COL", "ELN"},
		{"blamed another country for an attack",
			"Iran blamed Israel for the explosion at the port of Bandar Abbas.",
			truce.Accuse, "IRN", "ISR"},
		{"blamed a group for a bombing",
			"Pakistani officials blamed the BLA for the bombing of a train in Quetta.",
			truce.Accuse, "PAK", "BLA"},
		// Appeals and demands.
		{"urged another country to act",
			"Egypt urged Israel on Wednesday to allow aid into the enclave.",
			truce.Request, "EGY", "ISR"},
		{"called on a group to free",
			"The UN called on the Houthis to free detained aid workers.",
			truce.Request, "UN", "HOUTHI"},
		{"demanded that another country withdraw",
			"Somalia demanded that Ethiopia withdraw its troops from Somali territory.",
			"", "SOM", "ETH"},
		{"demanded that a group release",
			"Nigeria's president demanded that the kidnappers release the schoolgirls.",
			"", "NGA", "CRM"},
		// Warnings.
		{"warned another country that",
			"Venezuela warned Guyana on Thursday that it would defend its claim to the Essequibo.",
			truce.Threaten, "VEN", "GUY"},
		{"warned another country against",
			"China warned Japan against sending warships into the Taiwan Strait.",
			truce.Threaten, "CHN", "JPN"},
		// Aid.
		{"gave another country aid",
			"Japan gave Bangladesh emergency aid after the cyclone on Monday.",
			truce.Aid, "JPN", "BGD"},
		{"sent aid to another country",
			"Turkey sent humanitarian aid to Syria on Tuesday.",
			truce.Aid, "TUR", "SYR"},
		{"sent another country weapons",
			"Germany sent Ukraine air defence systems last month.",
			"", "DEU", "UKR"},
		{"aid from one to another",
			"Aid from the United Arab Emirates to Sudan arrived in Port Sudan on Friday.",
			truce.Aid, "ARE", "SDN"},
		{"a possessor's aid to another",
			"Qatar's aid to Lebanon reached Beirut on Saturday.",
			truce.Aid, "QAT", "LBN"},
		// Sanctions.
		{"sanctions against another country's officials",
			"Canada imposed sanctions against Iranian officials on Wednesday.",
			truce.Sanction, "CAN", "IRN"},
		{"sanctioned another country",
			"The United States sanctioned Nicaragua over the elections on Monday.",
			truce.Sanction, "USA", "NIC"},
		{"sanctioned a group",
			"Britain sanctioned the Wagner group on Thursday.",
			truce.Sanction, "GBR", "WAGNER"},
		// Envoys.
		{"expelled another country's ambassador",
			"Burkina Faso expelled Ivory Coast's ambassador on Tuesday.",
			"", "BFA", "CIV"},
		{"recalled its envoy from another country",
			"Chile recalled its envoy from Venezuela on Wednesday.",
			"", "CHL", "VEN"},
		{"summoned another country's envoy",
			"Morocco summoned Algeria's envoy over the border shooting.",
			"", "MAR", "DZA"},
		// Meetings and talks.
		{"met another country's leader",
			"Kenya's president met Uganda's president in Kampala on Monday.",
			truce.Consult, "KEN", "UGA"},
		{"hosted another country's minister",
			"Oman hosted Yemen's foreign minister in Muscat on Thursday.",
			truce.Consult, "OMN", "YEM"},
		{"held talks with another country",
			"Indonesia held talks with Malaysia on maritime borders on Wednesday.",
			truce.Consult, "IDN", "MYS"},
		{"talks between two countries",
			"Talks between Sudan and South Sudan resumed in Juba on Sunday.",
			truce.Consult, "SDN", "SSD"},
		// Arrests and deportations.
		{"arrested members of a group",
			"Turkish police arrested 20 members of the Islamic State in Ankara.",
			truce.Coerce, "TURCOP", "ISIS"},
		{"detained suspected members of a group",
			"Kenyan police detained five suspected members of Al-Shabaab in Mombasa.",
			truce.Coerce, "KENCOP", "ALSHABAAB"},
		{"deported another country's nationals",
			"Saudi Arabia deported 300 Ethiopian nationals on Monday.",
			truce.Coerce, "SAU", "ETH"},
		{"expelled migrants of another country",
			"Tunisia expelled dozens of Sudanese migrants to the Libyan border.",
			truce.Coerce, "TUN", "SDN"},
		// Handovers and releases.
		{"handed over a group's members to another country",
			"Iraq handed over five ISIS suspects to France on Thursday.",
			"", "IRQ", "ISIS"},
		{"released another country's prisoners",
			"Ukraine released 40 Russian prisoners of war on Friday.",
			"", "UKR", "RUS"},
		{"freed another country's fishermen",
			"India freed 22 Sri Lankan fishermen on Monday.",
			"", "IND", "LKA"},
		// Protests against the state.
		{"protesters rallied against the government",
			"Thousands of protesters rallied against the government in Nairobi on Tuesday.",
			truce.Protest, "KENPRO", "KENGOV"},
		{"students marched against the president",
			"Students marched against the president in Dhaka on Saturday.",
			truce.Protest, "BGD", "BGDGOV"},
		{"demonstrators protested outside an embassy",
			"Demonstrators protested outside the French embassy in Niamey on Sunday.",
			truce.Protest, "NER", "FRA"},
		// Passive and possessive victims.
		{"a country's soldiers were killed by a group",
			"Three of Chad's soldiers were killed by Boko Haram on Lake Chad.",
			truce.Assault, "BOKOHARAM", "TCDMIL"},
		{"a group's commander was killed in a strike",
			"A senior Hamas commander was killed in an Israeli strike in Gaza City on Monday.",
			truce.Assault, "ISR", "HAMAS"},
		{"kidnapped another country's workers",
			"Gunmen kidnapped four Chinese workers in Zamfara on Wednesday.",
			"", "REB", "CHN"},
		{"abducted a number of villagers",
			"ADF rebels abducted 30 villagers in Ituri province on Friday.",
			"", "ADF", "CODCVL"},
		// Strikes on named places and groups.
		{"struck a group in a place",
			"American warplanes struck Islamic State hideouts in Somalia's Puntland on Sunday.",
			truce.Assault, "USAMIL", "ISIS"},
		{"a drone strike on a group's leader",
			"A US drone strike on an al-Qaeda leader in Idlib killed him on Tuesday.",
			truce.Assault, "USA", "AQ"},
		{"launched an offensive against a group",
			"The Congolese army launched an offensive against M23 in Masisi on Monday.",
			truce.Assault, "CODMIL", "M23"},
		{"clashed with another group",
			"Sudanese army troops clashed with RSF fighters in Kordofan on Thursday.",
			truce.Assault, "SDNMIL", "RSF"},
		{"fired rockets at another country",
			"Hezbollah fired rockets at northern Israel on Saturday.",
			truce.Assault, "HEZBOLLAH", "ISR"},
		// Threats and rejections to an addressee.
		{"threatened another country with force",
			"Ethiopia threatened Eritrea with military action on Monday.",
			truce.Threaten, "ETH", "ERI"},
		{"rejected another country's proposal",
			"Hamas rejected Israel's proposal for a ceasefire on Sunday.",
			truce.Reject, "HAMAS", "ISR"},
		{"condemned a group's attack",
			"Pakistan condemned the TTP's attack on a school in Bannu.",
			"", "PAK", "TTP"},
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
			}
			var got []string
			for _, ev := range x.Events {
				got = append(got, ev.Type+" "+probeIDs(ev.Source)+" -> "+probeIDs(ev.Target))
			}
			t.Errorf("no %s event from %s to %s; got %v", tt.typ, tt.source, tt.target, got)
		})
	}
}

// probeIDs lists the ids of a side for a failure message.
func probeIDs(as []truce.Actor) string {
	s := "["
	for i, a := range as {
		if i > 0 {
			s += " "
		}
		s += a.ID
	}
	return s + "]"
}
