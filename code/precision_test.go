package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// One happening told with a second word, a word of background or a word
// that only describes codes one event: the real one stays, the extra goes.
func TestNoExtraEvents(t *testing.T) {
	tests := []struct {
		name, text string
		keep       string // type of the event that must stay
		keepRule   string // a word of its rule
		gone       string // a word whose rule must code no event
	}{
		{"an agreement another act is done under",
			"Kenyan troops pulled back from two border posts on Tuesday under a deal brokered by Uganda.",
			truce.Retreat, "pulled back", "deal"},
		{"an agreement an attack breaks",
			"Sudan's army said the paramilitaries had shelled El Obeid on Sunday in breach of the truce.",
			truce.Assault, "shelled", "truce"},
		{"an agreement named again in apposition",
			"Chad and Sudan agreed on Monday to reopen their border, in a deal brokered by Qatar.",
			truce.Agree, "agreed", "deal"},
		{"a toll in a relative clause on the attack",
			"Troops stormed a rebel camp in Darfur on Friday in which twelve fighters were killed.",
			truce.Assault, "stormed", "killed"},
		{"arms seized, not used",
			"Malian soldiers seized grenades and rifles during a search of a market in Gao on Monday, the army said.",
			truce.Coerce, "seized", "grenades"},
		{"a blame that names the attack's author",
			"A bomb exploded outside a police post in Mardan on Sunday, wounding four officers, police said, blaming the Pakistani Taliban.",
			truce.Assault, "exploded", "blaming"},
		{"a participle set off by commas",
			"Nigerian troops, backed by local vigilantes, recaptured the town of Damboa from Boko Haram on Saturday.",
			truce.Coerce, "recaptured", "backed"},
		{"a month named in a date",
			"Chad expelled the French ambassador on Monday over remarks he made in March.",
			truce.Sanction, "expelled", "march"},
		{"a definite meeting with no party of its own",
			"Ethiopia and Eritrea agreed on Monday to reopen their border crossings. The meeting came a week after clashes near the town of Badme.",
			truce.Agree, "agreed", "meeting"},
		{"a noun that is the object of the act",
			"Uganda's government lifted the ban on the opposition National Unity Platform on Friday.",
			truce.Concede, "lifted", "ban"},
		{"talks as the setting of another act",
			"Sudan and South Sudan agreed on Saturday to reopen their border after talks in Juba.",
			truce.Agree, "agreed", "talks"},
		{"an attack named again after a comma",
			"Four soldiers were killed when a roadside bomb struck a patrol near Gao on Sunday, the army said, in an attack later claimed by an Islamist group.",
			truce.Assault, "roadside bomb", "attack"},
		{"a toll reported after the attack",
			"Gunmen raided a police post near Tillaberi on Tuesday, the interior ministry said, adding that at least six officers had been killed.",
			truce.Assault, "raided", "killed"},
		{"a noun spelt like a verb",
			"Moroccan police arrested three men in Tangier on Monday and said there was no sign of a wider plot.",
			truce.Coerce, "arrested", "sign"},
		{"a toll told after a semicolon",
			"Militiamen torched two villages in Ituri on Saturday; local officials said at least 30 people were killed.",
			truce.Assault, "torched", "killed"},
		{"a participle describing the weapon used",
			"Ukrainian troops fired banned incendiary shells at Russian trenches near Bakhmut on Monday, Moscow said.",
			truce.Assault, "shells", "banned"},
		{"a trigger word qualifying a noun",
			"Officers in riot gear arrested 40 students at a sit-in on the campus of the University of Lagos on Friday.",
			truce.Coerce, "arrested", "riot"},
		{"a convoy reaching a town agrees nothing",
			"A convoy of the Norwegian Refugee Council carrying tents reached the flooded town of Beledweyne on Tuesday.",
			truce.Aid, "carrying", "reached"},
		{"people who could be reached agree nothing",
			"Chad's army declared a week-long truce on Sunday so that stranded villagers could be reached.",
			truce.Concede, "truce", "reached"},
		{"a base keeping foreign soldiers receives no visit",
			"Kurdish air defences shot down two drones over Harir, a base north of Erbil that hosts American soldiers, on Sunday.",
			truce.Coerce, "shot down", "hosts"},
		{"a sanction done in protest",
			"Ghana withdrew its envoy from Togo on Thursday in protest at the arrest of two of its traders.",
			truce.Sanction, "withdrew its envoy", "protest"},
		{"a campaign rally as the setting of an attack",
			"A gunman opened fire on the governor of Sinaloa as she addressed a campaign rally in Culiacan on Saturday.",
			truce.Assault, "opened fire", "rally"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			kept := false
			for _, ev := range x.Events {
				if strings.HasSuffix(ev.Rule, " "+tt.gone) {
					t.Errorf("extra event coded from %q: %+v", tt.gone, ev)
				}
				if ev.Type == tt.keep && strings.Contains(ev.Rule, tt.keepRule) {
					kept = true
				}
			}
			if !kept {
				t.Errorf("no %s event from %q in %+v", tt.keep, tt.keepRule, x.Events)
			}
		})
	}
}

// The exceptions keep their events: a toll with its own agent, and an
// agreement dated as it is named.
func TestExtraEventRulesKeepNews(t *testing.T) {
	tests := []struct {
		name, text, typ, rule string
	}{
		{"a toll with its own agent",
			"Thousands marched in Lima overnight in protests in which two students were killed by police gunfire.",
			truce.Assault, "killed"},
		{"a reported killing with a means of its own",
			"The army said it had shelled rebel positions near Kidal, and that one of its soldiers had been killed by sniper fire in Gao.",
			truce.Assault, "killed"},
		{"an agreement dated as it is named",
			"Fiji will send police to Tonga in a crisis under a treaty unveiled on Friday by the two prime ministers.",
			truce.Agree, "treaty"},
		{"a visit with its own agent",
			"Georgia released two detained activists on Friday after a visit to Tbilisi by the European Union's foreign policy chief.",
			truce.Consult, "visit"},
		{"talks told with their length",
			"Chad and Niger agreed on Saturday to reopen their border after three days of talks in N'Djamena.",
			truce.Consult, "talks"},
		{"talks that name their parties",
			"The talks between Armenia and Azerbaijan ended in Almaty on Friday without a deal.",
			truce.Consult, "talks"},
		{"a deal a party returns to",
			"Russia said it would return to the grain deal once its demands were met.",
			truce.Agree, "deal"},
		{"a leader hosting another",
			"Kenya's president hosted his Somali counterpart in Nairobi on Monday.",
			truce.Consult, "hosted"},
		{"a blast at a stadium, a venue of rallies as much as of games",
			"A bomb went off in a packed stadium in Kano during a governor's rally on Sunday, wounding nine people.",
			truce.Assault, "went off"},
		{"a bout of shelling",
			"A fresh bout of shelling hit the town of Kupiansk on Friday, killing two residents, the regional governor said.",
			truce.Assault, "shelling"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if ev.Type == tt.typ && strings.HasSuffix(ev.Rule, " "+tt.rule) {
					return
				}
			}
			t.Errorf("no %s event from %q in %+v", tt.typ, tt.rule, x.Events)
		})
	}
}

// A toll reported after the attack it counts lands on that attack.
func TestReportedTollLandsOnAttack(t *testing.T) {
	tests := []struct {
		name, text string
		dead       int
	}{
		{"adding that", "Gunmen raided a police post near Tillaberi on Tuesday, the interior ministry said, adding that at least six officers had been killed.", 6},
		{"after a semicolon", "Militiamen torched two villages in Ituri on Saturday; local officials said at least 30 people were killed.", 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			if len(x.Events) != 1 {
				t.Fatalf("want one event, got %+v", x.Events)
			}
			if f := x.Events[0].Fatalities; f == nil || f.Min != tt.dead {
				t.Errorf("fatalities = %+v, want %d", f, tt.dead)
			}
		})
	}
}

// A passive toll told after an attack that already has its toll counts an
// earlier attack with none whose side is the victims' country.
func TestTollSkipsTolledAttack(t *testing.T) {
	tests := []struct {
		name, text string
		dead       []int // fatalities of each event, in order
	}{
		{"a reprisal raid after a shooting",
			"Armed settlers torched houses in the Palestinian village of Turmus Ayya on Friday, a day after a Palestinian gunman shot dead two Israelis. One Palestinian was killed, the Palestinian health ministry said.",
			[]int{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			if len(x.Events) != len(tt.dead) {
				t.Fatalf("want %d events, got %+v", len(tt.dead), x.Events)
			}
			for k, ev := range x.Events {
				if f := ev.Fatalities; f == nil || f.Min != tt.dead[k] {
					t.Errorf("event %d fatalities = %+v, want %d", k, f, tt.dead[k])
				}
			}
		})
	}
}

// Words of disapproval, blame, refusal or threat need a speaker: with none
// named they are background ("which critics denounced") and code no event.
func TestWordsNeedASpeaker(t *testing.T) {
	for _, text := range []string{
		"The plan, which critics denounced as a land grab, was approved by Ghana's parliament on Friday.",
		"Elders who refused to pay the levy were beaten by gunmen in Zamfara on Sunday.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2025-10-22").Events {
				if (ev.Type == truce.Accuse || ev.Type == truce.Reject || ev.Type == truce.Threaten) && len(ev.Source) == 0 {
					t.Errorf("%s event with no speaker: %+v", ev.Type, ev)
				}
			}
		})
	}
}

// A state's word on what its enemy's forces did is the act, alleged; it
// is a charge of its own only when the text calls it one or a truce is
// at stake.
func TestReportedActIsNoCharge(t *testing.T) {
	x := mustExtract(t, "Serbia said Kosovo police had attacked Serb villagers in Zvecan on Monday.", "2025-10-22")
	if ev := eventOfType(x, truce.Accuse); ev != nil {
		t.Errorf("extra accusation: %+v", ev)
	}
	if ev := eventOfType(x, truce.Assault); ev == nil || ev.Status != truce.StatusAlleged {
		t.Errorf("no alleged attack in %+v", x.Events)
	}
}

// Words that only set the scene of the news code no event of their own: a
// journalist's question, troops meeting no resistance, a weapon a blame
// names as the cause of damage told before.
func TestSettingWordsCodeNoEvent(t *testing.T) {
	tests := []struct {
		name, text, typ string
	}{
		{"a question put to the speaker",
			"Asked on Tuesday whether Kenya would pull its police out of Haiti, President William Ruto said the mission would go on.",
			truce.Request},
		{"troops meeting no resistance",
			"Rebel columns entered the town of Kalehe on Sunday, meeting little resistance from the army, residents said.",
			truce.Consult},
		{"a weapon blamed for the damage",
			"Kyiv denied firing at the dam and blamed the damage on a Russian cruise missile.",
			truce.Assault},
		{"a strike blamed as the cause",
			"The paramilitaries blamed a drone strike by the army for the fire at the market.",
			truce.Assault},
		{"a lull between attacks",
			"Residents used a lull in fighting between the army and the RSF to flee Omdurman on Tuesday.",
			truce.Assault},
		{"an attack years before the news",
			"Twelve years after militants killed 67 shoppers at a Nairobi mall, relatives laid flowers at the site on Sunday.",
			truce.Assault},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if ev.Type == tt.typ {
					t.Errorf("unexpected %s event: %+v", ev.Type, ev)
				}
			}
		})
	}
}
