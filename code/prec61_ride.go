package code

// prec61: men told by the vehicle they ride in are the doers of what
// follows, as men "on a motorbike" are (describedMen): "men in a pickup
// truck shot dead a trader", "two men in a car opened fire", "masked men
// in two vans abducted a nurse". Such men are armed men like gunmen.

// prec61RideEnd returns the token after the vehicle named at e ("car",
// "pickup truck"), or 0 when the word there is no vehicle.
func (st *sent) prec61RideEnd(e int) int {
	if !prec61Vehicles.has(st.low[e]) {
		return 0
	}
	for e+1 < len(st.low) && prec61Vehicles.has(st.low[e+1]) {
		e++
	}
	return e + 1
}

// prec61Vehicles carry men who strike and flee ("in a car", "in two
// pickup trucks", "in an SUV").
var prec61Vehicles = filtered(wordSet("car", "cars", "truck", "trucks", "pickup", "pickups",
	"van", "vans", "suv", "suvs", "jeep", "jeeps", "vehicle", "vehicles", "minibus", "minibuses",
	"taxi", "taxis", "lorry", "lorries", "sedan", "sedans", "boat", "boats", "canoe", "canoes"))

// prec61KinVictim reports whether a toll's victims are named by their
// family ties alone, as a civilian household: "shot dead a couple and
// their teenage son", "killed a farmer's wife and daughter", "a family".
func prec61KinVictim(w string) bool {
	return privatePersons.has(w) || w == "couple" || w == "family" || w == "families" || w == "children" || w == "child"
}
