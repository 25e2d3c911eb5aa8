package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// TestPlace40Anaphor checks that an act its clause puts "through the
// capital", "across the capital", "through the city" or "on the town" is
// placed at the capital or town the story named before, not at a place
// the sentence names only in what the act is about, and that the
// protesters take that place's country.
func TestPlace40Anaphor(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"capital of the dateline, foreign place in the purpose",
			"NAIROBI, Nov 20 - A court jailed an opposition organiser for six months on Tuesday. Thousands of teachers marched through the capital on Wednesday against a law that would let the state sell schools to firms in Uganda.",
			"marched through the capital", "Nairobi", "KEN", ""},
		{"capital of the act's country, no dateline",
			"Bolivian miners clashed with police near Oruro on Monday. The next day, crowds of students blocked avenues across the capital to demand fuel subsidies for exporters in Chile.",
			"across the capital", "La Paz", "BOL", ""},
		{"the city is the dateline's town",
			"KARACHI - Gunmen shot dead a shopkeeper in Lyari on Sunday. Hundreds of traders shut their shops and rallied through the city, demanding protection from extortion gangs based in Afghanistan.",
			"rallied through the city", "Karachi", "PAK", ""},
	})
	for _, tt := range []struct{ text, wantCC string }{
		{"NAIROBI, Nov 20 - A court jailed an opposition organiser for six months on Tuesday. Thousands of teachers marched through the capital on Wednesday against a law that would let the state sell schools to firms in Uganda.", "KEN"},
		{"Bolivian miners clashed with police near Oruro on Monday. The next day, crowds of students blocked avenues across the capital to demand fuel subsidies for exporters in Chile.", "BOL"},
	} {
		for _, e := range eventsOf(t, tt.text, "2025-11-20", truce.Protest) {
			if !strings.Contains(e.Evidence.Sentence, "the capital") {
				continue
			}
			for _, a := range e.Source {
				if a.Country != tt.wantCC {
					t.Errorf("%q: protester %s, want one of %s", tt.text, a.ID, tt.wantCC)
				}
			}
		}
	}
}

// TestPlace40AnaphorTown checks that "a curfew on the town" is placed at
// the town the sentence before named, while an act the same sentence
// places in another town with its own preposition keeps that town.
func TestPlace40AnaphorTown(t *testing.T) {
	text := "Police fired rubber bullets at farmers who blocked a highway near Ambato on Monday. Authorities imposed a curfew on the town, and officials in Quito called for calm."
	curfews := eventsOf(t, text, "2025-11-20", truce.Coerce, "curfew")
	if len(curfews) == 0 {
		t.Fatalf("no curfew from %q", text)
	}
	if loc := curfews[0].Location; loc == nil || loc.Name != "Ambato" {
		t.Errorf("curfew placed at %v, want Ambato", loc)
	}
	for _, e := range eventsOf(t, text, "2025-11-20", truce.Request) {
		if loc := e.Location; loc == nil || loc.Name != "Quito" {
			t.Errorf("call for calm placed at %v, want Quito", loc)
		}
	}
}

// TestPlace40UnknownOwnWords checks that a place the gazetteer lacks,
// named by the act's own words, wins over a known town that a clause of
// time names after it, and that "residents of" or "villagers of" a place
// put their act there; a known town in the act's own clause keeps it.
func TestPlace40UnknownOwnWords(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"unknown base before a known town in an after clause",
			"Peacekeepers withdrew from their base in Zendavo on Sunday, three days after leaving nearby Goma under fire.",
			"", "Zendavo", "COD", ""},
		{"known town of the act's own clause stays",
			"Peacekeepers withdrew from their base in Goma on Sunday, three days after leaving nearby Zendavo under fire.",
			"", "Goma", "COD", ""},
		{"residents of an unknown village",
			"Residents of Kambora clashed with Kenyan police guarding a gold mine on Tuesday.",
			"", "Kambora", "KEN", ""},
		{"villagers of an unknown village",
			"Villagers of Zendavo fought with Ugandan soldiers who had come to seize their cattle.",
			"", "Zendavo", "UGA", ""},
	})
}

// TestPlace40AdjectiveVillage checks that in "the Andean village of
// Kambora" the village is Kambora, not the adjective before the noun,
// while in "the Zendavan district of Hentzau" the district's own name,
// which comes first, is kept.
func TestPlace40AdjectiveVillage(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"A drone struck a wedding party in the Andean village of Kambora on Friday, killing 12 people.", "Kambora"},
		{"Gunmen abducted nine traders near the Oromian town of Zendavo on Monday, police in Ethiopia said.", "Zendavo"},
		{"Police detained 30 protesters in the Zendavan district of Hentzau on Monday.", "Zendavan"},
	} {
		x := mustExtract(t, tt.text, "2025-11-20")
		if len(x.Events) == 0 {
			t.Fatalf("no event from %q", tt.text)
		}
		if loc := x.Events[0].Location; loc == nil || loc.Text != tt.want {
			t.Errorf("%q: placed at %v, want %q", tt.text, loc, tt.want)
		}
	}
}

// TestPlace40ForeignAfterTown checks that a province abroad whose name a
// town's possessive qualifies ("Tijuana's Litoral penitentiary") is read
// as part of a site in that town: the act and its generic actors stay in
// the town's country.
func TestPlace40ForeignAfterTown(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"prison named like a province abroad",
			"Inmates fought with knives inside Tijuana's Litoral penitentiary on Tuesday, killing 12 prisoners.",
			"", "Tijuana", "MEX", ""},
		{"a town's possessive before an unknown name",
			"Inmates fought with knives inside Tijuana's Zendavo penitentiary on Tuesday, killing 12 prisoners.",
			"", "Tijuana", "MEX", ""},
	})
	x := mustExtract(t, "Inmates fought with knives inside Tijuana's Litoral penitentiary on Tuesday, killing 12 prisoners.", "2025-11-20")
	for _, e := range x.Events {
		for _, a := range append(append([]truce.Actor{}, e.Source...), e.Target...) {
			if a.Country != "" && a.Country != "MEX" {
				t.Errorf("actor %s of %s, want Mexico's", a.ID, a.Country)
			}
		}
	}
}
