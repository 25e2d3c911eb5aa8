package code_test

// Accusations told beside another act: words a speaker says at a rally
// after a comma, a name that charges an act or actor with a war crime,
// and a step told with the failing or meddling it answers.

import (
	"testing"

	"github.com/truce-project/truce"
)

// A speaker's words after "told a rally, …" are the speaker's accusation,
// not what the rally was for; naming a government genocidal alleges a war
// crime.
func TestLex43SpeechAtRally(t *testing.T) {
	for _, c := range []struct{ text, src, tgt string }{
		{"Chile will cut diplomatic ties with Venezuela, President Gabriel Boric told a rally in Santiago on Friday, calling the Venezuelan government genocidal.", "CHL", "VEN"},
		{"Ethiopia's prime minister told a rally in Addis Ababa, calling the Eritrean regime genocidal.", "ETH", "ERI"},
		{"Peru's foreign minister addressed a rally in Lima on Sunday, calling the Bolivian blockade cruel.", "PER", "BOL"},
	} {
		t.Run(c.text[:30], func(t *testing.T) {
			ev := oneAccusation(t, c.text)
			if !prefixActor(ev.Source, c.src) || !prefixActor(ev.Target, c.tgt) {
				t.Errorf("sides in %q: %+v -> %+v, want %s -> %s", c.text, ev.Source, ev.Target, c.src, c.tgt)
			}
		})
	}
	// A crowd's own participle still tells what it marched for.
	text := "Thousands marched through Nairobi on Sunday, demanding the resignation of President William Ruto."
	noAccusation(t, text)
	found := false
	for _, ev := range mustExtract(t, text, "2024-06-01").Events {
		found = found || ev.Type == truce.Protest
	}
	if !found {
		t.Errorf("want the march coded as a protest in %q", text)
	}
}

// Calling an act or actor genocidal, a genocide, a war crime or a crime
// against humanity alleges it (CAMEO 1124); other names of blame only
// disapprove.
func TestLex43NamedWarCrime(t *testing.T) {
	for text, want := range map[string]string{
		"Russia's drones struck a hospital in Kharkiv on Monday. Ukraine's foreign ministry called the strike a war crime.": "allege",
		"Sudan's army called the shelling a genocide.":                                                  "allege",
		"Ukraine's foreign ministry branded the deportations a crime against humanity.":                 "allege",
		"Ethiopia's prime minister told a rally in Addis Ababa, calling the Eritrean regime genocidal.": "allege",
		"Peru's foreign minister called the Bolivian blockade cruel.":                                   "disapprove",
		"Morocco's foreign ministry called the decision regrettable.":                                   "disapprove",
	} {
		t.Run(text[:30], func(t *testing.T) {
			ev := oneAccusation(t, text)
			if ev.Mode != want {
				t.Errorf("mode in %q: %q (CAMEO %s), want %q", text, ev.Mode, ev.CAMEO, want)
			}
		})
	}
}

// A step told with the failing or meddling it answers (", saying X had
// failed to …", ", saying <a long subject> had interfered …") accuses the
// step's target; a bare report of a failure accuses no one.
func TestLex43ReasonOfStep(t *testing.T) {
	for _, c := range []struct{ text, src, tgt, mode string }{
		{"Mali has suspended its membership of ECOWAS, saying the bloc had failed to support it against the jihadists.", "MLI", "ECOWAS", "disapprove"},
		{"Armenia has frozen its participation in the Russian-led alliance, saying the CSTO had done nothing to defend its border.", "ARM", "RUS", "disapprove"},
		{"Ghana expelled the Nigerian ambassador on Tuesday, saying the Nigerian government's envoy in Accra had meddled in the election.", "GHA", "NGA", "allege"},
	} {
		t.Run(c.text[:30], func(t *testing.T) {
			ev := oneAccusation(t, c.text)
			if !prefixActor(ev.Source, c.src) || !prefixActor(ev.Target, c.tgt) || ev.Mode != c.mode {
				t.Errorf("in %q: %+v -> %+v (%s), want %s -> %s (%s)", c.text, ev.Source, ev.Target, ev.Mode, c.src, c.tgt, c.mode)
			}
		})
	}
	noAccusation(t,
		"The army said on Monday the assault had failed to dislodge the rebels from the town.",
		"Police in Lagos said the raid had failed to find the weapons.",
	)
}

// An accusation of breaking a truce or a law, told after the report of an
// attack, is a charge of its own; "blaming X" or "accusing X of carrying
// out the raid" only names who did the attack.
func TestLex43ChargeOfBreach(t *testing.T) {
	for _, c := range []struct{ text, src, tgt string }{
		{"Shells hit a village near the border on Sunday, Armenia's defence ministry said, accusing Azerbaijan of violating the truce.", "ARM", "AZE"},
		{"Rockets struck the town of Kotli overnight, Pakistan's army said, accusing India of flagrantly breaching the ceasefire.", "PAK", "IND"},
	} {
		t.Run(c.text[:30], func(t *testing.T) {
			ev := oneAccusation(t, c.text)
			if !prefixActor(ev.Source, c.src) || !prefixActor(ev.Target, c.tgt) {
				t.Errorf("sides in %q: %+v -> %+v, want %s -> %s", c.text, ev.Source, ev.Target, c.src, c.tgt)
			}
		})
	}
	noAccusation(t,
		"A bomb killed four soldiers in Kidal, the army said, blaming separatist rebels.",
		"Gunmen killed six villagers in Zamfara on Friday, police said, accusing bandits of carrying out the raid.",
	)
}

// Words of blame in an apposition that names back the act just told ("…,
// a move that Serbia condemned as a provocation") are an accusation by
// the apposition's speaker against the act's doer, told as news even
// after a clause of what would happen; a negated one is no accusation.
func TestLex43DeedApposition(t *testing.T) {
	for _, c := range []struct{ text, src, tgt string }{
		{"Kosovo opened a border crossing with Albania on Monday, a move that Serbia's foreign minister condemned as a provocation.", "SRB", "XKX"},
		{"Guyana and Brazil signed a border treaty on Friday that would open a new road, a deal that Venezuela's government swiftly denounced as theft.", "VEN", "GUY"},
		{"Lithuania expelled two Russian diplomats on Friday, a step Moscow called a hostile act.", "RUS", "LTU"},
	} {
		t.Run(c.text[:30], func(t *testing.T) {
			ev := oneAccusation(t, c.text)
			if !prefixActor(ev.Source, c.src) || !prefixActor(ev.Target, c.tgt) || ev.Status != truce.StatusReported {
				t.Errorf("in %q: %+v -> %+v (%s), want %s -> %s, reported", c.text, ev.Source, ev.Target, ev.Status, c.src, c.tgt)
			}
		})
	}
	text := "Poland closed the crossing with Belarus, a step Berlin did not criticise."
	for _, ev := range eventsOf(t, text, "2024-06-01", truce.Accuse) {
		if ev.Status == truce.StatusReported {
			t.Errorf("want no reported accusation in %q, got %+v", text, ev)
		}
	}
}

// oneAccusation returns the one accusation coded from text, or fails.
func oneAccusation(t *testing.T, text string) truce.Event {
	t.Helper()
	evs := eventsOf(t, text, "2024-06-01", truce.Accuse)
	if len(evs) != 1 {
		t.Fatalf("want one accusation in %q, got %+v", text, evs)
	}
	return evs[0]
}

// noAccusation fails for each of texts that codes an accusation.
func noAccusation(t *testing.T, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if evs := eventsOf(t, text, "2024-06-01", truce.Accuse); len(evs) != 0 {
			t.Errorf("want no accusation in %q, got %+v", text, evs)
		}
	}
}
