package code_test

import (
	"fmt"
	"testing"

	"github.com/truce-project/truce"
)

// multiWant is one event a story must yield: its type, a source and a
// target (an actor id, a country code or a bare sector code, as
// probeActor reads them; "" for any) and, where it matters, its status.
type multiWant struct {
	typ, source, target, status string
}

// Stories of two or three events each, in plain wire style: every event
// keeps its own sides, however the sentence or the story mixes them.
func TestMultiEventProbe(t *testing.T) {
	tests := []struct {
		name, text string
		want       []multiWant
	}{
		// An attack and the reply.
		{"attack then air strikes in reply",
			"Armenian troops attacked Azerbaijani positions near Lachin on Monday, killing two soldiers. Azerbaijan responded with air strikes on Armenian artillery.",
			[]multiWant{{truce.Assault, "ARM", "AZE", ""}, {truce.Assault, "AZE", "ARM", ""}}},
		{"raid and a retaliatory raid in one sentence",
			"Hezbollah fired rockets at northern Israel on Sunday, and Israeli jets struck Hezbollah positions in southern Lebanon hours later.",
			[]multiWant{{truce.Assault, "HEZBOLLAH", "ISR", ""}, {truce.Assault, "ISR", "HEZBOLLAH", ""}}},
		// Accusations and the act alleged.
		{"accusation of shelling a town",
			"Ukraine accused Russia on Friday of shelling the town of Kupiansk overnight.",
			[]multiWant{{truce.Accuse, "UKR", "RUS", ""}, {truce.Assault, "RUS", "UKR", "alleged"}}},
		{"accusation of killing villagers",
			"Sudan's army accused the Rapid Support Forces of killing dozens of villagers in North Kordofan.",
			[]multiWant{{truce.Accuse, "SDN", "RSF", ""}, {truce.Assault, "RSF", "SDN", "alleged"}}},
		{"accusation of arming rebels",
			"Congo accused Rwanda on Wednesday of sending troops to fight alongside M23 rebels in North Kivu.",
			[]multiWant{{truce.Accuse, "COD", "RWA", ""}}},
		// Denials.
		// Condemnation of an attack someone claimed.
		{"condemnation of a claimed attack",
			"France condemned the attack on a Malian army base, which JNIM claimed on Thursday.",
			[]multiWant{{truce.Accuse, "FRA", "JNIM", ""}, {truce.Assault, "JNIM", "MLI", ""}}},
		// Agreements and mediators.
		{"truce agreed after talks, brokered by a third party",
			"After talks in Doha, Congo and the M23 agreed to a truce brokered by Qatar.",
			[]multiWant{{truce.Agree, "COD", "M23", ""}}},
		{"agreement signed in a capital",
			"Ethiopia and Eritrea signed a border accord in Riyadh on Monday under Saudi mediation.",
			[]multiWant{{truce.Agree, "ETH", "ERI", ""}}},
		{"talks held, then a prisoner swap",
			"Russian and Ukrainian negotiators met in Istanbul on Friday. Both sides agreed to exchange 1,000 prisoners each.",
			[]multiWant{{truce.Consult, "RUS", "UKR", ""}, {truce.Agree, "RUS", "UKR", ""}}},
		// Exchanges of fire and mutual blame.
		{"exchange of fire, each blames the other",
			"Indian and Pakistani troops exchanged fire across the Line of Control on Tuesday; each side blamed the other for starting the clash.",
			[]multiWant{{truce.Assault, "IND", "PAK", ""}, {truce.Accuse, "", "", ""}}},
		{"border clash between two armies",
			"Thai and Cambodian soldiers clashed near a disputed temple on Thursday, killing three.",
			[]multiWant{{truce.Assault, "THA", "KHM", ""}}},
		// Arrests after a riot.
		{"arrests after protesters stormed a building",
			"Kenyan police arrested 40 protesters after they stormed parliament in Nairobi on Tuesday.",
			[]multiWant{{truce.Coerce, "KENCOP", "KEN", ""}, {truce.Protest, "KEN", "KEN", ""}}},
		// Appeals after an attack.
		{"call to halt fighting after shelling",
			"The UN called on both sides to halt fighting after Azerbaijani forces shelled Armenian villages on Monday.",
			[]multiWant{{truce.Request, "UN", "", ""}, {truce.Assault, "AZE", "ARM", ""}}},
		{"urge to release hostages seized by a group",
			"Qatar urged Hamas to release the hostages it seized in southern Israel.",
			[]multiWant{{truce.Request, "QAT", "HAMAS", ""}}},
		// Expulsions and recalls.
		{"expulsion after a recall",
			"Algeria expelled France's ambassador on Sunday after Paris recalled its envoy from Algiers.",
			[]multiWant{{truce.Sanction, "DZA", "FRA", ""}, {truce.Sanction, "FRA", "DZA", ""}}},
		{"recall in answer to an expulsion",
			"Colombia recalled its ambassador from Argentina after President Milei called the Colombian president a murderer.",
			[]multiWant{{truce.Sanction, "COL", "ARG", ""}}},
		// Capture and a vow to retake.
		// Troops sent on request.
		// Visits and meetings with a second act.
		{"meeting then a pledge of aid",
			"Turkish President Erdogan met Somali President Hassan Sheikh Mohamud in Ankara on Friday and pledged military support against al-Shabaab.",
			[]multiWant{{truce.Consult, "TUR", "SOM", ""}}},
		{"visit and a rebuke",
			"China's foreign minister visited Pakistan on Monday, a day after India accused Islamabad of harbouring militants.",
			[]multiWant{{truce.Consult, "CHN", "PAK", ""}, {truce.Accuse, "IND", "PAK", ""}}},
		// Claims of responsibility.
		{"claim of a bombing",
			"Islamic State claimed responsibility for a suicide bombing at a mosque in Kabul on Friday that killed 12 worshippers.",
			[]multiWant{{truce.Assault, "ISIS", "AFG", "claimed"}}},
		{"claim of a drone strike on a ship",
			"The Houthis said they had launched drones at a Greek-owned cargo ship in the Red Sea on Wednesday.",
			[]multiWant{{truce.Assault, "HOUTHI", "", ""}}},
		// Several deeds of one doer.
		{"raid, then abduction",
			"Al-Shabaab fighters raided a police station in Garissa on Monday and abducted three officers.",
			[]multiWant{{truce.Assault, "ALSHABAAB", "KEN", ""}}},
		{"attack and a second attack by another group",
			"Gunmen killed six farmers in Benue state on Sunday. In a separate attack, ISWAP militants killed four soldiers in Borno.",
			[]multiWant{{truce.Assault, "", "NGA", ""}, {truce.Assault, "ISWAP", "NGA", ""}}},
		// Sanctions and reactions.
		{"sanctions after a crackdown",
			"The European Union imposed sanctions on Iranian officials on Monday after security forces killed protesters in Zahedan.",
			[]multiWant{{truce.Sanction, "EU", "IRN", ""}, {truce.Assault, "IRN", "IRN", ""}}},
		{"ban on imports after a quarrel",
			"China banned imports of Lithuanian goods after Vilnius allowed Taiwan to open a representative office.",
			[]multiWant{{truce.Sanction, "CHN", "LTU", ""}}},
		// Threats.
		{"threat of retaliation after an attack",
			"Iran vowed to retaliate after an Israeli strike killed two Iranian generals in Damascus.",
			[]multiWant{{truce.Threaten, "IRN", "ISR", ""}, {truce.Assault, "ISR", "IRN", ""}}},
		{"warning to a neighbour",
			"North Korea warned South Korea on Saturday of a 'merciless' response after Seoul held military drills near the border.",
			[]multiWant{{truce.Threaten, "PRK", "KOR", ""}}},
		// Ceasefires and breaches.
		{"truce announced then breached",
			"The Sudanese army and the RSF agreed to a seven-day ceasefire on Saturday. Hours later the RSF shelled El Fasher.",
			[]multiWant{{truce.Agree, "SDN", "RSF", ""}, {truce.Assault, "RSF", "SDN", ""}}},
		{"accusation of a ceasefire breach",
			"Armenia accused Azerbaijan on Tuesday of violating the ceasefire by firing on its positions near Sotk.",
			[]multiWant{{truce.Accuse, "ARM", "AZE", ""}}},
		// Aid and support.
		{"aid to a country hit by fighting",
			"The World Food Programme delivered food to 50,000 people in Tigray after Ethiopian forces lifted a blockade.",
			[]multiWant{{truce.Aid, "", "ETH", ""}}},
		// Rejections.
		{"rejection of a proposal",
			"Israel rejected a proposal by Egypt for a two-week truce in Gaza on Sunday.",
			[]multiWant{{truce.Reject, "ISR", "EGY", ""}}},
		// Protest then crackdown.
		{"protesters killed by troops",
			"Soldiers in Myanmar opened fire on protesters in Mandalay on Saturday, killing five, witnesses said.",
			[]multiWant{{truce.Assault, "MMR", "MMR", ""}}},
		// Mediation and consultation.
		{"phone call between leaders",
			"Saudi Crown Prince Mohammed bin Salman spoke by phone with Iranian President Masoud Pezeshkian on Tuesday about the war in Gaza.",
			[]multiWant{{truce.Consult, "SAU", "IRN", ""}}},
		// Abductions and releases.
		{"kidnapping of foreigners",
			"Gunmen abducted two Chinese engineers near Kaduna on Sunday, and police launched a search.",
			[]multiWant{{truce.Assault, "", "CHN", ""}}},
		// Mobilisation.
		{"troops massed at a border",
			"Russia massed troops on the border with Ukraine, and NATO warned Moscow against an invasion.",
			[]multiWant{{truce.Mobilize, "RUS", "", ""}, {truce.Threaten, "NATO", "RUS", ""}}},
		{"air strike and a rebuke of it",
			"Pakistan carried out air strikes on militant hideouts in Khost on Tuesday. Afghanistan's Taliban government condemned the strikes.",
			[]multiWant{{truce.Assault, "PAK", "AFG", ""}, {truce.Accuse, "AFG", "PAK", ""}}},
		{"arrest of opposition leader sparks protests",
			"Turkish police detained Istanbul mayor Ekrem Imamoglu on Wednesday, and thousands protested in the city that night.",
			[]multiWant{{truce.Coerce, "TURCOP", "TUR", ""}, {truce.Protest, "TUR", "", ""}}},
	}
	pass, total := 0, 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, w := range tt.want {
				total++
				if multiFind(x.Events, w) {
					pass++
					continue
				}
				t.Errorf("no %s %s -> %s %s in %s", w.typ, w.source, w.target, w.status, multiShow(x.Events))
			}
		})
	}
	t.Logf("multi probe: %d/%d events", pass, total)
}

// Words reacting to an attack are not the attack: their speaker is not
// its doer, and its victims are not whom the words are aimed at.
func TestReactionIsNotTheAttack(t *testing.T) {
	x := mustExtract(t, "The African Union condemned last week's attack on a refugee camp in Chad, which killed nine people.", "2025-10-22")
	for _, ev := range x.Events {
		if ev.Type == truce.Assault && probeActor(ev.Source, "AU") {
			t.Errorf("the condemner is the attacker: %s", multiShow(x.Events))
		}
		if ev.Type == truce.Accuse && len(ev.Target) > 0 {
			t.Errorf("the condemnation is aimed at the victims: %s", multiShow(x.Events))
		}
	}
}

func multiFind(evs []truce.Event, w multiWant) bool {
	for _, ev := range evs {
		if ev.Type != w.typ || w.status != "" && string(ev.Status) != w.status {
			continue
		}
		if (w.source == "" || probeActor(ev.Source, w.source)) && (w.target == "" || probeActor(ev.Target, w.target)) {
			return true
		}
	}
	return false
}

func multiShow(evs []truce.Event) string {
	s := ""
	for _, ev := range evs {
		s += fmt.Sprintf("[%s/%s %v -> %v %s] ", ev.Type, ev.Mode, multiIDs(ev.Source), multiIDs(ev.Target), ev.Status)
	}
	return s
}

func multiIDs(as []truce.Actor) []string {
	var ids []string
	for _, a := range as {
		ids = append(ids, a.ID)
	}
	return ids
}
