package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// rolesX71Srcs returns the source ids of the events of type typ in text.
func rolesX71Srcs(t *testing.T, text, typ string) [][]string {
	t.Helper()
	var out [][]string
	for _, ev := range eventsOf(t, text, "2024-03-01", typ) {
		ids := []string{}
		for _, a := range ev.Source {
			ids = append(ids, a.ID)
		}
		out = append(out, ids)
	}
	return out
}

// A perfect verb joined by "and" to an earlier perfect shares its subject,
// not the object named just before the "and".
func TestRolesX71JoinedPerfectSharesSubject(t *testing.T) {
	cases := []struct{ text, typ, src string }{
		{"The Ghanaian government has refused to recognise Togo's new leader, Faure Gnassingbe, and has called his election a coup.", truce.Accuse, "GHAGOV"},
		{"Argentina has declined to recognise Bolivia's interim leader, Jeanine Anez, and has condemned the takeover as illegal.", truce.Accuse, "ARGGOV"},
		{"The bloc said the Guinean junta had made little progress on the transition and had refused to let its mediator meet the jailed president.", truce.Reject, "GINGOV"},
	}
	for _, c := range cases {
		srcs := rolesX71Srcs(t, c.text, c.typ)
		if len(srcs) == 0 {
			t.Errorf("%q: no %s event", c.text, c.typ)
			continue
		}
		for _, s := range srcs {
			if len(s) == 0 || s[0] != c.src {
				t.Errorf("%q: %s source %v, want %s", c.text, c.typ, s, c.src)
			}
		}
	}
}

// The agent of a passive verb of motion stands past the particle and
// where the people were taken: "were led away into the hills by bandits".
func TestRolesX71AgentPastMotion(t *testing.T) {
	cases := []struct{ text, src string }{
		{"About 20 traders were led away into the hills by bandits near Gusau on Tuesday.", "NGACRM"},
		{"Witnesses said about 30 villagers were led away into the forest by the gunmen after the raid in Zamfara state.", "NGAREB"},
		{"Two aid workers were bundled into a pickup by gunmen near Gao.", "MLIREB"},
	}
	for _, c := range cases {
		evs := eventsOf(t, c.text, "2024-03-01", truce.Assault, "abduct")
		if len(evs) == 0 {
			t.Errorf("%q: no abduction", c.text)
			continue
		}
		if len(evs[0].Source) == 0 || evs[0].Source[0].ID != c.src {
			t.Errorf("%q: source %v, want %s", c.text, evs[0].Source, c.src)
		}
	}
}
