package code_test

import "testing"

// TestToll43PassiveLeft checks that those "left in (a) critical
// condition" or "left with burns" by an attack are counted hurt, whether
// one person ("a farmer was left ...") or a count ("two guards were
// left ..."). Being left behind hurts no one. Sentences of our own.
func TestToll43PassiveLeft(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "one left in critical condition", text: "Police fired tear gas at striking dock workers in Lagos on Friday. A union organiser was left in critical condition after a canister struck his chest, officials said.", dead: -1, injured: 1},
		{name: "one left in a serious condition", text: "Soldiers opened fire on villagers near Gao on Monday. A farmer was left in a serious condition.", dead: -1, injured: 1},
		{name: "count left in critical condition", text: "Soldiers opened fire on villagers near Gao on Monday. Two herders were left in critical condition.", dead: -1, injured: 2},
		{name: "left behind", text: "Gunmen attacked a convoy near Kidal on Monday. Two trucks were left behind on the road.", dead: -1, injured: -2},
	})
}

// TestToll43AnotherCount checks that a sentence opening "Another 30
// people were injured" adds its count to the attack told before instead
// of being set apart as a separate incident. Sentences of our own.
func TestToll43AnotherCount(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "another count injured", text: "Gunmen stormed a market in the town of Bunia on Sunday, killing at least 12 traders, local officials said. Another 30 people were injured, the officials said.", dead: 12, injured: 30},
		{name: "another count wounded", text: "Militants attacked an army post near Diffa on Tuesday, killing nine soldiers. Another six soldiers were wounded, the defence ministry said.", dead: 9, injured: 6},
		{name: "another two dozen hurt", text: "A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing 20 worshippers. Another two dozen were hurt, police said.", dead: 20, injured: 24},
	})
}

// TestToll43BareDamage checks that in "15 officers were injured and
// several cars were set on fire" the damage told with no doer does not
// take the toll: it goes to the clash or riot told before. Sentences of
// our own.
func TestToll43BareDamage(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "cars set on fire", text: "Clashes broke out between rival supporters after the match in Izmir on Saturday. Fifteen officers were injured and several cars were set on fire, police said.", on: "PROTEST riot", dead: -1, injured: 15},
		{name: "police post set ablaze", text: "Farmers protesting against land seizures fought with police in the town of Kisii. Twelve people were hurt and a police post was set ablaze.", on: "PROTEST riot", dead: -1, injured: 12},
		{name: "shops torched", text: "Demonstrators clashed with security forces in Tripoli on Monday. Eight soldiers were wounded and shops were torched, officials said.", on: "PROTEST riot", dead: -1, injured: 8},
	})
}
