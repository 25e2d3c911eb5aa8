package code

// Staff held in the premises the doers broke into: "gunmen stormed the
// offices of a charity and held staff at gunpoint", "raiders burst into
// the studios of a broadcaster and took its presenters hostage". A bare
// staff noun names no employer of its own ("staff", "presenters and
// crew"); the organisation whose premises the same sentence named before
// the trigger ("the studio of X", "the offices of the X agency") is the
// one they work for, and the act is aimed at it, not at the police or the
// bystanders a later clause names ("until police stormed the building").

// t62CrewNouns are the people of a broadcaster or a newsroom beside the
// general staffNouns: "held presenters and crew at gunpoint".
var t62CrewNouns = filtered(wordSet("presenters", "presenter", "anchors", "anchor", "newsreaders",
	"crew", "crews", "technicians", "cameramen", "camera"))

// t62PremisesHolder returns the organisation whose premises the sentence
// names before the trigger (a premises noun, "of", at most three
// determiners, modifiers or sector words, then the organisation), for a
// bare staff noun at k that names no employer itself; nil otherwise.
func (st *sent) t62PremisesHolder(cd *candidate, k int) []*mention {
	// Only a determiner, a number, a modifier, "and" or another staff noun
	// may stand between the trigger and the staff noun.
	from := cd.j
	if k < cd.j {
		from = cd.i + 1 // a staff noun inside the trigger: "held staff at gunpoint"
	}
	for n := from; n < k; n++ {
		w := st.low[n]
		if w != "and" && !staffNouns.has(w) && !t62CrewNouns.has(w) && !staffLead(w, st.toks[n].tag) {
			return nil
		}
		if w == "its" || w == "their" || w == "of" {
			return nil
		}
	}
	var best *mention
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j > cd.i || m.place || m.kind == "person" || m.kind == "pronoun" || m.kind == "anaphor" ||
			m.kind == "country" || m.kind == "capital" || m.actor.ID == "" || m.actor.ID == m.actor.Country {
			continue
		}
		if st.t62AfterPremisesOf(m.i) && !sharesMention([]*mention{m}, cd.src) {
			best = m
		}
	}
	if best == nil {
		return nil
	}
	return []*mention{best}
}

// t62AfterPremisesOf reports whether a premises noun and "of" stand
// before token i, with at most three determiners, modifiers or words of
// another mention between them: "the studios of the public broadcaster".
func (st *sent) t62AfterPremisesOf(i int) bool {
	for n, hops := i-1, 0; n >= 1 && hops < 4; n, hops = n-1, hops+1 {
		w := st.low[n]
		if w == "of" {
			return premisesNouns.has(st.low[n-1])
		}
		if !determiners.has(w) && st.toks[n].tag != "JJ" && st.mentionAt(n) == nil {
			return false
		}
	}
	return false
}

// t62HeldStaff returns the organisation whose premises the sentence named
// before a trigger that holds a bare staff noun within it or right after
// it ("held staff at gunpoint", "seized presenters and crew"), or nil.
func (st *sent) t62HeldStaff(cd *candidate) []*mention {
	if cd.j == 0 || cd.j > len(st.low) {
		return nil
	}
	cl := st.clause[cd.i]
	for k := cd.i + 1; k < len(st.low) && k < cd.j+5; k++ {
		if st.clause[k] != cl || st.low[k] == "," {
			return nil
		}
		if staffNouns.has(st.low[k]) || t62CrewNouns.has(st.low[k]) {
			if k+1 < len(st.low) && st.low[k+1] == "of" {
				return nil
			}
			return st.t62PremisesHolder(cd, k)
		}
	}
	return nil
}
