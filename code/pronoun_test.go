package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Pronouns take the actor the text makes clear, and no other.
func TestPronouns(t *testing.T) {
	tests := []struct {
		name, text, typ, source string
	}{
		{"opens the next sentence", "Hamas denied any role in the shooting. It said it remained committed to the ceasefire.", truce.Retreat, "HAMAS"},
		{"after a verb of saying", "The M23 said on Sunday it had shelled army positions near Goma with mortars.", truce.Assault, "M23"},
		{"object pronoun after a participle", "Ethiopia expelled seven UN officials on Thursday, accusing them of meddling in its internal affairs.", truce.Accuse, "ETH"},
		{"shares a coordinated verb's subject", "Sudan's army rejected the truce proposal, and said it would keep fighting the RSF in Darfur.", truce.Reject, "SDNMIL"},
		{"after the agency that a later sentence names", "The agency said on Thursday it had delivered 25 tonnes of vaccines and medical supplies to Kandahar. The shipment was its largest this year, UNICEF added.", truce.Aid, "UNICEF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if ev.Type != tt.typ {
					continue
				}
				if tt.source == "" || hasActor(ev.Source, tt.source) {
					return
				}
				t.Errorf("source = %+v, want %s", ev.Source, tt.source)
				return
			}
			t.Errorf("no %s event in %+v", tt.typ, x.Events)
		})
	}
}

// An expletive "it" and an object pronoun stand for no one.
func TestPronounsLeftAlone(t *testing.T) {
	x := mustExtract(t, "It is unclear who fired the rockets at Sderot on Monday.", "2025-10-22")
	for _, ev := range x.Events {
		for _, a := range ev.Source {
			if a.Text == "It" {
				t.Errorf("expletive it taken as an actor: %+v", ev)
			}
		}
	}
}

// Who reports an event, when the text names the reporter away from it:
// again by a noun, in the sentence before, or by a descriptive name.
func TestReportedByAway(t *testing.T) {
	tests := []struct {
		name, text, typ, by string
	}{
		{"the agency is the UN body the next sentence names",
			"The agency said on Thursday it had delivered 25 tonnes of vaccines and medical supplies to Kandahar. The shipment was its largest this year, UNICEF added.",
			truce.Aid, "UNICEF"},
		{"the report goes on with the reporter before",
			"The UN human rights office said in a report on Thursday that soldiers had shot dead 30 villagers in Tillaberi. The report also found that soldiers had raped 14 women in the same district.",
			truce.Assault, "UN"},
		{"the group is the movement named before",
			"Police in Karachi detained 20 members of the Baloch Yakjehti Committee at a rally on Sunday, the group said.",
			"", "PAKPRO"},
		{"a watchdog named by what it watches",
			"Inspectors from the chemical weapons watchdog concluded that Syrian government forces dropped a chlorine bomb on Latamneh in 2017.",
			truce.Assault, "OPCW"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			n := 0
			for _, ev := range x.Events {
				if tt.typ != "" && ev.Type != tt.typ {
					continue
				}
				n++
				// Every such event the text tells carries the reporter.
				if ev.ReportedBy == nil || ev.ReportedBy.ID != tt.by {
					t.Errorf("reported_by = %+v, want %s in %+v", ev.ReportedBy, tt.by, ev)
				}
			}
			if n == 0 {
				t.Errorf("no %s event in %+v", tt.typ, x.Events)
			}
		})
	}
}
