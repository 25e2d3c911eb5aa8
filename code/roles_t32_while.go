package code

// A clause opened by "while" or "whereas", or joined by "and" or a comma
// alone after a verb with its own object, tells what another actor did at
// the same time: in "the EU announced €50 million, while Japan flew in
// tents", "Norway pledged funds and Germany sent pumps" or "Nairobi
// offered 1,000 officers, the Bahamas pledged personnel", Japan, Germany
// and the Bahamas are fellow actors, not whom the first act is for. The
// search for a target stops there, as it does at ", and" after a verb
// with its own object (laterClause), unless the later subject only
// answers what was told: "condemned the raid, while Quito said the man
// was a criminal" is aimed at Quito.

// contrastJoins open a clause with a subject and a finite verb of its own.
var contrastJoins = filtered(wordSet("while", "whereas", "whilst"))

// answerClause reports whether the clause from token k has its subject
// say something other than its own act: in "the OAS condemned the raid,
// while Quito said the man was a criminal" Quito answers the charge and
// is what was condemned; "while Iran said it had sent teams" tells
// Iran's own act.
func (st *sent) answerClause(k int) bool {
	for n := k; n < len(st.toks) && n < k+12; n++ {
		if t := st.toks[n].tag; t != "VBD" && t != "VBZ" && t != "VBP" {
			continue
		}
		if !reportVerbs.has(st.low[n]) {
			return false
		}
		n++
		if n < len(st.low) && st.low[n] == "that" {
			n++
		}
		return n < len(st.low) && !ownActPronouns.has(st.low[n])
	}
	return false
}

// ownActPronouns, right after a speaker's verb, tell the speaker's own
// act: "said it had sent", "said they would help".
var ownActPronouns = filtered(wordSet("it", "they", "we"))

// whichAside returns the token after a relative clause set off by
// commas that starts at token n (", which leads the coalition,"), or n.
func (st *sent) whichAside(n int) int {
	if n+1 >= len(st.low) || st.low[n] != "," || st.low[n+1] != "which" && st.low[n+1] != "who" {
		return n
	}
	for k := n + 2; k < len(st.low) && k < n+20; k++ {
		if st.low[k] == "," {
			return k + 1
		}
	}
	return n
}

// stateName reports whether m names a state by its country or capital,
// read as a place when no actor word came with it: in "while neighbouring
// Iran sent teams" Iran is still the subject of its verb.
func stateName(m *mention) bool {
	return m.kind == "country" || m.kind == "capital"
}

// amountObject reports whether the trigger ending before token j has a sum
// or a count as its object: "pledged $2 million", "sent 300 tonnes".
func (st *sent) amountObject(j int) bool {
	if j < len(st.toks) && st.toks[j].tag == "$" {
		j++
	}
	return j < len(st.toks) && st.toks[j].tag == "CD"
}

// beforeLaterClause returns the targets found for cd that stand before a
// later clause with a subject of its own, past the trigger's own object:
// in "Norway pledged funds and Germany sent pumps" Germany is a fellow
// donor; in "Nairobi offered 1,000 officers, the Bahamas pledged
// personnel" the Bahamas are.
func (st *sent) beforeLaterClause(cd *candidate) []*mention {
	// (Acts of crowds and armed sides keep the force of the next clause
	// as their counterpart, as in objectAnywhere.)
	if len(cd.tgt) == 0 || cd.e.has(flagViolent) || crowdSide(cd.src) {
		return cd.tgt
	}
	last := cd.tgt[len(cd.tgt)-1]
	for k := cd.j + 1; k < last.i && k < len(st.low); k++ {
		if (st.low[k] == "and" || st.low[k] == "," || contrastJoins.has(st.low[k])) && st.laterClause(cd.j, k) {
			var kept []*mention
			for _, m := range cd.tgt {
				if m.i < k || m.kind == "implied" {
					kept = append(kept, m)
				}
			}
			return kept
		}
	}
	return cd.tgt
}
