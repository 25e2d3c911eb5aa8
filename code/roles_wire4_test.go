package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who acts and who is acted on in constructions met in the fourth round of
// blind wire copy: the people of the two sides the story named ("the two
// countries' foreign ministers met"), captives "held in" a list of
// states, and people "including those of" a list of states. Each text is in the project's own words; a case passes when
// some event of the type runs from source to target (an empty source or
// target is not checked).
func TestRolesWire4(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target string
	}{
		// "the two countries' ministers met": the possessive stands for
		// the pair the story named before.
		{"two countries' defence ministers met",
			"Relations between Kenya and Somalia have soured over a maritime border. On Monday the two countries' defence ministers met in Addis Ababa to ease the row.",
			truce.Consult, "KEN", "SOM"},
		{"the two neighbours' top diplomats signed",
			"Peru and Ecuador have argued for months over fishing rights. On Friday the two neighbours' top diplomats signed a fisheries accord in Santiago.",
			truce.Agree, "PER", "ECU"},
		{"the group named earlier in the sentence",
			"Chad and Sudan agreed to reopen their border on Tuesday, Qatar's foreign ministry said after the two countries' interior ministers met in Doha.",
			truce.Consult, "TCD", "SDN"},
		// "Iranians held in France, Belgium and Italy were freed": each
		// state in the list held and frees them.
		{"captives held in a list of states were freed",
			"Five Iranians held in France, Belgium and Italy were freed on Sunday as part of the exchange.",
			truce.Retreat, "BEL", "IRN"},
		{"captives held in the United States and Canada were released",
			"Three Chinese nationals held in the United States and Canada were released on Tuesday.",
			truce.Retreat, "USA", "CHN"},
		// "Ten defence chiefs, including those of X and Y, condemned": the
		// states the phrase names act, not the nearest of them alone.
		{"ministers including those of two states condemned",
			"Several foreign ministers, including those of Kenya and Ghana, condemned the coup in Niger.",
			truce.Accuse, "GHAGOV", "NER"},
		{"defence chiefs including those of two states",
			"Eight defence chiefs, including those of Chile and Peru, denounced the shelling of Kharkiv by Russia.",
			truce.Accuse, "PERMIL", "RUS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-26")
			for _, ev := range x.Events {
				if tt.typ != "" && ev.Type != tt.typ {
					continue
				}
				if (tt.source == "" || probeActor(ev.Source, tt.source)) && (tt.target == "" || probeActor(ev.Target, tt.target)) {
					return
				}
			}
			var got []string
			for _, ev := range x.Events {
				got = append(got, ev.Type+" "+probeIDs(ev.Source)+" -> "+probeIDs(ev.Target))
			}
			t.Errorf("no %s event from %q to %q; got %v", tt.typ, tt.source, tt.target, got)
		})
	}
}
