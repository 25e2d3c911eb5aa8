package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Definite descriptions that point back to an actor named before, as blind
// wire copy writes them: an organisation repeated by the last noun of its
// name ("the Revolutionary Guards … The Guards said"). Each text is in the
// project's own words; a case passes when some event of the type runs from
// source to target (an empty source or target is not checked).
func TestCorefWire(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target string
	}{
		// The last noun of an organisation's name, after "the", repeats it.
		{"the Guards after the Revolutionary Guards",
			"Iran's Revolutionary Guards launched drones at Kurdish militant bases in northern Iraq on Tuesday. The Guards accused Baghdad of sheltering the militants.",
			truce.Accuse, "IRNMIL", "IRQGOV"},
		{"the front after a liberation front",
			"The Tigray People's Liberation Front said on Monday it would attend talks in Nairobi. The front accused Addis Ababa of blocking aid convoys.",
			truce.Accuse, "TPLF", "ETHGOV"},
		{"the party as object after its full name",
			"Turkish police detained dozens of members of the Kurdistan Workers' Party in raids across Istanbul on Friday. Ankara accused the party of planning bombings.",
			truce.Accuse, "TURGOV", "PKK"},
		// A body a state leads or backs ("the Saudi-led coalition") is that
		// state's when "the coalition" later speaks through "it".
		{"the coalition two sentences after a state-led coalition",
			"Jets from a UAE-led coalition bombed rebel camps outside Hodeidah on Monday. Aid convoys were turned back at the port. The coalition said it would halt all military operations around the port.",
			truce.Retreat, "ARE", ""},
		{"the coalition announcing a deployment after a US-led coalition",
			"A US-led coalition began air strikes on Islamic State hideouts near Deir ez-Zor on Sunday. The coalition said it would deploy 500 more troops to the region.",
			truce.Mobilize, "USA", ""},
		// "The ministers" opening a sentence after "Arab League foreign
		// ministers …" are the same people, not some state's ministers.
		{"the ministers after a body's ministers",
			"Arab League foreign ministers met in Cairo on Sunday to discuss the war in Sudan. The ministers urged the army and the RSF to agree a ceasefire.",
			truce.Request, "ARABLEAGUE", "RSF"},
		{"the envoys after a council's envoys",
			"Gulf Cooperation Council envoys arrived in Muscat on Tuesday for talks on shipping. The envoys demanded that Iran free the seized tanker.",
			truce.Request, "GCC", "IRN"},
		// "both sides", "the two delegations" as a verb's object are the
		// two actors named together before, in the sentence or up to two
		// sentences back.
		{"both sides two sentences after the pair",
			"Armenia and Azerbaijan signed a border deal in Almaty on Friday. The deal sets up a joint commission. Kazakh President Kassym-Jomart Tokayev urged both sides to free their prisoners.",
			truce.Request, "KAZGOV", "AZE"},
		{"the two delegations after a pair in the sentence",
			"Kenyan President William Ruto hosted Ethiopian and Eritrean envoys in Nairobi, urging the two delegations to reopen the border.",
			truce.Request, "KENGOV", "ERIGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
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

// A noun that only ends a name is no repetition of it where it names a
// place or qualifies another noun: "the front line" after a front.
func TestCorefWireNot(t *testing.T) {
	text := "The Polisario Front said on Sunday that Moroccan troops had shelled its positions. Fighting continued along the front line near Mahbes."
	x := mustExtract(t, text, "2025-10-22")
	for _, ev := range x.Events {
		if ev.Evidence.Sentence != "" && probeActor(ev.Source, "POLISARIO") && ev.Evidence.Start > 80 {
			t.Errorf("front line taken for the front: %s %s -> %s", ev.Type, probeIDs(ev.Source), probeIDs(ev.Target))
		}
	}
}
