package code_test

// Round 50 of type and precision: an attack said to have been launched,
// planned or directed from another country's soil accuses that country.

import (
	"testing"

	"github.com/truce-project/truce"
)

// "said the raid had been planned from Somali territory", "say the
// bombing was plotted from Afghanistan": ACCUSE allege, the speaker
// against the country named after "from"; goods sent from a country and
// a plan drawn up at home accuse no one.
func TestPrec50LaunchedFrom(t *testing.T) {
	wantEvents(t, truce.Accuse, "allege", []sidesCase{
		{"planned from territory", "Kenya's defence ministry said the raid on the Mandera garrison had been planned from Somali territory.", "KENGOV", "SOM"},
		{"plotted from country", "Pakistan's interior minister said the bombing in Quetta was plotted from Afghanistan.", "PAKGOV", "AFG"},
		{"launched from", "Armenia's foreign ministry said the drones that hit Goris had been launched from Azerbaijan.", "ARMGOV", "AZE"},
	})
	wantNone(t, truce.Accuse,
		"The minister said the aid convoy had been sent from Kenya.",
		"The ministry said the vaccination drive was planned in the capital.")
}
