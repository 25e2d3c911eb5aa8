package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTell20SpeechAside checks that a gerund of blame or saying set off
// by a comma after a clause about the future is told as done now: in
// "said the crossing would remain shut, accusing Togo of …" the
// accusation is made, whatever the crossing will do. An "if" before it
// still makes it a condition.
func TestTell20SpeechAside(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"would remain shut, accusing", "Ghana's interior minister said the crossing would remain shut, accusing Togo of harbouring armed smugglers.", truce.Accuse, truce.StatusReported, ""},
		{"would stay closed, accusing", "Mali's foreign minister said the embassy would stay closed, accusing Algeria of sheltering rebel leaders.", truce.Accuse, truce.StatusReported, ""},
		{"could resume, blaming", "Rwanda's foreign ministry said the talks could resume soon, blaming Kinshasa for the delay.", truce.Accuse, truce.StatusReported, ""},
		{"if, accusing", "If the army moves on the capital, accusing the rebels of treason, the talks will end.", truce.Accuse, truce.StatusHypothetical, ""},
	})
}

// TestTell20ConjoinedTense checks that a verb in the past tense joined by
// "and" to a clause about the future is told as done: in "said a council
// would be set up, and the general released 50 protesters" the release
// happened. One under "until" stays a condition.
func TestTell20ConjoinedTense(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"would be named, and freed", "The junta said a new cabinet would be named next week, and the interim president freed three jailed opposition leaders.", truce.Retreat, truce.StatusReported, ""},
		{"would be set up, and released", "The army said a transitional council would be set up, and General Oumar Diarra released 50 detained protesters.", truce.Retreat, truce.StatusReported, ""},
		{"would be held, and pardoned", "The spokesman said elections would be held in March, and President Mahamat Deby pardoned 30 jailed rebels.", truce.Retreat, truce.StatusReported, ""},
	})
	x := mustExtract(t, "Villagers near Gao said they would stay away until the soldiers freed the hostages.", "2025-11-20")
	if ev := eventOfType(x, truce.Retreat); ev != nil && ev.Status == truce.StatusReported {
		t.Errorf("release under \"until\" told as done: %+v", ev)
	}
}

// TestTell20PronounBlamed checks that "accusing him of …" after a comma
// is aimed at the person the main clause acted on, even when that act
// codes no event of its own ("barred X from entering the country").
func TestTell20PronounBlamed(t *testing.T) {
	runToldCases(t, []toldCase{
		{"case 1", "Britain on Tuesday barred the Ugandan police chief John Okello from entering the country, accusing him of torturing protesters.", truce.Accuse, "GBR", "UGACOP"},
		{"case 2", "Canada on Friday placed Nicaragua's vice president Rosario Murillo on a travel blacklist, accusing her of rigging the election.", truce.Accuse, "CAN", "NIC"},
	})
}

// TestTell20WhatJudged checks that words in "in what X denounced as a
// coup" are aimed at the doer of the main clause even when that clause's
// own act codes no event.
func TestTell20WhatJudged(t *testing.T) {
	runToldCases(t, []toldCase{
		{"case 1", "Gabonese soldiers gathered outside the presidential palace in Libreville on Thursday, in what President Ali Bongo denounced as a coup attempt.", truce.Accuse, "GAB", "GABMIL"},
		{"case 2", "Armed men surrounded the state broadcaster in Ouagadougou, in what the government condemned as a mutiny.", truce.Accuse, "BFAGOV", "BFA"},
	})
}
