package code_test

// Round 45 of type and precision: airspace closed to another state's
// aircraft is a restriction (COERCE restrict), not a sanction; the state
// whose sovereignty was violated makes the charge; help ended by its giver
// is discontinued; judgements of an act the lexicon lacked.

import (
	"testing"

	"github.com/truce-project/truce"
)

// "closed its airspace to flights from X", "the closure of its airspace
// to X's carriers": COERCE restrict on the state whose aircraft are kept
// out; a bloc barring another's airlines stays a sanction.
func TestPrec45AirspaceClosed(t *testing.T) {
	wantEvents(t, truce.Coerce, "restrict", []sidesCase{
		{"closed to planes", "Turkey closed its airspace to Russian military planes bound for Syria.", "TURGOV", "RUS"},
		{"closure noun", "Egypt announced the closure of its airspace to Qatari carriers.", "EGYGOV", "QAT"},
		{"shut to flights", "Ghana shut its airspace to flights to and from Togo on Thursday.", "GHAGOV", "TGO"},
	})
	wantNone(t, truce.Sanction,
		"Turkey closed its airspace to Russian military planes bound for Syria.",
		"Egypt announced the closure of its airspace to Qatari carriers.")
	wantEvents(t, truce.Sanction, "", []sidesCase{
		{"bloc bars airlines", "The EU agreed to bar Belarusian airlines from its airspace.", "EU", "BLR"},
	})
}

// "told Belarus's envoy by phone that the drone's flight was a clear
// violation of Lithuanian sovereignty": the state whose sovereignty was
// violated makes the charge; the other side is charged.
func TestPrec45WrongedSideAccuses(t *testing.T) {
	wantEvents(t, truce.Accuse, "", []sidesCase{
		{"named owner", "Lithuania's foreign minister told Belarus's envoy, Ivan Petrov, by phone that the drone's flight over Vilnius was a clear violation of Lithuanian sovereignty.", "LTUGOV", "BLRGOV"},
		{"called by judge", "Ghana recalled its envoy from Lome and called the Togolese raid a violation of its sovereignty.", "GHAGOV", "TGOGOV"},
	})
	for _, ev := range mustExtract(t, "Lithuania's foreign minister told Belarus's envoy, Ivan Petrov, by phone that the drone's flight over Vilnius was a clear violation of Lithuanian sovereignty.", "2024-03-01").Events {
		if ev.Type == truce.Accuse && hasActor(ev.Source, "BLRGOV") {
			t.Errorf("the wronged state charged: %s -> %s", probeIDs(ev.Source), probeIDs(ev.Target))
		}
	}
}

// "said it would recall its diplomats and end all aid projects", "was
// ending its programme to train and pay Somali troops": help given up by
// its giver is SANCTION discontinue; the second verb shares the first
// one's "would" and is planned too.
func TestPrec45AidEnded(t *testing.T) {
	wantEvents(t, truce.Sanction, "discontinue", []sidesCase{
		{"conjoined", "Taipei said it would recall its diplomats and end all aid projects in Honduras.", "TWNGOV", "HND"},
		{"military aid", "Washington said it would end all military aid to Kigali.", "USAGOV", "RWA"},
		{"programme", "Qatar said on Monday it was ending its programme to train and pay Sudanese police.", "QATGOV", ""},
	})
	for _, ev := range mustExtract(t, "Taipei said it would recall its diplomats and end all aid projects in Honduras.", "2024-03-01").Events {
		if ev.Type == truce.Sanction && ev.Status != truce.StatusPlanned {
			t.Errorf("%s/%s: status %s, want planned (shared would)", ev.Type, ev.Mode, ev.Status)
		}
	}
	wantNone(t, truce.Sanction, "The talks aimed to end the war and allow aid into Gaza.")
}

// "called Bolivia's move a surrender to terrorism", "called Canada's
// statement blatant interference in its internal affairs", "called the
// scheme unworkable": the judgements the lexicon lacked disapprove of the
// act judged (ACCUSE disapprove); "called for an end to interference" is
// no judgement.
func TestPrec45JudgedAct(t *testing.T) {
	wantEvents(t, truce.Accuse, "disapprove", []sidesCase{
		{"surrender", "Morocco's foreign ministry called Spain's decision a surrender to blackmail.", "MARGOV", "ESPGOV"},
		{"interference", "Riyadh called Canada's statement blatant interference in its internal affairs.", "SAUGOV", "CANGOV"},
		{"unworkable", "Kenya's opposition party called the housing levy unworkable.", "KENOPP", ""},
	})
	wantNone(t, truce.Accuse, "The minister called for an end to foreign interference in the region.")
}
