package code_test

import (
	"testing"

	truce "github.com/truce-project/truce"
)

// attackSourceCase is one text whose first act of violence the test expects
// to be given to src.
type attackSourceCase struct{ name, text, src string }

// wantAttackSources checks, for each case, that the first ASSAULT the text
// codes has an actor of src among its sources.
func wantAttackSources(t *testing.T, tests []attackSourceCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2024-03-01").Events {
				if ev.Type != truce.Assault {
					continue
				}
				if !hasActor(ev.Source, tt.src) {
					t.Errorf("attack source %s, want %s", probeIDs(ev.Source), tt.src)
				}
				return
			}
			t.Errorf("no ASSAULT")
		})
	}
}

// TestLink31DescribedClaimant checks that a claim whose maker is described
// between commas before the verb is the maker's, not the description's
// group: "JNIM, al-Qaeda's branch in the Sahel, claimed the raid".
func TestLink31DescribedClaimant(t *testing.T) {
	wantAttackSources(t, []attackSourceCase{
		{"possessive description",
			"Gunmen killed eleven soldiers at an army post in northern Togo on Sunday. JNIM, al Qaeda's branch in the Sahel, claimed the attack.",
			"JNIM"},
		{"linked group said its fighters",
			"A roadside bomb struck a police truck near Garissa on Friday, killing six officers. Al-Shabaab, the al-Qaeda-linked group, said its fighters had carried out the attack.",
			"ALSHABAAB"},
		{"rival said it carried out",
			"A suicide bomber blew himself up at a wedding in Kunar on Saturday, killing 19 guests. Islamic State Khorasan, a rival of the Pakistani Taliban, said it carried out the bombing.",
			"ISKP"},
	})
}

// TestLink31QualifiedClaimedAct checks a claim whose act is named with
// words before its noun ("the roadside bombing", "a suicide car bombing"):
// the attack is the claimant's, and told in the claim's own sentence it is
// claimed, not reported.
func TestLink31QualifiedClaimedAct(t *testing.T) {
	wantAttackSources(t, []attackSourceCase{
		{"behind the roadside bombing",
			"A bomb tore through a bus in Quetta on Friday, killing eight passengers. The Balochistan Liberation Front said it was behind the roadside bombing.",
			"BLF"},
		{"behind a suicide car bombing",
			"Boko Haram said it was behind a suicide car bombing that killed three soldiers in Gwoza on Friday.",
			"BOKOHARAM"},
		{"behind a twin suicide attack",
			"Al-Shabaab said it was behind a twin suicide attack that killed ten soldiers at a base near Jowhar.",
			"ALSHABAAB"},
	})
	for _, text := range []string{
		"Boko Haram said it was behind a suicide car bombing that killed three soldiers in Gwoza on Friday.",
		"Al-Shabaab said it was behind a twin suicide attack that killed ten soldiers at a base near Jowhar.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-03-01").Events {
				if ev.Type == truce.Assault && ev.Status != truce.StatusClaimed {
					t.Errorf("status %s, want claimed", ev.Status)
				}
			}
		})
	}
}

// TestLink31BlamedOnClause checks acts of violence that a relative clause
// or participle of blame hangs on an actor: the actor is their doer.
func TestLink31BlamedOnClause(t *testing.T) {
	wantAttackSources(t, []attackSourceCase{
		{"that it blamed on",
			"Peru's government extended a state of emergency in Lima on Monday after a string of shootings and arson attacks on buses that it blamed on extortion gangs.",
			"PERCRM"},
		{"which the capital blamed on",
			"Four Nigerien soldiers died in the 12 June ambush, which Niamey blamed on Malian troops.",
			"MLIMIL"},
		{"participle blamed on",
			"Honduras declared a curfew in San Pedro Sula after a spate of grenade attacks blamed on street gangs.",
			"HNDCRM"},
	})
}
