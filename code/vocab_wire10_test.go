package code_test

import "testing"

// TestWireVocabularyTenth checks trigger rows for constructions found
// miscoded in blind newsroom digests, each said in our own words with
// other actors and places: a warning that another side will face
// consequences or pay a price threatens that side, a pledge not to
// leave a move unanswered is a threat, not a promise, a drone shot down
// is an attack on the side that flew it, and a finding that a party did a
// wrong blames it.
func TestWireVocabularyTenth(t *testing.T) {
	tests := []struct {
		name, typ, mode, src, tgt string // mode, src, tgt "" are not checked
		text                      string
	}{
		{"warned would face consequences", "THREATEN", "", "SRB", "XKX",
			"Belgrade warned that Kosovo would face consequences for the arrests of its citizens."},
		{"warned will face serious consequences", "THREATEN", "", "KEN", "SOM",
			"The Kenyan foreign ministry warned that Somalia will face serious consequences if the border stays closed."},
		{"warned would pay a heavy price", "THREATEN", "", "ISR", "LBN",
			"Israel warned on Sunday that Lebanon would pay a heavy price for the rocket fire."},
		{"promised not to leave unanswered", "THREATEN", "", "RUS", "",
			"Russia's foreign ministry promised that Moscow would not leave the expulsions unanswered."},
		{"vowed would not go unpunished", "THREATEN", "", "IRN", "",
			"Iran vowed on Monday that the general's killing would not go unpunished."},
		// an aircraft shot down, crewed or not, is an attack on its side.
		{"shot down a drone", "ASSAULT", "", "TUR", "SYR",
			"Turkey's defence ministry said its jets had shot down a Syrian surveillance drone over Hatay."},
		{"downed a drone", "ASSAULT", "", "IND", "PAK",
			"Indian troops downed a Pakistani quadcopter drone near Amritsar on Friday."},
		{"shot down a drone, no drone strike", "ASSAULT", "", "MAR", "DZA",
			"Moroccan soldiers shot down an Algerian drone over the Western Sahara berm."},
		// a finding that a party did a wrong blames it.
		{"concluded that had directed", "ACCUSE", "", "GBR", "RUS",
			"Britain said its investigators concluded that Moscow had directed the sabotage of a warehouse in Leyton."},
		{"found that carried out", "ACCUSE", "", "UN", "MMR",
			"A UN fact-finding mission found that Myanmar's army carried out the killings in Rakhine."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEvent(t, tt.text, tt.typ, tt.mode, tt.src, tt.tgt)
		})
	}
}
