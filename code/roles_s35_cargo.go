package code

// The giver of goods a vehicle carries: a convoy names no actor, so the
// goods' owner or the state they come from gives them.

// cargoVehicles are the vehicles aid is told as travelling in: "trucks
// carrying flour", "a ship loaded with fuel".
var cargoVehicles = filtered(wordSet("truck", "trucks", "lorry", "lorries", "convoy", "convoys", "train",
	"wagons", "ship", "ships", "vessel", "vessels", "plane", "planes", "aircraft", "flight", "flights", "barge", "barges"))

// cargoVerbs tell what a vehicle carries.
var cargoVerbs = filtered(wordSet("carrying", "bearing", "bringing", "transporting", "loaded", "laden"))

// cargoGiver returns who gives the goods a vehicle carries when the verb
// at i tells the load of a vehicle named right before it and the clause
// names the giver after it:
//
//   - where the goods come from: "lorries carrying food crossed from
//     Armenia into Turkey", "trucks carrying flour from the Kuwaiti Red
//     Crescent reached Taiz";
//   - whose goods they are: "trucks carrying Turkish flour";
//   - a gift's giver: "a train carrying wheat …, a gift from the Kazakh
//     government".
//
// It returns nil otherwise.
func (st *sent) cargoGiver(i int) *mention {
	if i < 1 || !cargoVerbs.has(st.low[i]) || !cargoVehicles.has(st.low[i-1]) {
		return nil
	}
	// "carrying 2,500 tonnes of Indian wheat": whose goods they are.
	for k := i + 1; k < len(st.low) && (st.low[k] == "of" || st.low[k] == "," || st.low[k] == "and" || !verbAt(st, k) && st.toks[k].tag != "IN"); k++ {
		if m := st.mentionAt(k); m != nil && m.i == k && m.kind == "demonym" && !m.place {
			return m
		}
	}
	for k := i + 1; k+1 < len(st.low); k++ {
		if st.low[k] == ";" || st.low[k] == "said" || st.low[k] == "says" {
			return nil
		}
		if st.low[k] != "from" {
			continue
		}
		x := k + 1
		for x < len(st.low) && determiners.has(st.low[x]) {
			x++
		}
		m := st.mentionAt(x)
		if m == nil || m.i != x || m.kind == "pronoun" || m.actor.Country == "" && m.actor.ID == "" {
			continue
		}
		// "crossed from Armenia into Turkey", "a gift from the Uzbek
		// government": a state's name stands for the state here, though
		// "from" makes it a place.
		if m.place && !stateKind(m) {
			continue
		}
		return m
	}
	return nil
}
