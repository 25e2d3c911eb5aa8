package code

import "github.com/truce-project/truce/actor"

// place43MilitarySeat reports whether m names a town that stands for a
// state's armed forces or another branch rather than its government: the
// army's headquarters town ("Rawalpindi" for Pakistan's military) is no
// capital, so "Pakistan's capital" is not there.
func place43MilitarySeat(m actor.Mention) bool {
	return m.Actor.Sector != "" && m.Actor.Sector != "GOV"
}
