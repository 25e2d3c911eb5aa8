package code

// Doers behind words that stand between them and their verb: a time or
// sequence adverbial opening a relative clause ("Kenya, which on Friday
// recalled its envoy", "Baku, which in turn backed …"), and a body a
// description recalls inside a relative on a charge ("…, a charge the
// party denies").

import "github.com/truce-project/truce"

// relativeAdverbials are the word sequences that may open a relative clause
// before its verb without changing whose act it tells: "which in turn
// accused", "who last week called", "which earlier this month expelled".
var relativeAdverbials = [][]string{
	{"in", "turn"}, {"in", "response"}, {"in", "return"}, {"in", "reply"},
	{"last", "week"}, {"last", "month"}, {"last", "year"}, {"last", "weekend"},
	{"this", "week"}, {"this", "month"}, {"this", "year"},
	{"earlier", "this", "week"}, {"earlier", "this", "month"}, {"earlier", "this", "year"},
	{"the", "next", "day"}, {"the", "same", "day"}, {"a", "day", "later"}, {"days", "later"},
	{"at", "the", "weekend"}, {"on", "its", "part"},
}

// relativeVerb returns the token after the adverbials that open the
// relative clause whose first word after "which" or "who" is v: an adverb
// or two ("which also recalled"), a listed phrase ("which in turn
// backed") or a day or month after "on" ("which on Friday recalled").
func relativeVerb(st *sent, v int) int {
	for adverbs := 0; v+1 < len(st.toks); {
		switch {
		case st.toks[v].tag == "RB" && adverbs < 2:
			adverbs++
			v++
			continue
		case st.low[v] == "on" && weekdayOrMonth(st.low[v+1]):
			v += 2
			for v+1 < len(st.toks) && st.toks[v].tag == "CD" {
				v++
			}
			continue
		}
		n := adverbialAt(st, v)
		if n == 0 {
			return v
		}
		v += n
	}
	return v
}

// adverbialAt returns the length of the relative adverbial starting at
// token v, or 0.
func adverbialAt(st *sent, v int) int {
	for _, p := range relativeAdverbials {
		if v+len(p) >= len(st.low) {
			continue
		}
		ok := true
		for n, w := range p {
			if st.low[v+n] != w {
				ok = false
				break
			}
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// stateAntecedent returns, as an actor, a country or capital read as a
// place that ends at token e right before the comma and relative pronoun at
// k, when the relative's verb at v tells an act of its own: in "Armenia
// withdrew in favour of Baku, which in turn backed …" Azerbaijan backed,
// and in "fighting spilled into Chad, which accused Sudan …" Chad accused.
// A passive relative ("Kabul, which was captured") tells what befell the
// place and gives nothing.
func (st *sent) stateAntecedent(e, k, v int) *mention {
	if st.low[k-1] != "," || st.low[v] == "was" || st.low[v] == "were" {
		return nil
	}
	if !pastAct(st, v) && !(v+1 < len(st.toks) && st.toks[v+1].tag == "VBN" && st.low[v+1] != "been") {
		return nil
	}
	m := st.mentionAt(e)
	if m == nil || m.j != e+1 || !m.place || m.kind != "country" && m.kind != "capital" {
		return nil
	}
	x := *m
	x.place = false
	return &x
}

// pastAct reports whether token v, opening a relative clause's predicate,
// is a verb in the past telling an act: a past tense, or a past
// participle with no "by" after it, which the tagger often gives for a
// past tense ("which in turn backed an Armenian seat").
func pastAct(st *sent, v int) bool {
	switch st.toks[v].tag {
	case "VBD":
		return true
	case "VBN":
		return v+1 >= len(st.low) || st.low[v+1] != "by"
	}
	return false
}

// claimNouns name a charge a relative clause right after may tell the
// answer to: "…, a charge the party denies".
var claimNouns = filtered(wordSet("charge", "charges", "accusation", "accusations", "claim", "claims",
	"allegation", "allegations", "assertion", "suggestion"))

// chargeDenier returns the body a bare description recalls when it is the
// subject of a relative clause on a claim noun, the verb at i its verb: in
// "officials say the rallies are paid for by Moscow, a charge the party
// denies" the party named before denies, not the officials. Nil when the
// words around the verb are not of that shape or no such body was named.
func (c *Coder) chargeDenier(d *doc, st *sent, i int) *mention {
	k := i - 1
	for n := 0; n < 2 && k > 0 && (st.toks[k].tag == "RB" || haveWords.has(st.low[k])); n++ {
		k--
	}
	if k < 3 || st.mentionAt(k) != nil || st.low[k-1] != "the" {
		return nil
	}
	if _, ok := recalledBodies[st.low[k]]; !ok {
		return nil
	}
	n := k - 2
	if st.low[n] == "that" || st.low[n] == "which" {
		n--
	}
	if n < 0 || !claimNouns.has(st.low[n]) {
		return nil
	}
	if m := c.bodyNamedBefore(d, st, k); m != nil {
		return m
	}
	if st.low[k] == "party" {
		return c.partyNamedBefore(d, st, k)
	}
	return nil
}

// partyNamedBefore returns, over "party" at k, the opposition of the
// state the sentence names when the sentence or one of the two before
// named a party by a capitalised name and a lower-case "party" ("the Shor
// party", "the Revival party"); a ruling or governing party is not the
// opposition and gives nil.
func (c *Coder) partyNamedBefore(d *doc, st *sent, k int) *mention {
	named := false
	for _, x := range d.sents {
		if x.s.Index > st.s.Index || x.s.Index < st.s.Index-2 {
			continue
		}
		end := len(x.toks)
		if x == st {
			end = k - 1
		}
		for t := 2; t < end; t++ {
			if x.low[t] != "party" || capitalised(x.toks[t].text) || !capitalised(x.toks[t-1].text) {
				continue
			}
			s := t - 1
			for s > 0 && capitalised(x.toks[s-1].text) {
				s--
			}
			if s == 0 || x.low[s-1] == "ruling" || x.low[s-1] == "governing" {
				return nil
			}
			named = true
		}
	}
	if !named {
		return nil
	}
	cc := ""
	for _, m := range st.mentions {
		if !m.place && isState(m.actor) && m.actor.Country != "" {
			cc = m.actor.Country
			break
		}
	}
	if cc == "" {
		return nil
	}
	a := truce.Actor{Name: cc + " opposition", Country: cc, Sector: "OPP", ID: cc + "OPP"}
	if b, ok := c.actors.Lookup(cc+"OPP", d.date); ok {
		a = b
	}
	a.Text = st.toks[k].text
	return &mention{i: k, j: k + 1, kind: "pronoun", actor: a}
}

// chargeAccuser returns who made the charge a denial at i answers when the
// charge is named in apposition to what a report verb says: in "Moldovan
// officials say the rallies are paid for by Moscow, a charge the party
// denies" the officials. Nil unless the verb answers a charge (answerWords)
// and the apposition follows a report verb with a subject of its own.
func (st *sent) chargeAccuser(i int) []*mention {
	if !answerWords.has(st.low[i]) {
		return nil
	}
	n := i - 1
	for n >= 2 && n >= i-6 && !claimNouns.has(st.low[n]) {
		n--
	}
	if n < 3 || !claimNouns.has(st.low[n]) || st.low[n-1] != "a" && st.low[n-1] != "an" || st.low[n-2] != "," {
		return nil
	}
	for v := n - 3; v > 0; v-- {
		if !reportVerbs.has(st.low[v]) || !verbAt(st, v) {
			continue
		}
		if sub := st.subject(v); len(sub) > 0 && !sub[0].place {
			return sub
		}
		return nil
	}
	return nil
}
