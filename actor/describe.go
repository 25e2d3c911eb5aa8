package actor

import "strings"

// Names that only describe: a country, a bloc or a sector noun that stands
// next to something else and says what it is, who owns or backs it, rather
// than naming an actor of its own.

// ownerSuffixes are the words that, hyphenated to a country or demonym,
// make it the owner of the thing named next rather than an actor: the
// patients of "a Chinese-run clinic" and the shoppers of "Turkish-owned
// shops" are people of the place where it stands; what a country made
// ("Turkish-made drones") is no more its own. A sponsor ("Iran-backed
// militias") or a flag ("a British-flagged tanker") still counts, except
// before a body noun (see sponsorOnly).
var ownerSuffixes = wordSet(`run owned operated managed funded financed built made
	manufactured produced designed supplied`)

// ownerOnly reports whether h is a country or demonym joined by a hyphen to
// an owner suffix ("Chinese-run").
func ownerOnly(text string, toks []tok, h hit) bool {
	if h.kind != KindCountry && h.kind != KindDemonym || h.end+1 >= len(toks) {
		return false
	}
	hy, w := toks[h.end], toks[h.end+1]
	return !hy.word && hy.s == toks[h.end-1].e && punct(text[hy.s:hy.e]) == "-" &&
		w.word && w.s == hy.e && ownerSuffixes[text[w.s:w.e]]
}

// sponsorSuffixes, hyphenated to a country, demonym or organisation, make
// it the backer of what is named next ("Iran-backed", "Moscow-aligned").
var sponsorSuffixes = wordSet(`backed aligned allied sponsored supported`)

// sponsoredBodies are the nouns for a body that a sponsor before them only
// describes: "the Iran-backed group said" is the group speaking, a group
// the text named before, not Iran. Before a sector noun the sponsor still
// counts ("Iran-backed militias").
var sponsoredBodies = wordSet(`group groups movement movements alliance coalition
	organisation organization outfit network party`)

// sponsorOnly reports whether h is a sponsor hyphenated to a sponsor suffix
// that describes a body noun right after it ("the Iran-aligned movement").
func sponsorOnly(text string, toks []tok, h hit) bool {
	if h.kind != KindCountry && h.kind != KindDemonym && h.kind != KindCapital && h.kind != KindOrg || h.end+2 >= len(toks) {
		return false
	}
	hy, w, n := toks[h.end], toks[h.end+1], toks[h.end+2]
	return !hy.word && hy.s == toks[h.end-1].e && punct(text[hy.s:hy.e]) == "-" &&
		w.word && w.s == hy.e && sponsorSuffixes[text[w.s:w.e]] &&
		n.word && sponsoredBodies[strings.ToLower(text[n.s:n.e])]
}

// objectNouns are things a country's or an organisation's name, right
// before them, only describes: the EU of "protesters waving EU flags" and
// the US of "paid in US dollars" are no actors.
var objectNouns = wordSet(`flag flags banner banners emblem emblems insignia dollar dollars
	euro euros yuan rouble roubles ruble rubles rupee rupees currency passport passports`)

// objectOnly reports whether h is a country, demonym or organisation name
// directly followed by an object noun ("EU flags", "Russian roubles").
func objectOnly(text string, toks []tok, h hit) bool {
	if h.kind != KindCountry && h.kind != KindDemonym && h.kind != KindOrg || h.end >= len(toks) {
		return false
	}
	w := toks[h.end]
	return w.word && objectNouns[strings.ToLower(text[w.s:w.e])]
}

// descriptorOf reports whether the bare sector noun n only says what kind
// of group the name g right after it is: "the opposition CNL party", "the
// rebel M23", "the militia CODECO" are the group, so the noun and the name
// make one mention.
func descriptorOf(n, g hit) bool {
	if n.kind != KindSector || n.nouns > 0 || n.after != n.end {
		return false
	}
	return n.sector == g.sector || armedSector[n.sector] && armedSector[g.sector]
}
