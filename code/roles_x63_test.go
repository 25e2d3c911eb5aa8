package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// x63Case is a sentence, the type of the event it must code, and the ids
// the two sides must be (in either order) and, where set, an id no side
// may be.
type x63Case struct {
	text, typ, a, b, not string
}

// x63CheckPair runs x63Case sentences: one event of the type, whose source
// and target are the two sides, one each, in either order.
func x63CheckPair(t *testing.T, tests []x63Case) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-05-01", tt.typ)
			if len(evs) == 0 {
				t.Fatalf("want a %s, got %+v", tt.typ, mustExtract(t, tt.text, "2024-05-01").Events)
			}
			ev := evs[len(evs)-1]
			src, tgt := ev.Source, ev.Target
			if !(hasActor(src, tt.a) && hasActor(tgt, tt.b) || hasActor(src, tt.b) && hasActor(tgt, tt.a)) {
				t.Errorf("sides %v / %v, want %s and %s", probeIDs(src), probeIDs(tgt), tt.a, tt.b)
			}
			if tt.not != "" && (hasActor(src, tt.not) || hasActor(tgt, tt.not)) {
				t.Errorf("sides %v / %v hold %s", probeIDs(src), probeIDs(tgt), tt.not)
			}
		})
	}
}

// TestRolesX63CollectiveSides checks that a collective subject ("the two",
// "both sides", "the two sides") of a mutual act stands for the two actors
// of the act told just before, not for the speaker who reports it nor for
// a thing in the object; sentences of our own.
func TestRolesX63CollectiveSides(t *testing.T) {
	x63CheckPair(t, []x63Case{
		{"Kenya's foreign minister flew to Addis Ababa on Tuesday for talks with his Ethiopian counterpart, and the two agreed to open a joint customs post at Moyale.",
			truce.Agree, "KENGOV", "ETHGOV", ""},
		{"Armenia's prime minister met Azerbaijan's president in Brussels on Sunday. The two also agreed to reopen rail links, the European Council said.",
			truce.Agree, "ARMGOV", "AZEGOV", ""},
		{"Peru's president held talks with Bolivia's president in La Paz on Monday. The two sides agreed to set up a joint river commission.",
			truce.Agree, "PERGOV", "BOLGOV", ""},
		// The envoy who tells of the acceptance is no side of it.
		{"Talks between the Sudanese army and the Rapid Support Forces resumed in Jeddah on Friday. A Saudi envoy said both sides had accepted a week-long truce.",
			truce.Agree, "SDNMIL", "RSF", "SAUGOV"},
	})
}

// TestRolesX63GroupWithin checks that a bare armed noun placed "inside" or
// "within" a named armed group codes as that group; sentences of our own.
func TestRolesX63GroupWithin(t *testing.T) {
	tests := []struct {
		text, tgt, not string
	}{
		{"The Kurdistan Regional Government blamed armed groups inside the Popular Mobilization Forces for the drone strikes.", "PMF", "IRQREB"},
		{"Kenya blamed armed factions within al Shabaab for the raid on the border post.", "ALSHABAAB", "KENREB"},
		{"Colombia's defence minister blamed units within the ELN for the bombing.", "ELN", "COLMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-05-01", truce.Accuse)
			if len(evs) != 1 {
				t.Fatalf("want one ACCUSE, got %+v", mustExtract(t, tt.text, "2024-05-01").Events)
			}
			if !hasActor(evs[0].Target, tt.tgt) || hasActor(evs[0].Target, tt.not) {
				t.Errorf("target %v, want %s (not %s)", probeIDs(evs[0].Target), tt.tgt, tt.not)
			}
		})
	}
}
