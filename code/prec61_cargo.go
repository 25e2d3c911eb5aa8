package code

// prec61: a vehicle driven into a target is a bombing only when its cargo
// is explosives.
//
// The lex60 row "rammed a car packed with … into" reads a vehicle bomb
// told by its cargo ("a car packed with explosives", "a truck loaded with
// 200 kilograms of explosives"). "drove a truck loaded with melons into
// the market" carries no bomb and is no attack.

// prec61BombCargo are the words that make a vehicle's cargo a bomb.
var prec61BombCargo = filtered(wordSet("explosives", "explosive", "bombs", "bomb", "ied", "ieds", "tnt", "dynamite",
	"cylinders"))

// prec61HarmlessCargo drops the vehicle-bomb reading whose cargo, between
// "with" and "into", names no explosive.
func prec61HarmlessCargo(st *sent, cd *candidate) bool {
	if cd.e.cameo != "1831" || cd.j < 2 || st.low[cd.j-1] != "into" {
		return false
	}
	w := -1
	for k := cd.j - 2; k > cd.i; k-- {
		if st.low[k] == "with" {
			w = k
			break
		}
	}
	if w < 0 {
		return false
	}
	for k := w + 1; k < cd.j-1; k++ {
		if prec61BombCargo.has(st.low[k]) {
			return false
		}
	}
	return true
}
