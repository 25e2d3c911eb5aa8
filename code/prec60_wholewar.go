package code

// prec60: a verb of fighting whose object is a whole war.
//
// "Renamo fought a 16-year civil war against the government", "the two
// countries fought a border war in 1979", "the PKK has waged an
// insurgency against the state since 1984", "the militia fought on the
// army's side during the war in the north". What is fought or waged is a
// whole war, told as the history of a side; no one clash is news. A
// fight told as one act names its foe or its battle instead ("fought the
// rebels for six hours", "fought a running gun battle with separatists"),
// and stays. Annotators of every batch leave these sentences without
// events.

// prec60FightForms are the forms of the verbs that take a war as their
// object: "fought a war", "waged an insurgency", "battled a rebellion".
var prec60FightForms = filtered(wordSet("fight", "fights", "fought", "fighting", "wage", "wages", "waged", "waging",
	"battle", "battles", "battled", "battling"))

// prec60PastFightForms are the forms no noun shares, read as verbs
// whatever the tagger says: "the militia fought on".
var prec60PastFightForms = filtered(wordSet("fought", "waged", "battled"))

// prec60WarHeads name a whole war: "a civil war", "two wars", "a
// low-level insurgency", "a decades-long rebellion".
var prec60WarHeads = filtered(wordSet("war", "wars", "insurgency", "insurgencies", "rebellion", "rebellions",
	"conflict", "conflicts"))

// prec60WholeWarPreps set a fight within a whole war: "during the war",
// "throughout the insurgency".
var prec60WholeWarPreps = filtered(wordSet("during", "throughout"))

// prec60FoughtWholeWar drops a verb of fighting whose object is a whole
// war ("fought a six-week war over the region", "has waged an insurgency
// for decades"), or that a phrase sets within one ("fought on the
// government's side during the war").
func prec60FoughtWholeWar(st *sent, cd *candidate) bool {
	i := cd.i
	if cd.j != i+1 || !prec60FightForms.has(st.low[i]) || !verbAt(st, i) && !prec60PastFightForms.has(st.low[i]) {
		return false
	}
	if prec60WarPhraseAt(st, i+1) {
		return true
	}
	for k := i + 1; k < len(st.low) && k <= i+8 && st.clause[k] == st.clause[i]; k++ {
		w := st.low[k]
		if w == "," || w == ";" || w == "and" || w == "but" {
			return false
		}
		if prec60WholeWarPreps.has(w) {
			return prec60WarPhraseAt(st, k+1)
		}
	}
	return false
}

// prec60WarPhraseAt reports whether a noun phrase headed by a whole war
// opens at k: a determiner, a count or modifiers, then the war noun ("a
// 16-year civil war", "two of their three wars", "an insurgency"), not
// its possessive ("the war's fiercest battle").
func prec60WarPhraseAt(st *sent, k int) bool {
	for n := k; n < len(st.low) && n <= k+5; n++ {
		if prec60WarHeads.has(st.low[n]) && nounTagged(st, n) {
			// "fought the war's fiercest battle" names a battle.
			return n+1 >= len(st.low) || st.toks[n+1].tag != "POS"
		}
		t := st.toks[n]
		// "of" only after a count ("two of their wars"): "its biggest
		// battle of the war" is a battle.
		if t.low == "of" && (n == k || st.toks[n-1].tag != "CD") {
			return false
		}
		if t.tag != "DT" && t.tag != "PRP$" && t.low != "of" && !isModifier(t) && t.tag != "RB" {
			return false
		}
	}
	return false
}
