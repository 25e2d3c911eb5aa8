package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// toll42EventOf returns the event of type typ told in the sentence that
// opens with lead, failing the test when there is none.
func toll42EventOf(t *testing.T, x *truce.Extraction, typ, lead string) truce.Event {
	t.Helper()
	for _, ev := range x.Events {
		if ev.Type == typ && strings.HasPrefix(ev.Evidence.Sentence, lead) {
			return ev
		}
	}
	t.Fatalf("no %s event told in %q; events: %+v", typ, lead, x.Events)
	return truce.Event{}
}

// toll42Min returns a count's minimum, -1 for none.
func toll42Min(c *truce.Count) int {
	if c == nil {
		return -1
	}
	return c.Min
}

// TestToll42RetoldToll checks that a toll told again in the sentence after
// an attack reaches that attack when the sentence's own acts only retell
// it: a side's word that its men had killed so many, or a taking with no
// doer beside a passive toll ("two had been killed and nine abducted"),
// which gives up the toll it would otherwise take. Sentences of our own.
func TestToll42RetoldToll(t *testing.T) {
	tests := []struct {
		name, text, typ, lead string
		dead, hurt            int
	}{
		{name: "militants said they had killed", text: "Boko Haram fighters raided an army base near Maiduguri on Thursday. The militants said they had killed 14 soldiers.",
			typ: truce.Assault, lead: "Boko Haram fighters raided", dead: 14, hurt: -1},
		{name: "army said its forces had killed", text: "Sudanese troops clashed with RSF fighters near El Obeid on Monday. The army said its forces had killed dozens of the paramilitaries.",
			typ: truce.Assault, lead: "Sudanese troops clashed", dead: 12, hurt: -1},
		{name: "claim in the fighting told before", text: "Boko Haram fighters raided an army base near Maiduguri on Thursday. The army said its troops had killed 20 militants in the fighting.",
			typ: truce.Assault, lead: "Boko Haram fighters raided", dead: 20, hurt: -1},
		{name: "claim with a second act joined", text: "Houthi rebels attacked a Saudi border post in Jazan overnight, a Saudi official said. The Houthis said their fighters had killed eight Saudi soldiers and captured a hill.",
			typ: truce.Assault, lead: "Houthi rebels attacked", dead: 8, hurt: -1},
		{name: "killed and abducted with no doer", text: "Kenyan and Somali militias fought over a well near Mandera on Friday. Local officials said two herders had been killed and nine abducted.",
			typ: truce.Assault, lead: "Kenyan and Somali militias fought", dead: 2, hurt: -1},
		{name: "injured before the crowd was cleared", text: "Rioters attacked a police station in Batumi on Sunday. Fifteen people were injured before the crowd was cleared from the yard.",
			typ: truce.Protest, lead: "Rioters attacked", dead: -1, hurt: 15},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := toll42EventOf(t, mustExtract(t, tt.text, "2024-05-02"), tt.typ, tt.lead)
			if got := toll42Min(ev.Fatalities); got != tt.dead {
				t.Errorf("fatalities %d, want %d", got, tt.dead)
			}
			if got := toll42Min(ev.Injuries); got != tt.hurt {
				t.Errorf("injuries %d, want %d", got, tt.hurt)
			}
		})
	}
}

// TestToll42TakingKeepsNoToll checks that the taking with no doer gives
// up the toll the attack before takes, and that a kill told in another
// place, or set apart, stays the toll of its own act.
func TestToll42TakingKeepsNoToll(t *testing.T) {
	x := mustExtract(t, "Kenyan and Somali militias fought over a well near Mandera on Friday. Local officials said two herders had been killed and nine abducted.", "2024-05-02")
	for _, ev := range x.Events {
		if ev.Mode == "abduct" && ev.Fatalities != nil {
			t.Errorf("the abduction keeps %d dead, want none", ev.Fatalities.Min)
		}
	}
	x = mustExtract(t, "Boko Haram fighters raided an army base near Maiduguri on Thursday. Separately, the army said its troops had killed 20 militants in Yobe state.", "2024-05-02")
	ev := toll42EventOf(t, x, truce.Assault, "Boko Haram fighters raided")
	if ev.Fatalities != nil && ev.Fatalities.Min == 20 {
		t.Errorf("the raid took the 20 dead of a separate operation in Yobe")
	}
	x = mustExtract(t, "Houthi rebels said on Sunday they had killed dozens of Saudi soldiers in two days of fighting in Jazan. The rebels also said they had captured several soldiers and seized armoured vehicles. The Saudi army said it had killed about 30 rebels.", "2024-05-02")
	for _, ev := range x.Events {
		if ev.Type == truce.Coerce && ev.Fatalities != nil {
			t.Errorf("the capture told in between took %d dead of a claim on the fighting", ev.Fatalities.Min)
		}
	}
	x = mustExtract(t, "Boko Haram fighters raided an army base near Maiduguri on Thursday. The army said its troops had killed 20 militants in an operation the next day.", "2024-05-02")
	ev = toll42EventOf(t, x, truce.Assault, "Boko Haram fighters raided")
	if ev.Fatalities != nil && ev.Fatalities.Min == 20 {
		t.Errorf("the raid took the 20 dead of an operation of their own")
	}
}

// TestToll42KilledAttackers checks that a killing of "the attackers" with
// no count of its own kills as many as the story counted the attackers
// before, and a killing of "the gunman" one; attackers counted by no
// attacker noun ("two men … the assailants") give no toll. Sentences of
// our own.
func TestToll42KilledAttackers(t *testing.T) {
	tests := []struct {
		name, text, lead string
		dead             int
	}{
		{name: "object of an active verb", text: "Four gunmen stormed a church in Ouagadougou on Sunday, killing nine worshippers, before soldiers killed the attackers.",
			lead: "Four gunmen stormed", dead: 4},
		{name: "passive subject with an apposition", text: "Two assailants stabbed five people at a bus station in Lyon on Monday. The attackers, a man and his brother armed with knives, were shot dead by police.",
			lead: "The attackers", dead: 2},
		{name: "singular object", text: "A gunman opened fire at a school in Belgrade, killing eight pupils, before police shot dead the attacker.",
			lead: "A gunman opened fire", dead: 1},
		{name: "no attacker noun counted", text: "Two men armed with knives attacked passengers at a station in Lyon, wounding three. The assailants were later shot dead by police.",
			lead: "The assailants", dead: -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-05-02")
			found := false
			for _, ev := range x.Events {
				if ev.Type != truce.Assault || !strings.HasPrefix(ev.Evidence.Sentence, tt.lead) || len(ev.Target) == 0 || !strings.HasSuffix(ev.Target[0].ID, "REB") {
					continue
				}
				found = true
				if got := toll42Min(ev.Fatalities); got != tt.dead {
					t.Errorf("fatalities %d, want %d", got, tt.dead)
				}
			}
			if !found {
				t.Fatalf("no assault on the attackers in %q: %+v", tt.text, x.Events)
			}
		})
	}
}

// TestToll42LaterDeaths checks that people an attack wounded or carried
// off who, a relative clause says, died afterwards are added to its dead,
// and that a relative clause on people already counted as dead adds no
// one. Sentences of our own.
func TestToll42LaterDeaths(t *testing.T) {
	tests := []struct {
		name, text string
		dead, hurt int
	}{
		{name: "wounded, two of whom later died", text: "A bomb hidden in a cart exploded at a bus stop in Quetta on Monday, wounding 14 people, two of whom later died in hospital.",
			dead: 2, hurt: 14},
		{name: "abducted others who were later executed", text: "Militants raided a village in Borno on Friday, killing three farmers and abducting four others who were later executed.",
			dead: 7, hurt: -1},
		{name: "a part of the dead", text: "Gunmen attacked a checkpoint in Zamfara, killing six soldiers, two of whom died at the scene.",
			dead: 6, hurt: -1},
		{name: "wounded who were taken to hospital", text: "Rebels ambushed a convoy near Beni on Tuesday, wounding eight soldiers who were later taken to hospital.",
			dead: -1, hurt: 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-05-02", truce.Assault)
			if len(evs) == 0 {
				t.Fatalf("no assault in %q", tt.text)
			}
			ev := evs[0]
			for _, e := range evs {
				if e.Mode != "abduct" {
					ev = e
					break
				}
			}
			if got := toll42Min(ev.Fatalities); got != tt.dead {
				t.Errorf("fatalities %d, want %d", got, tt.dead)
			}
			if got := toll42Min(ev.Injuries); got != tt.hurt {
				t.Errorf("injuries %d, want %d", got, tt.hurt)
			}
		})
	}
}
