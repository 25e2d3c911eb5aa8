package code

import (
	"github.com/truce-project/truce"
)

// woundedObject reads the first victim a verb of wounding right before
// token i takes as its object, when no figure opens it: "wounding [a
// farmer]", "injuring [the owner] and two passers-by", "wounded [his
// driver] and a neighbour". It returns one victim and the tokens it
// spans; conjoined then adds the rest of the list. A passive verb takes
// no object ("was wounded a day later"), nor does "the wounded" used as a
// noun ("carried the wounded the next morning").
func woundedObject(st *sent, i int) (truce.Count, int, bool) {
	if i < 1 || passiveBefore(st, i-1) || i >= 2 && st.low[i-2] == "the" {
		return truce.Count{}, 0, false
	}
	if opensSingle(st.low[i]) {
		return countAt(st, i, true)
	}
	if toll46OnePronoun(st, i) {
		return truce.Count{Min: 1, Max: 1}, 1, true
	}
	if st.low[i] != "the" && !possessives.has(st.low[i]) {
		return truce.Count{}, 0, false
	}
	c, end, ok := definiteSingle(st, i, false)
	if !ok || c != 1 || end <= i || st.low[end-1] == "'s" || end < len(st.low) && st.low[end] == "'s" {
		return truce.Count{}, 0, false
	}
	return truce.Count{Min: 1, Max: 1}, end - i, true
}

// opensObject reports whether a word may open the object of a verb of
// wounding naming one person: "a", "an", "another", "the" or a possessive.
func opensObject(w string) bool {
	return opensSingle(w) || w == "the" || possessives.has(w) || w == "him"
}
