package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Whom an act is aimed at, in constructions met in the seventeenth round
// of blind wire copy: a state's "own" envoy recalled from a capital points
// at that capital's state; a demand for "the reporters' release" is aimed
// at whoever holds them, not at the captives.
// Each text is in the project's own words; a case passes when some event
// of the type runs from source to target (an empty source or target is
// not checked) and no event of the type has notTarget as its target or
// notSource as its source.
func TestRolesT17(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		// "recalled its own envoy from <capital>": "own" only stresses
		// whose envoy it is; the host state is the target.
		{"own envoy recalled after an attack",
			"Peru recalled its own envoy from Caracas for consultations on Monday, after gunmen attacked a border post near Tumbes.",
			truce.Sanction, "PER", "VEN", "", "PERGOV"},
		{"own ambassador recalled beside a summons",
			"Ghana summoned Togo's chargé d'affaires and recalled its own ambassador from Lomé on Friday, after a clash at the Aflao crossing.",
			truce.Sanction, "GHA", "TGO", "", "GHAGOV"},
		// "demanded the journalists' release": the captor, told in an
		// earlier sentence, is the target.
		{"possessed captives, captor two sentences back",
			"Azerbaijani police detained two Russian journalists in Baku on Monday. The arrests came a day after a brawl in Moscow. Russia summoned Azerbaijan's envoy and demanded the journalists' release.",
			truce.Request, "RUS", "AZECOP", "", "RUSMED"},
		{"possessed captives with an adjective before release",
			"Turkish police detained three Swedish reporters in Istanbul. Stockholm called for the reporters' immediate release.",
			truce.Request, "SWE", "TURCOP", "", "SWEMED"},
		{"possessed captives in the same sentence",
			"Gunmen kidnapped four Italian engineers near Sabha on Monday, and Rome demanded the engineers' release.",
			truce.Request, "ITA", "LBYREB", "", "ITA"},
		// A possessor who frees ("Hamas's release of the hostages") is
		// still the target; no earlier capture takes its place.
		{"a group asked to release its hostages",
			"Qatar urged Hamas's release of the remaining hostages on Monday.",
			truce.Request, "QAT", "HAMAS", "", ""},
		{"a commander asked to release a crew after a seizure",
			"Gunmen seized a Turkish ship off Libya. Ankara demanded Haftar's release of the crew.",
			truce.Request, "TUR", "LNA", "", "LBYREB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
