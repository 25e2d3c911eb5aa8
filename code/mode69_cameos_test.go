package code_test

import "testing"

// mode69NotCode checks that no event of type typ in text carries code.
func mode69NotCode(t *testing.T, text, typ, code string) {
	t.Helper()
	for _, g := range mode64Codes(t, text, typ) {
		if g == code {
			t.Errorf("%q: got %s", text, code)
		}
	}
}

// Goods taken by a seizure verb are confiscated property, CAMEO 1711; a
// building seized keeps the 192 of its row.
func TestMode69GoodsSeized(t *testing.T) {
	for _, text := range []string{
		"Customs officers seized 40 pistols and two boxes of ammunition from a lorry at the Chirundu border post on Monday.",
		"Police in Asuncion seized $3 million in cash and six laptops during a raid on a money changer's office.",
		"Marines seized 200 kilograms of cocaine from a fishing boat off the coast of Guayaquil.",
	} {
		mode64AllCode(t, text, "COERCE", "1711")
	}
	for _, text := range []string{
		"Police seized the opposition party's offices in Harare on Monday.",
		"Soldiers seized the state broadcaster's building in Conakry on Sunday.",
	} {
		mode69NotCode(t, text, "COERCE", "1711")
	}
}

// A blockade whose own clause demands that a leader go is one for a
// change of leadership, CAMEO 1441; a blockade
// against a tax, or one beside another clause's demand, is not.
func TestMode69LeaderOutBlockade(t *testing.T) {
	for _, text := range []string{
		"Hundreds of farmers blocked the main highway near Cochabamba on Tuesday, demanding the resignation of the agriculture minister.",
		"Taxi drivers blocked roads into the capital for a third day to demand that the mayor step down.",
	} {
		mode64AllCode(t, text, "PROTEST", "1441")
	}
	for _, text := range []string{
		"Fishermen blocked the coastal road near Mombasa on Friday to protest against a new tax on boat engines.",
		"Villagers blocked the road to the mine, where students have rallied since May to demand the governor's resignation.",
	} {
		mode69NotCode(t, text, "PROTEST", "1441")
	}
}

// A demonstration against a leader or a junta is one for a change of
// leadership, CAMEO 1411; one against a leader's tax or bid is left.
func TestMode69AgainstLeader(t *testing.T) {
	for _, text := range []string{
		"Thousands of people marched through Bamako on Saturday against the junta.",
		"Students rallied in Lusaka for a third day against President Hakainde Hichilema.",
	} {
		mode64AllCode(t, text, "PROTEST", "1411")
	}
	for _, text := range []string{
		"Thousands marched through Quito on Sunday against President Daniel Noboa's new fuel tax.",
		"Farmers marched in Nairobi against President William Ruto's re-election bid.",
	} {
		mode69NotCode(t, text, "PROTEST", "1411")
	}
}

// Aid or a pact halted is coded by its kind: military 1622, economic
// 1621; food aid keeps the humanitarian 1623.
func TestMode69AidKind(t *testing.T) {
	mode64AllCode(t, "Burkina Faso said on Monday it was ending its military cooperation agreement with Paris.", "SANCTION", "1622")
	mode64AllCode(t, "Sweden said it would suspend its development aid to Mali after the coup.", "SANCTION", "1621")
	mode64AllCode(t, "The World Food Programme suspended food aid to the region on Monday.", "SANCTION", "1623")
}

// A beating the police or the army give protesters is violent
// repression, CAMEO 175; one by party youths, or of people who are not
// protesters, keeps the 182 of its row.
func TestMode69ProtestersBeaten(t *testing.T) {
	for _, text := range []string{
		"Riot police beat the marchers with truncheons outside the parliament in Tbilisi on Sunday.",
		"Soldiers struck demonstrators with rifle butts near the central square in Conakry.",
	} {
		mode64AllCode(t, text, "ASSAULT", "175")
	}
	for _, text := range []string{
		"Party youths beat the demonstrators with clubs outside the stadium in Kampala.",
		"Police beat two shoplifters at the market in Lagos.",
	} {
		mode69NotCode(t, text, "ASSAULT", "175")
	}
}
