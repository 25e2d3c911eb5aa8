package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who did it in constructions the blind wire files of round 19 showed
// failing: a relative clause opened by a time or sequence phrase, a state
// named as a place before a relative telling its act, a nationality's
// exiles, a charge answered in apposition, and a subject pronoun opening a
// subordinate clause.
func TestSourceRound19(t *testing.T) {
	runSideCases(t, "2023-06-14", []sideCase{
		// "X, which in turn backed …": a phrase between the relative
		// pronoun and its verb does not hide the antecedent.
		{"a time phrase opening a relative clause",
			"The ruling angered Kenya, which on Friday recalled its ambassador from Somalia.",
			truce.Sanction, "KEN", "SOM"},
		{"a sequence phrase opening a relative clause",
			"Peru praised Chile, which in turn backed Bolivia's bid for the seat.",
			truce.Support, "CHL", "BOL"},
		{"last week opening a relative clause",
			"The truce was welcomed by Egypt, which last week condemned Israel over the raid.",
			truce.Accuse, "EGY", "ISR"},
		// "in favour of Baku, which in turn backed …": a capital read as
		// a place is the state when the relative tells its act.
		{"a capital after a preposition before a relative",
			"Ghana dropped its candidacy in favour of Abuja, which in turn endorsed Accra for the vice-presidency.",
			truce.Support, "NGA", "GHA"},
		// "Iranian exile groups condemned": a nationality's exiles are
		// its opposition abroad, not its state.
		{"a nationality's exile groups",
			"Eritrean exile groups condemned the government in Asmara on Tuesday.",
			truce.Accuse, "ERIOPP", ""},
		{"a nationality's exiles",
			"Syrian exiles in Gaziantep denounced the vote as a sham.",
			truce.Accuse, "SYROPP", ""},
		// "officials say …, a charge the party denies": the party named
		// before answers, and the officials are whom it answers.
		{"a charge a party named before denies",
			"Supporters of the Revival party rallied in Sofia on Sunday. Bulgarian officials say the protests are funded by Moscow, a charge the party denies.",
			truce.Reject, "BGROPP", "BGRGOV"},
		{"a charge a named state denies after a report verb",
			"Kenyan officials say the raids were planned in Mogadishu, a charge Somalia denies.",
			truce.Reject, "SOM", "KENGOV"},
		// "…, a day after he resigned": a subject pronoun opening a
		// subordinate clause is the one person named before, or the
		// main clause's subject when nothing else could be meant.
		{"he after a subordinator, the one person named before",
			"Argentina granted asylum to Ecuador's former president, who flew out late on Monday, a day after he resigned under pressure from the army.",
			truce.Concede, "ECUGOV", ""},
		{"he after when, the main clause's subject",
			"Kenyan Foreign Minister Musalia Mudavadi will raise the matter when he visits Kampala next week.",
			truce.Consult, "KENGOV", "UGAGOV"},
		{"it after after, the main clause's subject",
			"Chad closed its eastern border on Monday after it accused Sudan of arming rebels.",
			truce.Accuse, "TCD", "SDN"},
	})
}

// What a pronoun in a subordinate clause must not stand for: a subject
// that what befell "it" may belong to a thing named between.
func TestSourceRound19Not(t *testing.T) {
	tests := []struct {
		name, text, typ, target string
	}{
		{"a passive after a subordinator",
			"Malian troops retook the town of Ber on Monday after it was abandoned by the rebels.",
			truce.Coerce, "MLIMIL"},
		{"came under after a subordinator",
			"Ethiopian troops seized the border post after it came under attack from Eritrean forces.",
			truce.Assault, "ETHMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2023-06-14")
			for _, ev := range x.Events {
				if ev.Type == tt.typ && probeActor(ev.Target, tt.target) {
					t.Errorf("%s event on %s: %+v", tt.typ, tt.target, ev)
				}
			}
		})
	}
}
