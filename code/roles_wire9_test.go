package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who acts and who is acted on in constructions met in the ninth round
// of blind wire copy: forces a state's leader orders about ("ordered the
// army to full alert") are that state's, wherever the sentence then
// looks; a participle after a report set off by commas ("…, the
// ministry said on Friday, announcing sanctions") is the speaker's act;
// activists a state detains are its own, though the clause on them names
// another state ("who opposed a deal with Russia"); civilians struck
// where the story is set are that land's, though a town's neighbours were
// named before; "condemned the deportations", "called the closure
// unlawful" are aimed at who deported or closed; a leader who resigns
// "under pressure from the army" bows to his own state's army; "closed
// its airspace to flights to and from Mali" is aimed at Mali, and so is
// the closure of "its land, sea and air borders with" it; in "the
// defence forces commander, General Y, who had urged him" the forces
// urge.
// Each text is in the project's own words; a case passes when some event
// of the type runs from source to target (an empty source or target is
// not checked) and no event of the type has notTarget as its target or
// notSource as its source.
func TestRolesWire9(t *testing.T) {
	wantRoleSides(t, []rolesCase{
		// the forces a leader orders about are the leader's state's.
		{"a president orders the army to alert over a neighbour",
			"Venezuelan President Nicolás Maduro ordered the army to its highest state of alert on Tuesday as a British warship anchored off the coast of Guyana.",
			truce.Mobilize, "VENMIL", "", "", "GUYMIL"},
		{"a premier orders troops forward as a neighbour's soldiers dig in",
			"Armenian Prime Minister Nikol Pashinyan ordered troops to reinforce positions near Tegh on Friday as Azerbaijani soldiers dug in across the frontier.",
			truce.Mobilize, "ARM", "", "", "AZEMIL"},
		// a participle after a report framed by commas is the speaker's.
		{"a ministry's sanctions after its own report",
			"Canada has concluded that Russian forces deported thousands of children, the foreign ministry said on Friday, announcing sanctions against Moscow.",
			truce.Sanction, "CANGOV", "RUS", "", "CANCVL"},
		{"a state department's sanctions after a finding on an army",
			"Eritrean troops looted grain stores across Tigray last year, the State Department said on Wednesday, announcing new sanctions on Asmara.",
			truce.Sanction, "USA", "ERI", "", "ERIMIL"},
		// activists a state detains are its own, whatever foreign
		// state the clause about them names.
		{"a state named whole detains activists against a foreign deal",
			"Belarus said on Tuesday it had detained 15 activists who protested against a gas deal with Russia.",
			truce.Coerce, "BLR", "BLR", "RUSPRO", ""},
		{"a security service detains opponents of a treaty",
			"Tajikistan's State Committee for National Security said it had arrested 12 activists who campaigned against a water-sharing pact with Uzbekistan.",
			truce.Coerce, "TJK", "TJK", "UZBPRO", ""},
		// civilians struck in the land the story is set in are its
		// people, though the sentence before named its neighbours.
		{"drones on markets around a city near two borders",
			"Sudan's army said on Sunday it had recaptured Wad Madani, a city in Gezira state near the border with Ethiopia and Eritrea. Residents said army drones struck markets around the city overnight, killing at least nine civilians.",
			truce.Assault, "SDNMIL", "SDNCVL", "ETHCVL", ""},
		{"helicopters on farms around a town near a frontier",
			"Ethiopian federal forces took the town of Lalibela in Amhara on Friday, a city close to the frontier with Sudan and Eritrea, officials said. Witnesses said government helicopters bombed farms around the town the next day, killing 11 civilians.",
			truce.Assault, "ETHMIL", "ETHCVL", "SDNCVL", ""},
		// a reaction to a deportation or a closure told before is aimed
		// at who made it, not at whom it was made against.
		{"an agency condemns deportations told before",
			"Kenya deported 30 Ethiopian asylum seekers to Addis Ababa on Monday. The UN refugee agency condemned the deportations.",
			truce.Accuse, "", "KEN", "ETH", ""},
		{"a capital calls a frontier closure unlawful",
			"Niger shut its frontier with Benin on Friday, halting fuel trucks. Cotonou called the closure an unfriendly act.",
			truce.Accuse, "BEN", "NER", "", ""},
		// the body a leader bows to, left unnamed, is the leader's own.
		{"a leader steps down under pressure from the military",
			"Thailand offered refuge to the ousted Cambodian premier on Tuesday, a day after the Cambodian leader stepped down under pressure from the military.",
			truce.Concede, "KHM", "KHMMIL", "THAMIL", ""},
		{"a president quits under pressure from the army chief",
			"Senegal granted asylum to Guinea's deposed president on Friday, two days after the Guinean head of state resigned under pressure from the army chief.",
			truce.Concede, "GIN", "GINMIL", "SENMIL", ""},
		// "to and from X" aims at X as "to X" does.
		{"airspace closed to flights to and from a neighbour",
			"Morocco closed its airspace to flights to and from Algeria on Wednesday.",
			truce.Coerce, "MAR", "DZA", "", ""},
		{"a kingdom bans flights to and from a neighbour",
			"Saudi Arabia banned all flights to and from Lebanon on Friday in a row over a minister's remarks.",
			truce.Coerce, "SAU", "LBN", "", ""},
		// commas parting a noun's modifiers end no object.
		{"a closure of a list of borders with a neighbour",
			"Chad announced the immediate closure of its land, air and lake borders with Nigeria after the attack.",
			truce.Coerce, "TCD", "NGA", "", ""},
		{"crossings of several kinds closed with a neighbour",
			"Kyrgyzstan closed its road, rail and air crossings with Tajikistan after the clashes.",
			truce.Coerce, "KGZ", "TJK", "", ""},
		// "the X chief, General Y, who had urged": a relative on a name
		// the dictionary does not know is the body the office is of.
		{"a commander named after his office urges a resignation",
			"Zimbabwe's president resigned on Tuesday after a week of pressure from the defence forces commander, General Constantino Chiwenga, who had urged him to go.",
			truce.Request, "ZWEMIL", "ZWE", "", ""},
		{"an army chief named after his office urges a departure",
			"The Sudanese president stepped down on Thursday after talks with the army chief, General Ahmed Awad Ibn Auf, who had urged him to quit.",
			truce.Request, "SDNMIL", "SDN", "", ""},
	})
}
