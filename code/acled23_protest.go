package code

// ACLED rules for protests: boycotts that are no street protest, strikes
// told beside others' rioting, and what a rioting crowd throws.

// boycottedSitting: staying away from a vote, a session, an election or a
// ceremony is a political act, not the street protest ACLED records
// ("opposition lawmakers boycotted the session", "the party boycotted the
// poll", "the election, which it boycotted"). Staying away from work or
// classes is a strike and keeps its label, and so does a boycott by a
// crowd counted in thousands.
func boycottedSitting(x *acx) bool {
	if !x.is(acledProtests, subPeaceful) || x.i < 0 || !x.spanHasPrefix("boycott") {
		return false
	}
	for k := x.j; k < len(x.st.low) && k < x.j+3; k++ {
		if strikeObjects.has(x.st.low[k]) {
			return false
		}
	}
	// "Thousands of Serbs boycotted the referendum": a mass staying away
	// is the protest of a crowd.
	for k := x.i - 1; k >= 0 && x.st.clause[k] == x.st.clause[x.i]; k-- {
		if crowdCounts.has(x.st.low[k]) {
			return false
		}
	}
	return x.set("", "")
}

// strikeObjects, stayed away from, make a boycott a strike.
var strikeObjects = filtered(wordSet("classes", "class", "lectures", "lessons", "school", "schools", "work", "exams", "examinations",
	"shops", "markets", "businesses"))

// strikeApart reports whether the event is a strike or walkout whose own
// clause tells of no violence: "looters ransacked shops after police
// walked off the job over their pay" — the looters riot, the police
// strike.
func (x *acx) strikeApart() bool {
	if x.e.mode != "boycott" || x.i < 0 {
		return false
	}
	from, end := x.i, x.j
	for from > 0 && x.st.clause[from-1] == x.st.clause[x.i] {
		from--
	}
	for end < len(x.st.low) && x.st.clause[end] == x.st.clause[x.i] {
		end++
	}
	return !riotingIn(x.st, from, end)
}

// thrownByCrowds are what rioters throw, or the marks of a crowd's
// burning, that tell a crowd's violence as "stones" does: "crowds who
// stoned shops and set a car alight", "protesters hurled fireworks and
// bottles at the police lines".
var thrownByCrowds = filtered(wordSet("stoned", "alight", "fireworks", "firecrackers", "bottles", "bricks", "projectiles",
	"petrol-bomb", "petrol-bombs", "molotovs"))
