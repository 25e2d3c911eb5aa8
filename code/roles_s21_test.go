package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who did it in constructions the blind wire files of round 21 showed
// failing.
func TestSourceRound21(t *testing.T) {
	runSideCases(t, "2023-06-14", []sideCase{
		// "Russian, Tajik and Uzbek forces will hold joint drills": every
		// demonym of a list shares the sector of the noun at its end.
		{"three demonyms before forces holding exercises",
			"Ghanaian, Togolese and Beninese forces will hold joint exercises near the border next week.",
			truce.Cooperate, "GHAMIL", ""},
		{"three demonyms before troops in a joint operation",
			"Malian, Nigerien and Burkinabe troops launched a joint operation against jihadists near Menaka on Monday.",
			"", "MLIMIL", ""},
		{"four demonyms before navies",
			"Indian, Japanese, Australian and American navies began joint exercises in the Bay of Bengal on Tuesday.",
			truce.Cooperate, "INDMIL", ""},
	})
}

// "two teenagers were killed when police opened fire": the subject of a
// "when" clause with an attack verb did the harm told by the passive.
func TestWhenAgent21(t *testing.T) {
	runSideCases(t, "2023-06-14", []sideCase{
		{"killed when soldiers opened fire, after an earlier clause",
			"Rioters looted shops in Lusaka on Friday, and three men were killed when soldiers opened fire to clear the streets, the mayor said.",
			truce.Assault, "ZMBMIL", ""},
		{"killed on a weekday when soldiers opened fire to break up a roadblock",
			"Four farmers were killed on Sunday when soldiers opened fire to break up a roadblock near Kasese.",
			truce.Assault, "UGAMIL", ""},
		{"killed in a town when soldiers opened fire on a sit-in, medics saying so",
			"Five protesters were killed in Omdurman on Thursday when soldiers opened fire to break up a sit-in, medics said.",
			truce.Assault, "SDNMIL", "SDNPRO"},
	})
}

// "Burundi shut the border, its interior minister told reporters, accusing
// Kigali of …": the speaker of a speech tag accuses, not whom he told; a
// bare title is the state the sentence opens on.
func TestTagSpeaker21(t *testing.T) {
	runSideCases(t, "2023-06-14", []sideCase{
		{"a foreign minister telling journalists, a bare title",
			"Niger recalled its ambassador from Benin on Friday, Foreign Minister Bakary Sangare told journalists, accusing Cotonou of hosting French troops.",
			truce.Accuse, "NERGOV", "BEN"},
		{"a defence minister telling reporters",
			"Burundi closed its border with Rwanda on Monday, Defence Minister Alain Tribert told reporters, accusing Kigali of sheltering rebels.",
			truce.Accuse, "BDI", "RWA"},
	})
}

// "detonated a bomb …, wounding four soldiers, and later abducted a
// principal": a verb joined by "and" past a sequence adverb shares the
// subject of the verb before, not the object nearest it.
func TestAndLater21(t *testing.T) {
	runSideCases(t, "2023-06-14", []sideCase{
		{"and later kidnapped, after a participle",
			"Gunmen stormed a police post in Zamfara on Monday, killing two officers, and later kidnapped a village chief in nearby Gusau.",
			truce.Assault, "NGAREB", "NGACVL"},
		{"and then seized",
			"Rebels shelled an army base near Goma on Friday and then seized the town of Sake.",
			truce.Assault, "CODREB", ""},
		{"and subsequently arrested",
			"Soldiers raided a mosque in Kidal on Friday, wounding two worshippers, and subsequently arrested three imams.",
			truce.Coerce, "MLIMIL", ""},
	})
}
