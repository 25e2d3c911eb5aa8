package code_test

import "testing"

// gsr26SourceIDs returns the source ids of the events of type typ in text.
func gsr26SourceIDs(t *testing.T, text, typ string) []string {
	t.Helper()
	var out []string
	for _, ev := range eventsOf(t, text, "2024-03-01", typ) {
		for _, a := range ev.Source {
			out = append(out, a.ID)
		}
	}
	return out
}

// A bare span of time after "after" opens no clause: the purpose clause
// past it keeps the main clause's subject.
func TestGsr26AfterSpanKeepsSubject(t *testing.T) {
	cases := []struct{ text, typ, want string }{
		{"Turkey opened the crossing after three months to allow the delivery of medicine to Syria.", "RETREAT", "TURGOV"},
		{"Kenya reopened its embassy in Mogadishu after two decades to restore ties with Somalia.", "SUPPORT", "KENGOV"},
	}
	for _, c := range cases {
		got := gsr26SourceIDs(t, c.text, c.typ)
		if len(got) == 0 || got[0] != c.want {
			t.Errorf("%q: %s sources %v, want %s", c.text, c.typ, got, c.want)
		}
	}
}

// "after" before a clause still breaks: the clause after it keeps its own
// subject.
func TestGsr26AfterSpanStillBreaks(t *testing.T) {
	text := "The rebels attacked the convoy after the army shelled their camp."
	var shelled bool
	for _, ev := range eventsOf(t, text, "2024-03-01", "ASSAULT") {
		for _, a := range ev.Source {
			if a.Name == "military" {
				shelled = true
			}
		}
	}
	if !shelled {
		t.Errorf("%q: the shelling lost its maker", text)
	}
}
