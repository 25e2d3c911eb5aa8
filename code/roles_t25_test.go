package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Targets named through the premises or the staff of an organisation: a
// capital before "office of" only says where the premises stand ("the
// Tbilisi office of a news agency"), so the owner after "of" is the
// target; staff held or hurt stand for their employer, named after "of"
// ("employees of an aid group") or recalled by "its" ("two of its
// reporters"). A state before "its" is left alone: "Iran detained two of
// its citizens" holds its own people. Each text is in the project's own
// words; a case passes when some event of the type runs from source to
// target.
func TestRolesT25(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a capital's office of a foreign agency",
			"Georgian police raided the Tbilisi office of the Turkish news agency Anadolu on Tuesday.",
			"", "GEOCOP", "TURMED", "", "GEOCVL"},
		{"a capital's bureau of a foreign broadcaster",
			"Kenyan police stormed the Nairobi bureau of the French news agency AFP on Friday.",
			"", "KENCOP", "FRAMED", "", "KENCVL"},
		{"its reporters recall the agency raided",
			"Georgian police raided the Tbilisi office of the Turkish news agency Anadolu and detained three of its reporters.",
			truce.Coerce, "GEOCOP", "TURMED", "", ""},
		{"its staff recall the body that halted its work",
			"The World Health Organization halted its work in Darfur after militiamen detained four more of its staff.",
			truce.Coerce, "", "WHO", "", ""},
		{"local employees of an aid group",
			"Soldiers in Goma detained at least six Congolese employees of the International Committee of the Red Cross on Monday.",
			truce.Coerce, "", "ICRC", "", ""},
		{"a state's own citizens stay its own",
			"Iran detained two of its citizens in Tabriz on Monday.",
			truce.Coerce, "IRN", "IRN", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A diplomatic sanction that names no target takes it from the sanction
// told just before: an answer to a sanction against the same state is
// aimed at its doer; a third state following suit joins it, against the
// same target. A rejection by a state answering a sanction or a charge
// made against it is aimed at the government that made it.
func TestRolesT25Sanction(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"an answer downgrading ties",
			"Peru recalled its ambassador from Quito on Monday. Ecuador protested the move and downgraded relations to the level of charge d'affaires.",
			truce.Sanction, "ECU", "PER", "", ""},
		{"an answer closing an embassy",
			"Guatemala expelled two Nicaraguan diplomats on Friday. Managua said it would shut its embassy there.",
			truce.Sanction, "NIC", "GTM", "", ""},
		{"a third state following suit",
			"Oman and Jordan expelled Syrian diplomats on Tuesday, while Egypt withdrew its envoys.",
			truce.Sanction, "EGY", "SYR", "", ""},
		{"a charge rejected answers the accusing government",
			"Chile broke off relations with Bolivia on Monday, accusing La Paz of arming smugglers. Bolivia's foreign ministry rejected the charge as slander.",
			truce.Reject, "BOL", "CHLGOV", "", ""},
		{"a denial answers the accusing government",
			"Hours after the truce began, Colombia accused Venezuelan troops of shelling its outposts. Caracas denied any breach.",
			truce.Reject, "VEN", "COLGOV", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
