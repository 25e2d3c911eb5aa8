package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A whole war fought or waged is a side's history; a fight with a named
// foe or battle stays an attack.
func TestPrec60FoughtWholeWar(t *testing.T) {
	none := []string{
		"The rebel movement fought a 12-year civil war against the Khartoum government that ended in 2005.",
		"The two kingdoms fought a brief border war over the oasis in 1963.",
		"The Maoist guerrillas have waged an insurgency against the state for four decades.",
		"The tribal militia fought on the army's side during the war in Darfur but later broke with the government.",
	}
	for _, text := range none {
		if evs := eventsOf(t, text, "2024-05-02", truce.Assault); len(evs) != 0 {
			t.Errorf("%q: %d attacks, want none (a whole war fought)", text, len(evs))
		}
	}
	some := []string{
		"Government soldiers fought Islamist militants for five hours near the town of Mopti on Tuesday.",
		"Police fought a running gun battle with cartel gunmen on the outskirts of Culiacan on Thursday.",
		"Marines fought the war's longest battle for the hilltop town on Friday, losing 30 men.",
		"The army fought its biggest battle of the war near the river on Tuesday, killing 40 rebels.",
	}
	for _, text := range some {
		if len(eventsOf(t, text, "2024-05-02", truce.Assault)) == 0 {
			t.Errorf("%q: no attack", text)
		}
	}
}

// Forces a hindrance is aimed at are no deployment; forces sent are.
func TestPrec60HinderedForces(t *testing.T) {
	none := []string{
		"The raiders planted mines on the highway and blew up a culvert to slow down reinforcements, officials said.",
		"Militants felled trees across the only road to hold off army reinforcements on Tuesday.",
		"The insurgents dynamited the bridge to delay the arrival of reinforcements from the capital.",
	}
	for _, text := range none {
		if evs := eventsOf(t, text, "2024-05-02", truce.Mobilize); len(evs) != 0 {
			t.Errorf("%q: %d deployments, want none (forces hindered)", text, len(evs))
		}
	}
	text := "The army sent reinforcements to the border town on Monday after the raid."
	if len(eventsOf(t, text, "2024-05-02", truce.Mobilize)) == 0 {
		t.Errorf("%q: no deployment", text)
	}
}

// An act another act hastens or clears the way for is a goal, not done;
// the same act told as done codes.
func TestPrec60EnabledGoal(t *testing.T) {
	cases := []struct{ text, typ string }{
		{"The cabinet scrapped the border accord on Friday, clearing the way for artillery drills near the frontier.", truce.Mobilize},
		{"The president signed an emergency decree on Sunday to speed their deportation to the south.", truce.Coerce},
		{"Peacekeepers withdrew from the ridge on Monday, paving the way for a government offensive in the valley.", truce.Assault},
	}
	for _, c := range cases {
		if evs := eventsOf(t, c.text, "2024-05-02", c.typ); len(evs) != 0 {
			t.Errorf("%q: %d %s events, want none (a goal)", c.text, len(evs), c.typ)
		}
	}
	text := "The navy held live-fire drills near the disputed islands on Monday."
	if len(eventsOf(t, text, "2024-05-02", truce.Mobilize)) == 0 {
		t.Errorf("%q: no drills", text)
	}
}

// An earlier attack dated in the possessive and named as what an act
// answers is told before; the act itself codes, and so does a toll of
// such an attack.
func TestPrec60PastAttackReferred(t *testing.T) {
	text := "Police arrested a cleric on Tuesday whom they held responsible for Friday's grenade attack on the market."
	if evs := eventsOf(t, text, "2024-05-02", truce.Assault); len(evs) != 0 {
		t.Errorf("%q: %d attacks, want none (the attack told before)", text, len(evs))
	}
	if len(eventsOf(t, text, "2024-05-02", truce.Coerce)) == 0 {
		t.Errorf("%q: no arrest", text)
	}
	text = "Jets bombed camps used by the gunmen behind last week's massacre of pilgrims in the valley."
	if n := len(eventsOf(t, text, "2024-05-02", truce.Assault)); n != 1 {
		t.Errorf("%q: %d attacks, want the bombing alone", text, n)
	}
	text = "The toll from Sunday's suicide bombing at the mosque in Quetta rose to 40 on Monday."
	if len(eventsOf(t, text, "2024-05-02", truce.Assault)) == 0 {
		t.Errorf("%q: no attack", text)
	}
}

// A film, a paper or money released sets no one free; people released
// still code.
func TestPrec60ReleasedThing(t *testing.T) {
	none := []string{
		"Police detained the driver, and a video was released on Monday in which he said he had acted alone.",
		"The lender approved the loan on Friday, releasing an immediate $250 million to the government.",
		"The army released drone footage on Thursday that it said showed the convoy.",
	}
	for _, text := range none {
		if evs := eventsOf(t, text, "2024-05-02", truce.Retreat); len(evs) != 0 {
			t.Errorf("%q: %d releases, want none (a thing released)", text, len(evs))
		}
	}
	text := "The rebels released 12 soldiers on Monday, the army said."
	if len(eventsOf(t, text, "2024-05-02", truce.Retreat)) == 0 {
		t.Errorf("%q: no release", text)
	}
}

// A meeting in an "as", "while" or "where" clause sets the scene of the
// act the sentence tells; a meeting told in its own clause codes.
func TestPrec60CircumstanceMeeting(t *testing.T) {
	none := []string{
		"Gunmen on motorbikes shot dead the mayor and two aides as he met farmers at the market on Saturday.",
		"Police arrested the activists while they were meeting lawyers in the capital on Monday.",
	}
	for _, text := range none {
		if evs := eventsOf(t, text, "2024-05-02", truce.Consult); len(evs) != 0 {
			t.Errorf("%q: %d meetings, want none (the setting of another act)", text, len(evs))
		}
	}
	text := "The presidents of Kenya and Uganda met in Kampala on Monday to discuss the border."
	if len(eventsOf(t, text, "2024-05-02", truce.Consult)) == 0 {
		t.Errorf("%q: no meeting", text)
	}
}

// "targets" after a strike verb names what the strike hit: one attack,
// not two; "targeted" as the verb still codes.
func TestPrec60StruckTarget(t *testing.T) {
	once := []string{
		"Turkish jets struck Kurdish militant targets in northern Iraq overnight, the defence ministry said.",
		"Russian bombers hit more than 40 Ukrainian army targets across the region on Saturday.",
		"Saudi-led aircraft bombed rebel targets near the port city on Wednesday.",
	}
	for _, text := range once {
		if n := len(eventsOf(t, text, "2024-05-02", truce.Assault)); n != 1 {
			t.Errorf("%q: %d attacks, want one", text, n)
		}
	}
	text := "Militant drones targeted an oil terminal near the coast on Sunday."
	if len(eventsOf(t, text, "2024-05-02", truce.Assault)) == 0 {
		t.Errorf("%q: no attack", text)
	}
}
