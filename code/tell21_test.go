package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTell21SpeakerEpithet checks that "the world body said" closing a
// report is the United Nations' word.
func TestTell21SpeakerEpithet(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"abducted, the world body said", "Unknown gunmen have abducted four aid workers in Bunia, the world body said on Tuesday.", truce.Assault, truce.StatusReported, "UN"},
		{"detained, the world body said", "Security agents in Asmara detained two local staff of the refugee agency last week, the world body said.", truce.Coerce, truce.StatusReported, "UN"},
	})
}

// TestTell21AdviserSpeaks checks that an adviser named as the speaker
// speaks for the government of the state the sentence is about.
func TestTell21AdviserSpeaks(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"national security adviser", "Nepal has asked Beijing to return the fugitive banker, national security adviser Anil Shrestha said on Monday.", truce.Request, truce.StatusReported, "NPLGOV"},
		{"presidential advisor", "Ghana expelled two Togolese diplomats on Friday, presidential advisor Kwame Mensah said.", truce.Sanction, truce.StatusReported, "GHAGOV"},
	})
}

// TestTell21QualifiedOfficials checks that officials qualified by their
// service speak for that service, not for the government at large.
func TestTell21QualifiedOfficials(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"health officials", "Soldiers fired live rounds at protesters in Mosul on Tuesday, killing four, health officials said.", truce.Assault, truce.StatusReported, "IRQHLH"},
		{"university authorities", "Riot police beat students outside the campus in Lusaka on Friday, wounding nine, university authorities said.", truce.Assault, truce.StatusReported, "ZMBEDU"},
	})
}

// TestTell21SpeakerPronoun checks that "He" opening a sentence stands for
// the person whose word closed the sentence before when that sentence
// opened with a body, not a person: the spokesman who spoke accuses.
func TestTell21SpeakerPronoun(t *testing.T) {
	runToldCases(t, []toldCase{
		{"junta spokesman", "Mali's military rulers expelled the French ambassador on Monday, the junta's spokesman Colonel Abdoulaye Maiga said. He accused the envoy of hostile remarks against the transition.", truce.Accuse, "MLI", ""},
		{"prime minister", "Guinean soldiers fired tear gas at marchers in Conakry on Tuesday, Prime Minister Bah Oury said. He accused the opposition of plotting unrest.", truce.Accuse, "GIN", "GINOPP"},
	})
}
