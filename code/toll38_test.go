package code_test

import "testing"

// TestToll38SingleObject checks the one victim a verb of killing takes as
// its object when the verb is a perfect ("had killed a commander": an
// active verb, not a passive), a phrase ("shot dead", "gunned down"), or
// the victim is named after a possessor ("the city's new secretary"), and
// that a count after a possessor is read as the toll ("the governor's two
// bodyguards"). Sentences of our own.
func TestToll38SingleObject(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "perfect", text: "Troops had killed a rebel commander in a gunfight near the border on Sunday.", dead: 1, injured: -1},
		{name: "present perfect", text: "Police in Lagos say they have shot dead a kidnapping suspect in a raid on his hideout.", dead: 1, injured: -1},
		{name: "shot dead possessor", text: "Men on a motorbike shot dead the town's deputy mayor outside his office in Uruapan on Monday.", dead: 1, injured: -1},
		{name: "possessor title", text: "Gunmen shot dead the province's new health secretary in Culiacan on Friday.", dead: 1, injured: -1},
		{name: "gunned down", text: "Assailants gunned down the district's police chief at a checkpoint in Quetta on Tuesday.", dead: 1, injured: -1},
		{name: "possessor count", text: "A roadside bomb killed the governor's two bodyguards near Kandahar on Wednesday.", dead: 2, injured: -1},
		{name: "possessor count wounded", text: "Militants stormed the village near Maiduguri, wounding the chief's three sons.", dead: -1, injured: 3},
		{name: "possessor count shot dead", text: "Gunmen shot dead the village's two teachers on Friday.", dead: 2, injured: -1},
		{name: "perfect possessor", text: "Rebels had killed the army's convoy commander and burned its trucks near Beni.", dead: 1, injured: -1},
		{name: "possessor plural counts none", text: "Gunmen shot dead the town's residents as they fled on Friday.", dead: -2, injured: -1},
		{name: "passive perfect stays passive", text: "A soldier had been killed and two others wounded when rebels attacked a post near Goma.", dead: 1, injured: 2},
	})
}
