package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Targets the story supplies: an ally joined to a list by "allied", the
// owner of weapons seized or of a plot foiled, "the group" standing for the
// armed side told before, the state that holds captives whose release is
// demanded, the two sides of a swap or of a truce "the two governments"
// agree, the maker of the act a bare reaction or a denial answers, the
// makers of an attack a vow of revenge is aimed at, where aid is carried,
// and the court a prisoner is flown to. Each text is in the project's own
// words.
func TestRolesT36Targets(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"an allied militia stays in the list of takers",
			"Ethiopian soldiers and allied Amhara militiamen captured the town of Bati on Friday.",
			truce.Assault, "ETHMIL", "", "", "ETHMIL"},
		{"explosive devices seized are a group's, not ground taken",
			"Peruvian police seized more than 200 explosive devices at a warehouse in Lima on Tuesday, the interior ministry said.",
			truce.Coerce, "PERCOP", "PERREB", "", ""},
		{"a bomb plot foiled is aimed at the country's insurgents",
			"Kenyan police said on Monday they had foiled a bomb plot in Mombasa, arresting three suspects.",
			truce.Coerce, "KENCOP", "KENREB", "", ""},
		{"a thwarted attack is aimed at the group blamed for it later",
			"Indian security forces said on Tuesday they had thwarted a major attack in Anantnag district. Two men fled the scene. Officials blamed the Lashkar-e-Taiba for the plot.",
			truce.Coerce, "INDCOP", "LET", "", ""},
		{"the group is the insurgents told before",
			"Suspected insurgents torched a school and killed two teachers in the village of Mbau on Sunday. Congolese soldiers clashed with the group near the river on Monday.",
			truce.Assault, "CODMIL", "CODREB", "", ""},
		{"the group's hideout is the militants'",
			"Armed militants raided a farm in Borno on Friday, killing five farmers. Nigerian jets later bombed the group's hideout in the forest.",
			truce.Assault, "NGAMIL", "NGAREB", "", ""},
		{"weapons seized from the group of gunmen told before",
			"Serb gunmen attacked Kosovo police near the village of Leposavic on Sunday. Police later seized rifles and explosives from the group, officials said.",
			truce.Coerce, "XKXCOP", "SRBREB", "", ""},
		{"a release demanded for activists held in a prison",
			"The opposition party demanded the release of nine of its activists held in Kigali prison.",
			truce.Request, "RWAOPP", "RWAGOV", "", ""},
		{"two sides exchanging prisoners are each other's targets",
			"Ethiopia's government and the TPLF began exchanging 200 prisoners on Saturday, the Red Cross said.",
			truce.Retreat, "ETHGOV", "TPLF", "TPLF", ""},
		{"a bare expression of concern answers the act told before",
			"Belarus closed its border crossings with Lithuania on Tuesday. The European Union said it was deeply troubled.",
			truce.Accuse, "EU", "BLR", "", ""},
		{"a protest lodged through channels answers the act told before",
			"Chinese coast guard ships blocked two Vietnamese fishing boats near the Paracel Islands on Sunday. Hanoi said it had lodged a protest through diplomatic channels.",
			truce.Accuse, "VNMGOV", "CHN", "", ""},
		{"a denial answers the charge told before",
			"Zimbabwe's opposition party accused the police of torturing its activists in Harare. A police spokesman denied any abuse.",
			truce.Reject, "ZWECOP", "ZWEOPP", "", ""},
		{"the two governments agreeing a truce are the states named before",
			"Border guards from Eritrea and Djibouti exchanged fire near Ras Doumeira on Monday, killing four soldiers. By nightfall the two governments had agreed a ceasefire.",
			truce.Agree, "ERIGOV", "DJIGOV", "", ""},
		{"aid carried into a region goes to its country",
			"A convoy of 20 lorries carrying Turkish flour crossed into Idlib province on Monday.",
			truce.Aid, "TUR", "SYR", "", ""},
		{"aid that sets off for a place goes to its country",
			"A convoy of 30 trucks carrying Egyptian medicine set off for Gaza from the Rafah crossing on Sunday.",
			truce.Aid, "EGY", "PSE", "", "EGY"},
		{"a vow to hunt down those responsible answers the attack's makers",
			"Al-Shabaab militants stormed a hotel in Mogadishu on Friday, killing nine people. Somalia's president vowed to hunt down those responsible.",
			truce.Threaten, "SOMGOV", "ALSHABAAB", "", ""},
		{"a prisoner flown to The Hague is handed to the court",
			"Police in Abidjan arrested the former militia commander on Tuesday on a warrant from the International Criminal Court and put him on a plane to The Hague the next day.",
			truce.Cooperate, "", "ICC", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// What the rules leave alone: ground taken is no seizure of weapons, and a
// list of sides with no ally's adjective is read as before.
func TestRolesT36Unchanged(t *testing.T) {
	x := mustExtract(t, "Malian soldiers seized the airport of Kidal on Tuesday.", "2025-11-26")
	for _, ev := range x.Events {
		if ev.Type == truce.Coerce && ev.CAMEO == "171" {
			t.Errorf("an airport taken coded as weapons seized: %+v", ev)
		}
	}
	wantSides(t, "Somali troops and allied clan militias captured the town of Eldher on Monday.",
		truce.Assault, "SOMMIL", "", "", "SOMMIL")
}
