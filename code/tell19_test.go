package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Events told at all, over constructions from the nineteenth blind wire
// round, in sentences of our own.
func TestTell19Told(t *testing.T) {
	runToldCases(t, []toldCase{
		// A reaction to an act named by a noun is aimed at whoever did
		// the act told before: "condemned the repression", "denounced
		// the takeover", "praised the swap".
		{"condemned the repression", "Police fired on students in Lima on Monday, killing four. The European Union condemned the repression.", truce.Accuse, "EU", "PER"},
		{"denounced the clampdown", "Riot police in Harare arrested dozens of opposition supporters on Saturday. The United States denounced the clampdown.", truce.Accuse, "USA", "ZWE"},
		{"condemned the takeover", "Mutinous soldiers seized the presidential palace in Niamey on Wednesday. The African Union condemned the takeover.", truce.Accuse, "AU", "NER"},
	})
}

// Status over constructions from the nineteenth blind wire round, in
// sentences of our own: a protest called for a day ahead, a visit in a
// "when" clause under a future, a visitor "expected at" a meeting.
func TestTell19Planned(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"called a strike from Monday", "Dock workers' unions in Mombasa called an open-ended strike from Monday to demand higher pay.", truce.Protest, truce.StatusPlanned, ""},
		{"called rallies for Friday", "The student movement called new rallies for Friday in Dhaka and Chittagong.", truce.Protest, truce.StatusPlanned, ""},
		{"will raise it when he visits", "Foreign Minister Wang Yi will press the matter when he visits Hanoi next month.", truce.Consult, truce.StatusPlanned, ""},
		{"said he would raise it when he meets", "Kenya's president William Ruto said he would raise the dispute when he meets Yoweri Museveni.", truce.Consult, truce.StatusPlanned, ""},
		{"is expected at a summit", "Egypt's president is expected at an Arab League summit in Baghdad on Saturday.", truce.Consult, truce.StatusPlanned, ""},
		{"prepared to visit", "A French trade delegation prepared to visit Algiers later this month.", truce.Consult, truce.StatusPlanned, ""},
		{"is preparing to send", "Kyiv is preparing to send more troops to the Pokrovsk front.", truce.Mobilize, truce.StatusPlanned, ""},
	})
}

// TestTell19WhenPronoun checks that "he" opening a "when" clause is the
// subject of the clause it hangs from.
func TestTell19WhenPronoun(t *testing.T) {
	for _, tt := range []struct{ text, src string }{
		{"Foreign Minister Wang Yi will press the matter when he visits Hanoi next month.", "CHN"},
		{"Kenya's president William Ruto said he would raise the dispute when he meets Yoweri Museveni.", "KEN"},
		{"Turkey's foreign minister is due to discuss the pipeline when he visits Baghdad on Sunday.", "TUR"},
	} {
		ev := eventOfType(mustExtract(t, tt.text, "2025-11-20"), truce.Consult)
		if ev == nil {
			t.Errorf("no CONSULT event in %q", tt.text)
			continue
		}
		if !hasActor(ev.Source, tt.src) {
			t.Errorf("source = %+v, want %s in %q", ev.Source, tt.src, tt.text)
		}
	}
}

// TestTell19Emergency checks that a curfew no ruler is named for is the
// government's of the place, not the rioters' told before it.
func TestTell19Emergency(t *testing.T) {
	for _, tt := range []struct{ text, src string }{
		{"Protesters burned tyres in Conakry on Monday, and a dusk-to-dawn curfew was declared.", "GINGOV"},
		{"Security forces fired on protesters in Bamako. A nightly curfew imposed on Monday remained in force.", "MLIGOV"},
		{"Rioters looted shops in Honiara on Tuesday, and a 36-hour lockdown was imposed on the capital.", "SLBGOV"},
	} {
		var ev *truce.Event
		for _, e := range mustExtract(t, tt.text, "2025-11-20").Events {
			if e.Mode == "curfew" {
				ev = &e
				break
			}
		}
		if ev == nil {
			t.Errorf("no curfew event in %q", tt.text)
			continue
		}
		if !hasActor(ev.Source, tt.src) {
			t.Errorf("source = %+v, want %s in %q", ev.Source, tt.src, tt.text)
		}
	}
}

// TestTell19DescribedTeller checks that a health or relief body the
// dictionary does not know by name still tells the report its
// description gives.
func TestTell19DescribedTeller(t *testing.T) {
	runReporterCases(t, []statusCase{
		{"the regional health directorate said", "Police shot dead three farmers blocking a highway near Cusco on Tuesday, the regional health directorate said.", truce.Assault, truce.StatusReported, "PERHLH"},
		{"a medical relief group said", "A drone struck a market in El Obeid on Sunday, killing nine people, a medical relief group said.", truce.Assault, truce.StatusReported, "SDNHLH"},
		{"according to a local aid group", "Gunmen abducted 14 farm workers near Kajuru in Kaduna state, according to a local aid group.", truce.Assault, truce.StatusReported, "NGANGO"},
	}, "-")
}

// TestTell19BareCrowd checks that a bare crowd count that opens a
// sentence with no place of its own protests as the story's people.
func TestTell19BareCrowd(t *testing.T) {
	for _, tt := range []struct{ text, src string }{
		{"Riot police in Tbilisi broke up a rally on Monday. Thousands later rallied outside parliament.", "GEOPRO"},
		{"Police in Dhaka arrested a student leader. Hundreds then protested outside the university.", "BGDPRO"},
	} {
		var found bool
		for _, e := range mustExtract(t, tt.text, "2025-11-20").Events {
			if e.Type == truce.Protest && hasActor(e.Source, tt.src) {
				found = true
			}
		}
		if !found {
			t.Errorf("no PROTEST by %s in %q", tt.src, tt.text)
		}
	}
}

// TestTell19HeldAtProtest checks that people held with no one named but a
// count, right after a protest is told, are protesters.
func TestTell19HeldAtProtest(t *testing.T) {
	for _, tt := range []struct{ text, tgt string }{
		{"Police fired tear gas at students who had blocked roads in Dhaka on Monday during protests against the quota system. Dozens were detained.", "BGDPRO"},
		{"Thousands marched in Minsk on Sunday. Hundreds had been detained by nightfall, a rights group said.", "BLRPRO"},
	} {
		ev := eventOfType(mustExtract(t, tt.text, "2025-11-20"), truce.Coerce)
		if ev == nil {
			t.Errorf("no COERCE event in %q", tt.text)
			continue
		}
		if !hasActor(ev.Target, tt.tgt) {
			t.Errorf("target = %+v, want %s in %q", ev.Target, tt.tgt, tt.text)
		}
	}
	// Suspects held after a bombing are no protesters.
	ev := eventOfType(mustExtract(t, "A bomb exploded at a bus stop in Quetta on Monday. Two suspects were arrested.", "2025-11-20"), truce.Coerce)
	if ev != nil && hasActor(ev.Target, "PAKPRO") {
		t.Errorf("target = %+v, want no protesters", ev.Target)
	}
}
