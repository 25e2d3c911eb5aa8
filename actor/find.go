package actor

import (
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/bloom"
)

// hit is a mention while Find works on it; start, end and after are token
// indices (after skips a possessive "'s").
type hit struct {
	start, end, after int
	kind              string
	ent               *entity
	id, country       string
	sector, name      string
	nouns             int  // sector nouns merged into a name ("Pakistani soldiers")
	member            bool // a sector noun for people who act for a side ("spokesman", "medics")
	band              bool // an armed noun that names no cause ("fighters", "gunmen")
}

// findBuf holds Find's scratch space between calls.
type findBuf struct {
	toks []tok
	hits []hit
	low  []byte
}

var bufPool = sync.Pool{New: func() any { return new(findBuf) }}

// Find returns the actor mentions in text, non-overlapping and in text
// order, resolved for the date (zero date = today's roles). At each word the
// longest dictionary phrase wins. Proper names and acronyms match
// case-sensitively, sector nouns in any case; a possessive "'s" (straight
// or curly) ends a name, and a "the" before a name is not part of it.
//
// Adjacent mentions are joined: a demonym, country or capital followed by a
// sector noun is one state actor ("Pakistani soldiers" is PAKMIL, "Afghan
// refugees" AFGREF); a group followed by an armed or official noun is the
// group ("TTP militants"), or the state sector when the group is a state
// actor on the date ("Taliban forces" after 2021-08-15 is AFGMIL); a person
// absorbs the titles, sector nouns and the country or group before the name
// ("Taliban Foreign Minister Amir Khan Muttaqi" is one mention, AFGGOV).
//
// A capital is always kind "capital" with id ISO3+GOV, even where it is a
// place ("strikes on Kabul"); the caller tells the two apart from context.
func (d *Dictionary) Find(text string, date time.Time) []Mention {
	day := dayOf(orToday(date))
	buf := bufPool.Get().(*findBuf)
	defer bufPool.Put(buf)
	toks := tokenize(text, buf.toks[:0])
	buf.toks = toks
	hits := buf.hits[:0]
	for i := 0; i < len(toks); {
		if !toks[i].word {
			i++
			continue
		}
		p := d.match(text, toks, i, ownedBy(hits, i), buf)
		if h, ok := d.tradeBodyHit(text, toks, i, p, day); ok {
			hits, i = d.push(hits, h), h.end // "Fishermen's unions" (actor37_trade.go)
			continue
		}
		if p == nil {
			i++
			continue
		}
		if p.t.kind == KindSector && (inOrgName(text, toks, i, i+p.n) || opposedNoun(text, toks, i) || p.n == 1 && (actModifier(text, toks, i) || infoOnly(text, toks, i) || partitiveOnly(text, toks, i))) {
			i += p.n
			continue
		}
		if p.t.kind == KindSector && partyOfName(text, toks, i) {
			i++ // "Communist Party officials": the name decides whose party
			continue
		}
		if d.tailOfLongerName(text, toks, hits, i, p) || p.t.kind != KindSector && d.inHyphenName(text, toks, i, i+p.n, buf) {
			i += p.n
			continue
		}
		if p.t.kind == KindDemonym && regionDemonym(text, toks, i) || areaName(text, toks, i, i+p.n, p.t.kind) {
			i += p.n
			continue
		}
		h := d.newHit(p, i, day)
		communityLeadersX80(text, toks, &h) // "Fulani leaders" (roles_x80_leaders.go)
		if d.rankBeforeName(text, toks, hits, h, buf) {
			h.kind, h.name = KindSector, sectorLabels[h.sector] // "Colonel Jane Doe"
		}
		h.member = memberNoun(text, toks, h)
		h.band = bandNoun(text, toks, h)
		rivalArmedGroups(text, toks, &h)
		if ownerOnly(text, toks, h) {
			i = h.end + 2
			continue
		}
		if sponsorOnly(text, toks, h) {
			i = h.end + 2
			continue
		}
		if objectOnly(text, toks, h) {
			i = h.end
			continue
		}
		h.after = possessiveEnd(text, toks, h.end)
		d.namedBodyX80(text, toks, &h, buf) // "Kenya Airways" (roles_x80_body.go)
		if h.kind == KindDemonym && h.after == h.end && h.after < len(toks) &&
			toks[h.after].word && communityWordS46(text[toks[h.after].s:toks[h.after].e]) {
			h.after++ // "Iranian Kurdish opposition groups" are Iranian opposition
		}
		if n := len(hits); n > 0 && staffOf(text, toks, hits[n-1], h) {
			h.start = hits[n-1].start
			hits = hits[:n-1]
		}
		if k := linkedPeople(text, toks, h); k >= 0 {
			for len(hits) > 0 && hits[len(hits)-1].end > k {
				hits = hits[:len(hits)-1]
			}
			h.start = k
		}
		bridgeModifier(text, toks, hits, h)
		gsr31BridgeForce(text, toks, hits, h)
		hits = clanBand(text, toks, hits, &h)
		hits = d.push(hits, h)
		i = h.end
	}
	buf.hits = hits
	n := 0
	for _, h := range hits {
		if h.kind != kindTitle {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Mention, 0, n)
	for _, h := range hits {
		if h.kind == kindTitle {
			continue
		}
		s, e := int(toks[h.start].s), int(toks[h.end-1].e)
		out = append(out, Mention{
			Start: s, End: e, Text: text[s:e], Kind: h.kind,
			Actor: truce.Actor{Text: text[s:e], Name: h.name, ID: h.id, Country: h.country, Sector: h.sector},
		})
	}
	return out
}

// newHit resolves a matched phrase starting at token i for a day.
func (d *Dictionary) newHit(p *phrase, i, day int) hit {
	h := hit{start: i, end: i + p.n, kind: p.t.kind, ent: p.t.ent, sector: p.t.sector}
	switch p.t.kind {
	case KindCountry, KindDemonym:
		h.id, h.country, h.name = h.ent.key, h.ent.key, h.ent.name
		if h.sector != "" { // "Afghans": the people
			h.id = h.country + h.sector
			h.name = d.names[h.id]
		}
	case KindCapital:
		h.country = h.ent.key
		h.id = h.country + h.sector
		h.name = d.names[h.id]
	case KindGroup, KindOrg, KindPerson:
		h.id, h.country, h.sector = h.ent.resolve(day)
		h.name = h.ent.name
	default:
		h.name = sectorLabels[h.sector]
	}
	return h
}

// push adds h to the mentions so far, joining it with the one before when
// they belong together.
func (d *Dictionary) push(hits []hit, h hit) []hit {
	if len(hits) == 0 {
		return append(hits, h)
	}
	top := &hits[len(hits)-1]
	if top.after != h.start {
		return append(hits, h)
	}
	switch h.kind {
	case KindSector:
		if d.joinNoun(top, h) {
			return hits
		}
	case KindGroup:
		if descriptorOf(*top, h) {
			h.start = top.start
			hits[len(hits)-1] = h
			return hits
		}
	case KindPerson:
		titled := false
		for len(hits) > 0 {
			p := hits[len(hits)-1]
			if p.after != h.start {
				break
			}
			done := false
			switch {
			case p.kind == kindTitle || p.kind == KindSector:
				titled = true // "Foreign Minister", "President"
			case p.nouns > 0:
				done = true // "Pakistani Defence Minister", "Taliban spokesman"
			case titled && p.kind != KindPerson && p.kind != KindSector:
				done = true // "US" in "US Secretary of State Marco Rubio"
			default:
				return append(hits, h)
			}
			h.start = p.start
			hits = hits[:len(hits)-1]
			if done {
				break
			}
		}
	}
	return append(hits, h)
}

// joinNoun joins a sector noun to the name before it, if they belong
// together, and reports whether it did.
func (d *Dictionary) joinNoun(top *hit, n hit) bool {
	switch top.kind {
	case KindCountry, KindDemonym, KindCapital:
		switch {
		case top.nouns == 0 && top.kind == KindCapital && n.sector == "GOV":
			// "Kremlin officials", "Pentagon officials": the seat decides.
		case top.nouns == 0:
			top.sector = n.sector
		case top.nouns == 1 && top.sector == "GOV" && (n.sector == "MIL" || n.sector == "COP"):
			top.sector = n.sector // "government forces"
		case top.nouns == 1:
			// "army officials", "police spokesman": the first noun decides.
		default:
			return false
		}
		top.id = top.country + top.sector
		top.name = d.names[top.id]
	case KindSector:
		if top.nouns > 0 || !modifierSectors[top.sector] || !n.member {
			return false
		}
		if top.sector == "OPP" && armedSector[n.sector] {
			return false // "opposition fighters" are rebels
		}
		// "a separatist spokesman", "police de-miners", "militia
		// fighters": the first noun says whose people the second are.
		top.name = sectorLabels[top.sector]
	case KindGroup, KindOrg:
		if top.nouns == 0 && d.community(top) && n.sector != "" && !stateOrgan[n.sector] {
			// "Kuki militants", "Nuer refugees": the noun says which
			// of the community's people act; its armed men who fight
			// for no named cause are a communal militia ("Murle
			// fighters").
			top.sector = n.sector
			if n.sector == "REB" && n.band {
				top.sector = "MLT"
			}
			top.id = top.country + top.sector
			top.name = d.names[top.id]
			break
		}
		if top.nouns == 0 && n.sector != "" && n.sector == top.sector && !stateOrgan[n.sector] {
			// "a BBC cameraman", "Al Jazeera correspondents": the
			// people of the organisation's own trade are its own.
			break
		}
		sec, ok := armedOrGov(n.sector)
		if !ok || top.nouns > 0 {
			return false
		}
		if d.stateID(top.id) && stateOrgan[top.sector] && !forceOrgan(top.sector) {
			top.sector = sec
			top.id = top.country + sec
			top.name = d.names[top.id]
		}
	default:
		return false
	}
	top.nouns++
	top.end, top.after = n.end, n.after
	return true
}

// possessiveEnd returns the token index after a possessive "'s" at end,
// or end.
func possessiveEnd(text string, toks []tok, end int) int {
	if end+1 < len(toks) && !toks[end].word && toks[end].s == toks[end-1].e &&
		punct(text[toks[end].s:toks[end].e]) == "'" && toks[end+1].word &&
		toks[end+1].s == toks[end].e {
		if w := text[toks[end+1].s:toks[end+1].e]; w == "s" || w == "S" {
			return end + 2
		}
	}
	return end
}

// ownedBy reports whether the word at token i directly follows a country,
// demonym or capital, with or without a possessive "'s".
func ownedBy(hits []hit, i int) bool {
	if len(hits) == 0 {
		return false
	}
	h := hits[len(hits)-1]
	return h.after == i && (h.kind == KindCountry || h.kind == KindDemonym || h.kind == KindCapital)
}

// match returns the best phrase starting at token i, or nil: the longest,
// and at equal length a name before a sector noun before a title. After a
// country (owned) a sector noun goes before a name of the same length: the
// body a country owns is its own, so "Armenia's Security Council" is
// Armenia's government where a bare "Security Council" is the UN's.
func (d *Dictionary) match(text string, toks []tok, i int, owned bool, buf *findBuf) *phrase {
	w := text[toks[i].s:toks[i].e]
	var best *phrase
	bestScore := -1
	var ex []*phrase
	if bloom.MayHave(&d.exactWords, w) {
		ex = d.exact[w]
	}
	for _, p := range ex {
		prio := 2
		switch p.t.kind {
		case kindTitle:
			prio = 0
		case KindSector: // a lower-case-only or proper noun ("the king", "Congress")
			prio = 1
		}
		if p.n*4+2 <= bestScore {
			break
		}
		if p.n*4+prio > bestScore && matchRest(text, toks, i, p) && d.ambOK(text, toks, i, i+p.n, p) {
			best, bestScore = p, p.n*4+prio
		}
	}
	var ps []*phrase
	if needsLower(w) {
		buf.low = appendLower(buf.low[:0], w)
		if bloom.MayHave(&d.foldWords, buf.low) {
			ps = d.fold[string(buf.low)]
		}
	} else if bloom.MayHave(&d.foldWords, w) {
		ps = d.fold[w]
	}
	nounPrio := 1
	if owned {
		nounPrio = 3
	}
	for _, p := range ps {
		if p.n*4+nounPrio <= bestScore {
			break
		}
		if matchRest(text, toks, i, p) {
			return p
		}
	}
	return best
}

// needsLower reports whether w may have capital letters.
func needsLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// appendLower appends w in lower case to b.
func appendLower(b []byte, w string) []byte {
	for _, r := range w {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// matchRest reports whether the tokens after i match the rest of p.
func matchRest(text string, toks []tok, i int, p *phrase) bool {
	if i+p.n > len(toks) {
		return false
	}
	for k, w := range p.rest {
		t := toks[i+1+k]
		s := text[t.s:t.e]
		switch {
		case !t.word:
			if punct(s) != w {
				return false
			}
		case p.fold:
			if !strings.EqualFold(s, w) {
				return false
			}
		case s != w:
			return false
		}
	}
	return true
}

// ambOK rejects a name marked "~" that stands next to another capitalised
// word, as in "Michael Jordan" or "Washington Post". Capitalised function
// words ("In Jordan", "The Georgia government") do not count.
func (d *Dictionary) ambOK(text string, toks []tok, start, end int, p *phrase) bool {
	if !p.t.amb {
		return true
	}
	if end < len(toks) && toks[end].word && isUpperStart(text[toks[end].s:toks[end].e]) {
		return false
	}
	if start == 0 || !toks[start-1].word {
		return true
	}
	prev := text[toks[start-1].s:toks[start-1].e]
	return !isUpperStart(prev) || capitalFunctionWords[prev]
}

// capitalFunctionWords are capitalised words that may stand before a name
// without being part of it, mostly at the start of a sentence.
var capitalFunctionWords = wordSet(`A An The In On At From To For By With And But Or Nor As If
		When While After Before Since Until Once Because Although Though Unless Whether
		Neighbouring Neighboring Both Meanwhile Why How What Where Who Only Even Also Then
		Now Yet So Under Unlike Like Against Between Inside Outside Across Near Beyond
		Through Via Without Within Not Did Does Do Has Have Had Is Was Were Are Will Would
		Can Could Should May Might Must Despite Over Into Upon Toward Towards Among Amid
		According Northern Southern Eastern Western Central Neither Either That This
		These Those Its His Her Their Our Landlocked`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(words) {
		m[w] = true
	}
	return m
}

// communityWords are ethnic and religious adjectives that may stand between
// a demonym and a sector noun without changing whose people they are:
// "Iranian Kurdish opposition groups" are IRNOPP, "Iraqi Sunni militias"
// IRQMLT, "Nigerian Christian farmers" NGACVL.
var communityWords = wordSet(`Kurdish Sunni Shia Shiite Christian Muslim
	Catholic Protestant Orthodox Hindu Sikh Buddhist Jewish Druze Alawite Yazidi
	Hazara Pashtun Tajik Uzbek Baloch Baluch Tamil Sinhalese Rohingya Uyghur Uighur
	Tibetan Tuareg Fulani Hausa Igbo Yoruba Amhara Oromo Tigrayan Afar Somali Arab
	Berber Amazigh Maasai Kikuyu Luo Tutsi Hutu Banyamulenge Nuer Dinka Murle
	Karen Kachin Shan Rakhine Chin Mon Moro Papuan`)

// community reports whether the group mention h stands for an ethnic or
// religious community, a group whose id on the date is its country's
// civilians ("Kuki" is INDCVL).
func (d *Dictionary) community(h *hit) bool {
	return h.kind == KindGroup && h.sector == "CVL" && d.stateID(h.id)
}
