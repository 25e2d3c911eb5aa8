package code_test

import "testing"

// A beating told as the means of breaking up a crowd is violent
// repression, CAMEO 175; a beating by settlers or a mob that scatters no
// crowd keeps the 182 of a physical assault.
func TestMode75CrowdBrokenUp(t *testing.T) {
	for _, text := range []string{
		"Riot police in Nairobi used batons and water cannon on Tuesday to break up a sit-in by striking doctors.",
		"Officers armed with truncheons dispersed hundreds of students outside the education ministry in Santiago.",
		"Police used batons and pepper spray on Saturday to disperse a crowd of traders outside the central market in Kumasi.",
	} {
		mode64AllCode(t, text, "COERCE", "175")
	}
	for _, text := range []string{
		"Settlers armed with clubs attacked Palestinian shepherds near Hebron on Friday, wounding three.",
		"Youths loyal to the ruling party stormed a student camp in Kampala on Monday, beating several demonstrators.",
		"Villagers armed with sticks beat two cattle traders near Jos on Sunday.",
	} {
		mode69NotCode(t, text, "ASSAULT", "175")
	}
}

// An accusation whose charge is spying, subversion or sabotage is an
// accusation of espionage or treason, CAMEO 1125; other charges keep 112.
func TestMode75SpyingCharged(t *testing.T) {
	for _, text := range []string{
		"Niger's junta expelled two Belgian aid workers on Monday, accusing them of spying for a foreign power.",
		"Venezuela's interior minister accused three Colombian engineers of sabotage at the Guri dam.",
		"Estonia accused a Russian embassy driver of working for the GRU military intelligence service.",
	} {
		mode64AllCode(t, text, "ACCUSE", "1125")
	}
	for _, text := range []string{
		"Kenya's opposition accused the electoral commission of rigging the vote in Kisumu.",
		"The foreign ministry accused Seoul of violating its airspace with drones.",
	} {
		mode64AllCode(t, text, "ACCUSE", "112")
	}
}

// An opposition party's offices shut is a party banned, CAMEO 1722; the
// offices of a newspaper or a border crossing shut keep their code.
func TestMode75PartyShut(t *testing.T) {
	for _, text := range []string{
		"Police in Kampala closed the opposition party's headquarters on Friday.",
		"The interior ministry shut the offices of the opposition Democratic Alliance party across the country on Monday.",
	} {
		mode64AllCode(t, text, "COERCE", "1722")
	}
	for _, text := range []string{
		"Police closed the offices of an independent newspaper in Harare on Monday.",
		"Soldiers closed the main border crossing with Rwanda on Sunday.",
	} {
		mode69NotCode(t, text, "COERCE", "1722")
	}
}
