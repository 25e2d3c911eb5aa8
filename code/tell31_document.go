package code

// "…, according to a statement from Ruritania": the body that issued the
// document tells what the document says.

// issuedTexts name a text a body issues.
var issuedTexts = filtered(wordSet("statement", "communique", "communiqué", "announcement", "notice", "decree",
	"release", "letter", "bulletin", "declaration"))

// issueVerbs stand between such a text and its author: "a statement
// issued by".
var issueVerbs = filtered(wordSet("issued", "released", "published", "signed", "sent", "posted"))

// govNouns close a place's name into its government: "the Hentz
// provincial government", "the Zenda authorities".
var govNouns = filtered(wordSet("government", "authorities", "administration"))

// documentTellers gives an event that has no teller the author of the
// document "according to" which the sentence tells it: "according to a
// statement from Ruritania" is Ruritania's government's word, "according
// to a joint communique issued by Borduria" Borduria's, and "according to
// a statement from the Hentz provincial government" that of Hentz's
// country.
func (c *Coder) documentTellers(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.ev.ReportedBy != nil {
			continue
		}
		if cc, m := documentAuthor(cd.st); m != nil {
			a := m.actor
			cd.ev.ReportedBy = &a
		} else if cc != "" {
			if a, ok := c.actors.Lookup(cc+"GOV", d.date); ok {
				cd.ev.ReportedBy = &a
			}
		}
	}
}

// documentAuthor returns who issued the document an "according to" of st
// names: a body or person the dictionaries know, or, for a state or a
// place's government, its country code.
func documentAuthor(st *sent) (string, *mention) {
	for k := 0; k+3 < len(st.low); k++ {
		if st.low[k] != "according" || st.low[k+1] != "to" {
			continue
		}
		n := k + 2
		if st.low[n] == "a" || st.low[n] == "an" || st.low[n] == "the" {
			n++
		}
		for t := 0; t < 2 && n < len(st.low) && !issuedTexts.has(st.low[n]) && st.toks[n].tag == "JJ"; t++ {
			n++ // "a joint", "an official"
		}
		if n >= len(st.low) || !issuedTexts.has(st.low[n]) {
			return "", nil
		}
		n++
		if n < len(st.low) && issueVerbs.has(st.low[n]) {
			n++
		}
		if n >= len(st.low) || st.low[n] != "from" && st.low[n] != "by" && st.low[n] != "of" {
			return "", nil
		}
		n++
		if n < len(st.low) && st.low[n] == "the" {
			n++
		}
		if m := st.mentionAt(n); m != nil && m.actor.ID != "" && m.kind != "pronoun" {
			if m.kind == "country" {
				return m.actor.Country, nil
			}
			if !m.place {
				return "", m
			}
		}
		for i := range st.places {
			p := &st.places[i]
			if p.i != n || p.place.Country == "" {
				continue
			}
			e := p.j
			if p.place.Precision == "country" {
				return p.place.Country, nil
			}
			if e < len(st.low) && (unitAdjectives.has(st.low[e])) {
				e++
			}
			if e < len(st.low) && govNouns.has(st.low[e]) {
				return p.place.Country, nil
			}
		}
		return "", nil
	}
	return "", nil
}

// unitAdjectives qualify a government by its tier: "the Hentz provincial
// government".
var unitAdjectives = filtered(wordSet("provincial", "regional", "state", "local", "district", "municipal", "city", "county"))
