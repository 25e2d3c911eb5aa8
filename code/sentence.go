package code

import (
	"strings"
	"unicode/utf8"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/actor"
	"github.com/truce-project/truce/when"
)

// tok is a token of the sentence being coded.
type tok struct {
	text, low, tag string
	start, end     int // code points into the article text
}

// mention is an actor named in the sentence, as a token span [i, j).
type mention struct {
	i, j  int
	actor truce.Actor
	kind  string
	// place is set when the name is used as a place ("in Kabul"), not as an
	// actor ("Kabul denies").
	place bool
	// peers are the actors coordinated with this one in its sentence
	// ("Guyana and Venezuela"): a "They" opening the next sentence stands
	// for them all. firstActor fills it.
	peers []mention
	// partner is the first actor of another country later in its sentence
	// ("Trump held talks with Kim"): with the sentence's first actor, the
	// pair a "The two leaders" opening the next sentence stands for.
	// firstActor fills it.
	partner *mention
	// others are the actors of its sentence after the first actor and its
	// peers, each with its own coordinated peers ("hosted the leaders of
	// Kazakhstan and Uzbekistan"): an object pronoun opening the next
	// sentence's clause with no referent of its own may stand for them
	// ("He promised them …"). firstActor fills it.
	others []mention
}

// placeRef is a resolved place in the sentence, as a token span [i, j).
type placeRef struct {
	i, j  int
	place truce.Place
}

// sent is one sentence with everything the coder knows about it.
type sent struct {
	s        truce.Sentence
	toks     []tok
	low      []string
	mentions []mention
	places   []placeRef
	clause   []int       // clause number of each token
	dates    []when.Expr // date expressions, resolved against the publication date
	doms     wordDomains // the words with a domain, once read (domainsOf)
	// findings and commentators are where some filters' words stand
	// (perf22_places.go).
	findings, commentators wordPlaces
	answer                 answerSpan    // what a response cue answers, once read (answerObject)
	spare                  *mentionSpare // room for the lists coordinated returns (mentionList)
	// reports keeps governingReport's answers (perf28_report.go); newSent
	// sets it once the sentence's tags are final.
	reports []int
}

// placePreps are words after which a country or capital names a place, not
// an actor.
var placePreps = filtered(map[string]bool{
	"in": true, "at": true, "near": true, "into": true, "across": true, "around": true,
	"outside": true, "inside": true, "toward": true, "towards": true, "from": true,
	"along": true, "over": true, "to": true, "through": true, "via": true,
})

// clauseBreaks are words and marks that start a new clause for role
// assignment.
var clauseBreaks = filtered(map[string]bool{
	";": true, ":": true, "—": true, "–": true, "which": true, "who": true, "while": true,
	"whereas": true, "but": true, "although": true, "though": true, "because": true,
	"prompting": true, "after": true, "before": true, "following": true, "amid": true,
	"when": true, "where": true, "including": true, "since": true, "as": true, "whilst": true,
})

func newSent(s truce.Sentence, found []actor.Mention, places []truce.Place, lx *lexicon) *sent {
	st := &sent{s: s}
	st.toks = make([]tok, len(s.Tokens))
	st.low = make([]string, len(s.Tokens))
	lowerTokens(s.Tokens, st.low)
	for i, t := range s.Tokens {
		st.toks[i] = tok{text: t.Text, low: st.low[i], tag: t.Tag, start: t.Start, end: t.End}
	}
	// clause and reports share one allocation.
	room := make([]int, 2*len(st.toks)+1)
	st.clause = room[:len(st.toks):len(st.toks)]
	c := 0
	for i, t := range st.toks {
		if clauseBreaks.has(t.low) && i > 0 && !namingAs(st, i) && !adjectiveFollowing(st, i) && !sinceAdverb(st, i) && !gsr26AfterSpan(st, i) {
			c++
		}
		st.clause[i] = c
	}
	ascii := len(found) > 0 && asciiOnly(s.Text)
	for _, m := range found {
		cs, ce := articleOffsets(s, m, ascii)
		i, j := st.span(cs, ce)
		if i < 0 {
			continue
		}
		// "seven Latin American countries" names a region: "American"
		// there is not the United States.
		if m.Kind == "demonym" && regionPrefix(st, i) {
			continue
		}
		// "men gang-raped two women": the "gang" of a verb is no actor,
		// nor one joined to a name before it ("Port-au-Prince gang").
		if ce < st.toks[j-1].end && compoundVerb(st, j-1, places) {
			continue
		}
		mm := mention{i: i, j: j, actor: m.Actor, kind: m.Kind}
		if st.aligned(i, cs) {
			var ok bool
			if mm, ok = st.alignedMention(mm); !ok {
				continue
			}
		}
		// "Peru's ousted president Pedro Castillo": a known person out of
		// office still stands for their country.
		if m.Kind == "person" && mm.actor.ID == "" && mm.actor.Country != "" {
			mm.actor.ID = mm.actor.Country
		}
		// "in Kabul" is a place; "a spokesman for Pakistan's military" is
		// not, whatever the preposition.
		// "flooded central Minsk": a direction word before a capital or
		// country makes it a place whatever comes before.
		if (m.Kind == "capital" || m.Kind == "country" && m.Actor.Sector == "") && (afterPlacePrep(st, i) || i > 0 && directions.has(st.low[i-1])) {
			mm.place = !prec53ProposalFrom(st, i)
		}
		if i > 1 && mm.kind != "sector" && st.low[i-1] == "and" && prevIsPlace(st, i-1) {
			mm.place = true
		}
		if mm.kind == "demonym" {
			st.facility(&mm, lx.facilities)
			// "fled toward the Malian border": a bare demonym before
			// a border names where, not who.
			if mm.actor.Sector == "" && j < len(st.low) && borderNouns.has(st.low[j]) {
				mm.place = true
			}
		}
		st.mentions = append(st.mentions, mm)
	}
	st.absorbAcronyms()
	st.sectorLedHeads()
	st.carriedEmblems()
	st.toll47NumberTags()
	st.irregularPasts()
	st.lex48FreeVerbTag()
	st.compoundPasts(places)
	st.shareSectors()
	st.rulersForces()
	st.insurgentForces()
	st.sectorModifiers()
	st.posedAs()
	st.possessedGroups()
	st.membersOfGroup()
	st.rolesX91StaffOf()
	st.sectorsOf()
	st.possessedSectors()
	st.agencies()
	st.statePeoples()
	st.stateBodies()
	st.loyalMilitias()
	st.militaryUnits()
	st.genericMentions(lx.facilities, &lx.facilityHeads, &lx.facilityKeys)
	st.protesters()
	st.namedFacilities(found)
	st.addPlaces(places, s)
	st.possessivePlaces()
	st.dropNamesInPlaces()
	st.placeAppositions()
	st.heldPlaceDemonymsS46()
	st.foreignFacilities(lx.facilities)
	st.place40ForeignAfterTown()
	st.finishMentions()
	st.reports = room[len(st.toks):]
	return st
}

// counterparts joins "his Rwandan counterpart Paul Kagame" into one mention
// of the named person, so that the phrase coordinates with the actor
// before the "and" ("Tshisekedi and his Rwandan counterpart Paul Kagame
// held talks"): the demonym only says whose counterpart he is.
func (st *sent) counterparts() {
	for k, w := range st.low {
		if w != "counterpart" && w != "counterparts" || k+1 >= len(st.low) {
			continue
		}
		p := st.mentionAt(k + 1)
		if p == nil || p.i != k+1 || p.kind != "person" {
			// "met his Turkish counterpart": a counterpart named by
			// nationality alone holds office in that state's government.
			if d := st.mentionAt(k - 1); k > 0 && d != nil && d.kind == "demonym" && d.j == k && d.actor.Sector == "" && d.actor.ID == d.actor.Country {
				d.actor.Sector, d.actor.ID, d.j = "GOV", d.actor.Country+"GOV", k+1
			}
			continue
		}
		start := k
		if d := st.mentionAt(k - 1); k > 0 && d != nil && d.kind == "demonym" && d.j == k {
			start = d.i
			st.dropMention(d)
			p = st.mentionAt(k + 1)
		}
		p.i = start
	}
}

// dropNamesInPlaces drops a country or capital found inside a longer place
// name: "Praia" in "Mocimboa da Praia" is not Cape Verde's government.
// A leading article does not make a place name longer.
func (st *sent) dropNamesInPlaces() {
	keep := st.mentions[:0]
	for _, m := range st.mentions {
		inside := false
		if m.kind == "capital" || m.kind == "country" || m.kind == "demonym" {
			for _, p := range st.places {
				pi := p.i
				// "The Philippines" as a place is still the country
				// "Philippines": an article adds nothing to the name.
				if pi < p.j && st.low[pi] == "the" {
					pi++
				}
				if pi <= m.i && m.j <= p.j && p.j-pi > m.j-m.i {
					inside = true
				}
			}
		}
		if !inside {
			keep = append(keep, m)
		}
	}
	st.mentions = keep
}

// policeOfficers reads "officers" and "personnel" as police in a sentence
// about the police: "a bomb outside a police station wounded nine officers".
func (st *sent) policeOfficers() {
	police := false
	for _, w := range st.low {
		if w == "police" || w == "policemen" || w == "policeman" {
			police = true
		}
	}
	if !police {
		return
	}
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.actor.Sector != "MIL" || m.j-m.i != 1 {
			continue
		}
		if w := st.low[m.i]; w == "officers" || w == "officer" || w == "personnel" || w == "unit" || w == "units" {
			m.actor.Sector = "COP"
			if m.actor.Country != "" {
				m.actor.ID = m.actor.Country + "COP"
			}
		}
	}
}

// afterPlacePrep reports whether token i follows a place preposition,
// perhaps with a direction between: "in northern Mozambique".
func afterPlacePrep(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if placePreps.has(st.low[k]) {
			return true
		}
		// "in the Somali capital Mogadishu", "in the port city of Aden"
		if !directions.has(st.low[k]) && st.low[k] != "the" && !placeKinds.has(st.low[k]) && st.low[k] != "of" && !(k+1 < len(st.low) && placeKinds.has(st.low[k+1]) && (st.toks[k].tag == "JJ" || st.toks[k].tag == "NNP")) {
			return false
		}
	}
	return false
}

// placeKinds name a kind of place: "the Somali capital Mogadishu", "the
// Ukrainian city of Odesa".
var placeKinds = filtered(map[string]bool{
	"capital": true, "city": true, "town": true, "village": true, "port": true, "region": true,
	"province": true, "district": true, "state": true, "border": true, "borders": true, "frontier": true,
	"enclave": true, "territory": true, "island": true, "coast": true,
})

// borderNouns name a frontier between states: "the Malian border".
var borderNouns = filtered(map[string]bool{"border": true, "borders": true, "frontier": true})

// prevIsPlace reports whether the mention ending at token k is a place.
func prevIsPlace(st *sent, k int) bool {
	for n := len(st.mentions) - 1; n >= 0; n-- {
		if st.mentions[n].j == k {
			return st.mentions[n].place
		}
	}
	return false
}

// span returns the tokens covering code points [cs, ce), or -1.
func (st *sent) span(cs, ce int) (int, int) {
	i, j := -1, -1
	for k, t := range st.toks {
		if i < 0 && t.end > cs {
			i = k
		}
		if t.start < ce {
			j = k + 1
		}
	}
	if i < 0 || j <= i {
		return -1, -1
	}
	return i, j
}

// mentionAt returns the actor mention covering token k, or nil.
func (st *sent) mentionAt(k int) *mention {
	for n := range st.mentions {
		if m := &st.mentions[n]; m.i <= k && k < m.j {
			return m
		}
	}
	return nil
}

// normQuote folds typographic apostrophes and quotes to ASCII.
func normQuote(s string) string {
	if asciiOnly(s) || !strings.ContainsAny(s, "’‘“”") {
		return s
	}
	return quoteReplacer.Replace(s)
}

// isPossessive reports whether token k is a possessive marker.
func (st *sent) isPossessive(k int) bool {
	return k >= 0 && k < len(st.low) && (st.low[k] == "'s" || st.low[k] == "'" || st.toks[k].tag == "POS")
}

// facility gives a bare demonym the sector of the thing it qualifies:
// "Pakistani border posts" are the Pakistani military's. A demonym that
// already names a sector keeps it: "a Nigerian police post" is the police's.
func (st *sent) facility(m *mention, facilities map[string]string) {
	for n := 2; n >= 1 && m.actor.Sector == ""; n-- {
		if m.j+n > len(st.low) {
			continue
		}
		sector, ok := facilities[strings.Join(st.low[m.j:m.j+n], " ")]
		if !ok || m.actor.Country == "" {
			continue
		}
		if capitalised(st.toks[m.j].text) {
			return // "the Saudi Hospital" is a name, not Saudi Arabia's
		}
		m.actor.Sector = sector
		m.actor.ID = m.actor.Country + sector
		m.j += n
		return
	}
	// "Russian missiles struck", "a Turkish drone strike": the weapons
	// and strikes of a state are its military's. The words stay free, as
	// they may be the trigger.
	if m.j < len(st.low) && m.actor.Country != "" && m.actor.Sector == "" && !capitalised(st.toks[m.j].text) {
		w := st.low[m.j]
		if m.j+1 < len(st.low) && (w == "air" || w == "drone" || w == "missile" || w == "rocket") && militaryHeads.has(w+" "+st.low[m.j+1]) {
			w += " " + st.low[m.j+1]
		}
		if militaryHeads.has(w) {
			m.actor.Sector = "MIL"
			m.actor.ID = m.actor.Country + "MIL"
		}
	}
}

// militaryHeads are the weapons and strikes that, after a demonym, are the
// state's military's.
var militaryHeads = filtered(map[string]bool{
	"missiles": true, "missile": true, "rockets": true, "shells": true, "shelling": true,
	"air defences": true, "air defenses": true, "air defence": true, "air defense": true,
	"drone strike": true, "drone strikes": true, "air strike": true, "air strikes": true,
	"airstrike": true, "airstrikes": true, "missile strike": true, "missile strikes": true,
	"rocket fire": true, "warships": true, "submarine": true, "bombers": true, "bombardment": true,
	"drone": true, "warplane": true, "helicopter": true, "helicopters": true, "gunship": true, "gunships": true,
	"tank": true, "tanks": true, "mortar": true, "mortars": true,
})

// civilianSectors are the sectors whose facilities stand for their people
// when no actor is named: strikes on "apartment blocks" hit civilians.
var civilianSectors = filtered(map[string]bool{"CVL": true, "EDU": true, "HLH": true, "REF": true})

// anaphors are words that point back to the armed group named last ("the
// group said", "the militants").
var anaphors = filtered(map[string]bool{"group": true, "movement": true, "organisation": true, "organization": true, "outfit": true})

// bodyHeads are nouns that, after "the", describe an international body
// named before: "the tribunal" is the court, "the bloc" the union.
var bodyHeads = filtered(map[string]bool{
	"tribunal": true, "bloc": true, "alliance": true, "body": true, "watchdog": true,
})

// definiteHead reports whether the noun at k opens with "the", with only
// modifiers between: "the tribunal", "The Hague-based tribunal".
func definiteHead(st *sent, k int) bool {
	for n := k - 1; n >= 0 && n >= k-5; n-- {
		if st.low[n] == "the" {
			return true
		}
		// "the AFC/M23 rebel alliance" is named; "the Hague-based
		// tribunal" is only placed.
		if m := st.mentionAt(n); m != nil && m.kind != "country" && m.kind != "capital" && m.kind != "demonym" {
			return false
		}
		if !isModifier(st.toks[n]) && st.low[n] != "based" && !strings.HasSuffix(st.low[n], "-based") {
			return false
		}
	}
	return false
}

// bodyMembers returns the end of a body's description at k that takes in
// the members or officers it owns: "the bloc's 27 leaders" act for the
// bloc. It drops the bare sector noun it takes in, else returns k+1.
func (st *sent) bodyMembers(k int) int {
	if !st.isPossessive(k + 1) {
		return k + 1
	}
	n := k + 2
	for n < len(st.toks) && n < k+5 && st.mentionAt(n) == nil && (st.toks[n].tag == "CD" || strings.HasPrefix(st.toks[n].tag, "JJ")) {
		n++
	}
	q := st.mentionAt(n)
	if q == nil || q.i != n || q.kind != "sector" || q.actor.ID != "" || q.actor.Country != "" {
		return k + 1
	}
	j := q.j
	st.dropMention(q)
	return j
}

// dropMention removes a mention from the sentence.
func (st *sent) dropMention(q *mention) {
	for n := range st.mentions {
		if &st.mentions[n] == q {
			st.mentions = append(st.mentions[:n], st.mentions[n+1:]...)
			return
		}
	}
}

// tokenAtByte returns the token that holds byte offset b of the sentence
// text, or -1.
func (st *sent) tokenAtByte(b int) int {
	if b < 0 || b > len(st.s.Text) {
		return -1
	}
	cp := st.s.Start + utf8.RuneCountInString(st.s.Text[:b])
	for k, t := range st.toks {
		if t.end > cp {
			return k
		}
	}
	return -1
}

// shareSectors gives a bare demonym the sector of the demonym it is
// coordinated with: "Pakistani and Afghan forces" are both militaries, and
// so are all three in "Malian, Nigerien and Burkinabe troops" (read from
// the right, so the sector passes along the whole list).
func (st *sent) shareSectors() {
	for n := len(st.mentions) - 2; n >= 0; n-- {
		a, b := &st.mentions[n], &st.mentions[n+1]
		if a.kind != "demonym" || a.actor.Sector != "" || b.actor.Sector == "" || b.actor.Country == "" || a.actor.Country == "" {
			continue
		}
		if listJoin(st, a.j, b.i) {
			a.actor.Sector = b.actor.Sector
			a.actor.ID = a.actor.Country + b.actor.Sector
		}
	}
}

// listJoin reports whether the tokens from k up to e only join two items
// of a list: "and", "or", a comma, or a comma and "and".
func listJoin(st *sent, k, e int) bool {
	switch e - k {
	case 1:
		w := st.low[k]
		return w == "and" || w == "or" || w == ","
	case 2:
		return st.low[k] == "," && (st.low[k+1] == "and" || st.low[k+1] == "or")
	}
	return false
}

// sectorsOf joins a sector noun to the countries after "of": "the foreign
// ministers of Rwanda and Congo" are RWAGOV and CODGOV, and the sector noun
// itself stops being a mention of its own.
func (st *sent) sectorsOf() {
	keep := st.mentions[:0] // in place: each pass keeps at most the mention it reads
	for n := 0; n < len(st.mentions); n++ {
		m := st.mentions[n]
		if m.kind == "sector" && m.actor.ID == "" && m.j+1 < len(st.low) && st.low[m.j] == "of" {
			joined := false
			for k := n + 1; k < len(st.mentions); k++ {
				c := &st.mentions[k]
				if c.kind != "country" && c.kind != "capital" || c.actor.Country == "" {
					break
				}
				if gap := c.i - m.j; k == n+1 && gap > 2 {
					break
				}
				c.actor.Sector = m.actor.Sector
				c.actor.ID = c.actor.Country + m.actor.Sector
				c.place = false
				joined = true
				if c.j+1 >= len(st.low) || (st.low[c.j] != "and" && st.low[c.j] != ",") {
					break
				}
			}
			if joined {
				continue
			}
		}
		keep = append(keep, m)
	}
	st.mentions = keep
}

// possessedSectors joins a country and the sector noun it owns: "Ethiopia's
// federal government" is ETHGOV, "Pakistan's military" PAKMIL, "Iran's
// morality police" IRNCOP.
func (st *sent) possessedSectors() {
	keep := st.mentions[:0] // in place: each pass keeps at most the mention it reads
	for n := 0; n < len(st.mentions); n++ {
		m := st.mentions[n]
		if n+1 < len(st.mentions) && (m.kind == "country" || m.kind == "capital" || m.kind == "demonym") &&
			m.actor.Country != "" && st.isPossessive(m.j) {
			next := st.mentions[n+1]
			between := next.i-m.j-1 <= 3
			for k := m.j + 1; k < next.i; k++ {
				if !sectorModifier(st, k) {
					between = false
				}
			}
			// "Libya's rival factions" are both sides of Libya's own
			// war, not its rebels: the possessor stays alone, as in
			// "Yemen's warring parties".
			if next.kind == "sector" && next.actor.ID == "" && between && sidesNouns.has(st.low[next.j-1]) && st.internalSides(&m) {
				keep = append(keep, m)
				n++
				continue
			}
			if next.kind == "sector" && next.actor.ID == "" && between {
				m.actor.Sector = next.actor.Sector
				m.actor.ID = m.actor.Country + next.actor.Sector
				m.actor.Text = st.textOf(m.i, next.j)
				m.j = next.j
				m.place = false
				keep = append(keep, m)
				n++
				continue
			}
		}
		keep = append(keep, m)
	}
	st.mentions = keep
}

// sectorModifier reports whether token k can qualify a sector noun that
// follows it: an adjective ("federal") or a lowercase common noun
// ("morality", "coup", "war").
func sectorModifier(st *sent, k int) bool {
	t := st.toks[k]
	return strings.HasPrefix(t.tag, "JJ") || (t.tag == "NN" || t.tag == "NNS") && t.text == t.low
}

// textOf returns the words of tokens [i, j) as written, single-spaced.
func (st *sent) textOf(i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && st.toks[k].start > st.toks[k-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(st.toks[k].text)
	}
	return b.String()
}
