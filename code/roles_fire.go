package code

// Who made an attack told without a subject or a "by" agent: the actor
// on the gunfire, on the ground a weapon came from, or claiming it.

// fireNouns name gunfire with no trigger of its own, so that an actor
// modifying one is the shooter: "killed in police firing".
var fireNouns = filtered(map[string]bool{
	"firing": true, "fire": true, "gunfire": true, "shooting": true, "shootings": true,
})

// inActorFire returns the shooter of a passive verb ending before token j
// whose agent is the modifier of a fire noun after "in" rather than a "by"
// phrase: "four protesters were killed in police firing", "died in army
// fire". Nil when no actor modifies such a noun there.
func (st *sent) inActorFire(j int) []*mention {
	if j >= len(st.low) || st.low[j] != "in" {
		return nil
	}
	k := j + 1
	if k < len(st.low) && determiners.has(st.low[k]) {
		k++
	}
	m := st.mentionAt(k)
	if m == nil || m.i != k || m.place || m.j >= len(st.low) || !fireNouns.has(st.low[m.j]) {
		return nil
	}
	return []*mention{m}
}

// firingGround names the ground a weapon is fired from, held by the actor
// before it: "fired from rebel positions".
var firingGround = filtered(map[string]bool{
	"positions": true, "position": true, "lines": true, "territory": true, "areas": true,
})

// launchingWords are participles by which a weapon leaves whoever uses it.
var launchingWords = filtered(map[string]bool{
	"dropped": true, "fired": true, "launched": true,
})

// launchedFrom returns who a weapon came from when its carrier is named
// right after the trigger ending at j: "a barrel bomb dropped from a
// Sudanese army plane", "a missile fired from an Israeli warship".
func (st *sent) launchedFrom(j int) []*mention {
	if j+2 >= len(st.low) || !launchingWords.has(st.low[j]) || st.low[j+1] != "from" {
		return nil
	}
	k := j + 2
	if determiners.has(st.low[k]) {
		k++
	}
	// ("shells fired from rebel positions": a bare group noun on the
	// ground it fires from.)
	if m := st.mentionAt(k); m != nil && m.i == k && !m.place && (m.actor.ID != "" || m.j < len(st.low) && firingGround.has(st.low[m.j])) {
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
	for k >= 0 && (determiners.has(st.low[k]) || isModifier(st.toks[k])) && st.mentionAt(k) == nil {
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

// armedStrikes name an attack a weapon word may modify: "artillery
// strikes", "mortar fire", "rocket barrages".
var armedStrikes = filtered(wordSet("strikes", "strike", "fire", "barrage", "barrages", "attacks", "attack", "raids", "salvos"))

// plainStrikeMods may stand between a verb and the weapon word of the
// strikes it launches, naming no weapon of their own.
var plainStrikeMods = filtered(wordSet("air", "and", ",", "ground", "naval", "heavy", "new", "fresh"))

// weaponModifier reports whether the only target of a violent trigger is
// a weapon word modifying a strike noun, the arms used and not whom they
// hit: "launched air and artillery strikes against camps of the ADF".
func weaponModifier(st *sent, cd *candidate) bool {
	if !cd.e.has(flagViolent) || len(cd.tgt) != 1 {
		return false
	}
	m := cd.tgt[0]
	// Only plain modifiers may stand between: "air and artillery". ("drone
	// and artillery strikes": a trigger of its own there carries the
	// event.)
	for k := cd.j; k < m.i; k++ {
		if !plainStrikeMods.has(st.low[k]) {
			return false
		}
	}
	return m.i >= cd.j && m.j == m.i+1 && m.j < len(st.low) && isWeaponWord(st.low[m.i]) && armedStrikes.has(st.low[m.j])
}

// weaponSource returns the subject of the clause for a strike noun whose
// only source is a weapon word right before it, the arms and not who
// used them: "Uganda's army launched air and artillery strikes" are the
// army's. When a trigger of its own heads the phrase ("drone and
// artillery strikes"), the strike is that trigger's event and is left
// alone. Otherwise it returns the source cd has.
func weaponSource(st *sent, cd *candidate, earlier []*candidate) []*mention {
	if !cd.e.has(flagViolent) || cd.e.pos != 'N' || len(cd.src) != 1 {
		return cd.src
	}
	m := cd.src[0]
	if m.j != cd.i || m.j != m.i+1 || !isWeaponWord(st.low[m.i]) {
		return cd.src
	}
	for _, e := range earlier {
		if e.st == st && e.i < m.i && e.i >= m.i-2 {
			return cd.src
		}
	}
	if s := st.subject(m.i); len(s) > 0 && s[0].i < m.i && !isWeaponWord(st.low[s[0].i]) {
		return s
	}
	return cd.src
}
