package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who acts and who is acted on in constructions met in the tenth round of
// blind wire copy: a release demand whose captives are a pronoun ("demanded
// their release") is aimed at the captor of the sentence before; a
// reaction to an act named by a general noun ("rejected the finding",
// "welcomed the decision") is aimed at who made the act told just before;
// a leader who resigns "bowing to" protests yields to the protesters; a
// convoy fired on "under police escort" is its passengers' and not the
// escort's; "Kenyan and Somali soldiers clashed with the militants" is
// aimed at the militants, not at one of the two armies.
// Each text is in the project's own words; a case passes when some event
// of the type runs from source to target (an empty source or target is
// not checked) and no event of the type has notTarget as its target or
// notSource as its source.
func TestRolesWire10(t *testing.T) {
	wantRoleSides(t, []rolesCase{
		// captives named by a pronoun in the sentence after their capture.
		{"a release demand after a detention told the sentence before",
			"Taliban authorities have detained four Pakistani aid workers in Kunar province, officials said on Friday. Pakistan's foreign ministry demanded their immediate release.",
			truce.Request, "PAK", "AFG", "", ""},
		{"a union calls for the release of captives taken the day before",
			"Burkinabe soldiers arrested three Ivorian customs officers near the border on Sunday. The Ivorian government called for their prompt release.",
			truce.Request, "CIV", "BFA", "", ""},
		// a reaction to an act named by a general noun.
		{"a government rejects a finding told before",
			"Australia said on Wednesday it had concluded that Russian hackers broke into its health records, and imposed sanctions on Moscow. Russia's embassy rejected the finding as absurd.",
			truce.Reject, "RUS", "AUS", "", ""},
		{"a capital dismisses a determination told before",
			"Canada said on Friday it had determined that Chinese agents harassed Uyghur exiles in Toronto, and announced sanctions on Beijing. The Chinese government dismissed the finding as slander.",
			truce.Reject, "CHN", "CAN", "", ""},
		{"a reaction to an expulsion whose reason names a rebel seizure",
			"Mali ordered the Algerian ambassador to leave within 72 hours on Monday, accusing Algiers of arming rebels who overran Kidal last week. Algeria said it deplored the decision.",
			truce.Accuse, "DZA", "MLI", "MLIREB", ""},
		// a resignation bowing to protests yields to the protesters.
		{"a premier resigns bowing to weeks of protests",
			"Prime Minister Hassan Diab of Lebanon stepped down on Monday, bowing to weeks of street protests over the port blast.",
			truce.Concede, "LBN", "LBNPRO", "", ""},
		{"a president quits in the face of protests",
			"Peru's President Manuel Merino resigned on Sunday in the face of mass protests against his government.",
			truce.Concede, "PER", "PERPRO", "", ""},
		// the escort of a convoy fired on is not its target.
		{"a bus convoy under army escort fired on",
			"Gunmen ambushed a convoy of buses travelling under army escort near Bannu on Monday, killing 17 passengers.",
			truce.Assault, "", "PAKCVL", "PAKMIL", ""},
		{"tankers escorted by soldiers attacked",
			"Militants opened fire on a line of fuel tankers escorted by soldiers near Mandera in northern Kenya on Friday, killing six drivers.",
			truce.Assault, "", "KENCVL", "KENMIL", ""},
		// two armies named as one subject fight the armed foe after
		// "with", not each other.
		{"two armies clash with militants named before",
			"Al-Shabaab fighters killed four villagers near Kismayo on Tuesday, elders said. Kenyan and Somali soldiers later clashed with the militants outside the town, killing at least five of them.",
			truce.Assault, "KENMIL", "ALSHABAAB", "SOMMIL", ""},
		{"two forces battle the rebels",
			"Chadian and Nigerien troops battled with the rebels near Diffa on Sunday, the army said.",
			truce.Assault, "", "NERREB", "NERMIL", ""},
	})
}
