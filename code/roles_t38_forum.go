package code

// A grievance carried to a forum: "said it would file a complaint with the
// UN Security Council", "would take the dispute to the International Court
// of Justice", "dropped its complaint at the World Trade Organization". The
// court or council the complaint goes to hears it; the complaint is aimed
// at the other side of the quarrel the story tells, the state the
// complainant acted against or was acted on by just before.

import "github.com/truce-project/truce"

// t38GrievanceNouns name what is carried to a forum.
var t38GrievanceNouns = filtered(wordSet("complaint", "complaints", "dispute", "disputes", "case", "cases", "lawsuit", "suit",
	"petition", "petitions", "grievance", "grievances", "claim", "claims", "row", "quarrel", "matter"))

// t38ForumPreps join a grievance to the forum it goes to.
var t38ForumPreps = filtered(wordSet("to", "with", "at", "before"))

// t38ForumTarget replaces the target of a grievance carried to a forum,
// when that target is the forum or there is none, with the other side of
// the quarrel the story tells (t38Counterpart). A target named by the
// clause itself ("a complaint against Israel with the Council") stays.
func (c *Coder) t38ForumTarget(d *doc, cd *candidate, earlier []*candidate) {
	st := cd.st
	if len(cd.src) == 0 || cd.src[0].actor.Country == "" {
		return
	}
	k := st.t38GrievanceAt(cd)
	if k < 0 {
		return
	}
	q, e, ok := st.t38ForumAfter(k)
	if !ok || cd.tgt != nil && !st.t38IsForum(cd, q, e) {
		return
	}
	var forum truce.Actor
	if m := st.mentionAt(q); m != nil {
		forum = m.actor
	}
	if m := t38Counterpart(d, cd, earlier, forum); m != nil {
		cd.tgt = m
	}
}

// t38GrievanceAt returns the token of the grievance noun inside cd's
// trigger or right after it, past determiners ("file a complaint", "take
// the dispute to"), or -1.
func (st *sent) t38GrievanceAt(cd *candidate) int {
	for k := cd.i; k < len(st.low) && k < cd.j+3; k++ {
		if t38GrievanceNouns.has(st.low[k]) {
			return k
		}
		if k >= cd.j && !determiners.has(st.low[k]) && !isModifier(st.toks[k]) {
			return -1
		}
	}
	return -1
}

// t38ForumAfter returns the tokens [q, e) of the body a grievance at token
// k is carried to, and whether there is one: a forum preposition within a
// few tokens of it, then determiners and a court, council or agency of no
// one country, or a court ("complaint with the UN Security Council"), or a
// proper name the dictionary does not know ("to the European Court of
// Human Rights"), taken whole with its "of" phrases.
func (st *sent) t38ForumAfter(k int) (int, int, bool) {
	for p := k + 1; p < len(st.low) && p <= k+4; p++ {
		if !t38ForumPreps.has(st.low[p]) {
			continue
		}
		q := p + 1
		for q < len(st.low) && determiners.has(st.low[q]) {
			q++
		}
		if q >= len(st.low) {
			return 0, 0, false
		}
		if m := st.mentionAt(q); m != nil {
			if m.actor.Country != "" && m.actor.Sector != "JUD" {
				return 0, 0, false
			}
			return m.i, m.j, true
		}
		if !t38Capital(st.toks[q]) {
			return 0, 0, false
		}
		e := q + 1
		for e < len(st.low) && (t38Capital(st.toks[e]) || st.low[e] == "of" && e+1 < len(st.low) && t38Capital(st.toks[e+1])) {
			e++
		}
		return q, e, true
	}
	return 0, 0, false
}

// t38IsForum reports whether the target found is the forum at tokens
// [q, e) or the complainant itself: neither is whom the grievance is
// against.
func (st *sent) t38IsForum(cd *candidate, q, e int) bool {
	if len(cd.tgt) != 1 {
		return false
	}
	t := cd.tgt[0]
	if sameActors(cd.tgt, cd.src) {
		return true
	}
	return st.holds(t) && t.i >= q && t.j <= e
}

// t38Counterpart returns, as mentions at cd's trigger, the other side of
// the nearest act the story tells between the complainant's country and
// another: an earlier act of the same sentence, else of the two sentences
// before, latest first. The forum itself is never that side.
func t38Counterpart(d *doc, cd *candidate, earlier []*candidate, forum truce.Actor) []*mention {
	own := cd.src[0].actor.Country
	other := func(src, tgt []truce.Actor) []truce.Actor {
		if t38HasCountry(src, own) && !t38HasCountry(tgt, own) {
			return t38Foreign(tgt, own, forum)
		}
		if t38HasCountry(tgt, own) && !t38HasCountry(src, own) {
			return t38Foreign(src, own, forum)
		}
		return nil
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		p := earlier[n]
		if p.folded || p.i >= cd.i {
			continue
		}
		if as := other(t38Actors(p.src), t38Actors(p.tgt)); as != nil {
			return t38Implied(cd, as)
		}
	}
	idx := cd.st.s.Index
	for back := idx - 1; back >= idx-2 && back >= 0; back-- {
		for n := len(d.cands) - 1; n >= 0; n-- {
			p := d.cands[n]
			if p.st == nil || p.st.s.Index != back || p.folded {
				continue
			}
			if as := other(p.ev.Source, p.ev.Target); as != nil {
				return t38Implied(cd, as)
			}
		}
	}
	return nil
}

// t38Actors returns the actors of a side's mentions.
func t38Actors(ms []*mention) []truce.Actor {
	var out []truce.Actor
	for _, m := range ms {
		out = append(out, m.actor)
	}
	return out
}

// t38HasCountry reports whether some actor of as belongs to country cc.
func t38HasCountry(as []truce.Actor, cc string) bool {
	for _, a := range as {
		if a.Country == cc {
			return true
		}
	}
	return false
}

// t38Foreign returns the named actors of as that belong to a country other
// than own and are not the forum, or nil.
func t38Foreign(as []truce.Actor, own string, forum truce.Actor) []truce.Actor {
	var out []truce.Actor
	for _, a := range as {
		if a.ID != "" && a.Country != "" && a.Country != own && !sameActor(a, forum) {
			out = append(out, a)
		}
	}
	return out
}

// t38Implied returns actors as implied mentions at cd's trigger.
func t38Implied(cd *candidate, as []truce.Actor) []*mention {
	out := make([]*mention, 0, len(as))
	for _, a := range as {
		a.Text = ""
		out = append(out, &mention{i: cd.i, j: cd.j, actor: a, kind: "implied"})
	}
	return out
}

// t38Capital reports whether a token is a capitalised word, part of a
// proper name.
func t38Capital(t tok) bool {
	return t.text != "" && t.text[0] >= 'A' && t.text[0] <= 'Z'
}
