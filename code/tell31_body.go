package code

// A body the dictionaries do not know, told by its own name: "according
// to the M66 movement", "the Committee of Relatives of the Disappeared
// said".

// bodyKinds31 give the sector of a named body the dictionaries lack by the
// kind of body its name ends or begins with.
var bodyKinds31 = map[string]string{
	"movement": "PRO", "collective": "PRO",
	"committee": "NGO", "association": "NGO", "league": "NGO", "network": "NGO", "observatory": "NGO",
	"federation": "LAB", "union": "LAB", "syndicate": "LAB",
}

// namedBodyTellers gives an act that has no teller the body whose name,
// unknown to the dictionaries, the sentence's "according to" or trailing
// "…, X said" gives, in the sector its kind of body names and the
// country the act is placed in.
func (c *Coder) namedBodyTellers(d *doc) {
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || cd.ev.ReportedBy != nil || loc == nil || loc.Country == "" {
			continue
		}
		sector := unknownBodySector(cd)
		if sector == "" {
			continue
		}
		if a, ok := c.actors.Lookup(loc.Country+sector, d.date); ok {
			cd.ev.ReportedBy = &a
		}
	}
}

// unknownBodySector returns the sector of the unknown named body that
// tells cd's act, or "".
func unknownBodySector(cd *candidate) string {
	st := cd.st
	k := trailingReport(st, cd.j-1)
	if k < 2 {
		return ""
	}
	s, e := k+2, len(st.low) // "according to the M66 movement that …"
	if st.low[k] != "according" {
		if st.low[k-1] == "," {
			return ""
		}
		s, e = k-1, k
		for s > 0 && st.low[s-1] != "," && s > k-16 {
			s--
		}
	}
	if s < len(st.low) && st.low[s] == "the" {
		s++
	}
	if s >= e || !capitalised(st.toks[s].text) {
		return ""
	}
	n := s
	for n < e && (capitalised(st.toks[n].text) || nameJoiners.has(st.low[n]) || st.low[n] == "(" || st.low[n] == ")") {
		if st.mentionAt(n) != nil && !st.isPlace(n) {
			return "" // a body the dictionaries know
		}
		n++
	}
	if n < e && !(st.low[n] == "that" || st.low[n] == "which" || st.low[n] == "," || st.low[n] == "." || reportVerbs.has(st.low[n])) {
		if sector := bodyKinds31[st.low[n]]; sector != "" && n+1 <= e {
			return sector // "the M66 movement"
		}
		return ""
	}
	if sector := bodyKinds31[st.low[s]]; sector != "" {
		return sector // "the Committee of Relatives of …"
	}
	return bodyKinds31[st.low[n-1]]
}

// nameJoiners are the small words inside a body's name: "the Committee of
// Relatives of the Detained and Disappeared in Honduras".
var nameJoiners = filtered(wordSet("of", "for", "and", "the", "in", "on", "de", "du", "des", "la", "le"))
