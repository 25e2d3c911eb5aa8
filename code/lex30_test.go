package code_test

import (
	"testing"

	truce "github.com/truce-project/truce"
)

// TestLex30NamedReproach checks an act named by a word of reproach, with
// whichever verb of naming carries it ("called", "branded", "described
// … as"): the speaker disapproves of it. Each text is in our own words.
func TestLex30NamedReproach(t *testing.T) {
	wantEvents(t, truce.Accuse, "disapprove", []sidesCase{
		{"called a reprisal", "Chad's main opposition party called the court ruling a political reprisal on Monday.", "TCDOPP", ""},
		{"called a stunt", "Kenya's government called the prisoner releases a publicity stunt.", "KENGOV", ""},
		{"branded a punishment", "The Nigerien junta branded the new sanctions a punishment of ordinary people.", "NERGOV", ""},
		{"described as a charade", "Ghana's foreign ministry described the vote as a charade.", "GHAGOV", ""},
		{"called politically motivated", "Senegal's opposition called the mass arrests politically motivated.", "SENOPP", ""},
	})
}

// TestLex30NamedFalse checks a charge or report named false by its
// target: a rejection.
func TestLex30NamedFalse(t *testing.T) {
	wantEvents(t, truce.Reject, "", []sidesCase{
		{"called baseless", "Uganda's army called the rights group report baseless.", "UGAMIL", ""},
		{"labelled a fabrication", "Zambia's interior ministry labelled the rights report a fabrication.", "ZMBGOV", ""},
	})
}

// TestLex30PraiseIsNoReproach checks that a word of praise or a neutral one
// after a verb of naming blames no one, nor does a call for an end to a
// wrong.
func TestLex30PraiseIsNoReproach(t *testing.T) {
	for _, text := range []string{
		"Tanzania's foreign minister called the talks constructive.",
		"The Sudanese army called the ceasefire a success.",
		"Ghana's president called for an end to the harassment of traders at the border.",
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

// TestLex30RepliedThat checks a government's answer given as a "that"
// clause, which rebuts what it answers: a rejection.
func TestLex30RepliedThat(t *testing.T) {
	wantEvents(t, truce.Reject, "", []sidesCase{
		{"replied that", "Lusaka demanded the return of the seized trucks. Zambia's foreign ministry replied that the trucks had entered its territory illegally.", "ZMBGOV", ""},
		{"retorted that", "Ghana's interior minister retorted that the fishing grounds belonged to Ghana.", "GHAGOV", ""},
		{"countered that", "Kenya urged Somalia to withdraw the complaint. Mogadishu countered that Nairobi had violated its sovereignty.", "SOMGOV", ""},
	})
}

// TestLex30ReplyByPeopleIsNoRejection checks that an answer given by
// people who are not a state rejects nothing.
func TestLex30ReplyByPeopleIsNoRejection(t *testing.T) {
	text := "Asked about the water supply, residents of the Ghanaian town of Tamale replied that the taps had been dry for a week."
	for _, ev := range mustExtract(t, text, "2024-03-01").Events {
		if ev.Type == truce.Reject {
			t.Errorf("got a REJECT %s -> %s", probeIDs(ev.Source), probeIDs(ev.Target))
		}
	}
}
