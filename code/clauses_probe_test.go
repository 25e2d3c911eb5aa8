package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Clauses inside a sentence that must not mislead the coder: a relative
// clause or apposition on an actor, a reporter's aside, a report verb with a
// medium ("wrote on Telegram that"), a possessor before an office noun. Each
// sentence states one event; names and places vary so that no rule fits one
// wording. An empty typ, source or target is not checked; reporter, when
// set, is the id the event's reported_by must carry.
func TestClausesProbe(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, reporter string
	}{
		// 1. A relative clause on the target keeps the passive agent the doer.
		{"relative clause with a place on passive victims",
			"The farmers, who had returned to their fields near Beni, were attacked by ADF rebels on Friday.",
			truce.Assault, "ADF", "COD", ""},
		{"relative clause on soldiers killed by a group",
			"The soldiers, who were guarding a bridge outside Menaka, were ambushed by JNIM militants.",
			truce.Assault, "JNIM", "MLIMIL", ""},
		{"relative clause on displaced people shelled",
			"Displaced families, who had sheltered in a school in Khan Younis, were struck by Israeli aircraft on Tuesday.",
			truce.Assault, "ISR", "PSE", ""},
		// 2. An event inside a relative clause must not outrank the main verb.
		{"students who joined a sit-in arrested",
			"Students who had joined a sit-in in Dhaka were arrested by police on Sunday.",
			truce.Coerce, "BGDCOP", "", ""},
		{"activists who led a demonstration detained",
			"Activists who led a demonstration in Harare were detained by Zimbabwean police.",
			truce.Coerce, "ZWECOP", "", ""},
		// 3. An apposition describing the doer does not take its place.
		{"apposition naming a parent group",
			"ISWAP, the Islamic State offshoot that split from Boko Haram, attacked a Nigerian army base in Borno on Saturday.",
			truce.Assault, "ISWAP", "NGAMIL", ""},
		{"apposition with an affiliate",
			"Al-Shabaab, the al-Qaeda branch in East Africa, attacked a Kenyan police post in Mandera on Friday.",
			truce.Assault, "ALSHABAAB", "KENCOP", ""},
		{"apposition with a blamed description",
			"The TTP, a militant alliance close to the Afghan Taliban, killed six Pakistani soldiers in Waziristan on Monday.",
			truce.Assault, "TTP", "PAKMIL", ""},
		{"apposition naming a backer",
			"The Houthis, the Iran-aligned movement that controls Sanaa, fired a missile at a merchant ship on Wednesday.",
			truce.Assault, "HOUTHI", "", ""},
		// 4. A past year in an apposition is not the event's date.
		{"apposition with a year of allegiance",
			"The ADF, a rebel group that pledged allegiance to the Islamic State in 2019, killed 14 villagers in Ituri on Saturday.",
			truce.Assault, "ADF", "CODCVL", ""},
		{"apposition with a founding year",
			"JNIM, an alliance formed in 2017, attacked a Burkinabe army convoy near Djibo on Tuesday.",
			truce.Assault, "JNIM", "BFAMIL", ""},
		{"relative clause with a past year",
			"M23, which seized Goma in 2012, attacked Congolese army positions in Masisi on Thursday.",
			truce.Assault, "M23", "CODMIL", ""},
		{"apposition with a year of designation",
			"Lashkar-e-Taiba, which the United States designated a terrorist group in 2001, attacked an Indian army camp in Kashmir on Sunday.",
			truce.Assault, "", "INDMIL", ""},
		// 5. A source's request for anonymity is not a request event.
		{"who asked not to be named",
			"Gunmen killed five police officers in Zamfara on Monday, a security official who asked not to be named said.",
			truce.Assault, "", "NGACOP", ""},
		{"speaking on condition of anonymity",
			"Taliban forces shelled a Pakistani border post on Friday, a local official said, speaking on condition of anonymity.",
			truce.Assault, "", "PAKMIL", ""},
		{"asked that his name be withheld",
			"Soldiers opened fire on protesters in Khartoum, a doctor said, asking that his name be withheld.",
			truce.Assault, "SDNMIL", "", ""},
		{"who requested anonymity",
			"RSF fighters stormed a hospital in El Fasher on Sunday, an aid worker who requested anonymity said.",
			truce.Assault, "RSF", "", ""},
		// 6. A report verb told with its medium.
		{"wrote on Telegram that",
			"Ukraine's air force wrote on Telegram that Russian drones struck an energy facility in Odesa overnight.",
			truce.Assault, "RUS", "", "UKR"},
		{"posted on X that",
			"Pakistan's army spokesman posted on X that militants attacked a checkpoint in Bannu on Tuesday.",
			truce.Assault, "", "PAKMIL", "PAK"},
		{"said in a video message that",
			"Sudan's army chief said in a video message that RSF drones had hit a power station in Atbara.",
			truce.Assault, "RSF", "", "SDN"},
		{"said in a statement on Facebook that",
			"Nigeria's police said in a statement on Facebook that gunmen kidnapped 12 travellers in Kaduna.",
			"", "", "", "NGACOP"},
		// 7. A claim told in the next sentence gives the attack its doer.
		{"a group said its fighters carried out the attack",
			"A bomb exploded at a market in Mogadishu on Monday, killing seven people. Al-Shabaab said its fighters had carried out the attack.",
			truce.Assault, "ALSHABAAB", "", ""},
		{"a group said its unit carried out the bombing",
			"A car bomb killed four soldiers in Turbat on Friday. The BLF said its fighters carried out the bombing.",
			truce.Assault, "BLF", "", ""},
		{"a group said it was behind the attack",
			"Gunmen attacked a police station in Peshawar on Sunday, killing two officers. The TTP said it was behind the attack.",
			truce.Assault, "TTP", "", ""},
		// 8. "the army" in a foreign spokesman's words is the speaker's army.
		{"Israeli spokesman says the army struck Lebanon",
			"An Israeli military spokesman said the army had struck Hezbollah targets near Tyre on Monday.",
			truce.Assault, "ISRMIL", "HEZBOLLAH", ""},
		{"Turkish ministry says the army hit Iraq",
			"Turkey's defence ministry said the army had hit PKK hideouts in northern Iraq on Friday.",
			truce.Assault, "TURMIL", "PKK", ""},
		{"Russian ministry says the army struck Ukraine",
			"Russia's defence ministry said the army had struck Ukrainian positions near Kupiansk.",
			truce.Assault, "RUSMIL", "UKR", ""},
		// 9. A possessive before an office noun names the office holder's side.
		{"arrested the party's leader",
			"Ugandan police arrested the opposition party's leader in Kampala on Tuesday.",
			truce.Coerce, "UGACOP", "UGA", ""},
		{"detained the union's president",
			"Tunisian police detained the union's president in Sfax on Monday.",
			truce.Coerce, "TUNCOP", "TUN", ""},
		// 10. "the <demonym> town of X" names the town's people as the target.
		{"shelled the village of",
			"Russian forces shelled the Ukrainian village of Bilopillia on Sunday.",
			truce.Assault, "RUS", "UKR", ""},
		{"drones hit the city of",
			"Ukrainian drones hit the Russian city of Belgorod overnight.",
			truce.Assault, "UKR", "RUS", ""},
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
				if tt.target != "" && !probeActor(ev.Target, tt.target) {
					continue
				}
				if tt.reporter != "" && (ev.ReportedBy == nil || !probeActor([]truce.Actor{*ev.ReportedBy}, tt.reporter)) {
					continue
				}
				return
			}
			var got []string
			for _, ev := range x.Events {
				s := ev.Type + " " + probeIDs(ev.Source) + " -> " + probeIDs(ev.Target)
				if ev.ReportedBy != nil {
					s += " by " + ev.ReportedBy.ID
				}
				got = append(got, s)
			}
			t.Errorf("no %s event from %q to %q (reporter %q); got %v", tt.typ, tt.source, tt.target, tt.reporter, got)
		})
	}
}
