package code

// Who did it in constructions common to several blind wire batches of
// round 22: a coordinated subject whose members carry titles ("President
// Ana Ruiz and rebel leader Tomas Gil signed …"), which the plain list walk
// loses at the title or at a name the dictionary does not know; the
// speaker of a tag right before a participle ("…, the minister said,
// accusing …"); a name described by a relative clause in an apposition
// ("X, the leader who says he won, called …"); and a hidden bomb no one is
// named for ("A roadside bomb tore through a bus …").

import "github.com/truce-project/truce"

// titledPartner adds to the coordinated subject ms the member joined to it
// by "and" across a title or a name: in "Kenya's President Amos Walela and
// rebel commander Tito Bassu signed a truce" and in "President Amos Walela
// and Rift Front leader Tito Bassu signed a truce" the subject is both
// signatories, not the commander alone. Either member may be an office
// holder whose name follows the title and names no actor ("Kenya's
// President Amos Walela"), or a known person after a body and its title
// ("Rift Front leader Tito Bassu").
func (st *sent) titledPartner(ms []*mention) []*mention {
	if len(ms) == 0 {
		return ms
	}
	// "Renamo leader Ossufo Momade": the member starts at the body whose
	// title comes before the name.
	start := ms[0].i
	if k := start - 1; k > 0 && personHeads.has(st.low[k]) {
		if q := st.mentionAt(k - 1); q != nil && q.j == k && !q.place {
			start = q.i
		}
	}
	k := start - 1
	if k > 0 && st.low[k] == "the" {
		k--
	}
	if k < 2 || st.low[k] != "and" {
		return ms
	}
	q := st.mentionAt(k - 1)
	if q == nil {
		// "Kenya's President Amos Walela and …": past the unknown name
		// to the title and its holder ("rebel commander": the holder
		// may stop before the title).
		b, n := k-1, 0
		for b >= 0 && n < 4 && st.toks[b].tag == "NNP" && st.mentionAt(b) == nil {
			b--
			n++
		}
		if n == 0 || b < 0 || !personHeads.has(st.low[b]) {
			return ms
		}
		if q = st.mentionAt(b); q == nil && b > 0 {
			if q = st.mentionAt(b - 1); q != nil && q.j != b {
				q = nil
			}
		}
	} else if start == ms[0].i {
		// A member right before "and" the list walk has already joined.
		return ms
	}
	if q == nil || q.place || q.actor.Sector == "" && q.actor.ID == "" {
		return ms
	}
	for _, m := range ms {
		if m == q {
			return ms
		}
	}
	return append(st.coordinated(q), ms...)
}

// tagBefore returns the speaker of a speech tag that ends right before the
// participle at i: in "Peru declared the envoy persona non grata and gave
// him 72 hours to leave, Foreign Minister X said, accusing Mexico of
// meddling" the minister accuses, whatever the clause before the tag
// proclaimed. Nil when no tag closes at the comma before i.
func (st *sent) tagBefore(i int) *mention {
	if i < 3 || st.low[i-1] != "," {
		return nil
	}
	for v := i - 2; v >= 0 && v >= i-4; v-- {
		if speechVerbs.has(st.low[v]) {
			return st.tagSpeaker(v, i)
		}
	}
	return nil
}

// relativeAside returns the comma opening an apposition closed by the comma
// at k when the apposition describes the named actor before it with a
// relative clause, or -1: in "Raila Odinga, the opposition leader who says
// he won Kenya's vote, called a strike" Odinga calls it, though the
// relative clause holds a clause of its own ("he won …") and a state.
func (st *sent) relativeAside(k int) int {
	for j := k - 1; j > 0 && k-j < 25; j-- {
		if st.low[j] != "," {
			continue
		}
		if w := st.low[j+1]; w != "the" && w != "a" && w != "an" {
			return -1
		}
		if m := st.mentionAt(j - 1); m == nil || m.j != j || m.place {
			return -1
		}
		for n := j + 2; n < k; n++ {
			if w := st.low[n]; w == "who" || w == "which" || w == "whose" {
				return j
			}
		}
		return -1
	}
	return -1
}

// speechPastAside reports whether a verb of speech stands between tokens
// from and to outside a relative aside that opens at from: in "Raila
// Odinga, the opposition leader who says he won the vote, called a strike"
// the leader's saying is part of who he is, not a report of the strike.
func (st *sent) speechPastAside(from, to int) bool {
	if from < len(st.low) && st.low[from] == "," {
		for c := to - 1; c > from; c-- {
			if st.low[c] == "," && st.relativeAside(c) == from {
				from = c
				break
			}
		}
	}
	return st.speechBetween(from, to)
}

// asideHolder returns the named actor a relative aside describes when m
// lies inside that aside, closed before token i, or nil: in "Odinga, the
// opposition leader who says he won Kenya's vote, called a strike and
// warned …" the warning is Odinga's, not Kenya's.
func (st *sent) asideHolder(m *mention, i int) *mention {
	for c := m.j; c < i && c < len(st.low); c++ {
		if st.low[c] != "," {
			continue
		}
		if j := st.relativeAside(c); j >= 0 && j < m.i {
			return st.mentionAt(j - 1)
		}
	}
	return nil
}

// deviceWords name a hidden bomb whose makers the news seldom names at
// once: "a roadside bomb", "an IED", "a home-made bomb". A landmine is
// left out: it may lie from a war long over, or from an army's minefield.
var deviceWords = filtered(wordSet("roadside", "ied", "ieds", "improvised", "home-made", "homemade", "makeshift"))

// unclaimedDevice gives a hidden bomb's blast that names no one who set it
// an unidentified armed group for its source: in "A roadside bomb tore
// through a minibus near Kaya, killing 14; no group claimed the attack"
// the bombers are the insurgents of the place, or the armed group the
// story names around it, which the generic resolution finds. A blast of
// no device ("a gas explosion") is left alone, and so is a blast someone
// is blamed for in its sentence or the next ("…, the commissioner said,
// blaming Al-Shabaab"), which the blame gives its author.
func (c *Coder) unclaimedDevice(d *doc, cd *candidate) {
	st := cd.st
	if cd.src != nil || c.lex.cameo[cd.e.cameo].plover != truce.Assault || blameNear(d, st) {
		return
	}
	from := cd.i
	// "A home-made bomb went off": the device is the verb's subject.
	if cd.e.pos == 'V' {
		from = max(0, cd.i-4)
	}
	found := false
	for k := from; k < cd.j; k++ {
		found = found || deviceWords.has(st.low[k]) || plantedDevice(st, k) && d.groupNamedNext(st)
	}
	if !found {
		return
	}
	// The words it stands on are the device's own: the text names no one.
	cd.src = []*mention{{i: cd.i, j: cd.i, kind: "sector",
		actor: truce.Actor{Text: st.textOf(cd.i, cd.j), Sector: "REB"}}}
}

// blameNearWords lay an act at someone's door: "blamed Al-Shabaab", "accused
// the rebels of planting the device".
var blameNearWords = filtered(wordSet("blamed", "blames", "blaming", "accused", "accuses", "accusing"))

// blameNear reports whether the sentence st or the one after it lays an
// act at someone's door.
func blameNear(d *doc, st *sent) bool {
	n := st.s.Index
	for _, y := range d.sents[n:min(n+2, len(d.sents))] {
		for _, w := range y.low {
			if blameNearWords.has(w) {
				return true
			}
		}
	}
	return false
}
