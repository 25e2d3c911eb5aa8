package code

// directions are the words of direction and kind that may stand between a
// preposition and a place: "in northern Mali", "in northwest Nigeria's
// Kaduna state", "in rural Idlib".
var directions = filtered(map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "north-eastern": true, "north-western": true,
	"south-eastern": true, "south-western": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "occupied": true, "rural": true, "neighbouring": true, "neighboring": true,
	// The compass points between, as adjectives: "in northwest Nigeria's
	// Kaduna state" (place37).
	"northwest": true, "northeast": true, "southwest": true, "southeast": true,
	"north-west": true, "north-east": true, "south-west": true, "south-east": true,
})
