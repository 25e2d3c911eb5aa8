package code

import "strings"

// Issue 3, round x48: "suspended a 2018 military agreement with North
// Korea". A sector word that qualifies a pact ("a military agreement",
// "their security pact", "the police cooperation deal") says what the pact
// is about, not who is party to it: the parties are the ones who make,
// end or threaten it and the one it is made "with".

// x48PactNouns are the nouns for a pact between states, and the ties it
// stands for.
var x48PactNouns = filtered(wordSet("agreement", "agreements", "accord", "accords", "pact", "pacts",
	"deal", "deals", "treaty", "treaties", "cooperation", "co-operation", "arrangement",
	"arrangements", "protocol", "protocols", "memorandum", "ties", "partnership", "partnerships"))

// x48PactDomains are the sector words that tell what a pact is about ("a
// military agreement", "a police cooperation deal"). A word for a party
// ("a government deal with the rebels", "a union agreement") is left: the
// party it names is one of the pact's.
var x48PactDomains = filtered(wordSet("military", "army", "defence", "defense", "security", "police",
	"naval", "navy", "intelligence", "armed"))

// pactModifiersX48 drops a mention that is one lowercase domain word
// standing before a pact noun ("military" in "a military agreement with
// Seoul"): a modifier of the pact, not an actor of the sentence.
func (st *sent) pactModifiersX48() {
	keep := st.mentions[:0]
	for _, m := range st.mentions {
		if m.j == m.i+1 && m.j < len(st.low) && x48PactNouns.has(st.low[m.j]) && x48PactDomain(st.low[m.i]) &&
			st.toks[m.i].text == st.low[m.i] && m.i > 0 && !st.isPossessive(m.i-1) {
			continue
		}
		keep = append(keep, m)
	}
	st.mentions = keep
}

// x48PactDomain reports whether w, or its part before a hyphen
// ("intelligence-sharing", "security-cooperation"), is a pact's domain.
func x48PactDomain(w string) bool {
	if k := strings.IndexByte(w, '-'); k > 0 {
		w = w[:k]
	}
	return x48PactDomains.has(w)
}
