package code

// Issue 3, round roles_x80: a group described by a generic phrase next to
// its name. In "the Stability Support Apparatus, one of Tripoli's most
// powerful armed groups, was attacked" the apposition only says what the
// named group is: "Tripoli's armed groups" is no second actor and must not
// stand in for the name. In "clashes between two of the city's armed
// groups, the Radaa force and the Nawasi Brigade" the names after the
// comma tell which groups the description counts.

// describedOpenersX80 open an apposition that describes the name before
// it: "X, one of …", "X, the country's largest militia".
var describedOpenersX80 = filtered(wordSet("one", "the", "a", "an", "among"))

// countedGroupsX80 count the groups a description names before the names
// follow: "two of the city's armed groups, A and B".
var countedGroupsX80 = filtered(wordSet("two", "three", "four", "both"))

// namedGroupX80 reports whether m names one organisation or armed group
// by name, the kind a generic description can describe.
func namedGroupX80(m *mention) bool {
	return m != nil && !m.place && (m.kind == "group" || m.kind == "org") && m.actor.ID != ""
}

// genericDescriptionX80 reports whether m is a generic description of a
// group: a sector noun, which a place may own ("Tripoli's armed groups",
// "the country's main rebel group").
func genericDescriptionX80(m *mention) bool {
	if m == nil || m.place || m.actor.Sector == "" {
		return false
	}
	return m.kind == "sector"
}

// describedGroupsX80 drops the generic descriptions that stand in
// apposition to a group's name, before or after it.
func (st *sent) describedGroupsX80() {
	for n := 0; n < len(st.mentions); n++ {
		d := &st.mentions[n]
		if !genericDescriptionX80(d) {
			continue
		}
		start, owner := st.descriptionStartX80(d)
		if !st.describesBeforeX80(d, start) && !st.countsAfterX80(d, start) {
			continue
		}
		di := d.i
		if owner != nil {
			st.dropMention(owner)
			n--
		}
		st.dropMention(st.mentionAt(di))
		n--
	}
}

// describesBeforeX80 reports whether the description d follows a named
// group and a comma, opened by "one of", "the" or "a" with at most three
// words before d: "the SSA, one of Tripoli's most powerful armed groups".
func (st *sent) describesBeforeX80(d *mention, start int) bool {
	c := -1
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		if st.low[k] == "," {
			c = k
			break
		}
	}
	if c < 1 || c+1 >= start || !describedOpenersX80.has(st.low[c+1]) {
		return false
	}
	if st.low[c+1] == "one" && (c+2 >= len(st.low) || st.low[c+2] != "of") {
		return false
	}
	for k := c + 1; k < start; k++ {
		if st.mentionAt(k) != nil || verbAt(st, k) {
			return false
		}
	}
	return st.closedAppositionX80(d, st.low[c+1] == "the") && namedGroupX80(st.mentionAt(c-1))
}

// closedAppositionX80 reports whether a comma closes the description d
// and no list runs on after it: "the SSA, one of the city's armed groups,
// was" is an apposition, "the RSF, the army and allied militias" and "the
// RSF, the army, and the police" a list, "Al-Shabaab, the army said," a
// teller. After "the" a name right past the comma continues a list too
// ("Hamas, the army, the PIJ and …").
func (st *sent) closedAppositionX80(d *mention, opensThe bool) bool {
	e := d.j + 1
	if d.j >= len(st.low) || st.low[d.j] != "," {
		return false
	}
	// "the PCC, a São Paulo-based gang, and seizing": an "and" before a
	// verb joins clauses, not names.
	if e < len(st.low) && (st.low[e] == "and" || st.low[e] == "or") && (e+1 >= len(st.low) || !verbAt(st, e+1)) {
		return false
	}
	if opensThe && e < len(st.low) {
		if e+1 < len(st.low) && st.low[e] == "the" {
			e++
		}
		return st.mentionAt(e) == nil
	}
	return true
}

// countsAfterX80 reports whether the description d is counted ("two of")
// and followed by a comma and a named group: "two of the city's armed
// groups, the Radaa force and the Nawasi Brigade".
func (st *sent) countsAfterX80(d *mention, start int) bool {
	k := start - 1
	if k < 1 || st.low[k] != "of" || !countedGroupsX80.has(st.low[k-1]) {
		return false
	}
	if d.j+1 >= len(st.low) || st.low[d.j] != "," {
		return false
	}
	e := d.j + 1
	if st.low[e] == "the" && e+1 < len(st.low) {
		e++
	}
	return namedGroupX80(st.mentionAt(e))
}

// descriptionStartX80 returns the first token of the phrase a generic
// description d heads, past the words that qualify its noun ("most
// powerful armed"), a possessive owner ("Tripoli's", "the city's") and an
// article, with the owner's mention if any.
func (st *sent) descriptionStartX80(d *mention) (int, *mention) {
	k := d.i
	for k > 0 && k > d.i-4 {
		switch st.toks[k-1].tag {
		case "JJ", "JJS", "JJR", "RBS", "RBR", "VBN":
			k--
			continue
		}
		break
	}
	var owner *mention
	if k > 1 && st.toks[k-1].tag == "POS" {
		if o := st.mentionAt(k - 2); o != nil && o != d && o.j == k-1 && o.actor.Sector != "MIL" {
			owner, k = o, o.i
		} else if st.toks[k-2].tag == "NN" || st.toks[k-2].tag == "NNP" {
			k -= 2 // "the city's"
		}
	}
	if k > 0 && (st.low[k-1] == "the" || st.low[k-1] == "a" || st.low[k-1] == "an") {
		k--
	}
	return k, owner
}

// countedSidesX80 returns the first of the named groups that follow a
// counted description starting at token n and a comma: "two of the
// city's armed groups, the Radaa force and the Nawasi Brigade" gives the
// Radaa force. It returns nil when no such names follow.
func (st *sent) countedSidesX80(n int) *mention {
	if n+1 >= len(st.low) || !countedGroupsX80.has(st.low[n]) || st.low[n+1] != "of" {
		return nil
	}
	for k := n + 2; k < len(st.low) && k <= n+9; k++ {
		if st.low[k] != "," {
			if verbAt(st, k) && st.toks[k].tag != "VBN" {
				return nil
			}
			continue
		}
		e := k + 1
		if e+1 < len(st.low) && st.low[e] == "the" {
			e++
		}
		if m := st.mentionAt(e); namedGroupX80(m) {
			return m
		}
		return nil
	}
	return nil
}

// mentionsX80 applies round x80's readings of mentions: descriptions
// beside a group's name, local heads, and the parties of people out of
// office (roles_x80_localhead.go, roles_x80_party.go); then round x90's
// named groups a person owns (roles_x90_owned.go).
func (st *sent) mentionsX80() {
	st.describedGroupsX80()
	st.localHeadsX80()
	st.personPartiesX80()
	st.personOwnedGroupsX90()
}
