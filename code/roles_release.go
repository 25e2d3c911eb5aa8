package code

// A demand to free someone is aimed at whoever holds them. When the
// captive is named before only by a pronoun ("Venezuela detained two
// Colombian soldiers, and Colombia demanded their release"), the holder is
// the doer of the detention told just before in the same sentence.

// captureModes are the modes of acts that leave someone held.
var captureModes = map[string]bool{"arrest": true, "abduct": true}

// captivePronouns stand for the captives of a release demand: "his
// immediate release", "their release".
var captivePronouns = map[string]bool{"his": true, "her": true, "their": true}

// captor returns the doer of the detention told earlier in cd's sentence
// whose captives a release demand names by a pronoun, or nil: the
// demand's target.
func (c *Coder) captor(cd *candidate, earlier []*candidate) []*mention {
	st := cd.st
	if cd.tgt != nil || len(cd.src) == 0 || cd.e.mode != "yield" || !captiveNamed(st, cd.i, cd.j) {
		return nil
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		p := earlier[n]
		if p.st != st || !captureModes[p.e.mode] || len(p.src) == 0 {
			continue
		}
		if sharesMention(p.src, cd.src) || sameCountryAny(p.src, cd.src) {
			return nil
		}
		return p.src
	}
	return nil
}

// captiveNamed reports whether a pronoun in tokens [i, j) names the
// captives of a release demand.
func captiveNamed(st *sent, i, j int) bool {
	for k := i; k < j && k < len(st.low); k++ {
		if captivePronouns[st.low[k]] {
			return true
		}
	}
	return false
}
