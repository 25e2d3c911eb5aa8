package code_test

import (
	"testing"

	truce "github.com/truce-project/truce"
)

// TestLex34SaidRespond checks an answer promised to a rival's step, told
// as firm, conditional or aimed at any further step: a threat (CAMEO 130)
// from the speaker against the rival named in the sentence.
func TestLex34SaidRespond(t *testing.T) {
	wantEvents(t, truce.Threaten, "", []sidesCase{
		{"respond firmly to any", "Athens said it would respond firmly to any Turkish drilling.", "GRC", "TUR"},
		{"respond to any further", "Seoul said it would respond to any further launch by North Korea.", "KOR", "PRK"},
	})
	wantNone(t, truce.Threaten,
		"The ministry said it would respond to the journalists' questions next week.",
		"The company said it would respond to the letter within a month.")
}

// TestLex34ExpelledOfficials checks officials or staff of another state
// sent away: a diplomatic expulsion (CAMEO 166, SANCTION), not the
// deportation of migrants a bare "expelled" reads.
func TestLex34ExpelledOfficials(t *testing.T) {
	wantEvents(t, truce.Sanction, "expel", []sidesCase{
		{"expelled officials", "Poland expelled nine Belarusian officials on Thursday.", "POL", "BLR"},
		{"expelling embassy staff", "Estonia said it was expelling four staff of the Russian embassy.", "EST", "RUS"},
	})
}

// TestLex34AttackedFirst checks a side that says the other struck first: a
// counter-charge (CAMEO 1123) against the side named before the verb.
func TestLex34AttackedFirst(t *testing.T) {
	wantEvents(t, truce.Accuse, "allege", []sidesCase{
		{"said opened fire first", "Bishkek said Tajik border guards had opened fire first.", "KGZ", "TJK"},
		{"insisted attacked first", "Khartoum insisted that South Sudanese troops attacked first.", "SDN", "SSD"},
	})
	wantNone(t, "",
		"The discount chain fired the first shot in the price war on Monday.")
}

// TestLex34LootedAndBurned checks goods carried off and property burnt in
// one raid: coded by the burning, the graver act (CAMEO 1712, ASSAULT
// destroy: issue 3 gives ASSAULT no "seize", though PLOVER's table maps
// 1712 there), with the owners of what was burnt as target.
func TestLex34LootedAndBurned(t *testing.T) {
	for _, text := range []string{
		"Militiamen pillaged the market and torched the stalls of traders in Djugu.",
		"Militiamen ransacked the homes of villagers near Djugu and set fire to them.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-03-01").Events {
				if ev.Type == truce.Assault && ev.CAMEO == "1712" && ev.Mode == "destroy" {
					return
				}
			}
			t.Errorf("no ASSAULT destroy 1712 in %q", text)
		})
	}
}
