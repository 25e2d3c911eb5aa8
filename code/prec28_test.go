package code_test

// Precision and history cases common to several blind batches
// (wire-, wire3, wire17, wire31, wire33).

import (
	"testing"
)

// A participle after a noun, with the time or cause of what was done to
// it, describes the people; it tells of no new act.
func TestPrec28DescribingParticiple(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"convicted over a murder", "2023-09-20",
			"Kenya sent 12 prisoners to Spain on Monday, among them a Spanish drug lord convicted over the 2011 murder of a police officer.", "ACCUSE", 0},
		{"jailed before a vote", "2024-03-14",
			"Among those pardoned on Wednesday were Kenyan journalists jailed before the 2019 referendum.", "ACCUSE", 0},
		{"detained during a vote", "2023-09-20",
			"Zambia released 80 inmates on Friday, including Zambian opposition activists detained during the 2021 vote.", "COERCE", 0},
		{"an arrest stays", "2024-03-14",
			"Police in Velmora detained nine students during a march on Monday.", "COERCE", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// A date inside a relative clause that the main verb closes, with no
// comma, dates the clause, not the main verb.
func TestPrec28RelativeClosedByVerb(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"whose feud since April, then signed", "2023-09-20",
			"Two herder clans whose quarrel had cost seven lives since April signed a peace pact in Karsu on Friday.", "AGREE", 1},
		{"that have rallied since last year's vote, then boycotted", "2023-09-20",
			"Kenyan opposition parties that have staged rallies since last year's election boycotted the vote in Nakuru on Sunday.", "PROTEST", 1},
		{"who have staged sit-ins since a dated coup, then marched", "2023-09-20",
			"Sudanese students who have staged sit-ins since last year's coup marched on the palace in Khartoum on Sunday.", "PROTEST", 1},
		{"a since clause of its own stays background", "2023-09-20",
			"Dravia, which has accused Ostrava of meddling since Velmora signed a port deal with Karsu, protested on Monday.", "AGREE", 0},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// What an actor has done over time, told in a present-perfect relative
// clause set off by commas, describes the actor; the main clause is the
// news.
func TestPrec28PerfectAside(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"which has attacked convoys", "2024-05-02",
			"Police blamed the Ogaden National Liberation Front, which has attacked convoys on the Jijiga road.", "ASSAULT", 0},
		{"which has pledged allegiance", "2024-05-02",
			"Mozambican officials blamed Ansar al-Sunna, which has pledged allegiance to the Islamic State, for the raid.", "AGREE", 0},
		{"who have urged residents", "2024-05-02",
			"The checkpoints were set up by Malian army commanders, who have urged villagers to form self-defence groups.", "REQUEST", 0},
		{"a recent act in the clause stays", "2024-05-02",
			"The M23 rebels, who have seized two towns in North Kivu in the past week, said they would hold talks.", "ASSAULT", 1},
		{"the main clause's attack stays", "2024-05-02",
			"The Arakan Army, which has fought junta troops for years, attacked a police post in Maungdaw on Friday.", "ASSAULT", 1},
		{"words said stay", "2024-05-02",
			"Addis Ababa, which has accused Cairo of arming Somali militias, said on Monday it would expand its navy.", "ACCUSE", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}
