package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// prec48HasID reports whether some actor in as has id id.
func prec48HasID(as []truce.Actor, id string) bool {
	for _, a := range as {
		if a.ID == id {
			return true
		}
	}
	return false
}

// TestPrec48DemonymCapitalHit checks that an attack whose object is "the
// <demonym> capital" hits that capital's people, with the capital as its
// place, even with a word of time right after "capital"; and that the
// capital as the subject of a clause codes no attack. Sentences of our
// own.
func TestPrec48DemonymCapitalHit(t *testing.T) {
	tests := []struct{ name, text, target, place string }{
		{"attacked", "Rebels attacked the Malian capital on Sunday.", "MLICVL", "Bamako"},
		{"raided", "Jihadists raided the Burkinabe capital at dawn.", "BFACVL", "Ouagadougou"},
		{"stormed overnight", "Insurgents stormed the Somali capital overnight.", "SOMCVL", "Mogadishu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", truce.Assault)
			if len(evs) == 0 {
				t.Fatalf("no attack coded")
			}
			if !prec48HasID(evs[0].Target, tt.target) {
				t.Errorf("target %+v, want %s", evs[0].Target, tt.target)
			}
			if loc := evs[0].Location; loc == nil || loc.Name != tt.place {
				t.Errorf("location %+v, want %s", loc, tt.place)
			}
		})
	}
	wantNone(t, truce.Assault, "Officials said the Malian capital was calm on Sunday.")
}

// TestPrec48DoerlessDisplacement checks that "forced … from their homes"
// with a doer named codes an expulsion of the people forced out, and that
// floods or fighting forcing people from their homes code none, nor does
// "forced a jet flying from … to land". Sentences of our own.
func TestPrec48DoerlessDisplacement(t *testing.T) {
	tests := []struct{ name, text, source, target string }{
		{"forced out", "Militiamen forced out more than 2,000 villagers from their homes in Darfur.", "SDNMLT", "SDNCVL"},
		{"forced out, date between", "The Myanmar army forced out on Monday hundreds of Rohingya families from their villages in Rakhine state.", "MMRMIL", "MMRCVL"},
		{"forced from", "Sudanese soldiers forced 3,000 displaced people from their camp near Kassala.", "SDNMIL", "SDNREF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", truce.Coerce, "deport")
			if len(evs) == 0 {
				t.Fatalf("no expulsion coded")
			}
			if !prec48HasID(evs[0].Source, tt.source) || !prec48HasID(evs[0].Target, tt.target) {
				t.Errorf("got %+v -> %+v, want %s -> %s", evs[0].Source, evs[0].Target, tt.source, tt.target)
			}
		})
	}
	wantNone(t, truce.Coerce,
		"Floods forced thousands of people from their homes in Bangladesh.",
		"The fighting has forced more than 50,000 people from their homes, the UN said.",
		"Minsk forced a jet flying from Athens to Vilnius to land.")
}

// TestPrec48ReadyToImpose checks that readiness to impose martial law, a
// state of emergency or a curfew is a threat of it, not the act itself,
// while imposing it is still the act. Sentences of our own.
func TestPrec48ReadyToImpose(t *testing.T) {
	for _, text := range []string{
		"The president said he is ready to impose martial law in the province.",
		"The army said it was prepared to declare a state of emergency in the north.",
		"Lima's interior minister said the government stood ready to impose a curfew in the southern regions.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-06-10", truce.Threaten); len(evs) == 0 {
				t.Errorf("no threat coded")
			}
			for _, ev := range mustExtract(t, text, "2024-06-10").Events {
				if ev.Type == truce.Coerce || ev.Type == truce.Agree {
					t.Errorf("got %s %s", ev.Type, ev.Mode)
				}
			}
		})
	}
	if evs := eventsOf(t, "The prime minister imposed martial law in the province on Monday.", "2024-06-10", truce.Coerce); len(evs) == 0 {
		t.Errorf("martial law imposed: no COERCE")
	}
}

// TestPrec48Eviction checks that evictions by the state's forces code an
// expulsion of the people evicted. Sentences of our own.
func TestPrec48Eviction(t *testing.T) {
	tests := []struct{ text, source, target string }{
		{"Police evicted hundreds of families from a settlement in Lagos on Tuesday.", "NGACOP", "NGACVL"},
		{"Kenyan authorities forcibly evicted thousands of residents from a forest in the Rift Valley.", "KENGOV", "KENCVL"},
		{"Soldiers are evicting farmers from their land in northern Ethiopia, residents said.", "ETHMIL", "ETHCVL"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", truce.Coerce, "deport")
			if len(evs) == 0 {
				t.Fatalf("no eviction coded")
			}
			if !prec48HasID(evs[0].Source, tt.source) || !strings.HasPrefix(evs[0].Target[0].ID, tt.target[:3]) {
				t.Errorf("got %+v -> %+v, want %s -> %s", evs[0].Source, evs[0].Target, tt.source, tt.target)
			}
		})
	}
}

// TestPrec48StabbedCounted checks that the people a stabbing counts are
// its wounded, and its dead when stabbed "to death". Sentences of our
// own.
func TestPrec48StabbedCounted(t *testing.T) {
	tests := []struct {
		text          string
		dead, wounded int
	}{
		{"Militants stabbed three policemen in Kashgar.", 0, 3},
		{"A man stabbed two pupils and a teacher outside a school in Lyon.", 0, 3},
		{"Militants stabbed two policemen to death in Kashgar.", 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", truce.Assault)
			if len(evs) == 0 {
				t.Fatalf("no attack coded")
			}
			ev := evs[0]
			if got := ev.Injuries; tt.wounded > 0 && (got == nil || got.Min != tt.wounded) || tt.wounded == 0 && got != nil {
				t.Errorf("injuries %+v, want %d", got, tt.wounded)
			}
			if got := ev.Fatalities; tt.dead > 0 && (got == nil || got.Min != tt.dead) || tt.dead == 0 && got != nil {
				t.Errorf("fatalities %+v, want %d", got, tt.dead)
			}
		})
	}
}
