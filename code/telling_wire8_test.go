package code_test

// Constructions of wire copy written without the coder in mind, eighth
// round: acts the coder dropped because no trigger row or rule read
// their wording.

import (
	"testing"
)

// TestPassiveForcesMoved: forces told as sent, flown or rushed somewhere,
// with no sender named ("extra soldiers were rushed to the border"), are
// a deployment by the forces' own side; a compass move by forces ("troops
// advanced north") is one too. Things or civilians sent are not.
func TestPassiveForcesMoved(t *testing.T) {
	wantEvents(t, "MOBILIZE", "troops", []sidesCase{
		{"were-sent-to",
			"Hundreds of Indian soldiers were sent to reinforce the border near Moreh, the army said.",
			"INDMIL", ""},
		{"were-flown-in",
			"About 500 Colombian troops were flown in from Bogota on Saturday.",
			"COLMIL", ""},
		{"were-rushed-to",
			"Extra Turkish soldiers were rushed to the frontier near Kilis.",
			"TURMIL", ""},
		{"advanced-north",
			"Ethiopian troops advanced north from Gondar on Monday.",
			"ETHMIL", ""},
		{"column-had-advanced",
			"A Burkinabe army column had advanced east from Djibo on Saturday.",
			"BFAMIL", ""},
		{"convoy-moved",
			"A Nigerian army convoy moved south from Maiduguri to reach the town.",
			"NGAMIL", ""},
	})
	for _, text := range []string{
		"The letters were sent to the ministry in Nairobi on Monday.",
		"Two journalists were flown to Istanbul for treatment.",
		"Oil prices moved north on Monday after the announcement.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-03-01").Events {
				if ev.Type == "MOBILIZE" {
					t.Errorf("got a MOBILIZE %s (%s)", probeIDs(ev.Source), ev.ID)
				}
			}
		})
	}
}

// TestInquiryTeamSent: people sent to look into an act ("sent a team to
// investigate", "dispatched investigators") open an inquiry; they are no
// deployment of forces.
func TestInquiryTeamSent(t *testing.T) {
	wantEvents(t, "ACCUSE", "investigate", []sidesCase{
		{"team-to-investigate",
			"The UN mission in Congo said it had sent a team to investigate.",
			"UN", ""},
		{"dispatched-investigators",
			"The African Union dispatched investigators to Goma on Monday.",
			"AU", ""},
		{"sent-investigators",
			"The African Union sent investigators to Goma on Monday.",
			"AU", ""},
	})
}

// TestProtestNoteHanded: a state handing another's diplomat a note of
// protest complains to that state; the note may wait for a date before
// its "protesting".
func TestProtestNoteHanded(t *testing.T) {
	wantEvents(t, "ACCUSE", "", []sidesCase{
		{"note-protesting",
			"Ghana handed Togo's ambassador a diplomatic note protesting the raid.",
			"GHA", "TGO"},
		{"note-date-protesting",
			"Chile handed Bolivia's consul a diplomatic note on Friday protesting the arrests.",
			"CHL", "BOL"},
		{"note-of-protest",
			"Poland's foreign ministry handed the Belarusian charge d'affaires a note of protest on Tuesday.",
			"POL", "BLR"},
	})
}

// TestEnsuingFight: a definite fight noun "that followed" or "ensuing" an
// attack told before is a new act between the same sides, not the attack
// named again.
func TestEnsuingFight(t *testing.T) {
	tests := []struct {
		name, text, src, tgt string
	}{
		{"gunfight-that-followed",
			"Gunmen ambushed a Nigerian police patrol near Zaria on Monday. In the gunfight that followed, four of the attackers were killed, police said.",
			"", "NGACOP"},
		{"fighting-that-ensued",
			"Militants attacked an army post in Tillaberi. In the fighting that ensued, six soldiers were killed.",
			"", "NERMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			for _, ev := range mustExtract(t, tt.text, "2024-03-01").Events {
				if ev.Type == "ASSAULT" && hasActor(ev.Target, tt.tgt) {
					n++
				}
			}
			if n < 2 {
				t.Errorf("want the attack and the fight that followed, got %d", n)
			}
		})
	}
}

// TestPraiseLabel: another's act called by a word of praise, quoted or
// not ("called the release "a constructive step""), supports its doer.
func TestPraiseLabel(t *testing.T) {
	wantEvents(t, "SUPPORT", "", []sidesCase{
		{"quoted-constructive",
			"Belarus freed 18 political prisoners on Friday. The European Union called the release \"a constructive step\".",
			"EU", "BLR"},
		{"positive-development",
			"Venezuela released six Americans on Saturday. The State Department called the move a positive development.",
			"USA", "VEN"},
	})
}

// TestReprisalPromised: a state that says it will retaliate or answer in
// kind threatens the country that has just acted against it.
func TestReprisalPromised(t *testing.T) {
	wantEvents(t, "THREATEN", "", []sidesCase{
		{"would-retaliate",
			"Latvia expelled two Russian diplomats on Monday. Kremlin spokesman Dmitry Peskov said Moscow would retaliate.",
			"RUS", "LVA"},
		{"respond-in-kind",
			"Beijing imposed tariffs on Australian wine. Canberra said it would respond in kind.",
			"AUS", "CHN"},
		{"reciprocal-measures",
			"Estonia closed a Russian consulate on Tuesday. The Russian foreign ministry said it would take reciprocal measures.",
			"RUS", "EST"},
	})
}

// TestSidesPeopleMeet: people "from both countries" who meet are the two
// sides the story last told of, even when each country is named once.
func TestSidesPeopleMeet(t *testing.T) {
	tests := []struct {
		name, text, src, tgt string
	}{
		{"engineers-from-both",
			"Laos's foreign minister held talks with his Thai counterpart in Bangkok on Monday. Engineers from both countries will meet again in March, a statement said.",
			"LAO", "THA"},
		{"officials-of-the-two",
			"Mongolia's president received his Kazakh counterpart in Ulaanbaatar on Friday. Officials of the two countries will meet again next month.",
			"MNG", "KAZ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2024-03-01").Events {
				if ev.Type == "CONSULT" && ev.Status == "planned" &&
					(hasActor(ev.Source, tt.src) && hasActor(ev.Target, tt.tgt) || hasActor(ev.Source, tt.tgt) && hasActor(ev.Target, tt.src)) {
					return
				}
			}
			t.Errorf("no planned meeting between %s and %s", tt.src, tt.tgt)
		})
	}
}

// TestForcesRamSeatOfPower: forces breaking in the doors or gates of a
// seat of power show force against its holders.
func TestForcesRamSeatOfPower(t *testing.T) {
	wantEvents(t, "MOBILIZE", "", []sidesCase{
		{"soldiers-gates",
			"Nigerien soldiers rammed the gates of the presidential palace in Niamey on Wednesday.",
			"NERMIL", ""},
		{"troops-and-vehicles",
			"Gabonese troops and armoured vehicles rammed the doors of the national assembly in Libreville.",
			"GABMIL", ""},
	})
}

// TestInWhatJudged: "in what X called/denounced as Y" judges the act of
// the clause before it and is aimed at its doer, even the speaker's own
// army.
func TestInWhatJudged(t *testing.T) {
	wantEvents(t, "ACCUSE", "", []sidesCase{
		{"denounced-as-coup",
			"Troops stormed the state broadcaster in Niamey in what President Bazoum denounced as a coup attempt.",
			"NER", "NERMIL"},
		{"condemned-as",
			"Sudanese paramilitaries shelled a market in Omdurman in what the United Nations condemned as an atrocity.",
			"UN", "SDN"},
	})
}
