package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTell43EmergencyServiceTeller checks that a city's emergency medical
// service, its emergency centre or an ambulance service telling a toll is
// a health body (HLH), while a state's emergency management agency stays
// its government.
func TestTell43EmergencyServiceTeller(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"emergency services after a clause of force",
			"LISBON - Riot police beat back demonstrators with truncheons outside the parliament, and emergency services said 40 people were treated for injuries.",
			"truncheons", truce.Assault, truce.StatusReported, "PRTHLH"},
		{"an ambulance service at the end",
			"Rival militias fought with heavy weapons in Misrata overnight, killing nine people, the local ambulance service said.",
			"Misrata", truce.Assault, truce.StatusReported, "LBYHLH"},
		{"a city's emergency centre",
			"LIMA - Supporters of the ousted president hurled stones at police near the congress building, and at least 30 people were hurt, the city's emergency centre said.",
			"stones", truce.Protest, truce.StatusReported, "PERHLH"},
		{"an emergency management agency stays the state's",
			"Gunmen killed six villagers in Zamfara state on Sunday, the state emergency management agency said.",
			"Zamfara", truce.Assault, truce.StatusReported, "NGAGOV"},
	})
}

// TestTell43ReportConjunctNegation checks that a negation inside a
// reported clause ("said troops had not fired") does not reach a verb
// joined by "and" to the report itself ("… and accused the opposition"),
// while the reported act stays negated, and a second negated predicate
// keeps its own negation.
func TestTell43ReportConjunctNegation(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"an accusation after a denied shooting",
			"Kenya's interior ministry said police had not used live ammunition and accused opposition leaders of inciting the riots.",
			"ammunition", truce.Accuse, truce.StatusReported, ""},
		{"the denied shooting stays negated",
			"Kenya's interior ministry said police had not used live ammunition and accused opposition leaders of inciting the riots.",
			"ammunition", truce.Assault, truce.StatusNegated, ""},
		{"a passive negated clause",
			"The junta said the vote had not been rigged and accused foreign observers of bias.",
			"rigged", truce.Accuse, truce.StatusReported, ""},
		{"a copular negated clause and a denial",
			"The rebels said the town was not under siege and denied shelling the market.",
			"siege", truce.Reject, truce.StatusReported, ""},
		{"a second negated predicate stays negated",
			"Police said the suspects had not been armed and had not attacked the officers.",
			"officers", truce.Assault, truce.StatusNegated, ""},
	})
}
