package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// tellerCase names the sentence (by words it holds) whose event of type typ
// must carry the status and teller given; by "-" wants no teller.
type tellerCase struct {
	name   string
	text   string
	in     string
	typ    string
	status string
	by     string
}

func runTellerCases(t *testing.T, tests []tellerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-20")
			var ev *truce.Event
			for n := range x.Events {
				e := &x.Events[n]
				if e.Type == tt.typ && strings.Contains(e.Evidence.Sentence, tt.in) {
					ev = e
					break
				}
			}
			if ev == nil {
				t.Fatalf("no %s event from the sentence with %q in %q", tt.typ, tt.in, tt.text)
			}
			if tt.status != "" && ev.Status != tt.status {
				t.Errorf("status = %q, want %q", ev.Status, tt.status)
			}
			switch {
			case tt.by == "-" && ev.ReportedBy != nil:
				t.Errorf("reported_by = %+v, want none", ev.ReportedBy)
			case tt.by != "" && tt.by != "-" && (ev.ReportedBy == nil || ev.ReportedBy.ID != tt.by):
				t.Errorf("reported_by = %+v, want %s", ev.ReportedBy, tt.by)
			}
		})
	}
}

// A violent act told with no source of its own, right after a violent act
// whose teller the sentence before names, is told by that teller; a
// sentence that names its own source keeps it.
func TestTell28CarriedTeller(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"the attackers go on",
			"Gunmen raided the village of Tanwalbougou in eastern Burkina Faso on Sunday, killing eleven farmers, the regional governor said. The attackers also torched the village granary before fleeing.",
			"granary", truce.Assault, truce.StatusReported, "BFAGOV"},
		{"a bare subject goes on",
			"Armed men stormed a cattle market near Maradi on Friday, killing six traders, residents said. Gunmen shot dead two herders on the road out of town.",
			"herders", truce.Assault, truce.StatusReported, "NERCVL"},
		{"a rights group's account goes on",
			"Soldiers beat dozens of villagers in a raid on Lubero on Tuesday, a Congolese human rights group said. The troops later burned ten homes.",
			"ten homes", truce.Assault, "", "CODNGO"},
		{"a sentence that withholds an account takes none",
			"Ruritanian jets bombed a fuel depot near the border town of Zenda on Friday, local officials said. Ruritania's army did not confirm that it had carried out any strike, and the depot's owner could not be reached.",
			"did not confirm", truce.Assault, "", "-"},
		{"a sentence with its own teller keeps it",
			"Gunmen raided a village near Dori on Sunday, killing nine people, residents said. Soldiers later killed four of the attackers, the army said.",
			"four of the attackers", truce.Assault, truce.StatusReported, "BFAMIL"},
	})
}

// Unnamed sources qualified by a service speak for it ("medical sources
// said": the health services; "tribal sources said": local people), and
// a directorate the dictionary does not know is a state body.
func TestTell28QualifiedSources(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"medical sources in a region",
			"Soldiers opened fire on marchers in Bertoua on Monday, killing three people, medical sources in the region said.",
			"Bertoua", truce.Assault, truce.StatusReported, "CMRHLH"},
		{"hospital sources",
			"A car bomb exploded outside a market in Baqubah on Friday, killing seven people, hospital sources said.",
			"Baqubah", truce.Assault, truce.StatusReported, "IRQHLH"},
		{"tribal sources after a takeover",
			"Rebel fighters seized the district centre of Tanout in Niger on Sunday after the army pulled out, tribal sources said.",
			"Tanout", truce.Assault, truce.StatusReported, "NERCVL"},
		{"a directorate the dictionary lacks",
			"Guatemalan migration agents detained 600 Honduran migrants in Esquipulas over the weekend, the Directorate General of Migration said.",
			"Honduran", truce.Coerce, truce.StatusReported, "GTMGOV"},
		{"a health directorate",
			"Police shot dead two protesters in Juliaca on Saturday, according to the regional health directorate.",
			"Juliaca", truce.Assault, truce.StatusReported, "PERHLH"},
	})
}

// Two tellers joined by "and" give the account of the first: "residents
// and a local official said" is the residents' word.
func TestTell28FirstOfTwoTellers(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"residents before a civil society leader",
			"Rebels seized the town of Kamituga in South Kivu on Thursday after a day of fighting with the army, residents and a civil society leader said.",
			"Kamituga", truce.Assault, truce.StatusReported, "CODCVL"},
		{"a rights group before the prosecutor",
			"At least nine people were killed in two days of protests in Maracay, Venezuela, a rights group and the state prosecutor said.",
			"Maracay", truce.Assault, truce.StatusReported, "VENNGO"},
		{"witnesses before a resistance unit",
			"Jets bombed a village in Magway region's Gangaw township on Monday, killing six civilians, witnesses and a local resistance group said.",
			"Gangaw", truce.Assault, truce.StatusReported, "MMRCVL"},
		{"a name with an and in it is one teller",
			"A grenade exploded near a bus stand in Baramulla on Sunday, wounding four people, Jammu and Kashmir police said.",
			"Baramulla", truce.Assault, truce.StatusReported, "INDCOP"},
	})
}

// "The group added", "the charity said": a teller that names again the
// body whose account the sentence before gave speaks for that body.
func TestTell28BodyNamedAgain(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a rights group adds",
			"Soldiers raided the village of Htee Hta in Kayin State on Monday and detained eleven men, the Karen Human Rights Group said. The troops later burned the village school, the group added.",
			"village school", truce.Assault, truce.StatusReported, "MMRNGO"},
		{"a medical charity goes on",
			"Doctors Without Borders said on Monday its teams in Bunia had treated 40 women raped by armed men in Djugu. The charity said militiamen had also abducted three of its nurses near Fataki.",
			"nurses", truce.Assault, "", "MSF"},
		{"a state teller is no body named again",
			"Troops killed twelve militants near Baga in Borno state on Sunday, the Nigerian army said. The insurgents later attacked a fishing camp, the group said.",
			"fishing camp", truce.Assault, "", "-"},
	})
	// "the group" after rebels named in its own sentence is theirs, not
	// the rights group that told the sentence before.
	x := mustExtract(t, "Amnesty International said soldiers had killed ten villagers near Gao last week. Tuareg rebels ambushed an army convoy near Kidal on Monday, killing five soldiers, the group said.", "2025-11-20")
	for _, ev := range x.Events {
		if strings.Contains(ev.Evidence.Sentence, "convoy") && ev.ReportedBy != nil && ev.ReportedBy.ID == "AMNESTY" {
			t.Errorf("the rebels' ambush was told by %s", ev.ReportedBy.ID)
		}
	}
}
