package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Status over constructions from blind wire copy, second round, in
// sentences of our own: one party to a pact telling what "the two sides"
// had agreed reports a joint decision it shares, and accuses no one.
// The event checked is the last one of its type, preferring a later
// sentence.
func TestStatusWire2(t *testing.T) {
	tests := []struct {
		name, text, typ, status string
	}{
		{"the two sides had agreed", "Kazakh President Kassym-Jomart Tokayev and his Uzbek counterpart Shavkat Mirziyoyev signed a water-sharing accord in Tashkent on Monday. Mirziyoyev said the two sides had also agreed to open a new rail crossing next year.", truce.Agree, truce.StatusReported},
		{"both countries had agreed", "Ghana and Togo signed a border pact in Lome on Friday. Togo's foreign minister said both countries had agreed to share intelligence on smugglers.", truce.Agree, truce.StatusReported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := mustExtract(t, tt.text, "2025-11-20").Events
			var ev *truce.Event
			for k := range evs {
				if evs[k].Type == tt.typ && (evs[k].Evidence.Start > 0 || ev == nil) {
					ev = &evs[k]
				}
			}
			if ev == nil {
				t.Fatalf("no %s event in %q", tt.typ, tt.text)
			}
			if ev.Status != tt.status {
				t.Errorf("status = %q, want %q", ev.Status, tt.status)
			}
		})
	}
}

// A negation inside a condition ("if the siege is not lifted") tells no
// act undone: the act is only the condition of a threat, and is coded
// hypothetical, or not at all.
func TestStatusWire2NegatedCondition(t *testing.T) {
	tests := []struct {
		name, text, typ string
	}{
		{"if the blockade was not lifted", "The militia said on Monday it would resume attacks on shipping in the Red Sea if the blockade of the port was not lifted within a week.", truce.Concede},
		{"if troops were not withdrawn", "Kurdish commanders threatened to quit the alliance if Turkish troops were not withdrawn from Afrin by Friday.", truce.Retreat},
		{"if aid was not allowed", "The rebel leader said his men would storm the town if convoys of food were not allowed to enter within two days.", truce.Retreat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ev := eventOfType(mustExtract(t, tt.text, "2025-11-20"), tt.typ); ev != nil && ev.Status != truce.StatusHypothetical {
				t.Errorf("%s event with status %q in %q, want none or hypothetical", tt.typ, ev.Status, tt.text)
			}
		})
	}
}

// A police command or commander speaks for the police, not the army,
// whatever rank the officer bears: "the state police command said", "the
// regional police commander, Colonel X, said". A city's council speaks
// for the state that governs the city; reporters' channels and
// newspapers are media.
func TestReporterWire2(t *testing.T) {
	tests := []struct {
		name, text, typ, by string
	}{
		{"police commander, Colonel X", "Gunmen attacked a police station in the Colombian city of Cali on Monday, killing two officers, the regional police commander, Colonel Juan Pérez, said.", truce.Assault, "COLCOP"},
		{"the city council said", "A Russian missile strike on Tuesday destroyed a school in Kharkiv where hundreds of people had been sheltering, the city council said.", truce.Assault, "UKRGOV"},
		{"the municipal council said", "A Russian drone hit a hospital in Kherson on Friday, killing two nurses, the municipal council said.", truce.Assault, "UKRGOV"},
		{"their newspapers said", "Plainclothes officers beat two reporters covering the protest in Minsk on Sunday, their newspapers said.", truce.Assault, "BLRMED"},
		{"the State Police Command said", "A mob beat to death a pastor in the Nigerian city of Kano on Saturday, the Kano State Police Command said.", truce.Assault, "NGACOP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := eventOfType(mustExtract(t, tt.text, "2025-11-20"), tt.typ)
			if ev == nil {
				t.Fatalf("no %s event in %q", tt.typ, tt.text)
			}
			if ev.ReportedBy == nil || ev.ReportedBy.ID != tt.by {
				t.Errorf("reported_by = %+v, want %s", ev.ReportedBy, tt.by)
			}
		})
	}
}
