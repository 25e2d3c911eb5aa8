package actor

import "strings"

// Sector nouns that are not actors where they stand, and people who belong
// to a group by a link word: the screens Find applies to a mention before
// it keeps or joins it.

// inOrgName reports whether the sector noun at tokens [start, end) is a
// word of an organisation's name, capitalised inside the sentence and
// followed by a plural possessive and another capitalised word: the
// "Detainees" of "the Palestinian Detainees' Society" are no actor, the
// society is.
func inOrgName(text string, toks []tok, start, end int) bool {
	if start == 0 || end+1 >= len(toks) || !isUpperStart(text[toks[start].s:toks[start].e]) {
		return false
	}
	ap, next := toks[end], toks[end+1]
	return !ap.word && ap.s == toks[end-1].e && punct(text[ap.s:ap.e]) == "'" &&
		next.word && next.s > ap.e && isUpperStart(text[next.s:next.e])
}

// opposingPrefixes, hyphenated before a sector noun, make it the thing a
// unit is against, not an actor: the "insurgency" of "a counter-insurgency
// unit", the "gang" of "anti-gang police".
var opposingPrefixes = wordSet(`anti counter`)

// opposedNoun reports whether the sector noun at token i follows an
// opposing prefix and a hyphen ("counter-terrorism").
func opposedNoun(text string, toks []tok, i int) bool {
	if i < 2 {
		return false
	}
	hy, w := toks[i-1], toks[i-2]
	return !hy.word && hy.e == toks[i].s && w.word && w.e == hy.s &&
		punct(text[hy.s:hy.e]) == "-" && opposingPrefixes[strings.ToLower(text[w.s:w.e])]
}

// actWords are, for a sector noun, the nouns of acts that it only
// describes when it stands right before them: the "gang" of "a gang rape"
// and the "crowd" of "crowd control" are no actors. Hyphenated, the verb
// forms count too: "soldiers gang-raped women" were soldiers. A clan or a
// tribe before a quarrel only says what kind it is: "clan feuds". A
// candidate before a status or a country is a state that applies to join a
// bloc: "candidate status", "candidate countries".
var actWords = map[string]map[string]bool{
	"gang":      wordSet(`rape rapes`),
	"crowd":     wordSet(`control`),
	"clan":      clanActs,
	"tribe":     clanActs,
	"candidate": candidacyWords,
}

// candidacyWords name a state's bid to join a bloc.
var candidacyWords = wordSet(`status country countries state states nation nations member members`)

// actHyphenWords are the verb forms of act words that count only when
// hyphenated to the noun ("gang-raped").
var actHyphenWords = wordSet(`raped raping`)

// actModifier reports whether the one-word sector noun at token i only
// describes the act named right after it ("gang rapes", "crowd-control
// weapons", "gang-raped").
func actModifier(text string, toks []tok, i int) bool {
	acts := actWords[strings.ToLower(text[toks[i].s:toks[i].e])]
	if acts == nil {
		return false
	}
	k, hyphen := i+1, false
	if k+1 < len(toks) && !toks[k].word && punct(text[toks[k].s:toks[k].e]) == "-" &&
		toks[k].s == toks[i].e && toks[k+1].s == toks[k].e {
		k, hyphen = k+1, true
	}
	if k >= len(toks) || !toks[k].word {
		return false
	}
	w := strings.ToLower(text[toks[k].s:toks[k].e])
	return acts[w] || hyphen && acts["rape"] && actHyphenWords[w]
}

// infoNouns are, for a sector noun that also names information, the words
// that make it the information rather than the people who gather it:
// "agreed to share intelligence", "intelligence sharing" and "an
// intelligence failure" have no spy agency in them.
var infoNouns = map[string]struct{ before, after map[string]bool }{
	"intelligence": {
		before: wordSet(`share shares shared sharing exchange exchanges exchanged exchanging
			gather gathers gathered gathering collect collects collected collecting
			provide provides provided providing pass passes passed passing swap swapped
			swapping pool pooled pooling actionable credible`),
		after: wordSet(`sharing exchange exchanges gathering collection cooperation failure
			failures reports assessment assessments estimates`),
	},
}

// infoOnly reports whether the one-word sector noun at token i names
// information, not an agency ("share intelligence with Kenya").
func infoOnly(text string, toks []tok, i int) bool {
	info, ok := infoNouns[strings.ToLower(text[toks[i].s:toks[i].e])]
	if !ok {
		return false
	}
	if i > 0 && toks[i-1].word && info.before[strings.ToLower(text[toks[i-1].s:toks[i-1].e])] {
		return true
	}
	return i+1 < len(toks) && toks[i+1].word && info.after[strings.ToLower(text[toks[i+1].s:toks[i+1].e])]
}

// staffSectors are the sectors of nouns that, followed by "of" and an
// international or non-governmental organisation, name its people: "aid
// workers of the Norwegian Refugee Council" are the council's, not
// civilians of the place where they were seized.
var staffSectors = map[string]bool{"AID": true, "HLH": true, "MED": true, "GOV": true, "MIL": true, "COP": true}

// staffOf reports whether the bare sector noun n is joined to the
// organisation h by "of" or "from", with or without "the" ("medics of
// MSF", "troops from the African Union").
func staffOf(text string, toks []tok, n, h hit) bool {
	if n.kind != KindSector || n.nouns > 0 || !staffSectors[n.sector] || h.kind != KindOrg {
		return false
	}
	k := n.after
	if k >= h.start || !strings.EqualFold(text[toks[k].s:toks[k].e], "of") && !strings.EqualFold(text[toks[k].s:toks[k].e], "from") {
		return false
	}
	k++
	if k < h.start && strings.EqualFold(text[toks[k].s:toks[k].e], "the") {
		k++
	}
	return k == h.start
}

// linkWords are the two-word links by which people are said to belong to
// an armed or criminal group ("linked to", "affiliated with").
var linkWords = map[string]string{"linked": "to", "tied": "to", "connected": "to",
	"belonging": "to", "affiliated": "with", "allied": "with"}

// linkedPeopleWords are the words for people who, linked to a group, are
// the group's: "three men linked to the Sinaloa cartel" are the cartel's.
var linkedPeopleWords = wordSet(`men man people persons suspects suspect youths members
	individuals militants fighters operatives`)

// groupModifiers may stand between the link and the group's name: "men
// linked to the banned Jaish-e-Mohammed".
var groupModifiers = wordSet(`the banned outlawed proscribed outlaw militant jihadist
	armed rebel insurgent extremist terrorist islamist notorious feared powerful`)

// linkedPeople returns the token index where a group mention really starts
// when its name follows people linked to it ("five suspects tied to the
// Gulf Clan", "men affiliated with ISIS"), or -1. Only non-state armed and
// criminal groups take their members this way: "people linked to the
// government" are not the government.
func linkedPeople(text string, toks []tok, h hit) int {
	if h.kind != KindGroup || !linkSectors[h.sector] {
		return -1
	}
	k := h.start - 1
	for k >= 0 && toks[k].word && groupModifiers[strings.ToLower(text[toks[k].s:toks[k].e])] {
		k--
	}
	if k < 2 || !toks[k].word || !toks[k-1].word || !toks[k-2].word {
		return -1
	}
	if linkWords[strings.ToLower(text[toks[k-1].s:toks[k-1].e])] != strings.ToLower(text[toks[k].s:toks[k].e]) {
		return -1
	}
	if !linkedPeopleWords[strings.ToLower(text[toks[k-2].s:toks[k-2].e])] {
		return -1
	}
	return k - 2
}

// linkSectors are the sectors of groups whose members "linked to" them are
// theirs.
var linkSectors = map[string]bool{"REB": true, "MLT": true, "CRM": true}

// regionPrefixes are the words that, set before a demonym the dictionary
// has no longer phrase for, make it a region's: "South American leaders"
// and "Pan-American observers" are no Americans of the United States.
// Demonyms of their own ("South Korean", "Central African") match whole
// before the prefix is reached.
var regionPrefixes = map[string]bool{"South": true, "North": true, "Central": true, "Latin": true, "Pan": true, "Meso": true}

// regionDemonym reports whether the demonym at token i follows a region
// prefix, directly or after a hyphen.
func regionDemonym(text string, toks []tok, i int) bool {
	k := i - 1
	if k >= 1 && !toks[k].word && text[toks[k].s:toks[k].e] == "-" && toks[k].e == toks[i].s {
		k--
	}
	return k >= 0 && toks[k].word && regionPrefixes[text[toks[k].s:toks[k].e]]
}
