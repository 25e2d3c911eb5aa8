package code_test

import "testing"

// Trigger words read in another sense than the one that names an event of
// their kind, in sentences of our own: motion told with a word of blame, an
// ally fought beside, a noun of what is aimed at, measures told in words
// of attack, and meetings that are only the topic of other words.
func TestSenses(t *testing.T) {
	tests := []struct {
		name, text string
		absent     string // a type no event may have, or ""
		present    string // a type some event must have, or ""
		atMost     int    // when set, how many events of type present there may be
	}{
		{"a shell slamming into a ward is no condemnation",
			"A Syrian army shell slammed into a maternity ward in Idlib on Tuesday, killing three nurses.", "ACCUSE", "ASSAULT", 0},
		{"militiamen fighting beside soldiers do not clash with them",
			"Militiamen fighting alongside Sudanese soldiers looted dozens of shops in the market town of Tawila.", "ASSAULT", "", 0},
		{"targets as a noun is what was aimed at",
			"Serbia's army denied shelling civilian targets and blamed a rebel mortar crew.", "", "ASSAULT", 1},
		{"targeted by sanctions is no attack",
			"The oligarch became the richest man ever targeted by EU sanctions on Monday.", "ASSAULT", "", 0},
		{"hitting back by expelling diplomats is no attack",
			"Ankara hit back on Friday by expelling four Swedish diplomats.", "ASSAULT", "SANCTION", 0},
		{"mediation rejected is no meeting",
			"Myanmar's junta has rejected all foreign mediation and extended emergency rule.", "CONSULT", "REJECT", 0},
		{"a summit offered is no meeting",
			"Egypt has offered to host a three-way summit on the dam dispute.", "CONSULT", "", 0},
		{"talks spoken of are no meeting",
			"Kenya raised the possibility of negotiations with al Shabaab on Monday.", "CONSULT", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-05-02")
			if ev := eventOfType(x, tt.absent); tt.absent != "" && ev != nil {
				t.Errorf("got a %s event (%s), want none", tt.absent, ev.Rule)
			}
			if tt.present != "" && eventOfType(x, tt.present) == nil {
				t.Errorf("no %s event; got %d events", tt.present, len(x.Events))
			}
			n := 0
			for _, ev := range x.Events {
				if ev.Type == tt.present {
					n++
				}
			}
			if tt.atMost > 0 && n > tt.atMost {
				t.Errorf("%d %s events, want at most %d", n, tt.present, tt.atMost)
			}
		})
	}
}

// Words of attack in their own sense still code the attack.
func TestSensesKept(t *testing.T) {
	tests := []struct{ name, text string }{
		{"hitting back with rockets", "Hezbollah hit back with rockets fired at the Israeli town of Kiryat Shmona."},
		{"fighting an enemy, not beside it", "Ethiopian troops clashed with Eritrean forces near the border town of Zalambessa on Sunday."},
		{"a meeting held", "Egypt hosted a three-way summit on the dam dispute in Cairo on Monday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-05-02")
			if len(x.Events) == 0 {
				t.Errorf("no event")
			}
		})
	}
}
