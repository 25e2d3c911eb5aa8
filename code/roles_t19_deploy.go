package code

// Whom forces are sent against: the sides of a deployment, the foe a
// purpose clause names, the shore forces head for.

// deployment finds the sides of a mobilisation. "Chile sent 2,000 soldiers
// to its northern border": the forces a state moves are its own; it
// mobilises them. "sent troops to Russia to fight in Ukraine": whom forces
// are sent to fight is the target, not where they go; "sent destroyers
// toward the Venezuelan coast": with no one named, the state whose shore
// they head for.
func (c *Coder) deployment(d *doc, cd *candidate) {
	st := cd.st
	cd.src, cd.tgt = c.ownForces(d, cd.src, cd.tgt)
	cd.tgt = st.sentForces(cd)
	if p := st.purposeTarget(cd.j, cd.src); p != nil {
		cd.tgt = p
	} else if p := st.taskObject(cd); p != nil {
		cd.tgt = p
	}
	if cd.tgt == nil {
		cd.tgt = st.shoreOf(cd.j, cd.src)
	}
}

// purposeVerbs say what forces are sent to do to someone: the one they
// are sent to fight is the deployment's target.
var purposeVerbs = filtered(map[string]bool{
	"fight": true, "battle": true, "combat": true, "confront": true, "counter": true,
	"repel": true, "attack": true, "crush": true, "defeat": true, "restore": true,
	// "ordered the armed forces to neutralise 22 gangs", "deployed
	// officers to pursue the attackers": whom they are to put down.
	"neutralise": true, "neutralize": true, "eliminate": true, "dismantle": true,
	"pursue": true, "hunt": true, "disarm": true, "dislodge": true, "tackle": true,
})

// purposeTarget finds whom forces are sent against, in a purpose clause
// after the trigger: "sent 1,500 troops to Russia to fight in Ukraine"
// (Ukraine, not Russia), "began sending troops to help the army fight the
// rebels" (the rebels), "to restore constitutional order in Niger". A
// place after "in" stands for its country, when not the source's own.
func (st *sent) purposeTarget(j int, src []*mention) []*mention {
	for k := j; k+1 < len(st.low) && k < j+16; k++ {
		if st.low[k] == "," || clauseBreaks.has(st.low[k]) {
			return nil
		}
		if st.low[k] != "to" {
			continue
		}
		v := -1
		for n := k + 1; n < len(st.low) && n <= k+5; n++ {
			if purposeVerbs.has(st.low[n]) {
				v = n
				break
			}
			if st.low[n] == "," || st.low[n] == "to" {
				break
			}
		}
		if v < 0 {
			continue
		}
		for n := v + 1; n < len(st.low) && n <= v+6; n++ {
			if st.low[n] == "," || clauseBreaks.has(st.low[n]) {
				return nil
			}
			m := st.mentionAt(n)
			if m == nil {
				continue
			}
			if !m.place && !placeAdjective(st, m) {
				return st.coordinated(m)
			}
			if m.kind == "country" && st.low[m.i-1] == "in" && !sameCountry(m, src) {
				c := *m
				c.place = false
				return []*mention{&c}
			}
			return nil
		}
		return nil
	}
	return nil
}

// towardWords lead to where forces are sent.
var towardWords = filtered(map[string]bool{"toward": true, "towards": true, "to": true, "off": true, "near": true})

// shoreOf finds a foreign state whose shore, border or waters forces are
// sent toward: "sent three destroyers toward the Venezuelan coast" is
// aimed at Venezuela. A state's own ground is no target.
func (st *sent) shoreOf(j int, src []*mention) []*mention {
	if len(src) == 0 || j == 0 {
		return nil
	}
	cl := st.clause[j-1]
	for k := j; k+2 < len(st.low) && k < j+12; k++ {
		if st.clause[k] != cl || st.low[k] == "," || clauseBreaks.has(st.low[k]) {
			return nil
		}
		if !towardWords.has(st.low[k]) || st.low[k+1] != "the" {
			continue
		}
		m := st.mentionAt(k + 2)
		if m == nil || m.i != k+2 || m.kind != "demonym" || !placeAdjective(st, m) || m.actor.Country == "" || sameCountry(m, src) {
			continue
		}
		a := *m
		a.place = false
		return []*mention{&a}
	}
	return nil
}

// taskObject returns whom forces are ordered against when the trigger
// itself runs through the task: in "ordered the armed forces to
// neutralise 22 criminal gangs" the trigger ends on "neutralise", and the
// gangs after it, not the forces inside it, are the target. A place is
// no such foe.
func (st *sent) taskObject(cd *candidate) []*mention {
	to := -1
	for k := cd.i; k < cd.j && k < len(st.low); k++ {
		if st.low[k] == "to" {
			to = k
		}
	}
	if to < 0 || cd.j >= len(st.low) {
		return nil
	}
	task := false
	for k := to + 1; k < cd.j; k++ {
		if purposeVerbs.has(st.low[k]) || st.low[k] == "out" {
			task = true
		}
	}
	if !task {
		return nil
	}
	m := st.object(cd.j, nil)
	if len(m) == 0 || m[0].place || m[0].i > cd.j+4 || sameCountryAny(m, cd.src) && isState(m[0].actor) {
		return nil
	}
	return m
}
