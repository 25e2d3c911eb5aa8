package code_test

// Precision cases of issue 3 (prec34): sentences that hold no event of
// their own, told as background.

import "testing"

// prec34Lead opens each text so that the case is not the lead sentence.
const prec34Lead = "The navy freed twelve fishermen on Wednesday. "

// An act after the lead told in the simple past with a date well before
// the news, or a noun or an "after" clause hung on such an act, is the
// lead-up; the same act dated to this week is news.
func TestPrec34DatedRecall(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"a noun object of a verb dated in March", "2024-06-20", prec34Lead + "Manila signed a fisheries accord with Hanoi in March, angering Beijing.", "AGREE", 0},
		{"a noun subject of a verb dated last year", "2024-06-20", prec34Lead + "Clashes between the rival herders killed at least 40 villagers last year.", "ASSAULT", 0},
		{"a day more than a week back", "2024-06-20", prec34Lead + "The opposition leader was detained on June 3 after he called for a general strike.", "COERCE", 0},
		{"an after clause of a day more than a week back", "2024-06-20", prec34Lead + "The opposition leader was detained on June 3 after he called for a general strike.", "PROTEST", 0},
		{"last October", "2024-06-20", prec34Lead + "Rebels shelled the port last October, accusing the navy of a blockade.", "ASSAULT", 0},
		{"a second passive dated more than a week back", "2024-06-20", prec34Lead + "The governor was impeached by the assembly and arrested by police on June 2 after he refused to step down.", "COERCE", 0},
		{"a day alone stays", "2024-06-20", prec34Lead + "The governor was impeached by the assembly and arrested by police on June 2.", "COERCE", 1},
		{"a noun object dated this week stays", "2024-06-20", prec34Lead + "Manila signed a fisheries accord with Hanoi on Tuesday, angering Beijing.", "AGREE", 1},
		{"a day of this week stays", "2024-06-20", prec34Lead + "Police arrested the opposition leader on Monday after he called for a general strike.", "COERCE", 1},
		{"a second passive dated this week stays", "2024-06-20", prec34Lead + "The governor was impeached by the assembly and arrested by police on Tuesday after he refused to step down.", "COERCE", 1},
		{"the lead sentence stays", "2024-06-20", "Manila signed a fisheries accord with Hanoi in March, angering Beijing.", "AGREE", 1},
	})
}

// A concession whose object is a market figure, and a threat of force
// among money words with no armed actor, are the economy's words; a
// tariff or a restriction lifted, and an army's threat, stay.
func TestPrec34MarketSense(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"easing inflation", "2024-03-27", "The finance ministry said falling food prices were easing inflation across the region.", "CONCEDE", 0},
		{"lifting shares", "2024-03-27", "Saudi Arabia and Russia said they would extend their output cuts, lifting shares of refiners in Riyadh.", "CONCEDE", 0},
		{"a bank ready to strike", "2024-03-27", "The central bank governor said the bank stood ready to strike again if inflation kept rising.", "THREATEN", 0},
		{"a bank ready to defend its currency", "2024-03-27", "The central bank fired a warning shot at bond speculators on Monday, signalling that it was ready to defend the shilling with all its reserves.", "THREATEN", 0},
		{"restrictions eased stay", "2024-03-27", "The junta eased restrictions on foreign journalists on Monday.", "CONCEDE", 1},
		{"a tariff lifted stays", "2024-03-27", "Kenya lifted the 25 percent tariff on Ugandan sugar on Tuesday.", "CONCEDE", 1},
		{"an army ready to strike stays", "2024-03-27", "The army said it stood ready to strike again if rebels kept raising prices at checkpoints.", "THREATEN", 1},
	})
}

// An act only feared or grown weary of is a feeling, not an act; the
// act told as done stays.
func TestPrec34FearedAct(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"for fear of shelling", "2024-03-27", "Villagers fled the valley for fear of renewed air strikes.", "ASSAULT", 0},
		{"afraid of being abducted", "2024-03-27", "Farmers near the border are afraid of being abducted by the militia, a local priest said.", "ASSAULT", 0},
		{"tired of being kidnapped", "2024-03-27", "\"We are tired of being kidnapped on this road,\" a bus driver said.", "ASSAULT", 0},
		{"fearing looting", "2024-03-27", "Traders in the old market hid their goods, fearing looting by soldiers.", "COERCE", 0},
		{"the act done stays", "2024-03-27", "Soldiers shelled the village on Monday, killing four people.", "ASSAULT", 1},
	})
}
