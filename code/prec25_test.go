package code_test

// Precision cases common to several blind batches (wire17–wire25): acts
// recalled in the simple past with a date months before the news.

import (
	"testing"
)

// After the lead, a simple past dated two months or more before the news
// recalls the lead-up; the same act dated last month, on a day, or told in
// the lead stays news.
func TestPrec25PastDatedRecall(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"recalled an envoy in an earlier month", "2024-06-20",
			"Ghana and Togo held talks in Geneva on Tuesday. Ghana recalled its ambassador from Togo in March, citing border incidents.", "SANCTION", 0},
		{"left a bloc earlier this year", "2024-06-20",
			"Ministers of the Sahel alliance met in Bamako on Monday. The three governments withdrew from the regional customs union earlier this year.", "SANCTION", 0},
		{"fronted earlier month", "2024-06-20",
			"Ghana and Togo held talks in Geneva on Tuesday. In February, Togo freed 30 Ghanaian fishermen as a goodwill gesture.", "RETREAT", 0},
		{"passive dated to an earlier month", "2024-06-20",
			"Ghana and Togo held talks in Geneva on Tuesday. A Ghanaian trawler was seized by the Togolese navy in April.", "COERCE", 0},
		{"last month stays", "2024-06-20",
			"Ghana and Togo held talks in Geneva on Tuesday. Ghana recalled its ambassador from Togo last month, citing border incidents.", "SANCTION", 1},
		{"a day stays", "2024-06-20",
			"Ghana and Togo held talks in Geneva on Tuesday. Ghana recalled its ambassador from Togo on June 2, citing border incidents.", "SANCTION", 1},
		{"the lead stays", "2024-06-20",
			"Ghana recalled its ambassador from Togo in March, citing border incidents, officials said on Tuesday.", "SANCTION", 1},
		{"a span stays", "2024-06-20",
			"Ghana and Togo held talks in Geneva on Tuesday. Ghana suspended four opposition parties for three months.", "COERCE", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// A killing whose victim's body is then burned is one act of violence;
// a killing beside the burning of something else stays two.
func TestPrec25BurnedRemains(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"active, set his body on fire", "2024-06-20",
			"A mob beat a trader to death in Jos on Monday and set his body on fire.", "ASSAULT", 1},
		{"passive, his body set on fire", "2024-06-20",
			"A cleric was beaten to death in Kaduna on Monday and his body set on fire by a mob of youths.", "ASSAULT", 1},
		{"burning churches stays", "2024-06-20",
			"A mob beat a trader to death in Jos on Monday and set fire to two churches.", "ASSAULT", 2},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// A pullout told by its last step and then summed up as the process it
// completes is one event; the completion told on its own stays.
func TestPrec25CompletedProcess(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"left, completing a pullout", "2024-06-20",
			"The last Belgian troops left Chad on Sunday, completing a pullout of some 800 soldiers.", "RETREAT", 1},
		{"handed over, completing a withdrawal", "2024-06-20",
			"Dutch forces handed over Camp Tessalit to the Malian army on Monday, completing a withdrawal that the junta in Bamako had demanded.", "RETREAT", 1},
		{"the completion alone stays", "2024-06-20",
			"Belgium completed its withdrawal from Chad on Sunday, officials said.", "RETREAT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// State forces who raid a place and go on to arrest or seize have made
// one arrest or seizure; a raid that kills stays an attack.
func TestPrec25RaidArrest(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"raided an office and detained editors", "2024-06-20",
			"Kenyan police raided the Nairobi office of an opposition newspaper on Tuesday and detained three editors.", "ASSAULT", 0},
		{"forced their way in and arrested", "2024-06-20",
			"Bolivian police forced their way into the Peruvian consulate in La Paz on Friday and arrested a former minister.", "COERCE", 1},
		{"raided a village and seized rifles", "2024-06-20",
			"Troops raided a village near Gao and seized four rifles and a stock of explosives.", "ASSAULT", 0},
		{"a raid that kills stays", "2024-06-20",
			"Troops raided a rebel camp near Gao on Sunday and killed five fighters.", "ASSAULT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// The aim a side gives an attack already told is that attack retold; the
// same words with no attack before, or in the lead, stay.
func TestPrec25ClaimedAim(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"army said it had targeted", "2024-06-20",
			"A drone strike on a pickup truck near Gao killed three men on Monday, residents said. The Malian army said it had targeted a jihadist commander.", "ASSAULT", 1},
		{"claimed responsibility, saying it had targeted", "2024-06-20",
			"A roadside bomb hit a police convoy in Quetta on Tuesday, wounding six officers. A separatist group claimed responsibility, saying it had targeted an intelligence unit.", "ASSAULT", 1},
		{"passive, only fighters had been targeted", "2024-06-20",
			"Artillery shells hit a market in Kadugli on Friday, killing nine traders. The defence minister said only rebel fighters had been targeted.", "ASSAULT", 1},
		{"the lead stays", "2024-06-20",
			"The Malian army said on Monday it had targeted a jihadist commander near Gao.", "ASSAULT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// The label a side gives the cause of its own act is that act's reason;
// someone else's label, or a label with no act before it, stays a blame.
func TestPrec25CalledReason(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"summoned over what it called", "2024-06-20",
			"Ghana summoned Togo's ambassador on Monday over what it called a violation of its airspace.", "ACCUSE", 1},
		{"severed ties in protest at what it called", "2024-06-20",
			"Chile severed diplomatic relations with Peru on Tuesday in protest at what it called an unjustified attack on its fishermen.", "ACCUSE", 0},
		{"someone else's label stays", "2024-06-20",
			"Rebels shelled the town of Kadugli on Friday, in what the government called a breach of the truce.", "ACCUSE", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}
