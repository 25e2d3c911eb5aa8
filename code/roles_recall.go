package code

// Subjects that recall an actor named before: a definite body noun ("The
// commission urged …" after "the Kenya National Human Rights Commission
// said") and a possessive pronoun before an office ("Its chief, Jane Doe,
// said …").

import (
	"strings"

	"github.com/truce-project/truce"
)

// recalledBodies are the nouns heading a body's name that "the" and the
// noun alone recall, with the sector of a body the dictionary does not
// know: "the Ethiopian Human Rights Commission … The commission urged".
var recalledBodies = map[string]string{
	"commission": "GOV", "committee": "GOV", "council": "GOV", "agency": "GOV", "ministry": "GOV",
	"party": "OPP", "union": "LAB", "movement": "PRO", "alliance": "OPP", "coalition": "OPP",
}

// recalledSubject returns the actor a subject before the verb at i recalls
// when the sentence names none there, or nil.
func (c *Coder) recalledSubject(d *doc, st *sent, i int) *mention {
	k := i - 1
	// "The commission has also urged": auxiliaries and adverbs between.
	for n := 0; n < 3 && k > 0 && (st.toks[k].tag == "RB" || st.toks[k].tag == "MD" || haveWords.has(st.low[k])); n++ {
		k--
	}
	if k < 1 {
		return nil
	}
	if m := st.officeOfPrev(d, k); m != nil {
		return m
	}
	if m := c.ownedSubjectS39(d, st, k); m != nil {
		return m
	}
	if m := d.orgSpeakerRecalled(st, k); m != nil {
		return m
	}
	if m := c.bodySpeakerRecalled(d, st, k); m != nil {
		return m
	}
	if m := d.mode35BodyOfficial(st, k); m != nil {
		return m
	}
	if _, ok := recalledBodies[st.low[k]]; !ok || st.mentionAt(k) != nil || st.low[k-1] != "the" || !clauseStart(st, k-1) {
		return nil
	}
	return c.bodyNamedBefore(d, st, k)
}

// orgSpeakerRecalled returns, for "it" at k after a verb of saying whose
// subject is a bare "the agency" or "the organisation" ("The agency said
// on Monday it had flown 20 tonnes of vaccines to Juba"), the international
// body the text names before or in the next sentence, or nil.
func (d *doc) orgSpeakerRecalled(st *sent, k int) *mention {
	if st.low[k] != "it" || st.mentionAt(k) != nil {
		return nil
	}
	v := speechBefore(st, k)
	if v < 2 || !orgHeads.has(st.low[v-1]) || st.low[v-2] != "the" || st.mentionAt(v-1) != nil {
		return nil
	}
	b := d.bodyBefore(st, &mention{i: v - 1, j: v})
	if b == nil {
		return nil
	}
	b.Text = st.toks[k].text
	return &mention{i: k, j: k + 1, kind: "pronoun", actor: *b}
}

// bodySpeakerRecalled returns, for "it" or "they" at k after a verb of
// saying whose subject is a bare "the coalition" or "the council" opening
// a clause ("The coalition said it would halt all operations"), the body
// named before with that noun, or nil.
func (c *Coder) bodySpeakerRecalled(d *doc, st *sent, k int) *mention {
	if st.low[k] != "it" && st.low[k] != "they" || st.mentionAt(k) != nil {
		return nil
	}
	v := speechBefore(st, k)
	if v < 2 || st.low[v-2] != "the" || st.mentionAt(v-1) != nil || !clauseStart(st, v-2) {
		return nil
	}
	if _, ok := recalledBodies[st.low[v-1]]; !ok {
		return nil
	}
	m := c.bodyNamedBefore(d, st, v-1)
	if m == nil {
		return nil
	}
	m.i, m.j = k, k+1
	m.actor.Text = st.toks[k].text
	return m
}

// haveWords are the auxiliaries a subject may stand before its verb with.
var haveWords = filtered(map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true, "is": true})

// clauseStart reports whether token k opens the sentence or a clause
// after a comma or a conjunction.
func clauseStart(st *sent, k int) bool {
	return k == 0 || st.low[k-1] == "," || st.low[k-1] == "and" || st.low[k-1] == "but" || st.low[k-1] == ";"
}

// bodyNamedBefore returns, over the description at k ("the commission"),
// the body the sentence or one of the two before named by a name ending in
// the same noun ("the Ethiopian Human Rights Commission"), or nil. A body
// the dictionary does not know takes its sector from the noun and its
// country from a state its name holds.
func (c *Coder) bodyNamedBefore(d *doc, st *sent, k int) *mention {
	noun := st.low[k]
	for n := len(d.sents) - 1; n >= 0; n-- {
		x := d.sents[n]
		if x.s.Index > st.s.Index || x.s.Index < st.s.Index-2 {
			continue
		}
		end := len(x.toks)
		if x == st {
			end = k - 1
		}
		for t := end - 1; t > 0; t-- {
			if m := ledBody(x, t, noun); m != nil {
				r := *m
				r.i, r.j, r.kind, r.peers, r.partner, r.others = k, k+1, "pronoun", nil, nil, nil
				r.actor.Text = st.toks[k].text
				return &r
			}
			if x.low[t] != noun || !capitalised(x.toks[t].text) || !capitalised(x.toks[t-1].text) || x.low[t-1] == "the" {
				continue
			}
			if m := x.mentionAt(t); m != nil && !m.place && m.actor.ID != "" {
				r := *m
				r.i, r.j, r.kind, r.peers, r.partner, r.others = k, k+1, "pronoun", nil, nil, nil
				r.actor.Text = st.toks[k].text
				return &r
			}
			s := t - 1
			for s > 0 && capitalised(x.toks[s-1].text) && x.low[s-1] != "the" {
				s--
			}
			a := x.bodyActor(s, t+1, recalledBodies[noun])
			// "the Kenya National Human Rights Commission": a monitor,
			// though the state may appoint it.
			if strings.Contains(a.Name, "Rights") {
				a.Sector = "NGO"
			}
			a.Text = st.toks[k].text
			if a.Country != "" {
				if b, ok := c.actors.Lookup(a.Country+a.Sector, d.date); ok {
					b.Text = a.Text
					a = b
				}
			}
			return &mention{i: k, j: k + 1, kind: "sector", actor: a}
		}
	}
	return nil
}

// officeNouns are the offices a possessive pronoun opening a sentence puts
// under the actor named before: "Its chief", "Their spokesman".
var officeNouns = filtered(map[string]bool{
	"chief": true, "head": true, "leader": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"chairman": true, "chairwoman": true, "director": true, "commander": true, "president": true,
})

// officeOfPrev returns, for a subject opening the sentence with a
// possessive pronoun and an office ("Its chief, Nicholas Roe," or "Its
// head"), ending at k, the first actor of the sentence before, or nil.
func (st *sent) officeOfPrev(d *doc, k int) *mention {
	// "Its chief, Jane Doe, said": the apposition naming the holder.
	if st.low[k] == "," {
		s := k - 1
		for s > 0 && capitalised(st.toks[s].text) && st.low[s-1] != "," {
			s--
		}
		if s < 2 || s == k-1 || st.low[s-1] != "," {
			return nil
		}
		k = s - 2
	}
	if k != 1 || !officeNouns.has(st.low[k]) || st.low[0] != "its" && st.low[0] != "their" {
		return nil
	}
	var prev *sent
	for _, x := range d.sents {
		if x.s.Index == st.s.Index-1 {
			prev = x
		}
	}
	if prev == nil {
		return nil
	}
	// The first body with a name: "Gunmen ambushed a UN convoy … Its
	// head" is the UN's.
	var f *mention
	for n := range prev.mentions {
		if m := &prev.mentions[n]; !m.place && m.kind != "person" && m.actor.ID != "" {
			f = m
			break
		}
	}
	if f == nil {
		return nil
	}
	r := *f
	r.i, r.j, r.kind, r.peers, r.partner, r.others = 0, 2, "pronoun", nil, nil, nil
	r.actor.Text = strings.TrimSpace(st.textOf(0, 2))
	return &r
}

// bodyActor is a body named by tokens [s, e) that the dictionary does not
// know: its name, the sector given, and the country of a state its name
// holds ("the Kenya National Human Rights Commission").
func (st *sent) bodyActor(s, e int, sector string) truce.Actor {
	a := truce.Actor{Name: st.textOf(s, e), Sector: sector}
	for n := s; n < e; n++ {
		if m := st.mentionAt(n); m != nil && m.actor.Country != "" {
			a.Country = m.actor.Country
			break
		}
	}
	return a
}

// ledBody returns the state that leads or backs the body the noun at t
// names, when a compound before it says so: "the Saudi-led coalition",
// "a Russian-backed alliance". A later "the coalition" is that state's.
func ledBody(x *sent, t int, noun string) *mention {
	if x.low[t] != noun || t == 0 {
		return nil
	}
	w := x.low[t-1]
	if !strings.HasSuffix(w, "-led") && !strings.HasSuffix(w, "-backed") {
		return nil
	}
	m := x.mentionAt(t - 1)
	if m == nil || m.place || m.actor.Country == "" || !isState(m.actor) {
		return nil
	}
	return m
}

// sidesWords are the plural nouns "both" or "the two" make the two sides
// of a dispute named before: "urged both sides", "called on the two
// parties".
var sidesWords = filtered(map[string]bool{
	"sides": true, "parties": true, "delegations": true, "camps": true, "rivals": true,
	"neighbours": true, "neighbors": true, "countries": true, "governments": true, "leaders": true,
})

// sidesRecalled returns, for a trigger verb whose object counts two sides
// ("urged both sides to", "told the two parties"), the two actors named
// together last before it: in its sentence, other than the verb's subject,
// else first in one of the two sentences before ("Ethiopia's government
// and Tigrayan forces signed … Guterres urged both sides"). Otherwise nil.
func (d *doc) sidesRecalled(st *sent, cd *candidate) []*mention {
	if cd.e.pos != 'V' {
		return nil
	}
	// The count follows the verb, or "on" after it ("called on both
	// sides"); a trigger may take in its object ("urged * to").
	s, n := -1, -1
	for k := cd.i + 1; k <= cd.j+1 && k+1 < len(st.low); k++ {
		if p := st.low[k-1]; k != cd.i+1 && k != cd.j && !(p == "on" && (k == cd.i+2 || k == cd.j+1)) {
			continue
		}
		if st.low[k] == "both" {
			s, n = k, k+1
		} else if st.low[k] == "the" && st.low[k+1] == "two" && k+2 < len(st.low) {
			s, n = k, k+2
		}
		if s >= 0 {
			break
		}
	}
	if s < 0 {
		return nil
	}
	if !sidesWords.has(st.low[n]) {
		return nil
	}
	if m := st.mentionAt(n); m != nil && !allBare([]*mention{m}) {
		return nil
	}
	pair := func(x *sent, g []*mention) []*mention {
		if len(g) != 2 || g[0].actor.ID == "" || g[1].actor.ID == "" || g[0].actor.ID == g[1].actor.ID {
			return nil
		}
		out := make([]*mention, 2)
		for k, m := range g {
			c := *m
			c.i, c.j, c.kind = s, n+1, "pronoun"
			c.peers, c.partner, c.others = nil, nil, nil
			c.actor.Text = st.textOf(s, n+1)
			out[k] = &c
		}
		return out
	}
	subj := cd.src
	for k := len(st.mentions) - 1; k >= 0; k-- {
		m := &st.mentions[k]
		if m.j > cd.i || m.place || m.kind == "pronoun" {
			continue
		}
		g := st.coordinated(m)
		if sharesMention(g, subj) {
			continue
		}
		if out := pair(st, g); out != nil {
			return out
		}
	}
	for k := len(d.sents) - 1; k >= 0; k-- {
		x := d.sents[k]
		if x.s.Index >= st.s.Index || x.s.Index < st.s.Index-2 {
			continue
		}
		for n := range x.mentions {
			if m := &x.mentions[n]; !m.place && m.kind != "pronoun" {
				if out := pair(x, x.coordinated(m)); out != nil && !sharesActor(out, subj) {
					return out
				}
				break
			}
		}
	}
	return nil
}

// sharesActor reports whether an actor of a is one of b's.
func sharesActor(a, b []*mention) bool {
	for _, x := range a {
		for _, y := range b {
			if x.actor.ID == y.actor.ID {
				return true
			}
		}
	}
	return false
}
