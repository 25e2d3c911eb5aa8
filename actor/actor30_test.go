package actor

import "testing"

// TestFindActor30 covers military coalitions named by the state that leads
// them, the Lake Chad multinational force, resistance forces as rebels, and
// Papuans as a community of Indonesia.
func TestFindActor30(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		// A coalition named by its leading state is that state's forces.
		{"a Saudi-led coalition after a sector noun", "Warplanes of the Saudi-led coalition hit a fuel depot outside Marib on Friday.", "2024-03-01",
			[]want{{"Warplanes", "", "MIL", KindSector}, {"Saudi-led coalition", "SAUMIL", "MIL", KindGroup}}},
		{"a Saudi-led coalition before a sector noun", "Saudi-led coalition jets pounded a camp near Hajjah.", "2024-03-01",
			[]want{{"Saudi-led coalition jets", "SAUMIL", "MIL", KindGroup}}},
		{"a US-led coalition with dots", "The U.S.-led coalition said its advisers had left the Ain al-Asad base.", "2024-03-01",
			[]want{{"U.S.-led coalition", "USAMIL", "MIL", KindGroup}}},
		// The Lake Chad force is a body of its own.
		{"the multinational joint task force", "Gunmen ambushed a Multinational Joint Task Force patrol near Baga.", "2024-03-01",
			[]want{{"Gunmen", "", "REB", KindSector}, {"Multinational Joint Task Force", "MNJTF", "IGO", KindOrg}}},
		{"the multinational force by its acronym", "The MNJTF said two of its soldiers died.", "2024-03-01",
			[]want{{"MNJTF", "MNJTF", "IGO", KindOrg}, {"soldiers", "", "MIL", KindSector}}},
		// Resistance forces are rebels, not an army; names keep their ids.
		{"resistance fighters", "Local resistance fighters shelled the garrison at Hpasawng.", "2024-03-01",
			[]want{{"resistance fighters", "", "REB", KindSector}, {"garrison", "", "MIL", KindSector}}},
		{"resistance forces after an ethnic name", "Karenni resistance forces overran a junta outpost.", "2024-03-01",
			[]want{{"resistance forces", "", "REB", KindSector}, {"junta", "", "GOV", KindSector}}},
		{"a resistance front by name", "The National Resistance Front raided a post in the valley.", "2024-03-01",
			[]want{{"National Resistance Front", "NRF", "REB", KindGroup}}},
		// Papuans are Indonesia's; Papua New Guineans are not Papuans.
		{"Papuan rebels and Papuans hurt", "Papuan rebels burned a school in Intan Jaya, and two Papuans were hurt.", "2024-03-01",
			[]want{{"Papuan rebels", "IDNREB", "REB", KindGroup}, {"school", "", "EDU", KindSector}, {"Papuans", "IDNCVL", "CVL", KindGroup}}},
		{"West Papuan separatists", "West Papuan separatists freed the pilot on Tuesday.", "2024-03-01",
			[]want{{"West Papuan separatists", "IDNREB", "REB", KindGroup}}},
		{"Papua New Guineans stay PNG's", "Papua New Guinean soldiers crossed the border.", "2024-03-01",
			[]want{{"Papua New Guinean soldiers", "PNGMIL", "MIL", KindDemonym}}},
	}
	checkFind(t, d, tests)
}
