package code_test

import "testing"

// TestWireVocabularyEighth checks trigger, weapon and qualifier rows for
// constructions found missing in blind newsroom digests, each said in our
// own words with other actors and places, and the look-alikes that must
// stay out: a typ of "" wants no event of notTyp.
func TestWireVocabularyEighth(t *testing.T) {
	runVocabCases(t, []vocabCase{
		// relations cut, told with "relations" rather than "ties".
		{"cut diplomatic relations with", "SANCTION", "withdraw", "",
			"Bogota cut diplomatic relations with Managua on Friday."},
		{"is cutting relations with", "SANCTION", "withdraw", "",
			"Quito said it was cutting all relations with Caracas over the raid."},
		// recognition of a government brought to an end is relations cut.
		{"ended its recognition of", "SANCTION", "withdraw", "",
			"Nicaragua's government ended its long-standing recognition of Taipei on Thursday."},
		{"withdrew recognition of", "SANCTION", "withdraw", "",
			"The Solomon Islands withdrew recognition of Taiwan on Monday and turned to Beijing."},
		{"recognition granted stays support", "SUPPORT", "", "",
			"Madrid announced its recognition of the State of Palestine on Tuesday."},
		// a group declared illegal is banned.
		{"declared an illegal organisation", "COERCE", "ban", "",
			"Ankara declared the student union an illegal organisation on Tuesday."},
		{"designated a banned group", "COERCE", "ban", "",
			"Kyrgyzstan's supreme court designated the opposition movement a banned group."},
		// rights suspended are a state of exception.
		{"suspended constitutional guarantees", "COERCE", "martial-law", "",
			"Ecuador's president suspended constitutional guarantees in three coastal provinces on Monday."},
		{"suspended civil liberties", "COERCE", "martial-law", "",
			"The Sri Lankan government suspended civil liberties in Colombo for 30 days."},
		// a lockdown imposed on a place confines its people.
		{"imposed a lockdown", "COERCE", "curfew", "",
			"Authorities imposed a 48-hour lockdown on Kampala after the riots."},
		{"a lockdown was imposed", "COERCE", "curfew", "",
			"Troops cleared the square and a three-day lockdown was imposed on Goma."},
		// forces that begin patrolling a place have been deployed there.
		{"began patrolling", "MOBILIZE", "", "",
			"Kenyan police officers began patrolling Port-au-Prince on Tuesday."},
		{"started patrolling", "MOBILIZE", "", "",
			"French soldiers started patrolling the streets of Bangui after the coup."},
		// entry refused to another's officials.
		{"visa restrictions on", "SANCTION", "", "",
			"Washington on Monday announced visa restrictions on Ugandan officials over the election."},
		{"visa bans on", "SANCTION", "", "",
			"The EU imposed visa bans on 20 Belarusian judges."},
		// communications switched off.
		{"switched off mobile internet", "COERCE", "censor", "",
			"Authorities in Addis Ababa switched off mobile internet across Amhara on Friday."},
		// a crowd forcing its way into a seat of power.
		{"protesters broke into residence", "PROTEST", "riot", "",
			"Protesters broke into the governor's residence in Kandy on Saturday, smashing windows."},
		{"students broke into palace", "PROTEST", "riot", "",
			"Thousands of students broke into the presidential palace in Antananarivo."},
		{"gunmen broke into residence is no protest", "", "", "PROTEST",
			"Gunmen broke into the mayor's residence in Culiacan and shot two guards."},
		// a single round of artillery.
		{"a shell landed", "ASSAULT", "heavy-weapons", "",
			"A shell landed on a school in Kharkiv on Monday, killing two children, regional officials said."},
	})
}
