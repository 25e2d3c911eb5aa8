package code

// lex46TurnedBackThings name what a force turns back that is no person
// kept out of the country: vehicles and columns stopped on a road ("turned
// back buses carrying demonstrators"), marchers, an attack beaten off.
var lex46TurnedBackThings = filtered(wordSet("bus", "buses", "car", "cars", "truck", "trucks", "lorries", "lorry", "tractors",
	"vehicles", "convoy", "convoys", "column", "columns", "plane", "planes", "aircraft", "flight", "flights",
	"boat", "boats", "ship", "ships", "vessel", "vessels", "marchers", "protesters", "protestors", "demonstrators",
	"crowd", "crowds", "march", "rally", "attack", "attacks", "assault", "offensive", "advance", "clock", "tide"))

// lex46TurnBackScreen reports whether cd is a lex46 "turned back" or
// "turned away" reading (someone kept from entering, CAMEO 174) that names
// no person kept out: "turned away from the West", "turned back buses
// carrying demonstrators at checkpoints", "turned back the attack".
func lex46TurnBackScreen(st *sent, cd *candidate) bool {
	ws := cd.e.words
	if cd.e.cameo != "174" || len(ws) != 2 || ws[1] != "back" && ws[1] != "away" {
		return false
	}
	if cd.j < len(st.low) && st.low[cd.j] == "from" {
		return true
	}
	for k := cd.j; k < cd.j+5 && k < len(st.low); k++ {
		if lex46TurnedBackThings.has(st.low[k]) {
			return true
		}
	}
	return false
}
