package code

// Who made an attack told without a subject or a "by" agent: the actor
// on the gunfire, on the ground a weapon came from, or claiming it.

// fireNouns name gunfire with no trigger of its own, so that an actor
// modifying one is the shooter: "killed in police firing".
var fireNouns = map[string]bool{
	"firing": true, "fire": true, "gunfire": true, "shooting": true, "shootings": true,
}

// inActorFire returns the shooter of a passive verb ending before token j
// whose agent is the modifier of a fire noun after "in" rather than a "by"
// phrase: "four protesters were killed in police firing", "died in army
// fire". Nil when no actor modifies such a noun there.
func (st *sent) inActorFire(j int) []*mention {
	if j >= len(st.low) || st.low[j] != "in" {
		return nil
	}
	k := j + 1
	if k < len(st.low) && determiners[st.low[k]] {
		k++
	}
	m := st.mentionAt(k)
	if m == nil || m.i != k || m.place || m.j >= len(st.low) || !fireNouns[st.low[m.j]] {
		return nil
	}
	return []*mention{m}
}

// firingGround names the ground a weapon is fired from, held by the actor
// before it: "fired from rebel positions".
var firingGround = map[string]bool{
	"positions": true, "position": true, "lines": true, "territory": true, "areas": true,
}

// launchingWords are participles by which a weapon leaves whoever uses it.
var launchingWords = map[string]bool{
	"dropped": true, "fired": true, "launched": true,
}

// launchedFrom returns who a weapon came from when its carrier is named
// right after the trigger ending at j: "a barrel bomb dropped from a
// Sudanese army plane", "a missile fired from an Israeli warship".
func (st *sent) launchedFrom(j int) []*mention {
	if j+2 >= len(st.low) || !launchingWords[st.low[j]] || st.low[j+1] != "from" {
		return nil
	}
	k := j + 2
	if determiners[st.low[k]] {
		k++
	}
	// ("shells fired from rebel positions": a bare group noun on the
	// ground it fires from.)
	if m := st.mentionAt(k); m != nil && m.i == k && !m.place && (m.actor.ID != "" || m.j < len(st.low) && firingGround[st.low[m.j]]) {
		return []*mention{m}
	}
	// "a missile launched from Yemen": the state it came from, when no
	// group is named on it.
	if m := st.mentionAt(k); m != nil && m.i == k && k == j+2 && m.place && m.kind == "country" && (m.j >= len(st.low) || st.mentionAt(m.j) == nil && !st.isPossessive(m.j)) {
		v := *m
		v.place = false
		return []*mention{&v}
	}
	return nil
}

// claimedAttack reports whether a violent noun trigger is the direct
// object of "claimed", which then tells who made it, not who spoke of it:
// "Al-Shabaab claimed a suicide bombing in Mogadishu". A claim whose
// object is a clause ("claimed strikes had killed …") is speech.
func (st *sent) claimedAttack(cd *candidate) bool {
	if !cd.e.has(flagViolent) || cd.e.pos != 'N' {
		return false
	}
	k := cd.i - 1
	for k >= 0 && (determiners[st.low[k]] || isModifier(st.toks[k])) && st.mentionAt(k) == nil {
		k--
	}
	if k < 0 || st.low[k] != "claimed" && st.low[k] != "claims" {
		return false
	}
	if cd.j < len(st.toks) {
		switch st.toks[cd.j].tag {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return true
}
