package code_test

import "testing"

// ACLED labels for constructions that wire copy written by others uses, in
// sentences of our own: the label of an event whose rule names the trigger,
// "" when ACLED would not record it.
func TestACLEDWire(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// One named person held is an arrest, even a leader of a protest
		// movement; a crowd held at a protest is an intervention.
		{"protest organiser held by name", "Police in Kampala detained student activist Daniel Okello on Monday, days after the protests he led against fuel prices.",
			"detained", "Strategic developments/Arrests"},
		{"spokeswoman of a protest movement held", "Security agents arrested Maria Fenwick, a spokeswoman for the teachers' protest movement, at her home in Harare on Sunday.",
			"arrested", "Strategic developments/Arrests"},
		{"marchers held stay an intervention", "Riot police detained dozens of marchers protesting against the election result in Lusaka on Saturday.",
			"detained", "Protests/Protest with intervention"},
		// Arson by an organised group that kills people, or a rampage
		// through a place, attacks its people; burning empty property is
		// property destruction.
		{"bus set on fire with passengers", "Opposition militants set fire to a crowded bus in Chittagong on Monday, killing three passengers.",
			"set fire", "Violence against civilians/Attack"},
		{"settlers rampage and burn", "Armed settlers rampaged through the village of Qusra near Nablus on Tuesday, torching cars and olive groves.",
			"torching", "Violence against civilians/Attack"},
		{"school burned by separatists", "Separatist fighters burned down a village school near Bamenda on Friday.",
			"burned", "Strategic developments/Looting/property destruction"},
		// An aircraft fired at or brought down is the target of ground
		// fire, a fight, not a strike from the air.
		{"warplane shot down", "Kachin rebels shot down a Myanmar air force warplane over Hpakant on Tuesday.",
			"shot down", "Battles/Armed clash"},
		{"fired on a transport aircraft", "Militiamen fired on a military transport aircraft as it landed at Gao airport on Sunday.",
			"fired on", "Battles/Armed clash"},
		{"warplanes still strike", "Saudi-led warplanes struck a Houthi arms depot near Sanaa on Wednesday.",
			"struck", "Explosions/Remote violence/Air/drone strike"},
	}, false)
}
