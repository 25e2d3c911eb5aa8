package code_test

// prec74: event words that tell no codable event, found by probing —
// violence aimed at words or at an ill, a poll's finding, a habit or a
// kind of act in the present, a period over, arms owned, a meeting put
// off, "sign" as a noun, fights in court and in words — beside the real
// acts the same words tell, which stay.

import (
	"testing"

	"github.com/truce-project/truce"
)

func TestPrec74NoEvent(t *testing.T) {
	tests := []struct {
		name, text, typ string // typ "" means no event of any type
	}{
		{"attack on a record", "The opposition leader attacked the government's economic record on Tuesday.", truce.Assault},
		{"attack on a decision", "Senegal's main opposition party attacked the army's decision to extend the curfew.", truce.Assault},
		{"shot down a motion", "Parliament shot down the motion to impeach the president on Monday.", truce.Coerce},
		{"fight a ruling", "The mayor vowed to fight the ruling in the supreme court.", truce.Threaten},
		{"shot down a proposal", "Lawmakers shot down the government's budget proposal in Nairobi.", truce.Coerce},
		{"hijacked a debate", "Activists hijacked the debate with questions about corruption.", ""},
		{"under fire for remarks", "The foreign minister came under fire for his comments about the war in Gaza.", truce.Assault},
		{"under fire over a decision", "The governor came under fire over the decision to close the hospital.", truce.Assault},
		{"sign as a noun", "The talks in Doha were the latest sign of a thaw between Riyadh and Tehran.", truce.Agree},
		{"record of abducting", "The militia has a long record of abducting aid workers in Darfur.", truce.Assault},
		{"history of attacking", "The group has a history of attacking churches in the province.", truce.Assault},
		{"rockets owned", "Hezbollah has tens of thousands of rockets aimed at Israel.", truce.Assault},
		{"talks postponed", "Talks between the army and the rebels were postponed on Monday.", truce.Consult},
		{"meeting postponed", "The meeting between the president and the rebel leader was postponed.", truce.Consult},
		{"scathing attack", "The president launched a scathing attack on the central bank in Ankara.", truce.Assault},
		{"veiled attack", "The speech was a thinly veiled attack on Washington, diplomats said.", truce.Assault},
		{"share of the vote", "The ruling party captured 60 percent of the vote in Harare.", ""},
		{"seized the initiative", "The president seized the initiative at the summit in Nairobi.", ""},
		{"offensive on an ill", "The government launched an offensive against tax evasion.", truce.Assault},
		{"fighting an outbreak", "The health ministry is fighting an outbreak of cholera in Harare.", truce.Assault},
		{"often use tear gas", "Riot units often use tear gas to break up marches in the capital.", ""},
		{"routinely detained", "Journalists are routinely detained at the border, the report said.", truce.Coerce},
		{"each year clashes", "Each year, clashes between herders and farmers kill hundreds in Nigeria.", truce.Assault},
		{"rockets a worry", "Rockets fired from Gaza are a constant worry for residents of Sderot.", truce.Assault},
		{"abductions rare", "Abductions of aid workers are rare in the country.", truce.Assault},
		{"bombs remain a threat", "Roadside bombs remain the main threat to aid convoys in Somalia.", truce.Assault},
		{"during the civil war", "During the civil war, militias kidnapped thousands of people in Beirut.", truce.Assault},
		{"under the previous regime", "Under the previous regime, soldiers shot protesters in Khartoum.", truce.Assault},
		{"polls show", "Polls show most Israelis support a deal to free the hostages.", ""},
		{"according to a poll", "A majority of Germans oppose sending tanks to Ukraine, according to a poll.", truce.Mobilize},
		{"opinion survey found", "An opinion survey published on Monday found that most Ukrainians reject ceding land to Russia.", truce.Reject},
		{"court battle", "The government is locked in a court battle with the teachers' union.", truce.Assault},
		{"attack ads", "The ruling party aired attack ads against the opposition leader.", truce.Assault},
		{"explosion of anger", "The report triggered an explosion of anger among farmers in Punjab.", truce.Assault},
		{"ambushed by reporters", "The minister was ambushed by reporters outside parliament.", truce.Assault},
		{"simulating", "Troops took part in an exercise simulating the capture of an island.", truce.Assault},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2024-05-14").Events {
				if tt.typ == "" || ev.Type == tt.typ {
					t.Errorf("%q: got %s %s (%s -> %s)", tt.text, ev.Type, ev.Mode, probeIDs(ev.Source), probeIDs(ev.Target))
				}
			}
		})
	}
}

// The same words telling a real act still code it.
func TestPrec74StillCoded(t *testing.T) {
	tests := []struct {
		name, text, typ string
	}{
		{"attack on a convoy", "Militants attacked the government's convoy near Kabul on Monday, killing four soldiers.", truce.Assault},
		{"attack on positions", "Rebels attacked the army's positions near Goma on Tuesday.", truce.Assault},
		{"fight an army", "The rebels vowed to fight the army until the last man.", truce.Threaten},
		{"hijacked a bus", "Gunmen hijacked a bus carrying soldiers in Sinai on Sunday.", truce.Assault},
		{"under fire from militants", "An army patrol came under fire from militants in North Waziristan on Monday.", truce.Assault},
		{"will sign", "Ethiopia and Eritrea will sign a peace deal in Jeddah on Sunday.", truce.Agree},
		{"rockets fired", "Hezbollah fired rockets at northern Israel on Monday, the army said.", truce.Assault},
		{"rockets hit", "Rockets fired from Gaza hit Ashkelon on Saturday, wounding three people.", truce.Assault},
		{"tear gas fired", "Police fired tear gas at protesters in Nairobi on Tuesday.", truce.Assault},
		{"clashes killed", "Clashes between herders and farmers killed 30 people in Plateau state on Sunday.", truce.Assault},
		{"during the night", "During the night, militias kidnapped 20 villagers in Zamfara state.", truce.Assault},
		{"talks began", "Talks between the army and the rebels began in Jeddah on Monday.", truce.Consult},
		{"met despite a war of words", "The foreign ministers met in Vienna on Tuesday despite the war of words between their governments.", truce.Consult},
		{"seized a tanker", "The Revolutionary Guards seized a tanker in the Gulf of Oman on Thursday.", truce.Coerce},
		{"shot dead protesters", "Activists said soldiers shot dead five protesters in Khartoum on Monday.", truce.Assault},
		{"ambushed by rebels", "The convoy was ambushed by rebels near Beni on Monday, killing six soldiers.", truce.Assault},
		{"explosion at a market", "An explosion at a market in Kabul killed five people on Friday, police said.", truce.Assault},
		{"survey counts the dead", "A survey by the aid group found that soldiers killed 300 villagers in Rakhine in August.", truce.Assault},
		{"attacked a polling station", "A poll worker was killed when gunmen attacked a polling station in Kano.", truce.Assault},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := mustExtract(t, tt.text, "2024-05-14").Events
			for _, ev := range evs {
				if ev.Type == tt.typ {
					return
				}
			}
			t.Errorf("%q: want a %s event, got %d events", tt.text, tt.typ, len(evs))
		})
	}
}
