package actor

import "strings"

// tradeBodyNouns are the nouns for a body that speaks for the people of a
// trade: the "unions" of "fishermen's unions", the "Syndicate" of "the
// Nurses' Syndicate".
var tradeBodyNouns = wordSet(`union unions syndicate syndicates federation
	federations confederation confederations association associations guild
	guilds`)

// nonTradeMembers are plural nouns for people joined by something other
// than their trade: "victims' associations" and "parents' associations"
// are no labour bodies, and "students' unions" stay students.
var nonTradeMembers = wordSet(`students pupils veterans victims families
	relatives residents women youth youths parents survivors mothers villagers
	refugees citizens communities tenants consumers`)

// employerMembers are plural nouns for the owners of firms, whose
// associations are business (BUS), not labour: "the Federation of
// Mining Employers", "manufacturers' association".
var employerMembers = wordSet(`employers manufacturers industrialists
	businessmen exporters importers`)

// bodySector returns the sector of a trade body whose members' noun is
// member: business for employers, labour otherwise.
func bodySector(member string) string {
	if employerMembers[strings.ToLower(member)] {
		return "BUS"
	}
	return "LAB"
}

// ownSectorTrades are the sectors of professions whose bodies the
// dictionary codes as the profession itself ("doctors' union" is HLH);
// the bodies of other trades are labour (LAB).
var ownSectorTrades = map[string]bool{"HLH": true, "MED": true, "EDU": true, "LAB": true}

// tradeSectors are the sectors of sector nouns that can name a trade
// before a body noun: people who work ("Fishermen's unions", "Taxi
// drivers' federation").
var tradeSectors = map[string]bool{"CVL": true, "BUS": true, "HLH": true, "MED": true, "EDU": true, "LAB": true}

// tradeBodyEnd returns the token index just past a trade body whose
// members' noun ends at token end: a possessive "'" or "'s" and a body
// noun ("bakers' association", "Fishermen's unions"). It returns -1 when
// no body follows or the noun before is no trade.
func tradeBodyEnd(text string, toks []tok, end int) int {
	if end == 0 || end >= len(toks) || toks[end].word || toks[end].s != toks[end-1].e ||
		punct(text[toks[end].s:toks[end].e]) != "'" {
		return -1
	}
	member := strings.ToLower(text[toks[end-1].s:toks[end-1].e])
	if nonTradeMembers[member] {
		return -1
	}
	k := possessiveEnd(text, toks, end)
	if k == end {
		k = end + 1 // "drivers' federation": the bare apostrophe of a plural
	}
	if k >= len(toks) || !toks[k].word || !tradeBodyNouns[strings.ToLower(text[toks[k].s:toks[k].e])] {
		return -1
	}
	return k + 1
}

// tradeBodyHit returns the mention of a trade body starting at token i,
// where the dictionary matched p (nil for none): "Fishermen's unions" and
// "Taxi drivers' federation" are one labour mention, where the trade alone
// would be civilians or business, and so is the body of a trade the
// dictionary does not know ("the loggers' association"). A profession
// keeps its own sector ("Nurses' Syndicate" is HLH, as "doctors' union").
func (d *Dictionary) tradeBodyHit(text string, toks []tok, i int, p *phrase, day int) (hit, bool) {
	if h, ok := namedTradeBody(text, toks, i); ok && (p == nil || p.n <= h.end-i) {
		return h, true
	}
	if p == nil {
		// The apostrophe after the word is the cheap test, so it goes
		// first: this runs at every token the dictionary does not match.
		if !toks[i].word {
			return hit{}, false
		}
		k := tradeBodyEnd(text, toks, i+1)
		if k < 0 || !pluralTrade(text[toks[i].s:toks[i].e]) {
			return hit{}, false
		}
		sec := bodySector(text[toks[i].s:toks[i].e])
		return hit{start: i, end: k, after: k, kind: KindSector, sector: sec, name: sectorLabels[sec]}, true
	}
	if p.t.kind != KindSector || !tradeSectors[p.t.sector] {
		return hit{}, false
	}
	k := tradeBodyEnd(text, toks, i+p.n)
	if k < 0 {
		return hit{}, false
	}
	h := d.newHit(p, i, day)
	h.end, h.after = k, k
	if !ownSectorTrades[h.sector] {
		h.sector, h.name = "LAB", sectorLabels["LAB"]
	}
	return h, true
}

// pluralTrade reports whether w looks like a plural noun for the people of
// a trade: "drivers", "traders", "loggers", "firemen", "pharmacists".
func pluralTrade(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range []string{"ers", "ors", "ists", "men", "ians", "ants", "ents", "als", "ees"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return true
		}
	}
	return false
}

// namedTradeBody returns the mention of a body named "Union of",
// "Syndicate of" or the like after its trade, starting at token i on the
// body noun: "the Union of Private Press Professionals", "National
// Federation of Bus Drivers". The name ends at its last capitalised word,
// which must be a trade's plural; "the Union of Resistance Forces" and
// "the Union of Comoros" are none. It is labour, or business for employers.
func namedTradeBody(text string, toks []tok, i int) (hit, bool) {
	if !toks[i].word || i+2 >= len(toks) || text[toks[i+1].s:toks[i+1].e] != "of" {
		return hit{}, false
	}
	w := text[toks[i].s:toks[i].e]
	if !isUpperStart(w) || !tradeBodyNouns[strings.ToLower(w)] {
		return hit{}, false
	}
	k := i + 2
	if text[toks[k].s:toks[k].e] == "the" {
		k++
	}
	last := -1
	for ; k < len(toks) && toks[k].word && isUpperStart(text[toks[k].s:toks[k].e]); k++ {
		last = k
	}
	if last < 0 {
		return hit{}, false
	}
	member := text[toks[last].s:toks[last].e]
	if !pluralTrade(member) || nonTradeMembers[strings.ToLower(member)] {
		return hit{}, false
	}
	sec := bodySector(member)
	return hit{start: i, end: last + 1, after: last + 1, kind: KindSector, sector: sec, name: sectorLabels[sec]}, true
}
