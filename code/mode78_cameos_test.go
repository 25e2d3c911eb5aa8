package code_test

import "testing"

// A demand whose object, named after its trigger, is that people be let go
// is a demand for a release, CAMEO 1053; "free" as an adjective ("free and
// fair elections") asks for no release and keeps the demand's own code.
func TestMode78ReleaseAfterDemand(t *testing.T) {
	for _, c := range []struct{ text, code string }{
		{"Lithuania demanded on Tuesday that Minsk free three Lithuanian fishermen held since the storm.", "1053"},
		{"The press union called on the governor of Kaduna state to withdraw the lawsuit and free the two editors at once.", "1053"},
		{"Quito demanded on Sunday that Bogota immediately free four Ecuadorean soldiers detained near the border.", "1053"},
		{"The opposition demanded that the commission hold free and fair elections in Harare next year.", "105"},
	} {
		mode64AllCode(t, c.text, "REQUEST", c.code)
	}
}
