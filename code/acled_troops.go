package code

// ACLED rules for forces moved: into a base, into ground, abroad, onto the
// streets, or massed as a show of force.

// troopMovement: forces moved into a base set it up as theirs ("moved a
// battalion into the former French base"); moved into ground the other
// side left, they take it without a fight; moved into a place, they
// change their activity ("ordered troops into the breakaway regions").
// A mobilisation changes what the forces do ("declared a general
// mobilisation"), and so does an armed group's move from one front to
// another ("the rebels redeployed their fighters to the south"). Forces
// sent to a border or deployed at home are posture ACLED does not record,
// and so are police deployments, unless soldiers go with the police to
// another country ("sent 600 troops and gendarmes to Niger's west").
func troopMovement(x *acx) bool {
	if x.e.mode == "police" && (x.is(acledStrategic, subChange) || x.ev.ACLEDType == "" && x.spanHas(armyWords.m)) {
		if x.abroad() || x.clauseHas(&armyWords) && x.againstUnrest() {
			return x.set(acledStrategic, subChange)
		}
		return x.set("", "")
	}
	if x.e.mode != "troops" || !x.is(acledStrategic, subChange) || x.i < 0 {
		return false
	}
	into := -1
	for k := x.i; k < x.j; k++ {
		if x.st.low[k] == "into" {
			into = k
		}
	}
	switch {
	case x.buildUp():
		return x.set("", "")
	case into < 0 && x.spanHasPrefix("mobili"):
		return true
	case into < 0 && hasArmedGroup(x.ev.Source):
		return true
	case into < 0 && (x.abroad() || x.againstUnrest()):
		return true
	case into < 0:
		return x.set("", "")
	case x.objectIs(into+1, &baseWords):
		return x.set(acledStrategic, subHQ)
	case peacefulHandover(x.st, x.i) || x.st.hasAny(&underDeal):
		return x.set(acledStrategic, subTransfer)
	}
	return false
}

// buildUp reports whether the trigger tells of forces massed or of
// weapons moved without troops: "massed forces around the enclave",
// "began moving nuclear weapons into its ally's territory" are a show of
// force ACLED does not record, wherever they are.
func (x *acx) buildUp() bool {
	arms := false
	for k := x.i; k < x.j; k++ {
		w := x.st.low[k]
		if massWords.has(w) {
			return true
		}
		if troopWords.has(w) || armyWords.has(w) {
			return false
		}
		arms = arms || armsWords.has(w)
	}
	return arms
}

// massWords tell of forces gathered in one place.
var massWords = filtered(wordSet("massed", "massing", "masses", "mass", "amassed", "amassing", "amasses", "amass"))

// abroad reports whether forces are sent to operate in another country:
// "the bloc began sending troops to eastern Congo", "soldiers were moved
// to Russia's Kursk region"; a bloc's own force always operates in a
// member's land, named or not ("the bloc began deploying its standby
// force in the province"). Ships and jets sent to a sea or a coast, and
// forces sent to a border, are a show of force ACLED does not record.
func (x *acx) abroad() bool {
	if len(x.ev.Source) == 0 || x.postureTold() {
		return false
	}
	src := x.ev.Source[0]
	if src.Country == "" && src.Sector == "IGO" && x.j > 0 && (x.spanHas(armyWords.m) || x.objectIs(x.j, &blocForceWords)) {
		return true
	}
	dest := x.destination()
	if dest == "" {
		return false
	}
	if src.Country == "" {
		return src.Sector == "IGO"
	}
	return src.Country != dest
}

// destination is the country of the first place named after the trigger
// in its clause ("sending troops to eastern Congo"), or "" when none is.
func (x *acx) destination() string {
	if x.i < 0 {
		return ""
	}
	for _, p := range x.st.places {
		if p.i >= x.j && p.i < x.j+8 && x.st.clause[p.i] == x.st.clause[x.i] {
			return p.place.Country
		}
	}
	return ""
}

// againstUnrest reports whether the army is sent onto the streets at home
// together with other emergency measures, as the state takes over order
// from the police: "imposed a curfew and deployed the army", "cut the
// internet and deployed troops in two provinces", "ordered troops onto the
// streets". That changes what the army does; a deployment to guard an
// election or a summit does not.
func (x *acx) againstUnrest() bool {
	return x.st.hasAny(&unrestWords) || x.st.hasPhrase("the", "streets") || x.st.hasPhrase("restore", "order")
}

// unrestWords are emergency measures that come with the army on the streets.
var unrestWords = filtered(wordSet("curfew", "internet"))

// armyWords name the army, not the police.
var armyWords = filtered(wordSet("army", "soldiers", "troops", "military"))

// postureWords tell of a show of force rather than forces sent to fight:
// naval and air assets, borders, alerts.
var postureWords = filtered(wordSet("warships", "warship", "destroyers", "destroyer", "frigates", "frigate", "carrier", "carriers",
	"jets", "warplanes", "aircraft", "ships", "vessels", "submarine", "submarines", "border", "borders", "frontier",
	"coast", "sea", "alert", "readiness", "standby", "exercises", "drills"))

// spanHas reports whether a word of the trigger's span is in set.
func (x *acx) spanHas(set map[string]bool) bool {
	for k := x.i; k >= 0 && k < x.j; k++ {
		if set[x.st.low[k]] {
			return true
		}
	}
	return false
}
