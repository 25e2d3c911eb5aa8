package code

// A withdrawal that hands ground to another force is aimed at that force:
// "border guards withdrew from four villages, handing the area to
// Azerbaijan", "Lebanese troops deployed in the town as Israeli forces
// pulled out".

// handingWords hand ground over: "handing the area to", "handed it to".
var handingWords = filtered(wordSet("handing", "handed", "hands", "hand", "ceding", "ceded", "turning", "turned"))

// pulloutOpeners open a withdrawal told as the time of another force's
// move: "entered the district after Armenian forces withdrew".
var pulloutOpeners = filtered(wordSet("after", "as", "when", "once"))

// withdrawnTo returns the force a withdrawal hands its ground to: the
// actor after "to" in a handing clause that follows it ("…, handing the
// area to Azerbaijan"), or the subject of the main clause when the
// withdrawal is the time of that force's move ("Azerbaijani troops
// entered Kelbajar after Armenian forces withdrew"); nil otherwise, or
// when that force is on the withdrawing side.
func (st *sent) withdrawnTo(cd *candidate) []*mention {
	if cd.e.mode != "withdraw" || len(cd.src) == 0 {
		return nil
	}
	cc := cd.src[0].actor.Country
	// "…, handing the area to Azerbaijan".
	for k := cd.j; k < len(st.low) && k < cd.j+20; k++ {
		if st.low[k] == ";" || st.low[k] == "but" {
			break
		}
		if !handingWords.has(st.low[k]) {
			continue
		}
		for n := k + 1; n+1 < len(st.low) && n <= k+5; n++ {
			if st.low[n] != "to" {
				continue
			}
			if t := st.stateOrForce(n+1, cc); t != nil {
				return t
			}
			break
		}
	}
	// "Azerbaijani troops entered … after Armenian forces withdrew".
	s := cd.src[0]
	if s.i < 1 || !pulloutOpeners.has(st.low[s.i-1]) || s.j > cd.i {
		return nil
	}
	if f := st.firstActor(); f != nil && f.i < s.i-1 && f.actor.Country != "" && f.actor.Country != cc {
		v := *f
		v.place = false
		return []*mention{&v}
	}
	return nil
}

// stateOrForce returns the actor at token n, past "the", when it is of
// another country than cc: a state, its capital or its forces.
func (st *sent) stateOrForce(n int, cc string) []*mention {
	if n < len(st.low) && st.low[n] == "the" {
		n++
	}
	m := st.mentionAt(n)
	if m == nil || m.i != n || m.actor.Country == "" || m.actor.Country == cc {
		return nil
	}
	v := *m
	v.place = false
	return []*mention{&v}
}
