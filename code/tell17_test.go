package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Status over constructions from the seventeenth blind wire round, in
// sentences of our own: a negation in one predicate does not reach a
// second predicate joined to it by "and" with a finite verb of its own
// ("would not resign and accused …").
func TestTell17Status(t *testing.T) {
	runStatusCases(t, []statusCase{
		// The negation stays in its own conjunct.
		{"would not disarm and accused", "The rebel commander said his men would not disarm and accused the army of shelling villages near Kidal.", truce.Accuse, truce.StatusReported, ""},
		{"would not quit and condemned", "Peru's interior minister said he would not quit and condemned the opposition for the riots in Cusco.", truce.Accuse, truce.StatusReported, ""},
		// A passive future a speaker announces is a plan.
		{"said troops would be sent to", "Prime Minister James Marape said troops would be sent to help the stretched police restore order in Wabag.", truce.Mobilize, truce.StatusPlanned, ""},
		{"said police will be deployed", "The interior ministry said 2,000 riot police will be deployed in Nairobi ahead of Tuesday's opposition march.", truce.Mobilize, truce.StatusPlanned, ""},
		// A concession a speaker says will not be made is a refusal.
		{"said he would not resign", "Addressing supporters in Mostar, the mayor said he would not resign over the corruption charges.", truce.Reject, truce.StatusReported, ""},
		{"said they will never withdraw", "The rebel commanders said their fighters will never withdraw from the hills above Bunia.", truce.Reject, truce.StatusReported, ""},
		// A past act that did not happen stays negated.
		{"did not withdraw", "Russian forces did not withdraw from the village of Robotyne on Tuesday, Ukraine's army said.", truce.Retreat, truce.StatusNegated, ""},
		// A shared auxiliary keeps both conjuncts negated.
		{"did not meet", "The two delegations did not meet in Cairo, Egypt's foreign ministry said.", truce.Consult, truce.StatusNegated, ""},
	})
}

// Reporters over constructions from the seventeenth blind wire round, in
// sentences of our own: a speaker described by a relative clause who
// "told" an audience that closes the sentence.
func TestTell17Reporter(t *testing.T) {
	runReporterCases(t, []statusCase{
		{"a N who escaped told reporters", "Bandits abducted 40 villagers near Zurmi in Nigeria's Zamfara state on Monday, a farmer who escaped told reporters.", truce.Assault, truce.StatusReported, "NGACVL"},
		{"a N who treated them told the BBC", "Soldiers shot dead four protesters in Mandalay on Sunday, a doctor who treated the wounded told the BBC.", truce.Assault, truce.StatusReported, "MMRHLH"},
		// A relative clause that gives the toll on someone's word names
		// who reports the attack, whoever else speaks.
		{"strikes that witnesses said had killed", "The Tatmadaw launched airstrikes on villages in Sagaing that witnesses said had killed 15 civilians.", truce.Assault, truce.StatusReported, "MMRCVL"},
		{"X said it withdrew after shelling that medics said killed", "The rebel Arakan Army said it had withdrawn from the town after a week of shelling by Myanmar troops that medics said killed 12 people.", truce.Assault, truce.StatusReported, "MMRHLH"},
	}, "-")
}

// Events told at all, over constructions from the seventeenth blind wire
// round, in sentences of our own.
func TestTell17Told(t *testing.T) {
	runToldCases(t, []toldCase{
		// An accusation in a present-tense relative clause on its
		// speaker is made now, not a standing tie.
		{"X, which accuses Y of", "Rabat, which accuses Algiers of arming the Polisario Front, closed its consulate in Oran on Monday.", truce.Accuse, "MARGOV", "DZA"},
		{"the government, which accuses X of", "Sudan's army-led government, which accuses the United Arab Emirates of arming the RSF, cut diplomatic ties on Tuesday.", truce.Accuse, "SDN", "ARE"},
		// A "whose" aside on the subject does not give the subject's
		// act to the aside's own noun.
		{"X, whose state firm built Y, has offered to mediate", "Brazil, whose state construction firm built the bridge, has offered to mediate between Bolivia and Peru.", truce.Agree, "BRA", "BOL"},
		// An offer to mediate that names no one mediates between the
		// story's two sides.
		{"X has offered to mediate, after a clash of Y and Z", "Chad accused Sudan of arming rebels near Adre on Monday. Qatar has offered to mediate.", truce.Agree, "QAT", "TCD"},
		{"X, whose oil company runs Y, has offered to broker", "Norway, whose energy company operates the field, has offered to broker talks between Sudan and South Sudan.", truce.Agree, "NOR", "SDN"},
	})
}

// TestTell17PassiveTroops checks that the soldiers a passive deployment
// names are what is sent, not the police they are sent to help.
func TestTell17PassiveTroops(t *testing.T) {
	for _, text := range []string{
		"Prime Minister James Marape said troops would be sent to help the stretched police restore order in Wabag.",
		"Soldiers have been deployed to support the police in the riot-hit suburbs of Noumea, the French government said.",
	} {
		ev := eventOfType(mustExtract(t, text, "2025-11-20"), truce.Mobilize)
		if ev == nil {
			t.Errorf("no MOBILIZE event in %q", text)
			continue
		}
		if ev.Mode != "troops" {
			t.Errorf("mode = %q, want troops in %q", ev.Mode, text)
		}
	}
}

// TestTell17RefusalTarget checks that a refusal with no one named refuses
// whoever last acted on the speaker.
func TestTell17RefusalTarget(t *testing.T) {
	text := "A court in Islamabad on Monday ordered the arrest of former prime minister Imran Khan. Khan said he would not surrender."
	ev := eventOfType(mustExtract(t, text, "2025-11-20"), truce.Reject)
	if ev == nil {
		t.Fatalf("no REJECT event in %q", text)
	}
	if len(ev.Target) == 0 {
		t.Errorf("target = none, want the prosecutor")
	}
}

// toldCase is a text that must code an event of type typ, from src to
// tgt ("" is not checked).
type toldCase struct {
	name, text, typ, src, tgt string
}

func runToldCases(t *testing.T, tests []toldCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := eventOfType(mustExtract(t, tt.text, "2025-11-20"), tt.typ)
			if ev == nil {
				t.Fatalf("no %s event in %q", tt.typ, tt.text)
			}
			if tt.src != "" && !hasActor(ev.Source, tt.src) {
				t.Errorf("source = %+v, want %s", ev.Source, tt.src)
			}
			if tt.tgt != "" && !hasActor(ev.Target, tt.tgt) {
				t.Errorf("target = %+v, want %s", ev.Target, tt.tgt)
			}
		})
	}
}
