package code_test

// Precision cases of issue 3 (prec37): extra events in judged sentences.

import "testing"

// The verb of a condition told in the present tense ("as soon as X
// hands over", "once X releases"), or in the past after a modal or a word
// of readiness, has not happened, when the clause that waits on it is
// coded; a past verb after "until" with nothing hypothetical before it is
// told as done and stays.
func TestPrec37ConditionPresent(t *testing.T) {
	const day = "2024-06-20"
	for _, tt := range []struct {
		name, text, typ string
		n               int
	}{
		{"as soon as, present", "The government will lift the curfew as soon as the militia hands over its weapons, the interior minister said.", "RETREAT", 1},
		{"as soon as, past after ready", "The union said it was ready to meet ministers as soon as the government withdrew the decree.", "RETREAT", 0},
		{"as soon as, the waiting clause stays", "The union said it was ready to meet ministers as soon as the government withdrew the decree.", "CONSULT", 1},
		{"until, past, told as done", "Fighting went on until the army recaptured the town on Friday, residents said.", "ASSAULT", 1},
	} {
		wantTypeCount(t, tt.name, tt.text, day, tt.typ, tt.n)
	}
	x := mustExtract(t, "The government will lift the curfew as soon as the militia hands over its weapons, the interior minister said.", day)
	for _, ev := range x.Events {
		if ev.Mode == "disarm" {
			t.Errorf("the handover named in the condition should give no event: %+v", ev)
		}
	}
}

// A ceasefire named as the terms of a signing, by a participle with no
// comma or by a relative clause on the document whose subject is the
// signers, is the signing's: one event, which carries the ceasefire
// record. A party named on its own in the relative clause makes a pledge
// of its own, which stays.
func TestPrec37SigningTerms(t *testing.T) {
	const day = "2024-06-20"
	for _, text := range []string{
		"Ethiopia and Eritrea signed a declaration in Asmara on Sunday in which they committed to a permanent ceasefire.",
		"Colombia's government and the ELN signed a protocol in Havana in which both sides committed to a bilateral truce, Cuban mediators said.",
		"Armenia and Azerbaijan signed a statement in Moscow on Friday committing to a ceasefire in Nagorno-Karabakh.",
	} {
		wantTypeCount(t, "terms of a signing", text, day, "AGREE", 1)
		wantTypeCount(t, "terms of a signing", text, day, "RETREAT", 0)
		x := mustExtract(t, text, day)
		if len(x.Ceasefires) != 1 || len(x.Events) != 1 || x.Events[0].CeasefireID != x.Ceasefires[0].ID ||
			len(x.Ceasefires[0].Events) != 1 || x.Ceasefires[0].Events[0] != x.Events[0].ID {
			t.Errorf("%q: the signing should carry the ceasefire record alone: %+v %+v", text, x.Events, x.Ceasefires)
		}
	}
	wantTypeCount(t, "a party's own pledge stays", "The government and the rebels signed a document in which the rebels committed to a ceasefire.", day, "RETREAT", 1)
}

// An act named as what another verb kept from happening ("to avoid air
// strikes", "averting an attack") has not happened; the act that kept it
// off stays, and an attack with a toll of its own stays.
func TestPrec37AvertedAct(t *testing.T) {
	const day = "2024-06-20"
	for _, tt := range []struct {
		name, text, typ string
		n               int
	}{
		{"to avoid", "The militia said its fighters left the village on Tuesday to avoid government air strikes on the market.", "ASSAULT", 0},
		{"to avoid, the withdrawal stays", "The militia said its fighters left the village on Tuesday to avoid government air strikes on the market.", "RETREAT", 1},
		{"to spare from", "Rebel commanders said they pulled out of Dolo to spare its residents from artillery shelling.", "ASSAULT", 0},
		{"averting", "Soldiers defused a roadside bomb near Gao on Sunday, averting an attack on a UN convoy, the mission said.", "ASSAULT", 0},
		{"averting, the seizure stays", "Soldiers defused a roadside bomb near Gao on Sunday, averting an attack on a UN convoy, the mission said.", "COERCE", 1},
		{"a strike with a toll stays", "The army pulled back from the hill after air strikes that killed four soldiers.", "ASSAULT", 1},
	} {
		wantTypeCount(t, tt.name, tt.text, day, tt.typ, tt.n)
	}
}

// Armed men storming or raiding a place and going on, in the next
// predicate, to abduct people there: one act, the abduction, which takes
// the place's people as its target. A storming with a toll of its own, or
// an abduction by others, stays beside it.
func TestPrec37StormThenAbduct(t *testing.T) {
	const day = "2024-06-20"
	for _, tt := range []struct {
		name, text string
		n          int
	}{
		{"stormed and abducted", "Armed men on motorbikes stormed a secondary school in Zamfara state late on Monday and abducted dozens of girls, police said.", 1},
		{"raided and kidnapped", "Gunmen raided a church in Kaduna state during Sunday mass and kidnapped the priest and 30 worshippers, residents said.", 1},
		{"a storming with its own toll stays", "Militants stormed the village of Tanda at dawn, killing seven farmers, and later abducted the chief, officials said.", 2},
		{"an abduction by others stays", "Gunmen stormed a police post in the town, and separately bandits abducted four traders on the highway.", 2},
	} {
		wantTypeCount(t, tt.name, tt.text, day, "ASSAULT", tt.n)
	}
	x := mustExtract(t, "Armed men on motorbikes stormed a secondary school in Zamfara state late on Monday and abducted dozens of girls, police said.", day)
	if len(x.Events) != 1 || x.Events[0].Mode != "abduct" {
		t.Errorf("the abduction should be the one event: %+v", x.Events)
	}
}
