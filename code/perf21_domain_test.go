package code

import (
	"strings"
	"testing"
)

// domainOfPlain is domainOf looking every word up in the tables.
func domainOfPlain(c *Coder, st *sent) string {
	found := ""
	for k, w := range st.low {
		d := c.lex.domains[w]
		if d == "" && k+1 < len(st.low) {
			d = c.lex.pairDomain(w, st.low[k+1])
		}
		if d == "accident" && projectileCrash(st, k) {
			d = ""
		}
		if d == "exercise" || d == "fiction" {
			return d
		}
		if found == "" {
			found = d
		}
	}
	return found
}

// domainBesidePlain is domainBeside looking every word up in the tables.
func domainBesidePlain(c *Coder, st *sent, cd *candidate) string {
	from, to := cd.i, cd.j
	if t := st.toks[cd.i]; cd.e.pos != 'V' || !strings.HasPrefix(t.tag, "VB") || t.text == "" || t.text[0] < 'a' || t.text[0] > 'z' {
		from, to = 0, 0
	}
	found := ""
	for k, w := range st.low {
		if k >= from && k < to {
			continue
		}
		d := c.lex.domains[w]
		if d == "" && k+1 < len(st.low) && (k+1 < from || k+1 >= to) {
			d = c.lex.pairDomain(w, st.low[k+1])
		}
		if d == "accident" && (projectileCrash(st, k) || thrownAt(st, k)) {
			d = ""
		}
		if d == "exercise" || d == "fiction" {
			return d
		}
		if found == "" {
			found = d
		}
	}
	return found
}

// The domains read once a sentence give what looking every word up gives:
// domainOf on every sentence of the demo articles and of sentences of our
// own, and domainBeside for every trigger the lexicon matches in them.
func TestDomainsReadOnce(t *testing.T) {
	c, docs := readDemoDocs(t,
		"The storm battered the coast as the central bank raised interest rates.",
		"Rebels tried to storm the palace during the football match.",
		"Youths hurled firecrackers at police and a rocket crashed into the market.",
		"The army held a military exercise while the cost of living rose.",
	)
	sents, domains, besides := 0, 0, 0
	for _, d := range docs {
		for _, st := range d.sents {
			sents++
			want := domainOfPlain(c, st)
			if got := c.domainOf(st); got != want {
				t.Fatalf("%q: domainOf %q, want %q", st.s.Text, got, want)
			}
			if want != "" {
				domains++
			}
			for i := range st.low {
				es, n := c.lex.match(st.low, i)
				for _, e := range es {
					cd := &candidate{e: e, st: st, i: i, j: i + n}
					want := domainBesidePlain(c, st, cd)
					if got := c.domainBeside(st, cd); got != want {
						t.Fatalf("%q at %d: domainBeside %q, want %q", st.s.Text, i, got, want)
					}
					if want != "" {
						besides++
					}
				}
			}
		}
	}
	if domains == 0 || besides == 0 {
		t.Fatalf("%d sentences, %d with a domain, %d triggers beside one: too few to tell", sents, domains, besides)
	}
}
