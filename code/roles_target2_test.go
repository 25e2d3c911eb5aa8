package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who an event is done to in long, wire-style sentences: targets that are
// long noun phrases, possessives that point back to the speaker, places that
// stand for the people living there, people named by their office, and
// targets placed after appositions or inside relative clauses. Each sentence
// tells one event; names, places and wording vary so no rule fits one.
func TestTargetWireProbe(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target string
	}{
		// Long noun phrases as targets.
		{"a convoy carrying an aid group's staff",
			"Gunmen on motorcycles attacked a convoy carrying staff of Médecins Sans Frontières on the road between Kidal and Gao on Thursday, the aid group said in a statement.",
			truce.Assault, "", "MSF"},
		{"positions held by a brigade of the army",
			"Fighters of the Arakan Army overran positions held by the Myanmar military's 55th Light Infantry Division near the town of Ann on Saturday, according to local media.",
			"", "AA", "MMRMIL"},
		{"a school run by a UN agency",
			"Israeli aircraft struck a school run by UNRWA in the central Gaza Strip where hundreds of displaced Palestinians were sheltering, the agency said on Wednesday.",
			truce.Assault, "ISR", "PSE"},
		{"a checkpoint manned by police officers",
			"Suspected Baloch separatists opened fire on a checkpoint manned by Pakistani police officers in the Kech district of Balochistan on Friday night, killing two, officials said.",
			truce.Assault, "", "PAKCOP"},
		// Possessives that point back to the speaker.
		{"a group says a drone struck its positions",
			"The Kurdistan Workers' Party said on Monday that a Turkish drone had struck its positions in the Qandil mountains, killing three of its fighters, in the second such raid this month.",
			truce.Assault, "TUR", "PKK"},
		{"fighters say a strike hit their positions",
			"Syrian Democratic Forces fighters said Turkish artillery had shelled their positions around Manbij overnight, wounding five, in what they called a breach of the truce.",
			truce.Assault, "TUR", "SDF"},
		{"a ministry says militants attacked its checkpoint",
			"Niger's defence ministry said jihadist militants attacked one of its checkpoints near the border with Burkina Faso on Wednesday, killing eleven soldiers before retreating.",
			truce.Assault, "", "NERMIL"},
		{"a police force says gunmen killed its officers",
			"The Nigerian police said in a statement that bandits had killed four of its officers at a roadblock in Katsina state late on Saturday.",
			truce.Assault, "", "NGACOP"},
		// Places as targets.
		{"shelled two named towns of another country",
			"Azerbaijani forces shelled the Armenian towns of Jermuk and Goris on Tuesday night, damaging homes and a power line, the Armenian defence ministry said.",
			truce.Assault, "AZE", "ARM"},
		{"missiles hit a city of another country",
			"Russian missiles slammed into the city of Kharkiv early on Friday, killing at least seven people and wounding dozens, the regional governor said.",
			truce.Assault, "RUS", "UKR"},
		{"drones struck a port city",
			"Houthi drones struck the Saudi port city of Jizan on Sunday, setting fire to a fuel depot, the Saudi-led coalition said in a statement carried by state media.",
			truce.Assault, "HOUTHI", "SAU"},
		// Expulsions and diplomacy with many parties.
		{"expelled another country's ambassador",
			"The military government in Niamey expelled the French ambassador on Monday, giving him forty-eight hours to leave the country, state television reported.",
			"", "NER", "FRA"},
		{"recalled its envoy from another country",
			"Algeria recalled its ambassador from Madrid on Saturday in protest at Spain's shift on Western Sahara, the foreign ministry said in a brief statement.",
			"", "DZA", "ESP"},
		// Attacks told with "by" and "on".
		{"the attack by a group on army positions",
			"The attack by RSF fighters on Sudanese army positions in El Obeid on Sunday left at least twenty soldiers dead, a military source told reporters.",
			truce.Assault, "RSF", "SDNMIL"},
		{"the raid by a group on a police station",
			"A raid by Islamic State militants on a police station in the Iraqi province of Kirkuk on Friday killed three officers, security sources said.",
			truce.Assault, "ISIS", "IRQCOP"},
		// People named with their office.
		{"spoke with a president named by surname",
			"German Chancellor Friedrich Merz spoke with Ukraine's Zelensky by telephone on Monday about air defence deliveries and the prospects for a ceasefire, his office said.",
			truce.Consult, "DEU", "UKRGOV"},
		{"met a president named in full",
			"Turkish President Recep Tayyip Erdogan met Volodymyr Zelensky in Ankara on Thursday to discuss a possible prisoner exchange, according to the Turkish presidency.",
			truce.Consult, "TUR", "UKRGOV"},
		// Facilities named by a foreign demonym.
		{"a foreign-run hospital in a besieged city",
			"RSF shelling hit the Saudi hospital in El Fasher on Friday, killing at least six patients, the World Health Organization said, calling it an attack on the last working hospital in the city.",
			truce.Assault, "RSF", "SDN"},
		{"a foreign-run school in a city",
			"An air strike hit the Turkish school in Mogadishu on Wednesday, wounding several pupils, local officials said.",
			truce.Assault, "", "SOM"},
		// Targets after long appositive sources.
		{"a group, which has fought the army for years, ambushed a patrol",
			"The Kachin Independence Army, which has fought the Myanmar military for more than a decade, ambushed a patrol of government soldiers near Bhamo on Sunday, a spokesman said.",
			truce.Assault, "KIA", "MMRMIL"},
		{"a commander, a former minister, ordered an attack on a town",
			"Fighters loyal to the Tigray People's Liberation Front, which governed the region until 2023, attacked Eritrean troops near Zalambessa on Monday, residents said.",
			truce.Assault, "TPLF", "ERIMIL"},
		// Targets in relative clauses and passives.
		{"soldiers who were escorting a convoy were killed",
			"Nine Malian soldiers who were escorting a fuel convoy were killed by JNIM militants near Kayes on Wednesday, the army said in a statement.",
			truce.Assault, "JNIM", "MLIMIL"},
		{"a convoy that was carrying aid was hit",
			"A World Food Programme convoy that was carrying flour to Gaza City was hit by Israeli tank fire on Monday, the agency said, calling the incident unacceptable.",
			truce.Assault, "ISR", "WFP"},
		// Two targets coordinated.
		{"attacked police and soldiers",
			"Suspected Islamist gunmen attacked police and soldiers guarding a gas plant in the Cabo Delgado province of Mozambique on Friday, killing at least five, officials said.",
			truce.Assault, "", "MOZCOP"},
		{"attacked soldiers and civilians",
			"Boko Haram fighters attacked soldiers and civilians in the town of Damboa in Borno state on Sunday night, setting houses on fire, residents told reporters.",
			truce.Assault, "BOKOHARAM", "NGAMIL"},
		// Numbers in words and long titles.
		{"killed a number in words of another country's troops",
			"Pakistani security forces said on Tuesday that militants crossing from Afghanistan had killed seventeen Pakistani soldiers in an overnight attack on a border post in North Waziristan.",
			truce.Assault, "", "PAKMIL"},
		{"kidnapped a number in words of foreign engineers",
			"Gunmen kidnapped five Chinese engineers working on a hydropower dam in the Khyber Pakhtunkhwa province of Pakistan on Wednesday, police said.",
			"", "", "CHN"},
		// Arrests and detentions.
		{"arrested members of an opposition party",
			"Tanzanian police arrested more than forty members of the opposition Chadema party, including its deputy chairman, ahead of a planned rally in Dar es Salaam on Monday.",
			"", "TZACOP", "TZAOPP"},
		{"detained a foreign journalist",
			"Iranian security forces detained a French journalist working for a Paris daily in Tehran on Saturday, accusing him of spying, the judiciary's news agency said.",
			"", "IRN", "FRA"},
		// Accusations and threats against a named addressee.
		{"accused another country's army of shelling",
			"Cambodia's defence ministry on Friday accused the Thai army of shelling civilian areas in Oddar Meanchey province, calling it a violation of the ceasefire agreed last month.",
			truce.Accuse, "KHM", "THAMIL"},
		{"warned a group of a heavy response",
			"Israel's defence minister warned Hezbollah on Sunday that it would pay a heavy price for any attack on northern Israel, in remarks broadcast by public radio.",
			truce.Threaten, "ISR", "HEZBOLLAH"},
		// Strikes told from the target's side.
		{"positions came under heavy shelling from",
			"Ukrainian positions near the eastern town of Pokrovsk came under heavy shelling from Russian forces throughout Thursday, the Ukrainian general staff said in its evening update.",
			truce.Assault, "RUS", "UKRMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if tt.typ != "" && ev.Type != tt.typ {
					continue
				}
				if (tt.source == "" || probeActor(ev.Source, tt.source)) && probeActor(ev.Target, tt.target) {
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
