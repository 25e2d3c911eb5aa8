package code_test

// Event words the precision pass of wire20 found used of something other
// than their act, in news of any story: a report or footage "released", a
// drone that only made footage or flew, an act named again to be judged
// by a verb of naming, talks a verb stops, an accord talks are about, a
// decree one side signs, a rally that is only where a speech or an attack
// happened, a crowd's defiance told with its deed, "fighting" saying who
// a force is, and an act word saying what something is or is like.

import (
	"testing"
)

// Each text, published on pub, codes exactly n events of type typ.
func TestPrec20Sense(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		// A document or recording made public frees no one.
		{"a report released on a weekday", "2024-03-11",
			"Rebels shelled the market in Kidal last month, Amnesty International said in a report released on Tuesday.", "RETREAT", 0},
		{"an army releasing footage", "2024-03-11",
			"The Kenyan army released footage on Monday that it said showed militants fleeing the camp.", "RETREAT", 0},
		{"a rights group releasing a video of an act", "2024-03-11",
			"Human Rights Watch released a video of Ethiopian troops shooting villagers in Tigray.", "RETREAT", 0},
		{"hostages released stay", "2024-03-11",
			"The rebels released 12 Nigerian soldiers in Zamfara on Sunday.", "RETREAT", 1},
		{"a list of prisoners released stays", "2024-03-11",
			"Kyiv released 40 prisoners of war on Friday in an exchange brokered by Qatar.", "RETREAT", 1},
		// A drone named for its footage or its flights strikes nothing.
		{"drone footage", "2024-03-11",
			"Police in Lagos published drone footage of the crowd outside the governor's office on Tuesday.", "ASSAULT", 0},
		{"drone flights over a region", "2024-03-11",
			"The airfield near Agadez long served as the base for French drone flights over the desert.", "ASSAULT", 0},
		{"a drone that hit a truck stays", "2024-03-11",
			"A drone hit a fuel truck near Kherson on Monday, killing its driver.", "ASSAULT", 1},
		// An act a naming verb judges is told before, or a figure.
		{"an expulsion described as excessive", "2024-03-11",
			"Lima's foreign minister described the Bolivian expulsion as excessive and said the consul would stay.", "COERCE", 0},
		{"a ban called an attack on sovereignty", "2024-03-11",
			"Colombia's president called the travel ban an attack on his country's dignity.", "ASSAULT", 0},
		{"a deployment described as reckless", "2024-03-11",
			"Pyongyang described the American deployment as reckless.", "MOBILIZE", 0},
		{"a blockade branded piracy", "2024-03-11",
			"Ankara branded the Greek blockade 'piracy'.", "COERCE", 0},
		{"calling a ceasefire makes one", "2024-03-11",
			"The rebels called a ceasefire in Kachin State on Monday.", "RETREAT", 1},
		// Talks a verb stops or puts off were not held.
		{"talks frozen", "2024-03-11",
			"Ankara froze talks with Athens on maritime borders on Tuesday.", "CONSULT", 0},
		{"negotiations broken off", "2024-03-11",
			"The opposition broke off negotiations with the ruling party on Monday.", "CONSULT", 0},
		{"talks held stay", "2024-03-11",
			"Seoul and Tokyo held talks on Tuesday in Busan.", "CONSULT", 1},
		// A crowd's defiance of a curfew told with its deed is one act,
		// coded from the deed; defiance told alone stays.
		{"a lockdown defied by torching", "2024-03-11",
			"Protesters torched a police station in Honiara on Thursday, defying a 36-hour lockdown.", "REJECT", 0},
		{"the deed of a lockdown defied stays", "2024-03-11",
			"Protesters torched a police station in Honiara on Thursday, defying a 36-hour lockdown.", "PROTEST", 1},
		// (The students' arson is itself a riot, mode38: one PROTEST.)
		{"a fronted curfew defied", "2024-03-11",
			"Defying a curfew, students set fire to the ruling party's office in Dhaka on Monday.", "PROTEST", 1},
		{"a curfew defied alone stays", "2024-03-11",
			"Thousands of Sudanese defied a curfew in Khartoum on Sunday.", "PROTEST", 1},
		// An act word saying what something is, or is like, likens.
		{"less a dispute than a battle", "2024-03-11",
			"The row between Kenya and Somalia is less a maritime dispute than a battle for regional influence.", "ASSAULT", 0},
		{"looks less like a treaty", "2024-03-11",
			"The alliance between Mali and Burkina Faso looks less like a defence treaty than a club of juntas.", "AGREE", 0},
		{"is not a peace agreement", "2024-03-11",
			"For Serbia and Kosovo, a handshake in Brussels is not a peace agreement.", "AGREE", 0},
		{"what someone said was an attack stays", "2024-03-11",
			"Dozens were treated in hospital after what state television said was a chemical attack on a village near Idlib on Sunday.", "ASSAULT", 1},
		// An accord talks are about is not yet made; the talks stay.
		{"talks on a truce", "2024-03-11",
			"Sudanese army envoys held talks with RSF delegates in Jeddah on a humanitarian truce.", "RETREAT", 0},
		{"talks on a truce are talks", "2024-03-11",
			"Sudanese army envoys held talks with RSF delegates in Jeddah on a humanitarian truce.", "CONSULT", 1},
		{"a deal discussed", "2024-03-11",
			"Officials from Kyiv and Moscow discussed a prisoner-exchange deal in Riyadh on Monday.", "AGREE", 0},
		{"a ceasefire agreed stays", "2024-03-11",
			"Armenia and Azerbaijan agreed on a ceasefire on Tuesday.", "AGREE", 1},
		// An order, law or letter one side signs is no agreement.
		{"a decree signed", "2024-03-11",
			"President Javier Milei signed a decree on Monday ordering troops to the northern border.", "AGREE", 0},
		{"a letter signed", "2024-03-11",
			"Brazil's foreign minister signed a letter urging the Security Council to act on Haiti.", "AGREE", 0},
		{"a pact signed stays", "2024-03-11",
			"Kenya and Uganda signed a border security pact in Nairobi on Tuesday.", "AGREE", 1},
		{"a joint declaration signed stays", "2024-03-11",
			"Ethiopia and Djibouti signed a joint declaration on port access on Tuesday.", "AGREE", 1},
		// A rally named as a speech's audience or an attack's scene is no
		// protest; one held is.
		{"a leader telling a rally", "2024-03-11",
			"Opposition leader Raila Odinga told a rally in Kisumu on Sunday that his party would win the vote.", "PROTEST", 0},
		{"speaking at a rally", "2024-03-11",
			"Speaking at a rally of supporters in Lahore, Khan said the army had betrayed the nation.", "PROTEST", 0},
		{"a bomb hurled at a rally", "2024-03-11",
			"A bomb hurled at a rally of the ruling party in Dhaka on Friday wounded 14 people.", "PROTEST", 0},
		{"a rally held stays", "2024-03-11",
			"Thousands of opposition supporters held a rally in Harare on Saturday to demand fresh elections.", "PROTEST", 1},
		// "Fighting" right after a force says who it is.
		{"a contingent fighting an insurgency", "2024-03-11",
			"The Kenyan contingent fighting al-Shabaab in southern Somalia will stay until December, Nairobi said.", "ASSAULT", 0},
		{"troops fighting in a country", "2024-03-11",
			"Chadian troops fighting in northern Mali returned home on Friday.", "ASSAULT", 0},
		{"militias fighting for a cause, and their act", "2024-03-11",
			"Militias fighting for autonomy in the Anglophone regions kidnapped a priest near Bamenda on Sunday.", "ASSAULT", 1},
		{"fighting with an auxiliary stays", "2024-03-11",
			"Rebels were fighting soldiers near Goma on Monday.", "ASSAULT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}
