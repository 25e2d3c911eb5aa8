package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who acts and who is acted on in constructions met in the seventh round
// of blind wire copy: the subject of an absolute "with NP V-ing" clause
// after the main one ("…, with Norway's envoy urging both sides to …") is
// no object of the main verb, and it is the one doing the V-ing; the
// country of a meeting's venue ("held talks in Kenya") lends itself to no
// generic actor, who is of the state the story is about. Each text
// is in the project's own words; a case passes when some event of the type
// runs from source to target (an empty source or target is not checked)
// and no event of the type has notTarget as its target or notSource as its
// source.
func TestRolesWire7(t *testing.T) {
	wantRoleSides(t, []rolesCase{
		{"talks with a broker urging after a comma",
			"Indian and Chinese commanders met in Moscow on Friday, with Russian Foreign Minister Sergei Lavrov pressing both sides to pull back troops.",
			truce.Consult, "IND", "CHN", "RUSGOV", ""},
		{"a broker's name unknown to the actor data",
			"Serbian and Kosovar negotiators met face to face in Brussels on Monday, with Hungarian President Balint Orsos urging both delegations to end the standoff.",
			truce.Consult, "SRBGOV", "XKXGOV", "HUNGOV", ""},
		{"the absolute clause's subject makes the appeal",
			"Armenian and Azerbaijani diplomats met in Ankara on Monday, with Turkish President Recep Tayyip Erdogan calling on both delegations to sign a border deal.",
			truce.Request, "TURGOV", "ARMGOV", "", ""},
		// a venue is a third party's ground.
		{"a generic government at talks abroad",
			"Clashes in South Kordofan killed 40 people on Sunday, Sudanese officials said. Rebel commanders held talks in Kenya on Monday with government envoys.",
			truce.Consult, "", "SDNGOV", "KENGOV", ""},
		{"a generic rebel side at talks abroad",
			"Shelling in Tigray killed 12 civilians, Ethiopian officials said. Government envoys held talks in Djibouti on Tuesday with the rebel leadership.",
			truce.Consult, "", "ETHREB", "DJIREB", ""},
	})
}

// rolesCase is one row of the roles tables, checked with wantSides: as
// actorCase, with notTarget before notSource.
type rolesCase struct {
	name, text, typ, source, target, notTarget, notSource string
}

// wantRoleSides checks each case as wantActorSides does.
func wantRoleSides(t *testing.T, tests []rolesCase) {
	t.Helper()
	cs := make([]actorCase, len(tests))
	for i, tt := range tests {
		cs[i] = actorCase{tt.name, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget}
	}
	wantActorSides(t, cs)
}
