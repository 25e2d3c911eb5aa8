package code_test

// Constructions wire copy written without the coder in mind uses for acts
// the coder once missed: blame told as a reason for acting, and acts
// inside accusations.

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestWireConstructions: each sentence codes an event of the type and
// mode given, with an actor of the source and target given (an id, or a
// three-letter country code that any of its actors matches; "" checks
// nothing).
func TestWireConstructions(t *testing.T) {
	tests := []struct {
		name, text, typ, mode, src, tgt string
	}{
		// An act told as an answer to provocations blames the provoker.
		{"responding-to-provocations",
			"Moscow said its forces were responding to Ukrainian provocations.",
			truce.Accuse, "", "RUS", "UKR"},
		{"responded-to-provocations-by",
			"Seoul said it had responded to provocations by North Korean troops.",
			truce.Accuse, "", "KOR", "PRK"},
		{"reacting-to-quoted-provocations",
			"Addis Ababa said the army was reacting to \"repeated provocations\" by Eritrean units.",
			truce.Accuse, "", "ETH", "ERI"},
		// People's goods looted are a loss to their owners.
		{"looted-shops",
			"Militiamen looted shops in the town of Bria on Sunday.",
			truce.Coerce, "seize", "CAF", "CAFBUS"},
		{"ransacked-stores",
			"Congolese soldiers ransacked stores and a pharmacy in Goma.",
			truce.Coerce, "seize", "CODMIL", "COD"},
		// People carried off are abducted; goods carried off looted.
		{"carried-off-shepherds",
			"Bandits raided a hamlet in Zamfara state on Monday. The gunmen also carried off six young shepherds.",
			truce.Assault, "abduct", "", "NGACVL"},
		{"carried-off-cattle",
			"Armed raiders carried off hundreds of cattle from a village near Bor, South Sudanese officials said.",
			truce.Coerce, "seize", "", "SSDCVL"},
		// A report names again as the subject of its words: the words are
		// its issuer's, and the act inside them the army's.
		{"report-accused",
			"Gunmen of the CPC killed nine herders near Bouar last week, the UN mission MINUSCA said on Friday. \"Some of the victims were children,\" a spokeswoman told reporters in Bangui. The report also accused government troops of beating traders in Berberati.",
			truce.Accuse, "", "UN", "CAFMIL"},
		{"statement-condemned",
			"Houthi rebels fired a missile at a tanker in the Red Sea on Monday, the US military said. Its statement condemned the rebels for endangering sailors.",
			truce.Accuse, "", "USA", "HOUTHI"},
		// A deed judged in a quote: the speaker blames its doer, the one
		// who hit those the judgment names.
		{"quoted-attack-unacceptable",
			"Hezbollah fighters fired on UNIFIL peacekeepers near Naqoura on Sunday, the mission said. Lebanese officials said two civilians were hurt when Israeli troops fired warning shots. \"The raid on UNIFIL is unacceptable,\" UN Secretary-General Antonio Guterres said.",
			truce.Accuse, "", "UN", "HEZBOLLAH"},
		{"such-attacks-cowardly",
			"Al-Shabaab fighters stormed a hotel in Kismayo on Friday, killing nine guests. \"Such attacks are cowardly,\" Kenya's foreign ministry said.",
			truce.Accuse, "", "KEN", "ALSHABAAB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEvent(t, tt.text, tt.typ, tt.mode, tt.src, tt.tgt)
		})
	}
}

// wantEvent checks that text (published 2024-03-01) codes an event of
// type typ and mode mode ("" checks no mode) with an actor of src and tgt
// on its sides ("" checks nothing; three letters match any actor of the
// country).
func wantEvent(t *testing.T, text, typ, mode, src, tgt string) {
	t.Helper()
	var got []string
	for _, e := range mustExtract(t, text, "2024-03-01").Events {
		if e.Type == typ && (mode == "" || e.Mode == mode) &&
			(src == "" || hasActor(e.Source, src)) && (tgt == "" || hasActor(e.Target, tgt)) {
			return
		}
		got = append(got, e.Type+"/"+e.Mode+" "+probeIDs(e.Source)+" -> "+probeIDs(e.Target))
	}
	t.Errorf("want %s/%s %s -> %s, got %q", typ, mode, src, tgt, got)
}

// TestJudgedThingIsNoBlame: words that judge a thing rather than a deed
// blame no one.
func TestJudgedThingIsNoBlame(t *testing.T) {
	for _, text := range []string{
		"The new pension law is unacceptable to many voters, a poll found.",
		"The weather in Kabul was appalling on Monday, residents said.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-03-01").Events {
				if ev.Type == truce.Accuse {
					t.Errorf("got an ACCUSE %s -> %s", probeIDs(ev.Source), probeIDs(ev.Target))
				}
			}
		})
	}
}

// sidesCase is one row of a table checked with wantEvents: text codes an
// event with an actor of src and tgt on its sides ("" checks nothing).
type sidesCase struct{ name, text, src, tgt string }

// wantEvents checks each case with wantEvent, for an event of type typ and
// mode mode ("" checks no mode), in a subtest of its name.
func wantEvents(t *testing.T, typ, mode string, tests []sidesCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEvent(t, tt.text, typ, mode, tt.src, tt.tgt)
		})
	}
}

// typedCase is one row of a table checked with wantTypedEvents: text codes
// an event of type typ, any mode, with an actor of src as its source (""
// checks nothing).
type typedCase struct{ name, text, typ, src string }

// wantTypedEvents checks each case with wantEvent in a subtest of its name.
func wantTypedEvents(t *testing.T, tests []typedCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEvent(t, tt.text, tt.typ, "", tt.src, "")
		})
	}
}

// wantNone checks that none of texts codes an event of type typ (of any
// type when typ is empty): the readings a new rule must not take.
func wantNone(t *testing.T, typ string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-03-01").Events {
				if typ == "" || ev.Type == typ {
					t.Errorf("got %s %s -> %s", ev.Type, probeIDs(ev.Source), probeIDs(ev.Target))
				}
			}
		})
	}
}
