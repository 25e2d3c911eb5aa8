package code

// Issue 3, round place45: "the X village of Y" names the village Y,
// whatever word X is: a people, a faith or a region says whose it is.

// place45WhoseSettlement reports whether token i, one capitalised word
// after "the" and before a settlement noun and "of" (see
// place40NameAfterAdjective), says whose the settlement is, whatever its
// ending: in "the Dogon village of Sobane Da", "the Fulani hamlet of
// Djimdo" or "the Druze town of Majdal Shams" the people or region comes
// first and the settlement's own name after "of".
func place45WhoseSettlement(st *sent, i int) bool {
	return i > 0 && st.low[i-1] == "the"
}
