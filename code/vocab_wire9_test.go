package code_test

import "testing"

// TestWireVocabularyNinth checks trigger, weapon and qualifier rows for
// constructions found missing in blind newsroom digests, each said in our
// own words with other actors and places, and the look-alikes that must
// stay out: a typ of "" wants no event of notTyp.
func TestWireVocabularyNinth(t *testing.T) {
	runVocabCases(t, []vocabCase{
		// a release ordered, the captive named with a bare participle.
		{"ordered the release of detained", "RETREAT", "release", "",
			"The junta ordered the release of detained journalist Ali Musa on Sunday."},
		{"ordered the release of jailed", "RETREAT", "release", "",
			"Malawi's president ordered the release of jailed student leader Grace Banda."},
		{"release of jailed is no arrest", "", "", "COERCE",
			"Malawi's president ordered the release of jailed student leader Grace Banda."},
		// fire traded with heavy weapons.
		{"exchanged fire with mortars", "ASSAULT", "heavy-weapons", "",
			"Eritrean and Ethiopian soldiers exchanged fire with mortars and heavy machine guns along the border on Monday."},
		{"traded fire with artillery", "ASSAULT", "heavy-weapons", "",
			"Indian and Pakistani troops traded fire with artillery across the Line of Control."},
		{"exchanged fire stays firearms", "ASSAULT", "firearms", "",
			"Police exchanged fire with the gunmen for an hour outside Mombasa."},
		// an act named a breach, or a wrong, by those who suffered it.
		{"called the shelling a breach of", "ACCUSE", "", "",
			"Kyiv called the shelling a breach of the Easter truce."},
		{"what the army called a violation of", "ACCUSE", "", "",
			"The strikes came hours after what the army called a violation of the ceasefire by the rebels."},
		{"breach named is no assault", "", "", "ASSAULT",
			"Kyiv called the shelling a breach of the Easter truce."},
		{"called his arrest political persecution", "ACCUSE", "disapprove", "",
			"The opposition leader called his arrest \"political persecution\"."},
		{"called the verdict an outright oppression", "ACCUSE", "disapprove", "",
			"Thailand's opposition called the ruling \"an outright oppression\"."},
		// a hunt for suspects is no gunfire.
		{"launched a manhunt", "", "", "ASSAULT",
			"Nigerian police launched a manhunt for the gunmen in Katsina on Sunday."},
		{"launched a search", "", "", "ASSAULT",
			"Soldiers launched a search for the gunmen near Mopti."},
		// a trade lost is no ground taken.
		{"drove out of business", "", "", "COERCE",
			"Cheap Turkish imports drove Iraqi farmers out of business."},
		// a wrong named as an attack is no attack.
		{"condemned as an assault on", "", "", "ASSAULT",
			"Brussels and Washington condemned the new media laws as an assault on Georgian democracy."},
		{"denounced as an attack on", "", "", "ASSAULT",
			"Norway denounced the ruling as an attack on press freedom in Hungary."},
	})
}
