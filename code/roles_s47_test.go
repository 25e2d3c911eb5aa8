package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A bare definite title opening its sentence ("The foreign ministry said
// it would …", "The military said …") is the organ of the state whose organ
// of that kind acted just before, not of a place its own sentence names; a
// title with its own place ("the government in Port Sudan") keeps it.
func TestOrganBeforeS47(t *testing.T) {
	tests := []struct{ text, typ, want, not string }{
		{"Ghana said on Monday it was closing its embassy in Lome. The foreign ministry said it would also recall its ambassador from Niger.", truce.Sanction, "GHAGOV", "TGOGOV"},
		{"Indian troops shot dead five militants in a gunfight near Kupwara, the army said. The military said the attackers had crossed from Pakistan and urged Islamabad to act.", truce.Request, "INDMIL", "PAKMIL"},
		{"Washington imposed sanctions on Sudan's army on Thursday. The government in Port Sudan rejected the sanctions as blackmail.", truce.Reject, "SDNGOV", "USAGOV"},
	}
	for _, tt := range tests {
		evs := eventsOf(t, tt.text, "2024-03-01", tt.typ)
		if len(evs) == 0 {
			t.Fatalf("no %s event from %q", tt.typ, tt.text)
		}
		ev := evs[len(evs)-1]
		if !hasActor(ev.Source, tt.want) || hasActor(ev.Source, tt.not) {
			t.Errorf("%q: sources %s, want %s and not %s", tt.text, probeIDs(ev.Source), tt.want, tt.not)
		}
	}
}

// "…, the army said. It said it would …": the pronoun goes on with the body
// that closed the sentence before, not with the attackers it opened with.
func TestItSaidSpeakerS47(t *testing.T) {
	text := "Gunmen killed 12 soldiers at a border post near Dori, the army said. It said it would send reinforcements to the region."
	evs := eventsOf(t, text, "2024-03-01", truce.Mobilize)
	if len(evs) == 0 {
		t.Fatalf("no deployment from %q", text)
	}
	if !hasActor(evs[0].Source, "BFAMIL") || hasActor(evs[0].Source, "BFAREB") {
		t.Errorf("sources %s, want the army, not the gunmen", probeIDs(evs[0].Source))
	}
}
