package code

import "github.com/truce-project/truce"

// claimant reports whether an actor's word on its own deeds is a claim: a
// non-state armed group, whether the dictionary knows it by name (armed)
// or codes it by its country as rebels or a militia ("the Karenni
// Nationalities Defence Force", coded MMRREB, "said it had captured the
// camp"). A state's forces reporting their own operation report it.
func claimant(a truce.Actor) bool {
	return armed(a) || a.Sector == "REB" || a.Sector == "MLT"
}
