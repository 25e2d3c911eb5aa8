package actor

import "testing"

// TestFindActor37 covers the bodies that speak for a trade: a trade's
// plural with a possessive before "union", "association", "syndicate" and
// the like, or a body "of" the trade, is one labour mention.
func TestFindActor37(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		// A known trade before a body noun: the body, not the trade.
		{"a trade's unions", "Boatmen's unions on the lake rejected the new levy.", "2024-03-01",
			[]want{{"Boatmen's unions", "", "LAB", KindSector}}},
		{"a trade with a modifier", "Minibus drivers' unions shut the ring road.", "2024-03-01",
			[]want{{"drivers' unions", "", "LAB", KindSector}}},
		// A trade the dictionary does not know.
		{"an unknown trade's federation", "The loggers' federation called off its strike.", "2024-03-01",
			[]want{{"loggers' federation", "", "LAB", KindSector}}},
		{"an unknown trade's syndicate, capitalised", "Police sealed the offices of the Pharmacists' Syndicate in Zarqa.", "2024-03-01",
			[]want{{"Police", "", "COP", KindSector}, {"Pharmacists' Syndicate", "", "LAB", KindSector}}},
		// A profession keeps its sector; people joined by no trade are
		// not a labour body.
		{"a profession's syndicate", "The Nurses' Association denounced the cuts.", "2024-03-01",
			[]want{{"Nurses' Association", "", "HLH", KindSector}}},
		{"victims' associations", "Victims' associations marched in Osara.", "2024-03-01",
			nil},
		// A body named "of" its trade.
		{"a union of a trade", "The Union of Independent Radio Professionals condemned the ban.", "2024-03-01",
			[]want{{"Union of Independent Radio Professionals", "", "LAB", KindSector}}},
		{"an employers' federation", "The Federation of Timber Exporters welcomed the deal.", "2024-03-01",
			[]want{{"Federation of Timber Exporters", "", "BUS", KindSector}}},
		{"a union of a country is none", "The Union of Comoros protested.", "2024-03-01",
			[]want{{"Comoros", "COM", "", KindCountry}}},
	}
	checkFind(t, d, tests)
}
