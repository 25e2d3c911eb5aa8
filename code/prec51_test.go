package code_test

// Round 51 of precision: background told as a trend. A run of acts that
// a place "has seen" or a side "has stepped up", and a perfect summed up
// "over the past decade" or "in recent years", tell no act that is news.

import (
	"testing"

	"github.com/truce-project/truce"
)

// "the district has seen dozens of ambushes", "have stepped up their
// attacks": the noun of violence is the object of a perfect of
// experience or trend, which sums up background. An act told with its
// day, a report of a step-up, and a step-up of patrols still code.
func TestPrec51TrendObject(t *testing.T) {
	wantNone(t, truce.Assault,
		"The border district has seen dozens of ambushes on army convoys.",
		"The coastal town has witnessed several raids by pirates.",
		"The province has experienced a wave of kidnappings by armed gangs.",
		"Rebels in the hills have stepped up their attacks on police posts.",
		"Militants have intensified bombings of rail lines across the province.")
	for _, text := range []string{
		"Rebels attacked a police post in the hills on Tuesday, killing three officers.",
		"The capital saw heavy fighting on Sunday between the army and rebel fighters.",
	} {
		if len(eventsOf(t, text, "2024-03-01", truce.Assault)) == 0 {
			t.Errorf("%q: no ASSAULT", text)
		}
	}
	for _, text := range []string{
		"Indian troops have stepped up patrols along the northern frontier.",
		"Government troops have stepped up patrols along the northern border, the army said on Friday.",
	} {
		if len(eventsOf(t, text, "2024-03-01", truce.Mobilize)) == 0 {
			t.Errorf("%q: no MOBILIZE", text)
		}
	}
}

// "clashes between the clans have left scores dead in recent years", "had
// held six rounds of talks over the past year": a perfect over a span of
// recent years is a total to date. A span of days, an act told with its
// day, and a total a speaker reports still code.
func TestPrec51RecentSpan(t *testing.T) {
	wantNone(t, truce.Assault,
		"Clashes between the two clans have left scores dead in recent years.",
		"Raids by the militia have killed dozens of herders in the valley in recent years.")
	wantNone(t, truce.Consult,
		"The mediator had held six rounds of talks with the rebels in Nairobi over the past year.")
	for _, text := range []string{
		"Bandits killed 12 farmers in the region on Monday.",
		"Gunmen have killed 14 villagers over the past week in the northern district.",
		"Bandits had killed 200 farmers over the past year, officials said on Tuesday.",
	} {
		if len(eventsOf(t, text, "2024-03-01", truce.Assault)) == 0 {
			t.Errorf("%q: no ASSAULT", text)
		}
	}
	if len(eventsOf(t, "The envoy held talks with the militia leaders in the capital on Thursday.", "2024-03-01", truce.Consult)) == 0 {
		t.Error("talks held on Thursday: no CONSULT")
	}
}

// "The demonstrations started in the southern region …", "The first riot
// broke out in a village …": after the lead, the start of the unrest told
// again codes no second protest; an act in its other clause ("began when
// teachers walked off the job") still codes.
func TestPrec51RetoldStart(t *testing.T) {
	for _, text := range []string{
		"Hundreds of farmers blocked highways across Peru on Wednesday. The demonstrations started in the southern region of Puno, where growers say prices have collapsed.",
		"Rioters burned shops in the market town on Friday, police said. The first riot broke out in a village north of the capital.",
	} {
		if got := eventsOf(t, text, "2024-03-01", truce.Protest); len(got) != 1 {
			t.Errorf("%q: %d PROTEST events, want 1", text, len(got))
		}
	}
	text := "Schools across the province stayed shut on Monday. The unrest began when teachers walked off the job over unpaid wages."
	if len(eventsOf(t, text, "2024-03-01", truce.Protest)) == 0 {
		t.Errorf("%q: no PROTEST", text)
	}
}

// "will pay the families 45 million pounds": a verb's -s form counted in
// millions is money, not shelling; the verb itself still codes, and so do
// acts counted in a plain number ("more than 60 arrests").
func TestPrec51CountedNoun(t *testing.T) {
	wantNone(t, truce.Assault,
		"Under the settlement, the government in London will pay the families of the victims 45 million pounds in compensation.",
		"The Egyptian museum got the statue back after a British collector paid 2.5 million pounds for it.")
	text := "Rebel artillery pounded the town of Kadugli on Sunday, killing four civilians."
	if len(eventsOf(t, text, "2024-03-01", truce.Assault)) == 0 {
		t.Errorf("%q: no ASSAULT", text)
	}
	text = "Nigerian police made more than 60 arrests in Lagos on Saturday."
	if len(eventsOf(t, text, "2024-03-01", truce.Coerce)) == 0 {
		t.Errorf("%q: no COERCE", text)
	}
}

// "has not formally recognised the new government", "is not recognised by
// Georgia": a recognition withheld up to now is a standing state. A
// recognition given, and a withholding a speaker reports, still code.
func TestPrec51WithheldRecognition(t *testing.T) {
	wantNone(t, truce.Support,
		"Like most of its neighbours, Brazil has not formally recognised the new government in Niamey.",
		"Abkhazia is not recognised by Georgia or by most of the world.")
	for _, text := range []string{
		"Argentina formally recognised Kosovo on Tuesday.",
		"Chile's foreign minister said on Monday that Santiago has not recognised the new government in Niamey.",
	} {
		if len(eventsOf(t, text, "2024-03-01", truce.Support)) == 0 {
			t.Errorf("%q: no SUPPORT", text)
		}
	}
}
