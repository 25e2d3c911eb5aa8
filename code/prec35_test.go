package code_test

// Precision cases of issue 3 (prec35): acts named only inside the
// condition a clause waits on.

import "testing"

// An act of cooperation inside an if / unless / until / once clause has
// not happened; one in the clause that waits on the condition, or after
// "until" a date or "once again", stays.
func TestPrec35ConditionAct(t *testing.T) {
	const day = "2024-06-20"
	for _, tt := range []struct {
		name, text, typ string
		n               int
	}{
		{"unless clause lifting a ban", "The ministry froze the grain shipments on Monday. The ministry said the freeze would stay in place unless the port authority lifted its ban on inspectors.", "CONCEDE", 0},
		{"until clause holding talks", "The miners' union halted work at the smelter on Friday. Union officials said the strike would go on until the company's owners held talks with the workers.", "CONSULT", 0},
		{"if clause opening talks", "The militia said it would keep its checkpoints unless the governor opened talks with its commanders.", "CONSULT", 0},
		{"once clause lifting curbs", "The minister said the export deal would only take effect once the curbs on the state shipping firm were lifted.", "CONCEDE", 0},
		{"the waiting clause stays", "The envoy said Kenya would welcome the plan if it was put to a vote.", "SUPPORT", 1},
		{"until a month stays", "Mediators said the two sides would hold talks until March.", "CONSULT", 1},
		{"once again stays", "The government lifted its ban on the newspaper on Tuesday. It said talks with the union would resume once again next month.", "CONSULT", 1},
	} {
		wantTypeCount(t, tt.name, tt.text, day, tt.typ, tt.n)
	}
}

// Acts named after a comma participle of commitment as the terms of an
// agreement just told are the signing's: one event, which keeps the
// ceasefire record; an agreement told in a sentence of its own stays.
func TestPrec35SignedTerms(t *testing.T) {
	const day = "2024-06-20"
	text := "Sudan's army and the rebel militia signed an accord in Juba on Friday, committing to a truce and to talks on a lasting settlement, mediators said."
	wantTypeCount(t, "terms after committing", text, day, "AGREE", 1)
	wantTypeCount(t, "terms after committing", text, day, "RETREAT", 0)
	x := mustExtract(t, text, day)
	if len(x.Ceasefires) != 1 {
		t.Fatalf("%q: %d ceasefires, want 1", text, len(x.Ceasefires))
	}
	if len(x.Events) != 1 || x.Events[0].CeasefireID != x.Ceasefires[0].ID || len(x.Ceasefires[0].Events) != 1 || x.Ceasefires[0].Events[0] != x.Events[0].ID {
		t.Errorf("%q: the signing should carry the ceasefire record alone: %+v %+v", text, x.Events, x.Ceasefires)
	}
	wantTypeCount(t, "terms after pledging", "Ghana and Togo signed a fishing pact on Monday, pledging to hold joint talks on the disputed waters.", day, "CONSULT", 0)
	wantTypeCount(t, "terms after pledging", "Ghana and Togo signed a fishing pact on Monday, pledging to hold joint talks on the disputed waters.", day, "AGREE", 1)
	wantTypeCount(t, "a sentence of its own stays", "Chad and Niger signed a border pact on Monday. Both sides also agreed to a ceasefire along the river.", day, "AGREE", 2)
}
