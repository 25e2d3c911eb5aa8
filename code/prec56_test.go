package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A sentence that ranks an act told before ("It was the third …") tells
// no act of its own; the act it ranks is still coded where it is told.
func TestPrec56RankingSentence(t *testing.T) {
	wantNone(t, truce.Assault,
		"It was the third rocket attack on the base this month, after a drone strike in May.",
		"It was the first time soldiers had been killed in the province since the truce began.",
		"This is the deadliest raid on a village in the region since the militia took up arms.",
	)
	wantNone(t, truce.Agree, "It is the second armed group to sign such a pact this year.")
	text := "KANDAHAR, May 6 - Militants fired rockets at an army base near Kandahar on Monday, killing two soldiers. " +
		"It was the third rocket attack on the base this month, after a mortar strike on its gate in April."
	if got := eventsOf(t, text, "2024-05-06", truce.Assault); len(got) != 1 {
		t.Errorf("got %d ASSAULT events, want the one rocket attack", len(got))
	}
}

// The gerund a verb of stopping takes names an act that is not done.
func TestPrec56StoppedGerund(t *testing.T) {
	wantNone(t, truce.Assault,
		"The general said his troops would stop shelling the town at noon.",
		"The militia refrained from attacking the convoy as it crossed the bridge.",
		"Rebel commanders promised to cease bombing the airport once talks began.",
	)
	text := "Hundreds of women chanting \"stop killing our sons\" marched through Quetta on Sunday."
	if got := eventsOf(t, text, "2024-03-01", truce.Assault); len(got) != 0 {
		t.Errorf("got %d ASSAULT events from a chanted slogan", len(got))
	}
	if got := eventsOf(t, text, "2024-03-01", truce.Protest); len(got) == 0 {
		t.Error("the march is no longer coded")
	}
	if got := eventsOf(t, "The army kept shelling the town on Monday, killing four civilians.", "2024-03-01", truce.Assault); len(got) == 0 {
		t.Error("shelling that goes on is no longer coded")
	}
}

// The fight an attack sets off is that attack going on, across a span
// ("hours of") or a time clause ("while …") that stands between.
func TestPrec56SparkedFight(t *testing.T) {
	for _, text := range []string{
		"Gunmen attacked a police station in Kandahar on Monday while the governor was visiting the city, setting off a three-hour gun battle with officers.",
		"Rebels attacked army posts along the river overnight, setting off hours of heavy exchanges of fire, officials said.",
		"Militants stormed a checkpoint outside Mosul at dawn as soldiers were changing shifts, sparking a gunfight that lasted until noon.",
	} {
		if got := eventsOf(t, text, "2024-03-01", truce.Assault); len(got) != 1 {
			t.Errorf("%q: got %d ASSAULT events, want one", text, len(got))
		}
	}
	text := "Rebels attacked army posts along the river overnight. On Tuesday troops shelled rebel positions in the hills, killing six fighters."
	if got := eventsOf(t, text, "2024-03-01", truce.Assault); len(got) != 2 {
		t.Errorf("%q: got %d ASSAULT events, want the attack and the shelling", text, len(got))
	}
}

// People freed are told by how they came to be held; that capture is no
// act of the news. A capture with its own subject still is.
func TestPrec56FreedCaptives(t *testing.T) {
	for _, text := range []string{
		"The authorities freed more than 300 people detained during the unrest on Monday, and opposition leaders welcomed the move.",
		"Within a day the gunmen released 14 travellers, among them two nurses kidnapped on the Abuja highway.",
		"A court in Bamako ordered the release of six journalists on Monday who had been arrested in January.",
	} {
		if got := eventsOf(t, text, "2024-03-01", truce.Coerce, "arrest"); len(got) != 0 {
			t.Errorf("%q: got %d arrests", text, len(got))
		}
		if got := eventsOf(t, text, "2024-03-01", truce.Assault, "abduct"); len(got) != 0 {
			t.Errorf("%q: got %d abductions", text, len(got))
		}
		if got := eventsOf(t, text, "2024-03-01", truce.Retreat, "release"); len(got) == 0 {
			t.Errorf("%q: the release is no longer coded", text)
		}
	}
	text := "Police released the driver on Monday but detained two reporters at the scene."
	if got := eventsOf(t, text, "2024-03-01", truce.Coerce, "arrest"); len(got) == 0 {
		t.Errorf("%q: the arrest told with its own verb is no longer coded", text)
	}
}

// A closing an act forced on what it hit is a harm, not a restriction a
// party imposed; a party forced to close something still closes it.
func TestPrec56ForcedClosure(t *testing.T) {
	wantNone(t, truce.Coerce, "Shelling near the dam forced two of its turbines to shut down on Friday.")
	strike := "The gang ordered a three-day armed strike across the province on Monday, forcing shops to shut and buses off the roads."
	if got := eventsOf(t, strike, "2024-03-01", truce.Coerce); len(got) != 1 {
		t.Errorf("%q: got %d COERCE events, want the armed strike alone", strike, len(got))
	}
	text := "KABUL, May 2 - Weeks of raids forced the Pakistani government to shut the Torkham crossing on Monday."
	if got := eventsOf(t, text, "2025-05-02", truce.Coerce, "restrict"); len(got) == 0 {
		t.Errorf("%q: the closing of the crossing is no longer coded", text)
	}
}

// An act noun that only qualifies a noun of rules or procedure tells no
// act; the act told with its own verb still codes.
func TestPrec56ProcedureModifier(t *testing.T) {
	wantNone(t, truce.Aid,
		"Kenya, which hopes to host the talks, is not bound by the region's asylum rules.",
		"Poland froze new asylum applications at its eastern border on Tuesday.",
	)
	text := "Canada granted asylum to the dissident on Friday."
	if got := eventsOf(t, text, "2024-03-01", truce.Aid); len(got) == 0 {
		t.Errorf("%q: the asylum granted is no longer coded", text)
	}
}

// The signing of an accord told again with its signatories is the same
// agreement, coded once; a pledge made at the signing is news of its own,
// and a signing told first is coded.
func TestPrec56SigningRetold(t *testing.T) {
	for _, text := range []string{
		"ROME, May 2 - Italy and Tunisia signed a migration agreement on Monday. Interior ministers Matteo Piantedosi and Kamel Feki signed the deal at the foreign ministry after talks in Rome.",
		"KYIV, May 2 - Ukraine and Poland signed a defence pact on Tuesday. The pact was signed by the two defence ministers in Warsaw.",
	} {
		if got := eventsOf(t, text, "2025-05-02", truce.Agree); len(got) != 1 {
			t.Errorf("%q: got %d AGREE events, want the signing once", text, len(got))
		}
	}
	text := "DUSHANBE, May 2 - Uzbekistan and Tajikistan signed a water treaty on Thursday. The two presidents signed the treaty in Dushanbe and pledged to reopen border crossings."
	if got := eventsOf(t, text, "2025-05-02", truce.Agree); len(got) != 2 {
		t.Errorf("%q: got %d AGREE events, want the treaty and the pledge", text, len(got))
	}
	text = "ROME, May 2 - Interior ministers of Italy and Tunisia signed the deal at the foreign ministry in Rome on Monday."
	if got := eventsOf(t, text, "2025-05-02", truce.Agree); len(got) != 1 {
		t.Errorf("%q: got %d AGREE events, want the signing told first", text, len(got))
	}
}
