package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A named body whose apposition only says what it is speaks itself: the
// patron or the country the apposition names is not the speaker.
func TestTell24DescribedSpeaker(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"the ADF, Islamic State's affiliate, said",
			"The ADF, Islamic State's Central African affiliate, said its men had killed 12 soldiers in Beni.",
			truce.Assault, truce.StatusClaimed, "ADF"},
		{"ISWAP, the Islamic State's branch, said",
			"ISWAP, the Islamic State's West Africa branch, said it had kidnapped five aid workers in Borno.",
			truce.Assault, truce.StatusClaimed, "ISWAP"},
		{"Boko Haram, the Nigerian jihadist group, said",
			"Boko Haram, the Nigerian jihadist group, said its fighters had ambushed a police convoy near Maiduguri.",
			truce.Assault, "", "BOKOHARAM"},
		// A title before a name is left to the rules for titles.
		{"the army's spokesman, Colonel X, said",
			"Soldiers killed 14 militants near Diffa, the army's spokesman, Colonel Souleymane Ali, said.",
			truce.Assault, "", ""},
	})
}

// A speaker owned by a body named before it in the sentence ("the junta's
// spokesman", "the group's television") speaks for that body.
func TestTell24OwnedSpeaker(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"the junta's spokesman said",
			"Mali's military rulers cancelled a 2014 defence pact that allowed French troops to operate in the country, the junta's spokesman said.",
			truce.Sanction, "", "MLIMIL"},
		{"the junta's spokesman, named, said on television",
			"Burkina Faso's military rulers expelled two French diplomats on Thursday, the junta's spokesman Jean-Emmanuel Ouedraogo said on state television.",
			truce.Sanction, "", "BFAMIL"},
		{"the junta's information team said",
			"Myanmar's military rulers detained 20 students in Yangon on Friday, the junta's information team said.",
			truce.Coerce, "", "MMRMIL"},
		{"according to the movement's leader",
			"Police raided the offices of the opposition Citizens Coalition for Change in Harare on Tuesday and detained two of its officials, according to the movement's leader, Nelson Chamisa.",
			truce.Coerce, "", "ZWEOPP"},
	})
}

// A council or committee the dictionary does not know, speaking of what
// the state's own forces did, is a body of that state.
func TestTell24UnknownCouncil(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"the State Committee for National Defence said, after Russia",
			"Kazakh police detained 12 activists who had protested against a gas deal with Russia, the State Committee for National Defence said on Monday.",
			truce.Coerce, "", "KAZGOV"},
		{"the Interim Defence Council said, after Mauritania",
			"Malian soldiers detained two herders who had crossed from Mauritania, the Interim Defence Council said.",
			truce.Coerce, "", "MLIGOV"},
		{"the Restoration Committee said, after China",
			"Guinean gendarmes arrested five union leaders who had called for a strike against a mining deal with China, the Restoration Committee said.",
			truce.Coerce, "", "GINGOV"},
	})
}

// "his aides said" after an arrest speaks for the man arrested, not for
// the police who arrested him.
func TestTell24AidesSpeak(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"opposition leader detained, his aides said",
			"Security agents detained the opposition leader Bobi Wine at a rally in Kampala on Sunday, his aides said.",
			truce.Coerce, "", "UGAOPP"},
		{"a leader of the opposition coalition detained, his aides said",
			"Riot police detained Tendai Biti, a leader of the opposition Citizens Coalition for Change, outside a court in Harare on Monday, his aides said.",
			truce.Coerce, "", "ZWEOPP"},
	})
}
