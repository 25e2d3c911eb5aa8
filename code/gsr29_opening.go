package code

import "strings"

// gsr29OpeningFrame reports whether the frame of a reported act stands in
// an opening phrase that a comma closes before the main clause holding cd:
// "With the signing of a memorandum on the end of hostilities, the two
// sides have agreed to open the roads", "After its demand for a recount
// of the votes, the party agreed to join the talks". The main clause's
// verb is the sentence's own act, not the content of the phrase's noun.
func gsr29OpeningFrame(st *sent, frame, cd *candidate) bool {
	if frame.i < 1 || frame.i >= cd.i || len(st.toks) == 0 || st.toks[0].tag != "IN" || st.low[0] == "that" {
		return false
	}
	// the frame is a noun or a gerund inside the phrase, not its verb.
	if t := st.toks[frame.i].tag; !strings.HasPrefix(t, "NN") && t != "VBG" {
		return false
	}
	// the opening phrase holds no comma and no finite verb of its own
	// before the frame.
	for k := 1; k < frame.i; k++ {
		if st.low[k] == "," || gsr29Finite(st.toks[k].tag) {
			return false
		}
	}
	c := -1
	for k := frame.j; k < cd.i; k++ {
		if st.low[k] == "," {
			c = k
			break
		}
		if gsr29Finite(st.toks[k].tag) {
			return false // the phrase has a verb of its own: a clause
		}
	}
	// "In a sharp rebuke, the ministers agreed …": a bare noun that closes
	// the phrase names the main act itself; the frame must have a
	// complement of its own before the comma.
	if c <= frame.j {
		return false
	}
	// the main clause: a finite verb after the comma, up to the trigger.
	for k := c + 1; k <= cd.i && k < len(st.toks); k++ {
		if gsr29Finite(st.toks[k].tag) {
			return true
		}
	}
	return false
}

// gsr29Finite reports whether a tag is that of a finite verb or a modal.
func gsr29Finite(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}
