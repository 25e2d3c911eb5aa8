package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who did it in constructions the blind wire files of round 20 showed
// failing: the two sides (or their two leaders) unnamed before an
// auxiliary or as the subject of the verb whose object is the deal, arms
// told after "with", a building the crowd stood outside, a facility
// victims were taken from, and a state's regulator.
func TestSourceRound20(t *testing.T) {
	runSideCases(t, "2023-06-14", []sideCase{
		// "Russia announced that the two sides had agreed to a truce":
		// the two sides made the deal, not the one who announced it.
		{"both parties past an auxiliary and an adverb, signing a truce",
			"Ethiopian troops shelled Eritrean positions near Badme on Monday, Eritrea said. Ethiopia denied the charge. The African Union announced on Friday that both parties have now signed a truce.",
			truce.Agree, "ETH", "ERI"},
		{"the two governments agreeing to a ceasefire with a duration",
			"Sudanese and South Sudanese troops clashed in the Abyei area last week, Sudan said. South Sudan blamed Khartoum. Officials in Addis Ababa said the two governments had agreed to a 72-hour ceasefire.",
			truce.Agree, "SDN", "SSD"},
		{"the two sides agreeing on a pullback",
			"Indian soldiers and Chinese troops brawled in the Galwan valley, India said. China disputed the account. Moscow said on Friday that the two sides had agreed on a pullback.",
			truce.Agree, "IND", "CHN"},
		// "The two leaders agreed to meet again": bare leaders after
		// "the two" are the article's two sides, not the host.
		{"the two leaders after talks a third party hosted",
			"Ethiopian and Eritrean troops clashed near Badme last week, Ethiopia said. Eritrea denied it. On Monday Kenya's president hosted talks in Nairobi. The two leaders agreed to meet again within a month.",
			truce.Agree, "ETH", "ERI"},
		{"the two presidents after talks an envoy chaired",
			"Serbia and Kosovo traded accusations for weeks, Serbia said. Kosovo denied it. On Monday the talks were chaired by the EU's envoy in Brussels. The two presidents agreed to meet again in March.",
			truce.Agree, "SRB", "XKX"},
		// "Israel's army responded with artillery fire and air strikes":
		// arms after "with" are what the subject used, not who struck.
		{"artillery after with, coordinated with the trigger",
			"Israel's military responded with artillery fire and air strikes on several villages in southern Lebanon.",
			truce.Assault, "ISRMIL", ""},
		{"drones after with and a place of another country",
			"Thailand's army retaliated with drones and air strikes on villages in western Cambodia.",
			truce.Assault, "THAMIL", "KHM"},
		// "demonstrators outside parliament, on the seventh night of
		// protests": the building is where the crowd stood, not who
		// protested.
		{"a crowd outside parliament before a protest noun",
			"Police in Yerevan used stun grenades to scatter hundreds of protesters outside parliament, on the fourth night of protests against the border deal.",
			truce.Protest, "ARMPRO", ""},
		{"students outside parliament before a noun of demonstrations",
			"Serbian police used batons on students gathered outside parliament, the third night of demonstrations against the new mining law.",
			truce.Protest, "SRBEDU", ""},
		// "pupils were kidnapped from their school": the place they were
		// taken from is not who took them, and they are the victims.
		{"pupils taken from a school",
			"Thirty pupils were kidnapped from a boarding school in Kebbi state on Monday.",
			truce.Assault, "", "NGAEDU"},
		{"nurses taken from a hospital",
			"Twelve nurses were abducted from the General Hospital in Kaduna on Monday.",
			truce.Assault, "", "NGAHLH"},
		// "Togo's media regulator suspended …": a state's regulator
		// acts for the state.
		{"a broadcasting regulator suspending stations",
			"Ghana's broadcasting regulator suspended two radio stations on Monday.",
			truce.Coerce, "GHA", ""},
		{"a media watchdog blocking a foreign service",
			"Russia's media watchdog blocked the BBC's Russian service on Friday.",
			truce.Coerce, "RUS", ""},
	})
}
