package code_test

import (
	"testing"

	truce "github.com/truce-project/truce"
)

// TestLex28ActNouns checks words of welcome aimed back, through an act
// noun, at whoever did the act told before: a pardon, a public declaration
// or a climbdown. Each text is in our own words.
func TestLex28ActNouns(t *testing.T) {
	wantEvents(t, truce.Support, "", []sidesCase{
		{"pardon", "Bolivia's president on Monday pardoned eleven Peruvian fishermen jailed for poaching. Lima welcomed the pardon.", "PER", "BOL"},
		{"amnesty", "The government of Togo granted an amnesty to 30 jailed opposition activists on Friday. The European Union praised the amnesty.", "EU", "TGO"},
		{"declaration", "Senegal's government signed a declaration with the separatist rebels committing to a truce. The African Union welcomed the declaration.", "AU", "SEN"},
		{"climbdown", "The Kenyan government withdrew a planned fuel levy after three days of protests. The World Bank welcomed the climbdown.", "", "KEN"},
	})
}

// TestLex28Posts checks a single post of forces set up where they hold
// ground, named by what it is for, and that a post that is a job is not
// one.
func TestLex28Posts(t *testing.T) {
	wantEvents(t, truce.Mobilize, "troops", []sidesCase{
		{"observation post", "Kenyan troops established a new observation post near the village of Dif on Tuesday.", "KENMIL", ""},
		{"army post", "Nigerien soldiers built an army post on the ridge above Tillia last week.", "NERMIL", ""},
		{"border post", "Ethiopian forces have set up a new border post outside Humera.", "ETH", ""},
	})
	for _, text := range []string{
		"The ministry established a new post of special envoy for the Horn of Africa.",
		"The company set up a new post office in the town on Monday.",
	} {
		t.Run(text, func(t *testing.T) {
			wantNoTypeMode(t, text, "2024-03-01", truce.Mobilize, "")
		})
	}
}

// TestLex28ReliefGoods checks relief goods given out, named by what they
// are, as humanitarian aid, and that sentences and leaflets handed out
// are none.
func TestLex28ReliefGoods(t *testing.T) {
	wantEvents(t, truce.Aid, "humanitarian", []sidesCase{
		{"distributed", "The World Food Programme distributed rice and cooking oil to about 12,000 people displaced by fighting near Kalemie.", "WFP", "COD"},
		{"handed out", "Red Cross volunteers handed out blankets and food parcels to families displaced by the floods in Beira.", "ICRC", "MOZ"},
		{"trucked in", "UNICEF trucked in water and hygiene kits for flood victims in Maiduguri on Friday.", "", "NGA"},
	})
	for _, text := range []string{
		"The court handed out prison terms of up to ten years to six defendants in Harare on Monday.",
		"Opposition activists distributed leaflets in Harare on Monday.",
	} {
		t.Run(text, func(t *testing.T) {
			wantNoTypeMode(t, text, "2024-03-01", truce.Aid, "")
		})
	}
}
