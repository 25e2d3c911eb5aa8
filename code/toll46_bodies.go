package code

// Dead found, told as news, are a killing that carries their toll (the
// snippets README: "the bodies of 12 people abducted last week were
// found" is an event): "police found the bodies of six men, their hands
// bound", "the bodies of nine abducted farmers were found in a forest".
// The toll46 row of the lexicon reads the find; here it is held to a
// killing. Those who found the dead did not kill them; a sentence with no
// sign of violence (a landslide, a wreck, a boat that sank) tells no
// killing; and one that tells an attack in words of its own ("the bodies
// of guards kidnapped by miners were found") is that attack's, which
// takes the toll.

// toll46ViolentSigns are words that tell the dead found were killed:
// how, or that they were taken first.
var toll46ViolentSigns = filtered(wordSet("shot", "gunshot", "gunshots", "bullet", "bullets", "bullet-riddled",
	"stabbed", "strangled", "tortured", "torture", "beheaded", "decapitated", "mutilated", "dismembered",
	"bound", "blindfolded", "gagged", "abducted", "kidnapped", "executed", "killed", "murdered", "slain",
	"dumped", "hanged", "hanging", "massacre", "massacred", "strangulation", "machete", "machetes"))

// toll46Bodies reports whether cd is the toll46 reading of dead found.
func toll46Bodies(cd *candidate) bool {
	if cd.e.cameo != "1823" || cd.e.pos != 'N' {
		return false
	}
	for k := cd.i; k < cd.j; k++ {
		if cd.st.low[k] == "bodies" {
			return true
		}
	}
	return false
}

// toll46BodiesNoViolence screens a find of dead whose sentence holds no
// sign that they were killed: "rescuers recovered the bodies of 12 miners
// from the landslide".
func toll46BodiesNoViolence(st *sent, cd *candidate) bool {
	if !toll46Bodies(cd) {
		return false
	}
	for _, w := range st.low {
		if toll46ViolentSigns.has(w) {
			return false
		}
	}
	return true
}

// toll46BodiesBeside reports whether the find of dead cd shares its
// sentence with a violent act of another reading, which tells the
// killing: the find is that act's toll.
func toll46BodiesBeside(cands []*candidate, cd *candidate) bool {
	if !toll46Bodies(cd) {
		return false
	}
	for _, o := range cands {
		if o != cd && o.e.has(flagViolent) && !toll46Bodies(o) {
			return true
		}
	}
	return false
}

// toll46Finders takes from a find of dead the doers its reading gave it:
// "[police] found the bodies of six men" names who found them, not who
// killed them.
func (b *building) toll46Finders() {
	if toll46Bodies(b.cd) {
		b.cd.src = nil
	}
}

// toll46Fresh reports whether an attack noun with no actor of its own is
// told here for the first time: after "the toll from Saturday's"
// (toll46TollFrom), or as dead found ("the bodies of nine farmers were
// found").
func toll46Fresh(d *doc, st *sent, cd *candidate) bool {
	return toll46Bodies(cd) || toll46TollFrom(d, st, cd.i)
}
