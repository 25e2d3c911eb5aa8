package code_test

import "testing"

// ACLED's recorded-or-not of round 30, in sentences of our own.
func TestACLED30(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// A deal signed with an armed group is an agreement ACLED
		// records, whether the group is named or only told as a
		// country's rebels or armed groups; a deal between states on
		// other matters is not.
		{"deal with a coalition of rebel groups", "The government of Niger and a coalition of rebel groups signed a peace accord in Algiers on Tuesday.",
			"accord", "Strategic developments/Agreement"},
		{"framework with separatist rebels", "The government and the separatist rebels agreed in Geneva on Thursday on a framework for the southern provinces.",
			"framework", "Strategic developments/Agreement"},
		{"declaration with communist rebels", "Manila and the communist rebels signed a joint declaration in Oslo on Tuesday.",
			"signed", "Strategic developments/Agreement"},
		{"trade memorandum between states", "Kenya and Uganda signed a trade memorandum in Nairobi on Monday.",
			"memorandum", ""},
		// An armed group or a gang that shuts a place down or blocks
		// its roads holds power over the ground: Other. A state's
		// closure, and a crowd's blockade, are not.
		{"rebels block a highway", "Rebels blocked the highway between Goma and Rutshuru on Friday.",
			"blocked", "Strategic developments/Other"},
		{"fighters blockade roads", "Islamist fighters blockaded the main roads into the town of Djibo on Monday.",
			"blockade", "Strategic developments/Other"},
		{"gang orders an armed strike", "Gang members ordered an armed strike across the north of the country, shutting shops and schools.",
			"strike", "Strategic developments/Other"},
		{"state closes a border", "Ghana closed its border with Togo on Monday.",
			"closed", ""},
		{"crowd of separatists blocks an airport", "Thousands of Basque separatists blocked access to Bilbao airport on Sunday.",
			"blocked", ""},
	}, false)
}
