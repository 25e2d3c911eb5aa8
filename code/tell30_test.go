package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A lawyer speaking of a client's arrest speaks for the client's side, a
// private person, not for the courts; so does a lawyers' association.
func TestTell30LawyerTeller(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"her lawyer said",
			"Police in Zambia detained the blogger Mwila Chanda at her home in Ndola on Monday, her lawyer said.",
			"Ndola", truce.Coerce, truce.StatusReported, "ZMBCVL"},
		{"according to a lawyers' group",
			"Kenyan police arrested about 30 students during a march in Eldoret on Friday, according to a lawyers' group.",
			"Eldoret", truce.Coerce, truce.StatusReported, "KENCVL"},
		{"their lawyers said",
			"Gendarmes in Senegal arrested two opposition organisers in Thies on Sunday, their lawyers said.",
			"Thies", truce.Coerce, truce.StatusReported, "SENCVL"},
	})
}

// A state body closing the sentence as its teller, with no country of its
// own, speaks for the state the sentence opens with, not for a country
// named on the way; but a body named on the way speaks again for its own.
func TestTell30SubjectStateVoice(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a government source after another country",
			"Kenya expelled two Somali diplomats, accusing them of meddling in talks with Ethiopia, a government source said.",
			"expelled", truce.Sanction, truce.StatusReported, "KENGOV"},
		{"a state committee after a handover",
			"Tajik security services arrested 14 traders who had protested against a water deal with Kyrgyzstan, the State Committee for National Security said on Monday.",
			"arrested", truce.Coerce, truce.StatusReported, "TJKSPY"},
		{"a place in another country keeps the place's voice",
			"Ugandan troops detained 12 fishermen on an island near Bukavu, accusing them of smuggling fuel, a government source said.",
			"detained", truce.Coerce, truce.StatusReported, "CODGOV"},
		{"a named bank speaks again",
			"Qatar has deposited $1 billion with the Central Bank of Egypt, the central bank said on Monday.",
			"deposited", truce.Aid, truce.StatusReported, "EGYGOV"},
	})
}
