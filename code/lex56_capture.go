package code

// People led or taken away are abducted by armed men and arrested by the
// state: "were led away into the bush by the attackers" is an abduction
// (CAMEO 181), "police led away three students" and "were taken away by
// soldiers" are arrests (CAMEO 173, ACLED Arrests).

// lex56CaptureVerbs open the rows of taking people away (triggers.tsv,
// lex56 and "taken away by").
var lex56CaptureVerbs = filtered(wordSet("led", "lead", "leads", "leading", "frogmarched", "frog-marched",
	"dragged", "drag", "drags", "dragging", "bundled", "bundle", "bundles", "bundling",
	"took", "take", "takes", "taking", "taken"))

// lex56StateCapture recodes as an arrest an abduction told by a verb of
// taking away whose takers are all the state's police, soldiers or
// agents.
func (b *building) lex56StateCapture() {
	ev := &b.cd.ev
	if ev.Mode != "abduct" || len(b.src) == 0 || !lex56CaptureVerbs.has(b.st.low[b.cd.i]) || b.st.x94SecretTaking() {
		return
	}
	for _, a := range b.src {
		if a.Sector != "COP" && a.Sector != "MIL" && a.Sector != "SPY" || !stateForce(a) && !genericForce(a) {
			return
		}
	}
	if b.c.recode(ev, "173") {
		ev.ACLEDType, ev.ACLEDSubtype = acledStrategic, subArrests
	}
}

// lex56OwnCapture reports whether cd takes people away ("and took
// several residents away into the forest"): an abduction of its own
// beside the attack told before it, not part of that attack's toll.
func lex56OwnCapture(st *sent, cd *candidate) bool {
	return cd.e.mode == "abduct" && lex56CaptureVerbs.has(st.low[cd.i])
}

// lex56NoneTaken reports whether a verb of taking away names no one taken:
// "led the march away from parliament", "took the roofs away". A person
// must stand between the verb and "away", right after "led away", or
// before a passive ("were led away").
func lex56NoneTaken(st *sent, cd *candidate) bool {
	if cd.e.mode != "abduct" || cd.e.cameo != "181" || !lex56CaptureVerbs.has(st.low[cd.i]) || st.isPassive(cd.i) {
		return false
	}
	if last := st.low[cd.j-1]; last != "away" && last != "off" && last != "into" {
		return false
	}
	hi := cd.j
	if cd.j == cd.i+2 {
		hi = cd.j + 4 // "led away three students"
	}
	for k := cd.i + 1; k < hi && k < len(st.toks); k++ {
		if m := st.mentionAt(k); m != nil && !m.place {
			return false
		}
	}
	return true
}
