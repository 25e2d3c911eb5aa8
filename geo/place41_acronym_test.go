package geo

import "testing"

// TestPlace41AcronymInCapitals checks that a place name known only as an
// acronym ("UP", "US", "CAR", "KP") is read where the text writes it in
// capitals, and not where an ordinary word spelt the same opens a
// sentence: "Up to 400 nurses", "Us and them", "Car bombs".
func TestPlace41AcronymInCapitals(t *testing.T) {
	g := MustLoad(t)
	for _, text := range []string{
		"Up to 400 nurses walked out of hospitals in Chile on Monday.",
		"Us and them talk is growing, the mayor of Lima said.",
		"Car bombs killed nine people in Mogadishu on Sunday.",
		"Kp officers were not at the scene in Lagos, police said.",
	} {
		for _, p := range g.Find(text, Hint{}) {
			if p.Start == 0 {
				t.Errorf("%q: sentence-initial word read as %s (%s)", text, p.Name, p.Country)
			}
		}
	}
	want := map[string]string{"UP": "IND", "US": "USA", "CAR": "CAF", "KP": "PAK", "U.K": "GBR"}
	text := "Floods hit UP as the US sent aid to CAR, officials in KP and the U.K. said."
	got := map[string]string{}
	for _, p := range g.Find(text, Hint{}) {
		got[p.Text] = p.Country
	}
	for k, c := range want {
		if got[k] != c {
			t.Errorf("%q: %s read as %q, want %s", text, k, got[k], c)
		}
	}
}

// TestPlace41AcronymKeepsOrdinaryName checks that a key some row spells
// as an ordinary name stays readable in title case.
func TestPlace41AcronymKeepsOrdinaryName(t *testing.T) {
	g := MustLoad(t)
	ps := g.Find("Protesters gathered in La Paz and in Mali on Friday.", Hint{})
	names := map[string]bool{}
	for _, p := range ps {
		names[p.Name] = true
	}
	if !names["La Paz"] || !names["Mali"] {
		t.Errorf("ordinary names lost: %+v", ps)
	}
}
