package code_test

import (
	"strings"
	"testing"
)

// TestWireVocabularyMore checks constructions found missing in blind wire
// copy, each said in our own words with other actors and places, and the
// look-alikes that must stay out: a typ of "" wants no event of notTyp.
func TestWireVocabularyMore(t *testing.T) {
	runVocabCases(t, []vocabCase{
		// "filming" is what reporters do at the scene, not a film set.
		{"beat reporters filming", "ASSAULT", "beat", "",
			"Plainclothes officers beat three photographers who were filming the raid in Harare on Monday."},
		// a projectile that "crashed" into a place was fired there.
		{"rockets crashed into", "ASSAULT", "heavy-weapons", "",
			"Rockets crashed into a crowded market in Sittwe on Friday, killing four people."},
		{"bus crashed stays out", "", "", "ASSAULT",
			"A bus crashed into a lorry near Mombasa on Sunday, killing six passengers."},
		// the bare verb "torch", as an infinitive of purpose or a headline.
		{"came back to torch", "ASSAULT", "destroy", "",
			"Militiamen came back the next day to torch the remaining huts in the village of Kadoma."},
		{"headline torch", "ASSAULT", "destroy", "",
			"Rebels torch dozens of homes in northern Mozambique."},
		{"carrying torches stays out", "", "", "ASSAULT",
			"Marchers carrying torches walked through the old town of Krakow on Saturday."},
		{"not bow to", "REJECT", "", "",
			"The prime minister said he would not bow to pressure from the unions."},
		{"price rise suspended", "CONCEDE", "", "",
			"The government suspended the fuel price increase on Monday."},
		{"restricted access", "COERCE", "restrict", "",
			"The government restricted access to Facebook and WhatsApp."},
		{"envoy sent", "CONSULT", "visit", "",
			"Ghana said it would send a special envoy to Abuja."},
		{"called in the army", "MOBILIZE", "troops", "",
			"The president called in the army in Karachi after two days of rioting."},
		// "has since" is "after that", not a span reaching back.
		{"has since arrested", "COERCE", "arrest", "",
			"Zimbabwean police have since arrested six opposition activists in Harare."},
		{"have since been arrested", "COERCE", "arrest", "",
			"Six opposition activists have since been arrested by Zimbabwean police."},
	})
}

// vocabCase is one row of the wire vocabulary tables: text codes an event
// of typ and, when mode is not "", of mode; a typ of "" wants instead no
// event of notTyp.
type vocabCase struct {
	name, typ, mode string // mode "" is not checked
	notTyp          string
	text            string
}

// runVocabCases checks each case with checkVocab in a subtest of its name.
func runVocabCases(t *testing.T, tests []vocabCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkVocab(t, tt.text, tt.typ, tt.mode, tt.notTyp, false)
		})
	}
}

// checkVocab fails unless text (published 2025-10-22) codes an event of
// typ and, when mode is not "", of mode, and with cease one that opens a
// ceasefire; with typ "" it fails for every event of notTyp instead. The
// failure lists every event coded as type/mode.
func checkVocab(t *testing.T, text, typ, mode, notTyp string, cease bool) {
	t.Helper()
	x := mustExtract(t, text, "2025-10-22")
	var got []string
	for _, e := range x.Events {
		if typ == "" && e.Type == notTyp {
			t.Errorf("%q: want no %s, got %s/%s", text, notTyp, e.Type, e.Mode)
		}
		if typ != "" && e.Type == typ && (mode == "" || e.Mode == mode) && (!cease || e.CeasefireID != "") {
			return
		}
		got = append(got, e.Type+"/"+e.Mode)
	}
	switch {
	case typ == "":
	case cease:
		t.Errorf("%q: want %s/%s (ceasefire true), got [%s]", text, typ, mode, strings.Join(got, " "))
	default:
		t.Errorf("%q: want %s/%s, got [%s]", text, typ, mode, strings.Join(got, " "))
	}
}
