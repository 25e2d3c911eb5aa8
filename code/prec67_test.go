package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A whole war's toll to date, told with a phrase or an aside between the
// war noun and "has killed", is background (prec67_wartoll.go).
func TestWarTollAcrossPhrasePrec67(t *testing.T) {
	for _, text := range []string{
		"The conflict between the government and the Tuareg rebels, which erupted in 2012, has killed thousands of civilians.",
		"The war between Ethiopia and Tigrayan forces, which began in November 2020, has killed hundreds of thousands of people.",
		"The rebellion in the Anglophone regions, which started in 2017, has killed at least 6,000 people and displaced a million more.",
	} {
		if evs := eventsOf(t, text, "2024-03-01", truce.Assault); len(evs) > 0 {
			t.Errorf("%q: a war's toll to date coded as an attack", text)
		}
	}
}

// Fighting between two sides summed up since an earlier year is a toll
// to date even when the tagger reads a word of a side's name as a verb
// ("Anglophone separatists"); prec32_since.go skips words of a mention.
func TestFightingTollSinceYearPrec67(t *testing.T) {
	for _, text := range []string{
		"Fighting between the police and Anglophone separatists has killed more than 500 people since 2019.",
		"Fighting between soldiers and Francophone separatists has killed hundreds of villagers since 2016.",
	} {
		if evs := eventsOf(t, text, "2024-03-01", truce.Assault); len(evs) > 0 {
			t.Errorf("%q: a toll since an earlier year coded as an attack", text)
		}
	}
}

// Fighting counted since a day of this week is the news, and a plain
// attack told in the perfect stays.
func TestRecentTollKeptPrec67(t *testing.T) {
	for _, text := range []string{
		"Fighting between the police and Anglophone separatists has killed four people since Tuesday.",
		"Gunmen from the Mungiki sect, who fled on motorbikes, have killed nine farmers in Kiambu, police said.",
	} {
		if evs := eventsOf(t, text, "2024-03-01", truce.Assault); len(evs) == 0 {
			t.Errorf("%q: the attack was lost", text)
		}
	}
}

// A perfect closed by a bare "before" or "in the past" tells what an
// actor has done at some time, not news (prec67_before.go).
func TestExperiencePerfectPrec67(t *testing.T) {
	for _, tt := range []struct{ text, typ string }{
		{"The market in Gao, which is crowded on Sundays, has been shelled by the militants before.", truce.Assault},
		{"Uganda has deployed troops to the region before.", truce.Mobilize},
		{"Kenya accused Somali forces of shelling the border town, a charge Mogadishu has denied in the past.", truce.Reject},
		{"The governor, whose police have jailed hundreds of protesters, has offered before to mediate between the two clans.", truce.Consult},
	} {
		if evs := eventsOf(t, tt.text, "2024-03-01", tt.typ); len(evs) > 0 {
			t.Errorf("%q: a perfect of experience coded as %s", tt.text, tt.typ)
		}
	}
}

// "Before" that dates the act or opens a clause, and "in the past week",
// leave the act coded.
func TestDatedBeforeKeptPrec67(t *testing.T) {
	for _, tt := range []struct{ text, typ string }{
		{"Rebels have shelled the market in Gao twice in the past week, residents said.", truce.Assault},
		{"Guinea had reopened its border with Sierra Leone the night before, officials said.", truce.Retreat},
		{"The staff had been evacuated before gunmen torched the clinic in Kidal.", truce.Assault},
		{"Qatar has offered to host talks between the two factions.", truce.Agree},
		{"Kenya accused Somali forces of shelling the border town, a charge Mogadishu has denied in the past.", truce.Accuse},
	} {
		if evs := eventsOf(t, tt.text, "2024-03-01", tt.typ); len(evs) == 0 {
			t.Errorf("%q: the %s was lost", tt.text, tt.typ)
		}
	}
}
