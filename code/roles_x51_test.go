package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "sent aid to Sudan and Chad": every state of a list after "to" is a
// recipient, an aside before the last one notwithstanding; a list that
// goes on to something other than a state keeps the first alone.
func TestRecipientListX51(t *testing.T) {
	runSideCases(t, "2001-03-05", []sideCase{
		{"two recipients joined by and, first",
			"Egypt pledged emergency aid to Sudan and Chad on Monday.",
			truce.Agree, "EGYGOV", "SDNGOV"},
		{"two recipients joined by and, second",
			"Egypt pledged emergency aid to Sudan and Chad on Monday.",
			truce.Agree, "EGYGOV", "TCDGOV"},
		{"capitals after apologised to",
			"Tokyo apologised to Seoul and Beijing for the remarks.",
			truce.Support, "JPNGOV", "CHNGOV"},
		{"a comma list closed by and",
			"The Senate voted to lift the ban on arms sales to Vietnam, Laos and Cambodia.",
			"", "", "LAOGOV"},
		{"a comma list with an aside before the last",
			"The Senate voted to lift the ban on arms sales to Vietnam, Laos, and with conditions attached, Cambodia.",
			"", "", "KHMGOV"},
	})
	x := mustExtract(t, "Egypt sent aid to Sudan, the ministry said on Monday.", "2001-03-05")
	for _, ev := range x.Events {
		if len(ev.Target) > 1 {
			t.Errorf("a comma with no closing and made a list: %+v", ev.Target)
		}
	}
}

// "fired shells at targets in Jericho", "suspended aid deliveries in
// Aleppo": an act that names no one is aimed at the people of the place
// it lands on; a border closed, a state closing a place of its own, a
// place after a venue, and a state's own forces striking at home give no
// such target.
func TestPlaceTargetX51(t *testing.T) {
	runSideCases(t, "2001-03-05", []sideCase{
		{"shelling of targets in a city",
			"Rebel fighters shelled targets in Goma overnight.",
			truce.Assault, "CODREB", "CODCVL"},
		{"a blockade on a territory",
			"The navy reimposed a blockade on Gaza on Sunday.",
			truce.Coerce, "", "PSECVL"},
		{"aid deliveries suspended in a city",
			"The Red Crescent suspended aid deliveries in Aleppo after a convoy was hit.",
			truce.Sanction, "IFRC", "SYRCVL"},
		{"a capital blockaded as the object",
			"Farmers said they would blockade Brussels next week.",
			truce.Coerce, "", "BELCVL"},
		{"a blockade across a region of a country",
			"The army imposed a blockade across northern Yemen.",
			truce.Coerce, "", "YEMCVL"},
		{"gunmen burning vehicles at home",
			"Gunmen torched vehicles in Zamfara on Friday.",
			truce.Assault, "NGAREB", "NGACVL"},
	})
	for _, text := range []string{
		"Turkish forces shut the Kilis crossing on Monday.",
		"Turkish officials closed Kilis and Oncupinar on Sunday after the shelling.",
		"Pakistani jets bombed hideouts in North Waziristan.",
		"The minister condemned the blockade at a news conference in Rome.",
	} {
		for _, ev := range mustExtract(t, text, "2001-03-05").Events {
			for _, a := range ev.Target {
				if a.Sector == "CVL" {
					t.Errorf("%q: the people of the place coded as the target: %+v", text, ev.Target)
				}
			}
		}
	}
}

// Leaders and former state names of the 1950s-2000s, with the dates they
// held office or the name was in use, so that wire text of those years
// codes the state they stood for.
func TestFormerLeadersAndNamesX51(t *testing.T) {
	cases := []struct {
		published string
		sideCase
	}{
		{"1998-05-02", sideCase{"a president in office",
			"President Bill Clinton ordered new sanctions on Sudan on Friday.",
			truce.Sanction, "USAGOV", "SDNGOV"}},
		{"1987-02-02", sideCase{"a ruler by a spelling of his name",
			"Muammar Gaddafi accused the United States of plotting against Libya.",
			truce.Accuse, "LBYGOV", "USAGOV"}},
		{"1996-11-02", sideCase{"a state by its former demonym",
			"Zairean troops shelled rebel positions near Goma on Saturday.",
			truce.Assault, "CODMIL", ""}},
		{"1985-02-02", sideCase{"a target by its former demonym",
			"Vietnamese forces shelled Kampuchean guerrilla bases near the Thai border.",
			truce.Assault, "VNMMIL", "KHM"}},
		{"1978-02-02", sideCase{"a settler state by its demonym",
			"Rhodesian troops raided guerrilla camps in Mozambique.",
			truce.Assault, "ZWEMIL", ""}},
	}
	for _, c := range cases {
		runSideCases(t, c.published, []sideCase{c.sideCase})
	}
	// Out of office, a leader still stands for his country.
	x := mustExtract(t, "Former president Bill Clinton criticised the Chinese government on Monday.", "2015-06-01")
	if !hasEvent(x.Events, "", "USA", "CHNGOV") {
		t.Errorf("a former president lost his country: %+v", x.Events)
	}
}
