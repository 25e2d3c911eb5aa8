package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestPrec46PullOutOfTalks checks that leaving talks is coded as the
// withdrawal it is (SANCTION withdraw, CAMEO 164), not as a refusal to
// meet. Sentences of our own.
func TestPrec46PullOutOfTalks(t *testing.T) {
	tests := []struct{ name, text, source, target string }{
		{"pulling out of talks", "ANKARA, May 4 - Turkey said on Tuesday it was pulling out of talks with Greece on maritime borders.", "TUR", "GRC"},
		{"pulled out of negotiations", "ADDIS ABABA, June 9 - Ethiopia's main opposition coalition pulled out of negotiations with the government on Sunday.", "ETH", "ETH"},
		{"would pull out of talks", "LIMA, Aug 2 - Peru's main opposition party announced it would pull out of talks with the president over the budget.", "PER", "PER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", truce.Sanction, "withdraw")
			if len(evs) != 1 {
				t.Fatalf("%d withdrawals, want 1", len(evs))
			}
			if !hasActor(evs[0].Source, tt.source) || !hasActor(evs[0].Target, tt.target) {
				t.Errorf("sides %+v -> %+v, want %s -> %s", evs[0].Source, evs[0].Target, tt.source, tt.target)
			}
			if n := len(eventsOf(t, tt.text, "2024-06-10", truce.Reject)); n != 0 {
				t.Errorf("%d refusals, want none", n)
			}
		})
	}
}

// TestPrec46GiveUpWeapons checks that an armed side giving up its own
// arms disarms (RETREAT disarm) and refusing to do so is a refusal, never
// military aid. Sentences of our own.
func TestPrec46GiveUpWeapons(t *testing.T) {
	for _, text := range []string{
		"The rebels gave up their weapons to the army on Monday.",
		"The militia said it would give up its weapons once the troops withdrew.",
	} {
		t.Run(text, func(t *testing.T) {
			if n := len(eventsOf(t, text, "2024-06-10", truce.Retreat, "disarm")); n != 1 {
				t.Errorf("%d disarmings, want 1", n)
			}
			if n := len(eventsOf(t, text, "2024-06-10", truce.Aid)); n != 0 {
				t.Errorf("%d aid events, want none", n)
			}
		})
	}
	text := "Hezbollah said it would not give up its weapons while Israel kept striking Lebanon."
	if n := len(eventsOf(t, text, "2024-06-10", truce.Reject, "yield")); n != 1 {
		t.Errorf("%q: %d refusals, want 1", text, n)
	}
	if n := len(eventsOf(t, text, "2024-06-10", truce.Aid)); n != 0 {
		t.Errorf("%q: %d aid events, want none", text, n)
	}
	// Arms given to another state stay military aid.
	if n := len(eventsOf(t, "Poland gave Ukraine fighter jets on Monday.", "2024-06-10", truce.Aid)); n != 1 {
		t.Errorf("arms given to Ukraine: %d aid events, want 1", n)
	}
}

// TestPrec46WalkedInUnopposed checks that armed men going into a place
// "without meeting resistance", with the place and time between verb and
// "without", take it over (COERCE seize). Sentences of our own.
func TestPrec46WalkedInUnopposed(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"walked into", "Taliban fighters walked into Kandahar on Friday without meeting resistance.", "Kandahar"},
		{"rolled into the town of", "Wagner fighters rolled into the town of Kidal on Tuesday without a fight.", "Kidal"},
		{"swept into the port", "Houthi fighters swept into the port of Mocha overnight without encountering any resistance.", "Mocha"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", truce.Coerce, "seize")
			if len(evs) != 1 {
				t.Fatalf("%d seizures, want 1", len(evs))
			}
			if evs[0].Location == nil || evs[0].Location.Name != tt.place {
				t.Errorf("location %+v, want %s", evs[0].Location, tt.place)
			}
		})
	}
	wantNone(t, truce.Coerce, "The minister walked into the meeting on Friday without a word.")
}

// TestPrec46UnknownTownBack checks that "the town" or "the village" names
// again the place the story called "the town of X" when the gazetteer
// does not know X. Texts of our own; the names are made up.
func TestPrec46UnknownTownBack(t *testing.T) {
	tests := []struct{ name, text, typ, place string }{
		{"around the town", "BAMAKO, March 3 - JNIM fighters seized the town of Boulkessi Nord on Monday after clashes with the army. Malian drones struck rebel positions around the town on Tuesday, the army said.", truce.Assault, "Boulkessi Nord"},
		{"in the village", "KHARTOUM, June 9 - RSF fighters stormed the village of Wad Umbaddi on Saturday. Residents said the militia burned homes in the village.", truce.Assault, "Wad Umbaddi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", tt.typ)
			if len(evs) < 2 {
				t.Fatalf("%d events, want 2", len(evs))
			}
			for _, ev := range evs {
				if ev.Location == nil || ev.Location.Name != tt.place {
					t.Errorf("%s location %+v, want %s", ev.Type, ev.Location, tt.place)
				}
			}
		})
	}
}

// TestPrec46IssueComplement checks that an actor named inside what a
// protest is about ("normalisation with Israel", "cuts tied to the IMF
// loan") leaves the protest aimed at the protesters' own government,
// while an actor protested against by name stays the target. Sentences
// of our own.
func TestPrec46IssueComplement(t *testing.T) {
	tests := []struct{ name, text, target string }{
		{"normalisation with", "Hundreds of students blocked roads in Amman, denouncing any normalisation with Israel.", "JORGOV"},
		{"tied to", "Thousands of nurses went on strike in Accra on Monday against pay cuts tied to Ghana's IMF loan.", "GHAGOV"},
		{"deal with", "Farmers marched in Paris against a trade deal with Brazil.", "FRAGOV"},
		{"named itself", "Hundreds of students blocked roads in Amman, denouncing Israel.", "ISRGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", truce.Protest)
			if len(evs) != 1 {
				t.Fatalf("%d protests, want 1", len(evs))
			}
			if len(evs[0].Target) != 1 || evs[0].Target[0].ID != tt.target {
				t.Errorf("target %+v, want %s", evs[0].Target, tt.target)
			}
		})
	}
}

// TestPrec46AnsweredCrowd checks that force told in a relative clause on
// the target of a crowd's act ("youths threw stones at police, who fired
// tear gas") is aimed at that crowd, and so is kept with both its sides.
// Sentences of our own.
func TestPrec46AnsweredCrowd(t *testing.T) {
	tests := []struct{ name, text, source, target string }{
		{"youths and police", "NAIROBI, July 7 - Youths threw stones at police, who fired tear gas.", "KENCOP", "KENPRO"},
		{"young men and riot officers", "TBILISI, Dec 1 - Young men hurled fireworks at riot police, who answered with water cannon.", "GEOCOP", "GEOPRO"},
		{"outside parliament", "ATHENS, March 8 - Hooded youths threw stones at riot police outside parliament, who responded with tear gas.", "GRCCOP", "GRCPRO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", truce.Assault, "crowd-control")
			if len(evs) != 1 {
				t.Fatalf("%d crowd-control assaults, want 1", len(evs))
			}
			if !hasActor(evs[0].Source, tt.source) || !hasActor(evs[0].Target, tt.target) {
				t.Errorf("sides %+v -> %+v, want %s -> %s", evs[0].Source, evs[0].Target, tt.source, tt.target)
			}
		})
	}
}
