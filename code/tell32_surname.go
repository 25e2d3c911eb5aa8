package code

// A teller named again by surname alone: "…, district police chief Joel
// Warima said. Troops have since been sent, Warima added." The surname
// speaks for the body its full name was introduced with.

// surnameTellers gives an event with no teller, whose sentence ends
// "…, Surname said/added/told …", the body named right before that
// surname's full name in an earlier sentence: "police chief Joel Warima",
// "the U.S. envoy Mark Dillard".
func (c *Coder) surnameTellers(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.ev.ReportedBy != nil {
			continue
		}
		st := cd.st
		k := trailingReport(st, cd.j-1)
		if k < 2 || st.low[k-2] != "," || !loneSurname(st, k-1) {
			continue
		}
		in, m := surnameIntroduced(d, st, st.toks[k-1].text)
		if m == nil {
			continue
		}
		if r := c.resolveGeneric(d, in, []*mention{governmentVoice(in, m)}, cd.ev.Location, nil); len(r) == 1 && (r[0].ID != "" || r[0].Country != "") {
			cd.ev.ReportedBy = &r[0]
		}
	}
}

// loneSurname reports whether token k is a capitalised proper name the
// coder knows no actor for.
func loneSurname(st *sent, k int) bool {
	t := st.toks[k].text
	return st.toks[k].tag == "NNP" && len(t) > 2 && t[0] >= 'A' && t[0] <= 'Z' && t[1] >= 'a' && t[1] <= 'z' && st.mentionAt(k) == nil
}

// surnameIntroduced returns the latest sentence before st that writes
// name as the last word of a full name of two to four capitalised words,
// and the body named right before that full name there, through at most
// two person-head words ("police chief Inspector Joel Warima", "U.S.
// envoy Mark Dillard"), or nil.
func surnameIntroduced(d *doc, st *sent, name string) (*sent, *mention) {
	at := -1
	for n, s := range d.sents {
		if s == st {
			at = n
			break
		}
	}
	for n := at - 1; n >= 0; n-- {
		es := d.sents[n]
		for k := 1; k < len(es.toks); k++ {
			if es.toks[k].text != name || es.toks[k-1].tag != "NNP" {
				continue
			}
			s := k - 1
			for s > 0 && s > k-4 && es.toks[s-1].tag == "NNP" && es.mentionAt(s-1) == nil {
				s--
			}
			for h := 0; s > 0; h++ {
				if m := es.mentionAt(s - 1); m != nil && m.j == s && !m.place && m.kind != "pronoun" && (m.actor.ID != "" || m.actor.Sector != "") {
					return es, m
				}
				if h == 2 || !personHeads.has(es.low[s-1]) {
					break
				}
				s--
			}
		}
	}
	return nil, nil
}
