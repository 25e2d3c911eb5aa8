package code_test

import "testing"

// TestTollWire3 checks tolls told in constructions that news wires use
// often, in sentences of our own: some event of the text carries the toll.
func TestTollWire3(t *testing.T) {
	checkTolls(t, []tollCase{
		// A count whose noun a participle phrase qualifies, then the
		// passive toll: "N men armed with rifles were shot dead".
		{"participle phrase belts", "Two teenage boys fitted with explosive belts were killed by police near a mosque in Kano on Friday.", 2, -1, ""},
		{"participle phrase own", "Three gunmen armed with rifles were shot dead by soldiers at a checkpoint outside Gao on Sunday.", 3, -1, ""},
		{"participle phrase caught", "Four farmers caught in the crossfire were killed when troops and rebels clashed near Beni on Monday.", 4, -1, ""},
		// "leaving a X and a Y dead": single victims left dead by the
		// act told before.
		{"left singles dead", "Police and gunmen from a local militia fought in the town of Kidal on Tuesday, leaving a policeman and a militia fighter dead, the army said.", 2, -1, ""},
		{"left single wounded", "A roadside bomb struck a patrol near Kirkuk on Monday, leaving a police officer badly wounded.", -1, 1, ""},
		// A total of people, then a kind among them: the kind is part
		// of the total, not a rival figure.
		{"part of total adding", "Fourteen people, ten of them gunmen, were killed when militants attacked a police headquarters in Quetta on Monday, officials said, adding that two policemen had died.", 14, -1, ""},
		{"part of total guards", "A car bomb tore through a bus station in Kaduna on Friday, killing eleven people, police said, adding that three soldiers guarding the gate were killed.", 11, -1, ""},
		// A beating's count of victims, short of "to death", counts
		// the wounded.
		{"beat count", "Plain-clothes officers beat at least three photographers who were covering the strike in Harare on Wednesday, their union said.", -1, 3, ""},
		{"beaten passive", "Soldiers raided the village of Mbau on Sunday and two farmers were beaten, residents said.", -1, 2, ""},
		{"beaten to death stays dead", "Three men were beaten to death by a mob in the town of Jos on Sunday.", 3, -1, ""},
		// An attack sending its victims to hospital wounds them.
		{"sending to hospital", "Militants shelled a village near Kunduz on Monday, sending seven civilians to hospital, officials said.", -1, 7, ""},
		{"sending to the hospital", "A grenade hit a police post in Goma on Monday, sending four officers to the hospital.", -1, 4, ""},
		// "N were killed when demonstrators rioted": the riot's toll.
		{"killed when rioters", "Two people, among them a news photographer, were killed in Maseru on Sunday when monarchist demonstrators demanding the return of the king clashed with police, torched cars and set fire to a shop.", 2, -1, "PROTEST riot"},
		// A list after the count that ends in "said" names who gives
		// the toll.
		{"claimants listed", "Shells hit a crowded market in Kidal on Friday, killing at least 14 people, a local doctor and witnesses said.", 14, -1, ""},
	})
}
