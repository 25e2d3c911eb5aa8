package code_test

// Constructions of wire copy written without the coder in mind, seventh
// round: ties described in a relative clause, which are no acts.

import (
	"testing"
)

// TestStandingTieNoAct: a present-tense relative clause on an actor says
// who the actor is ("Tehran, which arms the militia,"); it codes no event
// of its own, while the main clause still does.
func TestStandingTieNoAct(t *testing.T) {
	tests := []struct {
		name, text, notTyp, wantTyp string
	}{
		{"which-supports",
			"Kigali, which supports the M23 rebels, rejected the report on Tuesday.",
			"SUPPORT", "REJECT"},
		{"which-arms",
			"Ankara, which arms the Syrian National Army, denied the claims on Monday.",
			"AID", "REJECT"},
		{"which-hosts",
			"Doha, which hosts the Taliban's political office, condemned the attack on Friday.",
			"CONSULT", "ACCUSE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			main := false
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if string(ev.Type) == tt.notTyp {
					t.Errorf("%s coded from a standing tie (%s)", ev.Type, ev.ID)
				}
				main = main || string(ev.Type) == tt.wantTyp
			}
			if !main {
				t.Errorf("main clause's %s not coded", tt.wantTyp)
			}
		})
	}
}

// TestTitledSurname: a full name the dictionary does not know, after a
// title it does ("former minister Jorge Salas"), is the same person when
// the wire later uses the surname alone ("Salas denies").
func TestTitledSurname(t *testing.T) {
	wantTypedEvents(t, []typedCase{
		{"former-minister",
			"Police in Lima detained former minister Jorge Salas on Tuesday. Salas denies the charges.",
			"REJECT", "PER"},
		{"journalist",
			"Turkish police arrested journalist Deniz Arslan in Istanbul on Monday. Arslan denied wrongdoing.",
			"REJECT", "TUR"},
		{"activist-three-names",
			"Kenyan police detained activist Peter Otieno Omondi in Kisumu on Friday. Omondi denied the charges.",
			"REJECT", "KEN"},
	})
}

// TestHabitualStanceNoAct: a word-act held again and again ("has
// repeatedly denied") is a position, not news of an act; neither it nor
// what it is about codes an event. A plain past denial still does.
func TestHabitualStanceNoAct(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"repeatedly-denied-using",
			"Minsk has repeatedly denied using migrants as a weapon against Poland.", false},
		{"long-accused",
			"Baku has long accused Yerevan of planting mines in the Lachin corridor.", false},
		{"consistently-rejected",
			"The junta in Naypyitaw has consistently rejected calls for talks with the opposition.", false},
		{"plain-denial-kept",
			"Minsk denied on Monday using migrants as a weapon against Poland.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := mustExtract(t, tt.text, "2025-10-22").Events
			if got := len(evs) > 0; got != tt.want {
				var ts []string
				for _, ev := range evs {
					ts = append(ts, string(ev.Type)+"/"+ev.Status)
				}
				t.Errorf("events %v, want some: %v", ts, tt.want)
			}
		})
	}
}

// TestTallyOverYearsNoAct: a present perfect toll reaching back years is a
// tally of a conflict, not one attack; one reaching back days is news.
func TestTallyOverYearsNoAct(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"since-year",
			"Jihadist fighters have killed more than 2,000 civilians in the Tillaberi region since 2019.", false},
		{"past-five-years",
			"Bandits have killed hundreds of villagers in Zamfara over the past five years.", false},
		{"since-friday-kept",
			"Gunmen have killed 14 villagers in Zamfara since Friday, police said.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				got = got || ev.Type == "ASSAULT"
			}
			if got != tt.want {
				t.Errorf("ASSAULT coded: %v, want %v", got, tt.want)
			}
		})
	}
}

// TestConcessionMannerFolded: a participle telling why a concession was
// made (", bowing to protests") is that concession, not a second one.
func TestConcessionMannerFolded(t *testing.T) {
	tests := []struct{ name, text string }{
		{"submit-resignation-bowing",
			"Lebanon's prime minister said on Monday he would hand his resignation to the president, bowing to weeks of street protests."},
		{"step-down-yielding",
			"The interior minister of Kenya said he would step down, yielding to pressure from opposition lawmakers."},
		{"resign-bowing",
			"The Serbian prime minister said she would resign, bowing to months of student protests."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if ev.Type == "CONCEDE" {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d CONCEDE events, want 1", n)
			}
		})
	}
}

// TestWordInsideNameNoAct: a trigger word that is part of a proper name
// ("the Government of National Accord") names a body, not a deal made.
func TestWordInsideNameNoAct(t *testing.T) {
	tests := []struct{ name, text string }{
		{"national-accord",
			"Troops of the Government of National Accord shelled Sirte on Monday."},
		{"peace-agreement-commission",
			"Members of the Joint Peace Agreement Commission visited Juba on Friday."},
		{"revitalised-agreement-board",
			"Officials of the Revitalised Agreement Monitoring Board met rebel commanders in Khartoum."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if ev.Type == "AGREE" {
					t.Errorf("AGREE coded from a name (%s)", ev.ID)
				}
			}
		})
	}
}

// TestDescribedPeopleNoAct: "those detained at earlier rallies" names
// people by what was done to them before; it codes no arrest of its own.
func TestDescribedPeopleNoAct(t *testing.T) {
	tests := []struct{ name, text string }{
		{"pardon-those-detained",
			"President Ana Duarte, who has offered to pardon those detained at earlier marches, said she would not resign."},
		{"families-of-those-arrested",
			"Families of those arrested at last year's rallies in Tbilisi met the ombudsman on Monday."},
		{"amnesty-for-those-jailed",
			"Parliament in Bishkek passed an amnesty on Thursday for those imprisoned after the 2020 unrest."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if ev.Type == "COERCE" {
					t.Errorf("COERCE/%s coded from people described (%s)", ev.Mode, ev.ID)
				}
			}
		})
	}
}
