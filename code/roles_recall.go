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
	for n := 0; n < 3 && k > 0 && (st.toks[k].tag == "RB" || st.toks[k].tag == "MD" || haveWords[st.low[k]]); n++ {
		k--
	}
	if k < 1 {
		return nil
	}
	if m := st.officeOfPrev(d, k); m != nil {
		return m
	}
	if m := d.orgSpeakerRecalled(st, k); m != nil {
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
	if v < 2 || !orgHeads[st.low[v-1]] || st.low[v-2] != "the" || st.mentionAt(v-1) != nil {
		return nil
	}
	b := d.bodyBefore(st, &mention{i: v - 1, j: v})
	if b == nil {
		return nil
	}
	b.Text = st.toks[k].text
	return &mention{i: k, j: k + 1, kind: "pronoun", actor: *b}
}

// haveWords are the auxiliaries a subject may stand before its verb with.
var haveWords = map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true, "is": true}

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
var officeNouns = map[string]bool{
	"chief": true, "head": true, "leader": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"chairman": true, "chairwoman": true, "director": true, "commander": true, "president": true,
}

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
	if k != 1 || !officeNouns[st.low[k]] || st.low[0] != "its" && st.low[0] != "their" {
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
