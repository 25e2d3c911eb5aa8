package code

// A killing told after a kidnapping: "Gunmen seized forty pupils from a
// school. A teacher who tried to stop them was shot dead." A kidnapping
// kills no one by itself, so a passive killing told next is an act of its
// own, not the kidnapping's toll.

// tollNotOfCapture reports whether the violent act a passive toll would
// be given to only takes people away, so that the toll is a killing of
// its own.
func tollNotOfCapture(prev *candidate) bool {
	return prev.e.mode == "abduct" || prev.ev.Mode == "abduct"
}
