package geo

// acronymName reports whether a gazetteer name is an acronym: two or more
// letters and no lower-case one ("UP", "U.S.", "CAR", "KPK"). Such a name
// is read only where the text spells it in capitals too: "Up to 500
// people", "Us and them", "Car bombs" open a sentence with an ordinary
// word, not Uttar Pradesh, the United States or the Central African
// Republic.
func acronymName(n string) bool {
	letters := 0
	for _, r := range n {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= 'a' && r <= 'z':
			return false
		case r == '.' || r == ' ':
		default:
			return false
		}
	}
	return letters >= 2
}

// markAcronym records on p whether every name spelling its key is an
// acronym; one ordinary spelling ("Mali", "Lima") keeps the key readable
// in any case.
func markAcronym(p *phrase, n string, first bool) {
	a := acronymName(n)
	if first {
		p.acronym = a
		return
	}
	p.acronym = p.acronym && a
}

// acronymSpelled reports whether the tokens from i on spell an acronym
// phrase in capitals, as it must be written to be read as a place.
func acronymSpelled(toks []token, i int, p *phrase) bool {
	for k := range p.words {
		if !toks[i+k].caps {
			return false
		}
	}
	return true
}
