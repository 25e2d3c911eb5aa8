package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who acts in constructions met in the sixteenth round of blind wire copy:
// a subject described by a participle whose agent carries an adjective
// ("troops backed by local militias seized …") is still the subject; the
// backing force is neither the actor nor the one acted on; nor is an aside
// that only gives the backer a local name ("militias, known as dozos,");
// a state that declares an envoy persona non grata is who accuses next;
// forces sent "against" someone are aimed at them.
// Each text is in the project's own words; a case passes when some event
// of the type runs from source to target (an empty source or target is
// not checked) and no event of the type has notTarget as its target or
// notSource as its source.
func TestRolesWire13(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notTarget, notSource string
	}{
		// "X backed by <adjective> Y did Z": the subject is X; the
		// adjective on the backer does not make Y the subject.
		{"army backed by local militias retakes a town",
			"Ethiopian army troops backed by local Fano militias recaptured the town of Gondar on Monday.",
			truce.Assault, "ETHMIL", "", "ETHMIL", "FANO"},
		{"police backed by armed vigilantes storm a village",
			"Nigerian police backed by armed vigilantes raided a village near Zaria on Sunday, killing four suspected bandits.",
			truce.Assault, "NGACOP", "", "NGACOP", ""},
		// "X backed by Y, known as Z, did W": an aside that only names
		// the backer is skipped whole; X is still the subject.
		{"soldiers backed by militias known by a local name retake a village",
			"Malian soldiers backed by local hunter militias, known as dozos, recaptured the village of Diafarabe on Monday.",
			truce.Assault, "MLIMIL", "", "MLIMIL", ""},
		{"police backed by a named vigilante force raid a market",
			"Burkinabe gendarmes backed by volunteer fighters, known as koglweogo, stormed a market in Fada N'Gourma on Friday, killing three.",
			truce.Assault, "BFACOP", "", "BFACOP", ""},
		// A name that is itself an actor is still the one found.
		{"a group known by an actor's name attacks",
			"The armed group, known as the Gulf Clan, attacked a police station in Antioquia on Monday.",
			truce.Assault, "CLANGOLFO", "COLCOP", "", ""},
		// "declared X's envoy persona non grata, accusing Y of …": the
		// declaring state accuses; the envoy is the verb's object.
		{"an envoy declared unwelcome, the sending capital accused",
			"Chile declared Peru's ambassador persona non grata on Monday, accusing Lima of meddling in its elections.",
			truce.Accuse, "CHL", "PER", "", ""},
		{"a consul declared persona non grata after a dispute",
			"Algeria declared France's consul persona non grata, accusing Paris of hostile acts against Algerian citizens.",
			truce.Accuse, "DZA", "FRA", "", ""},
		// "sent N troops against Y": Y is whom the forces are moved
		// against, not the forces themselves.
		{"soldiers sent against traffickers",
			"The Peruvian government sent 5,000 soldiers against drug traffickers in the Vraem valley on Monday.",
			truce.Mobilize, "PERGOV", "PERCRM", "PERMIL", ""},
		{"troops deployed against gangs",
			"Ecuador's president deployed thousands of troops against criminal gangs in Guayaquil.",
			truce.Mobilize, "ECUGOV", "ECUCRM", "ECUMIL", ""},
		{"riot police deployed against demonstrators",
			"Serbia's interior ministry deployed riot police against demonstrators in Novi Sad on Saturday.",
			truce.Mobilize, "", "SRBPRO", "SRBCOP", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
