package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// An act one side tells of another, which the doer then denies by name
// ("denied the charge", "dismissed the allegations", "called the
// accusation baseless"), is alleged; a rebuttal by someone who did not do
// it, or one that answers an accusation told in between, leaves it told.
func TestTell23ChargeRebutted(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"rights groups said troops killed; the capital denied the charge",
			"Human rights groups said Ethiopian troops had killed dozens of civilians in Axum. Addis Ababa denied the charge.",
			truce.Assault, truce.StatusAlleged, ""},
		{"doctors said troops shot; the junta rejected the claims",
			"Doctors in Sittwe said Myanmar troops had shot dead 12 villagers. The junta rejected the claims.",
			truce.Assault, truce.StatusAlleged, ""},
		{"witnesses said troops looted; capital dismissed the allegations",
			"Witnesses said Eritrean troops had looted the hospital in Adigrat. Asmara dismissed the allegations as lies.",
			truce.Coerce, truce.StatusAlleged, ""},
		{"rights group said soldiers killed, and the army denied the charge",
			"Amnesty International said Nigerian soldiers had killed at least 40 protesters in Lagos, and the army denied the charge.",
			truce.Assault, truce.StatusAlleged, ""},
		// Not the doer: the arrests stay told.
		{"the opposition calls the claims baseless, police arrested",
			"Police arrested 20 protesters in Kampala, officials said. The opposition called the claims baseless.",
			truce.Coerce, truce.StatusReported, ""},
		// The rebuttal answers the accusation just before it.
		{"an accusation between the act and the rebuttal",
			"Algerian troops fired on a Malian patrol near Tinzaouaten on Monday, the Malian army said. Bamako accused Algiers of arming the rebels. Algiers rejected the accusation.",
			truce.Assault, truce.StatusReported, ""},
	})
}

// Who names the object of an act in a "what X called" clause right after
// its trigger tells the act, when no one else is named as its source; a
// body named by its sector alone ("the military") is the attacker's own.
func TestTell23WhatCalledTeller(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"bombed what the regional government called",
			"Ethiopian drones bombed what the regional government called a rebel training camp near Bahir Dar.",
			truce.Assault, "", "ETHGOV"},
		{"hit what the capital described as",
			"Turkish jets hit what Ankara described as PKK shelters in northern Iraq on Monday.",
			truce.Assault, "", "TURGOV"},
		{"struck what the military termed",
			"Israeli aircraft struck what the military termed a Hezbollah weapons depot in the Bekaa valley on Sunday.",
			truce.Assault, "", "ISRMIL"},
		{"thanked X on Friday for what the ministry called",
			"Uzbekistan thanked Kazakhstan on Friday for what the foreign ministry called generous help after the floods.",
			truce.Support, "", "UZBGOV"},
	})
}

// A negation inside a relative aside on the subject, or in the phrase of a
// "without" a conjunction closes, does not reach the main verb.
func TestTell23NegationScope(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"X, which does not recognise Y, condemned",
			"Turkey, which does not recognise Cyprus, condemned the drilling deal.",
			truce.Accuse, truce.StatusReported, ""},
		{"X, who was not at the talks, called on",
			"Opposition leader Raila Odinga, who was not at the talks, called on the government to release the detained activists.",
			truce.Request, truce.StatusReported, ""},
		{"without permission and urged",
			"Beijing said the ships had entered its waters without permission and urged Manila to withdraw its vessel.",
			truce.Request, truce.StatusReported, ""},
		{"without authorisation and demanded",
			"Hanoi said the vessels had sailed without authorisation and demanded that Beijing pull them back.",
			truce.Request, truce.StatusReported, ""},
	})
}

// A report verb opening a relative clause after a comma ("…, who said
// …") is spoken by the name the clause hangs from; the main clause's own
// act is not in its report.
func TestTell23RelativeSpeaker(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"met X, who said Y was ready to restore ties",
			"The delegation met Foreign Minister Ahmed Attaf, who said Algiers was ready to restore diplomatic relations with Rabat.",
			truce.Agree, "", "DZAGOV"},
		{"talked with Lavrov, who said Moscow was ready to resume talks",
			"The Turkish envoy later talked with Sergei Lavrov, who said Moscow was ready to resume talks with Kyiv.",
			truce.Agree, "", "RUSGOV"},
	})
	// The meeting itself is told by the writer, not by the man met.
	x := mustExtract(t, "The delegation met Foreign Minister Ahmed Attaf, who said Algiers was ready to restore diplomatic relations with Rabat.", "2025-11-20")
	if ev := eventOfType(x, truce.Consult); ev != nil && ev.ReportedBy != nil {
		t.Errorf("meeting reported_by = %+v, want none", ev.ReportedBy)
	}
}
