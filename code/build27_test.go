package code_test

// The sides build gives an event, by shape of sentence (round 27).

import (
	"testing"

	"github.com/truce-project/truce"
)

// "urged both sides" aimed at the two sides of the act told before, when
// they are no pair of states or the trigger's own words hold "both
// sides".
func TestBuild27BothSidesUnnamed(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"army and a militia",
			"Sudanese army troops attacked Rapid Support Forces positions in El Fasher on Monday. Egypt condemned the fighting and urged both sides to observe a truce.",
			[]string{"SDNMIL", "RSF"}},
		{"parliament and rebels",
			"Ethiopia's parliament voted on Tuesday to lift the ban on the Oromo Liberation Army. The Kenyan mediators welcomed the vote and called on both parties to speed up the release of prisoners.",
			[]string{"ETHLEG", "OLA"}},
		{"two governments in a dispute",
			"Peru closed its border with Ecuador on Friday in a dispute over fishing rights. Quito called the closure unjustified. The United Nations urged both governments to return to dialogue.",
			[]string{"PERGOV", "ECUGOV"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2025-03-01")
			var got *truce.Event
			for i := range ex.Events {
				if ex.Events[i].Type == truce.Request {
					got = &ex.Events[i]
				}
			}
			if got == nil {
				t.Fatalf("no demand: %+v", ex.Events)
			}
			for _, w := range tt.want {
				if !hasActor(got.Target, w) {
					t.Errorf("target %v, want %v", got.Target, tt.want)
				}
			}
		})
	}
}

// A state's block on what people read, with no one named as cut off, is
// done to the people of the place.
func TestBuild27CensorPeople(t *testing.T) {
	tests := []struct {
		name, text, tgt string
	}{
		{"operators ordered to block apps",
			"Zambian authorities ordered telecom operators to block Facebook and Telegram on Tuesday after clashes in Lusaka.",
			"ZMBCVL"},
		{"access suspended",
			"Officials in Guinea suspended access to TikTok and WhatsApp on Monday.",
			"GINCVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2025-03-01")
			var got *truce.Event
			for i := range ex.Events {
				if ex.Events[i].Mode == "censor" {
					got = &ex.Events[i]
				}
			}
			if got == nil {
				t.Fatalf("no censorship: %+v", ex.Events)
			}
			if !exactActor(got.Target, tt.tgt) {
				t.Errorf("target %v, want %s", got.Target, tt.tgt)
			}
		})
	}
}

// A recall or a break of ties is between two states: the side the text
// leaves out, or misreads as the target's own, is the other state.
func TestBuild27RecallPair(t *testing.T) {
	tests := []struct {
		name, text, src, tgt string
	}{
		{"recalled from a country named as place",
			"Ghana recalled its ambassador and two consuls from Togo on Monday after a border dispute. Lomé called the move regrettable.",
			"GHAGOV", "TGOGOV"},
		{"recall after expelling the other's envoy",
			"Kenya gave Somalia's ambassador 72 hours to leave on Monday, recalled its own envoy from Mogadishu and halted all Somali flights.",
			"KENGOV", "SOMGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2025-03-01")
			var got *truce.Event
			for i := range ex.Events {
				if ex.Events[i].Type == truce.Sanction && ex.Events[i].Mode == "withdraw" {
					got = &ex.Events[i]
				}
			}
			if got == nil {
				t.Fatalf("no recall: %+v", ex.Events)
			}
			if !exactActor(got.Source, tt.src) || !exactActor(got.Target, tt.tgt) {
				t.Errorf("%v -> %v, want %s -> %s", got.Source, got.Target, tt.src, tt.tgt)
			}
		})
	}
}

// Ground state forces retake is taken back from the armed group the
// story names nearest to it, after the retaking in its own sentence or
// in the sentences around it; those who back the troops are no foe.
func TestBuild27RegainedFrom(t *testing.T) {
	tests := []struct {
		name, text, tgt string
	}{
		{"holder told in the next sentence",
			"Nigerien troops retook the town of Diffa on Sunday. Boko Haram fighters had held the town for a week, residents said.",
			"BOKOHARAM"},
		{"gang told in the sentence before",
			"The 5 Segonn gang attacked the town of Cabaret on Monday, killing six residents. Haitian police retook the town on Wednesday.",
			"HTICRM"},
		{"gang storming a suburb",
			"Gunmen of the Kraze Baryè gang stormed the suburb of Tabarre on Monday, burning houses. Police retook the suburb on Thursday.",
			"HTICRM"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2025-03-01")
			var got *truce.Event
			for i := range ex.Events {
				if ex.Events[i].ACLEDSubtype == "Government regains territory" {
					got = &ex.Events[i]
				}
			}
			if got == nil {
				t.Fatalf("no retaking: %+v", ex.Events)
			}
			if !exactActor(got.Target, tt.tgt) {
				t.Errorf("target %v, want %s", got.Target, tt.tgt)
			}
		})
	}
}

// A regional government and the capital that the dictionary reads as
// one state's government agree with each other, not with no one.
func TestBuild27SamePair(t *testing.T) {
	tests := []struct {
		name, text, id string
	}{
		{"region and capital agree",
			"The Puntland administration and Mogadishu agreed on Tuesday to share port revenue.",
			"SOMGOV"},
		{"island government and capital sign",
			"Zanzibar's government and Dodoma signed a deal on Monday to share offshore gas revenue.",
			"TZAGOV"},
		{"autonomous region and capital",
			"The Bangsamoro regional government and Manila agreed on Wednesday to extend the transition period.",
			"PHLGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2025-03-01")
			var got *truce.Event
			for i := range ex.Events {
				if ex.Events[i].Type == truce.Agree {
					got = &ex.Events[i]
				}
			}
			if got == nil {
				t.Fatalf("no agreement: %+v", ex.Events)
			}
			if !exactActor(got.Source, tt.id) || !exactActor(got.Target, tt.id) {
				t.Errorf("%v -> %v, want %s on both sides", got.Source, got.Target, tt.id)
			}
		})
	}
}
