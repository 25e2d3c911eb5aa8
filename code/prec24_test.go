package code_test

// Precision cases common to several blind batches (wire10–wire23): tolls
// to date told across an aside.

import (
	"testing"
)

// A war's toll to date, or attacks tallied back years, is background even
// when an aside stands between the subject and "has killed"; attackers
// with an aside and no span stay news.
func TestPrec24TollAcrossAside(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"insurgency with a relative aside", "2024-05-02",
			"The separatist insurgency, which began in 1994, has killed an estimated 12,000 people.", "ASSAULT", 0},
		{"rebellion with an aside", "2024-05-02",
			"The Kivan rebellion, which the army vowed to end within a year, has killed more than 4,000 civilians.", "ASSAULT", 0},
		{"raids with an aside and a span of years", "2024-05-02",
			"Cattle raids in the valley, which herders blame on rival clans, have killed dozens of people since 2016.", "ASSAULT", 0},
		{"attacks with an aside and past decade", "2024-05-02",
			"Bandit attacks on the highway, which links the port to the capital, have killed hundreds over the past decade.", "ASSAULT", 0},
		{"gunmen with an aside stay", "2024-05-02",
			"Gunmen, who arrived on motorbikes, have killed 14 villagers in Tarsa on Monday.", "ASSAULT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// A source who asked not to be named, or an office that did not answer a
// request for comment, asks for nothing; what the source tells stays.
func TestPrec24SourcingFormula(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"asked not to be named after a quote", "2024-05-02",
			"'We cannot sleep at night,' said one farmer in Varno, who asked not to be named.", "REQUEST", 0},
		{"did not respond to requests for comment", "2024-05-02",
			"The provincial governor's office did not respond to requests for comment.", "REQUEST", 0},
		{"a request for comment", "2024-05-02",
			"The militia did not answer a request for comment on Tuesday.", "REQUEST", 0},
		{"what the unnamed source tells stays", "2024-05-02",
			"A resident, who asked not to be named, said gunmen burned the market in Tarsa.", "ASSAULT", 1},
		{"a real request stays", "2024-05-02",
			"The mayor of Varno asked the army to reopen the bridge.", "REQUEST", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// A shooting into a crowd told as protesting is one event, the excessive
// force; tear gas on such a crowd still tells the protest beside it.
func TestPrec24ShootingIntoProtest(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"opened fire on villagers protesting", "2024-05-02",
			"Malawian soldiers opened fire on Thursday on villagers protesting against a new mine near Kasungu, killing two.", "PROTEST", 0},
		{"fired live rounds at students demonstrating", "2024-05-02",
			"Bolivian police fired live rounds at students demonstrating outside the university in Sucre on Monday, wounding five.", "PROTEST", 0},
		{"the shooting stays", "2024-05-02",
			"Malawian soldiers opened fire on Thursday on villagers protesting against a new mine near Kasungu, killing two.", "ASSAULT", 1},
		{"the demand stays folded", "2024-05-02",
			"Guinean troops opened fire on demonstrators demanding the release of a jailed mayor in Kankan, killing four.", "REQUEST", 0},
		{"tear gas keeps the protest", "2024-05-02",
			"Ghanaian police fired tear gas to disperse thousands of people rallying against the new tax law in Kumasi on Friday.", "PROTEST", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// Troops who free captives in a raid or after a gunfight attack the
// captors: one attack, no release.
func TestPrec24RescueByForce(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"freed after a gunfight", "2024-05-02",
			"Kenyan soldiers freed six aid workers on Friday after a gunfight with their kidnappers near Mandera.", "RETREAT", 0},
		{"freed after a raid", "2024-05-02",
			"Malian troops freed 12 villagers held by jihadists after a raid on a camp near Gao, the army said.", "RETREAT", 0},
		{"the raid stays", "2024-05-02",
			"Malian troops freed 12 villagers held by jihadists after a raid on a camp near Gao, the army said.", "ASSAULT", 1},
		{"an attack set off by a comma is another act", "2024-05-02",
			"The Nigerian army freed 20 suspects on Friday, a day after a bomb attack on a market in Maiduguri killed five.", "RETREAT", 1},
		{"a release by captors stays", "2024-05-02",
			"The rebels freed 12 soldiers on Sunday after talks with the government in Bamako.", "RETREAT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}
