package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A ceasefire a rebel group declares on its own is aimed at its state.
func TestPrec54RebelTruceAimedAtTheState(t *testing.T) {
	for _, c := range []struct{ text, cc string }{
		{"The Karen National Union declared a three-day ceasefire on Friday so that flood victims could be reached.", "MMR"},
		{"The ELN announced a unilateral truce over the Christmas holidays.", "COL"},
		{"Maoist rebels in the east ambushed a police convoy on Monday, killing three officers. The Communist Party of the Philippines later declared a ceasefire for the new year.", "PHL"},
	} {
		evs := eventsOf(t, c.text, "2024-05-01", truce.Concede, "ceasefire")
		if len(evs) == 0 {
			t.Errorf("%q: no ceasefire", c.text)
			continue
		}
		for _, ev := range evs {
			if len(ev.Target) != 1 || ev.Target[0].ID != c.cc+"GOV" {
				t.Errorf("%q: target %v, want %sGOV", c.text, prec54Ids(ev.Target), c.cc)
			}
		}
	}
}

// A ceasefire with the other side named keeps that side.
func TestPrec54NamedTruceSideKept(t *testing.T) {
	for _, ev := range eventsOf(t, "The Karen National Union declared a ceasefire with the army on Friday.", "2024-05-01", truce.Concede, "ceasefire") {
		for _, a := range ev.Target {
			if a.ID == "MMRGOV" {
				t.Errorf("target %v, want the army named", prec54Ids(ev.Target))
			}
		}
	}
}

// "sentenced" is no verb of moving people: "a teacher from Munich" is
// German when a Turkish court sentences them.
func TestPrec54SentencedFromPlace(t *testing.T) {
	for _, c := range []struct{ text, cc string }{
		{"A court in Ankara sentenced a teacher from Munich to three years in prison on Monday.", "DEU"},
		{"A court in Tehran sentenced two journalists from Sweden to death on Sunday.", "SWE"},
		{"A military court in Rangoon sentenced a doctor from Thailand to ten years.", "THA"},
	} {
		evs := eventsOf(t, c.text, "2024-05-01", truce.Accuse)
		if len(evs) == 0 {
			t.Errorf("%q: no sentence coded", c.text)
		}
		for _, ev := range evs {
			if len(ev.Target) == 0 || ev.Target[0].Country != c.cc {
				t.Errorf("%q: target %v, want people of %s", c.text, prec54Ids(ev.Target), c.cc)
			}
		}
	}
}

// An offensive being prepared is planned, however the tagger reads it.
func TestPrec54PreparedOffensivePlanned(t *testing.T) {
	for _, text := range []string{
		"Israel is preparing an offensive in Rafah.",
		"Russia is preparing a large offensive in the east, Ukrainian officials said.",
		"Rebels were preparing a fresh offensive against Kidal, residents said.",
	} {
		evs := eventsOf(t, text, "2024-05-01", truce.Assault)
		if len(evs) == 0 {
			t.Errorf("%q: no offensive", text)
		}
		for _, ev := range evs {
			if ev.Status != "planned" {
				t.Errorf("%q: status %q, want planned", text, ev.Status)
			}
		}
	}
}

// "was taken as a human shield by": the subject is the target.
func TestLex54PassiveHumanShield(t *testing.T) {
	for _, c := range []struct{ text, cc string }{
		{"A village elder was taken as a human shield by the rebels in Kidal.", "MLI"},
		{"Dozens of farmers were used as human shields by Islamic State fighters near Mosul.", "IRQ"},
		{"Civilians were held as human shields by the militants in Marawi, the army said.", "PHL"},
	} {
		evs := eventsOf(t, c.text, "2024-05-01", truce.Assault, "abduct")
		if len(evs) == 0 {
			t.Errorf("%q: no event", c.text)
		}
		for _, ev := range evs {
			if len(ev.Target) == 0 || ev.Target[0].Country != c.cc || len(ev.Source) == 0 {
				t.Errorf("%q: %v -> %v, want the armed group against people of %s", c.text, prec54Ids(ev.Source), prec54Ids(ev.Target), c.cc)
			}
		}
	}
}
