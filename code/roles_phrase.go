package code

// Noun phrases that name actors: owners and possessors, coordination,
// appositions and facilities.

import (
	"strings"
	"unicode"
)

// owner finds the actor that owns a noun trigger starting at token i: a
// possessor or a modifier in front of it. A mention in skip is passed over
// (the place a visit went to: "Muttaqi's New Delhi visit").
func (st *sent) owner(i int, skip *mention) []*mention {
	for k, steps := i-1, 0; k >= 0 && steps < 7; k, steps = k-1, steps+1 {
		if m := st.mentionAt(k); m != nil && m == skip {
			k = m.i
			continue
		}
		if m := st.mentionAt(k); m != nil && !m.place && !brokerCompound(st, m) {
			return st.coordinated(m)
		}
		// "Kenya and Somalia met …, their first talks in a year": "their"
		// with no mention of its own is the pair that opened the sentence.
		if st.low[k] == "their" && st.mentionAt(k) == nil {
			if m := st.firstActor(); m != nil && m.j <= k {
				if g := st.coordinated(m); len(g) > 1 {
					return g
				}
			}
		}
		if !isModifier(st.toks[k]) {
			break
		}
	}
	return nil
}

// representativeWords name people who act for a body: "the envoy of the
// African Union".
var representativeWords = filtered(map[string]bool{
	"spokesman": true, "spokesperson": true, "spokeswoman": true, "envoy": true, "envoys": true,
	"ambassador": true, "ambassadors": true, "delegation": true, "delegations": true,
})

// ofOwner returns the body a bare representative or armed member stands
// for when "of" names it next: "the spokesman of the UN mission" speaks for
// the UN, "the ambassador of Chile" for Chile, and "militants of the Lord's
// Resistance Army" are that army. Else nil.
func (st *sent) ofOwner(m *mention) *mention {
	// (A mention carried over from another sentence is not this one's.)
	if m.j != m.i+1 || m.j+1 >= len(st.low) || st.mentionAt(m.i) != m || st.low[m.j] != "of" || m.actor.ID != "" {
		return nil
	}
	envoy := representativeWords.has(st.low[m.i]) && m.actor.Sector == "GOV"
	if !envoy && (!armedMemberSectors.has(m.actor.Sector) || splinterWords.has(st.low[m.i])) {
		return nil
	}
	k := m.j + 1
	if determiners.has(st.low[k]) {
		k++
	}
	o := st.mentionAt(k)
	if o == nil || o.i != k || o.place || o.actor.ID == "" || o.kind == "person" {
		return nil
	}
	// "troops of Chad" are Chad's army, which the generic noun codes
	// better than the bare country would.
	if !envoy && o.actor.ID == o.actor.Country {
		return nil
	}
	return o
}

// armedMemberSectors are the sectors of nouns for the armed members of a
// body: "fighters of", "soldiers of", "gunmen of".
var armedMemberSectors = filtered(map[string]bool{"REB": true, "MLT": true, "MIL": true, "COP": true, "CRM": true})

// splinterWords name a group broken away from the body "of" names, not the
// body itself: "dissidents of the former FARC".
var splinterWords = filtered(map[string]bool{"dissidents": true, "faction": true, "factions": true, "defectors": true})

// brokerCompound reports whether a mention is the first half of "AU-led",
// "US-brokered", "Iranian-made", "French-drafted": a third party, not the
// owner ("Chad signed a French-drafted accord": Chad signs).
func brokerCompound(st *sent, m *mention) bool {
	t := st.toks[m.j-1].low
	if m.j < len(st.toks) && (st.low[m.j] == "-" || st.low[m.j] == "‑") {
		if m.j+1 < len(st.low) {
			t = "-" + st.low[m.j+1]
		}
	}
	for _, suf := range []string{"-led", "-brokered", "-mediated", "-backed", "-sponsored", "-made", "-supplied", "-funded", "-drafted", "-proposed", "-authored"} {
		if !strings.HasSuffix(t, suf) {
			continue
		}
		// "a Saudi-led coalition strike": the leader of a coalition owns it.
		if suf == "-led" {
			for k := m.j; k < len(st.low) && k <= m.j+3; k++ {
				switch st.low[k] {
				case "coalition", "forces", "alliance", "troops", "force", "mission", "peacekeepers", "peacekeeping":
					return false
				}
				if ledActX80(st, m, k) {
					return false // "a Saudi-led air raid" (roles_x80_ledact.go)
				}
			}
		}
		return true
	}
	return false
}

// coordinated returns m and the mentions joined to it by "and", "&" or the
// commas of a list ("Egypt, Qatar and Turkey"). A comma alone does not join:
// "killed 10 civilians, the Taliban said" names two things.
func (st *sent) coordinated(m *mention) []*mention {
	// "They agreed": a pronoun standing for a group is all its members,
	// each a mention over the same word.
	if m.kind == "pronoun" {
		var out []*mention
		for n := range st.mentions {
			if x := &st.mentions[n]; x.i == m.i && x.j == m.j {
				out = append(out, x)
			}
		}
		if len(out) > 1 {
			return out
		}
	}
	left := st.chain(m, -1)
	right := st.chain(m, +1)
	// "and the Kachin Alliance of armed groups": the groups are the
	// alliance, already a member.
	if _, head := st.listStart(m); head != nil && len(left) > 0 && left[len(left)-1] == head {
		return append(left, right...)
	}
	out := st.mentionList(len(left) + 1 + len(right))
	out = append(out, left...)
	out = append(out, m)
	return append(out, right...)
}

// chain follows a list from m in direction dir, keeping a comma-joined
// member only when the list goes on to an "and".
func (st *sent) chain(m *mention, dir int) []*mention {
	var out []*mention
	pending := 0 // members joined by a comma and not yet confirmed
	first := ""  // the separator next to m
	cur := m
	for {
		var k int
		if dir < 0 {
			var head *mention
			if k, head = st.listStart(cur); head != nil {
				out = append([]*mention{head}, out...)
				cur = head
				continue
			}
			// "X and the Y", "X and the paramilitary Y", "X and their
			// families", "two X and two Y J-16 bombers"
			for n := 0; n < 3 && k > 0 && (st.low[k] == "the" || st.toks[k].tag == "PRP$" || st.toks[k].tag == "CD" || designation(st.low[k]) || strings.HasPrefix(st.toks[k].tag, "JJ")); n++ {
				k--
			}
			// "Erdogan and Egypt's Abdel Fattah al-Sisi": the possessor
			// names the member's state, not another member.
			if p := st.possessorAt(k); p != nil {
				k = p.i - 1
			}
			k = st.pastCollective(k)
		} else {
			k = cur.j
		}
		if k < 0 || k >= len(st.low) {
			break
		}
		sep := st.low[k]
		if sep != "and" && sep != "," && sep != "&" {
			break
		}
		k += dir
		if dir > 0 && k < len(st.low) && (st.low[k] == "the" || st.toks[k].tag == "PRP$") {
			k++
		}
		if k < 0 || k >= len(st.low) {
			break
		}
		next := st.mentionAt(k)
		// "Russian Su-35 and Chinese J-16 jets": a demonym before a model
		// designation is a member of the list.
		if next == nil && dir < 0 && k > 0 && designation(st.low[k]) {
			if q := st.mentionAt(k - 1); q != nil && q.j == k && q.kind == "demonym" {
				next = q
			}
		}
		// "Erdogan and Egypt's Abdel Fattah al-Sisi": the member is the
		// person the state owns.
		if next != nil && dir > 0 && next.j+1 < len(st.low) && st.isPossessive(next.j) {
			if q := st.mentionAt(next.j + 1); q != nil && q.i == next.j+1 && q.kind != "country" && q.kind != "sector" {
				next = q
			}
		}
		// "and the paramilitary Rapid Support Forces": skip an adjective.
		if next == nil && dir > 0 && k+1 < len(st.low) && strings.HasPrefix(st.toks[k].tag, "JJ") {
			next = st.mentionAt(k + 1)
		}
		// "and clan militias", "and tribal fighters": a common noun
		// qualifying a bare sector noun.
		// "and Islamist militants", "and Maoist guerrillas": a proper
		// adjective no lexicon names, qualifying a bare sector noun.
		if next == nil && dir > 0 && k+1 < len(st.low) && (st.toks[k].tag == "NN" || st.toks[k].tag == "NNP" && st.mentionAt(k) == nil) {
			if q := st.mentionAt(k + 1); q != nil && q.i == k+1 && q.kind == "sector" && !isWeaponWord(st.low[k]) && !isWeaponWord(st.low[k+1]) {
				next = q
			}
		}
		if next == nil || next.place != m.place {
			break
		}
		if dir > 0 && st.rolesX58ClauseJoin(cur, next) || dir < 0 && st.rolesX58ClauseJoin(next, cur) {
			break
		}
		if first == "" {
			first = sep
		}
		if sep == "," {
			pending++
		} else {
			pending = 0
		}
		if dir < 0 {
			out = append([]*mention{next}, out...)
		} else {
			out = append(out, next)
		}
		cur = next
	}
	if dir > 0 {
		return out[:len(out)-pending]
	}
	// Leftwards, "A, B and m": the commas are confirmed by the "and" nearest m.
	// ("mediation by Egypt, Qatar and Turkey, Hamas is to release": a
	// comma next to m closes the list before it.)
	if pending > 0 && pending == len(out) || first == "," {
		return nil
	}
	return out
}

// designation reports whether w names a model of weapon or vehicle rather
// than a word: a letter and a number joined by a hyphen ("tu-95", "h-6",
// "f-16s").
func designation(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && b != "" && strings.IndexFunc(a, unicode.IsDigit) < 0 &&
		b[0] >= '0' && b[0] <= '9'
}

// possessorAt returns the country mention whose possessive marker is token
// k ("Egypt" in "Egypt's"), or nil.
func (st *sent) possessorAt(k int) *mention {
	if k < 1 || !st.isPossessive(k) {
		return nil
	}
	p := st.mentionAt(k - 1)
	if p == nil || p.j != k || p.kind != "country" {
		return nil
	}
	return p
}

// ofHeadPartner returns, when m ends a phrase "and NOUNS of (the) m"
// whose head noun names no actor ("and dissidents of the former FARC"),
// the actor joined to that phrase by the "and", or nil. A bare sector noun
// ("dissidents") is the group's own people, not another actor.
func (st *sent) ofHeadPartner(m *mention) *mention {
	k := st.prepBefore(m)
	if k < 3 || st.low[k] != "of" || st.toks[k-1].tag != "NNS" || st.low[k-2] != "and" {
		return nil
	}
	if h := st.mentionAt(k - 1); h != nil && (h.actor.ID != "" || h.i != k-1) {
		return nil
	}
	if p := st.mentionAt(k - 3); p != nil && !p.place && p.j == k-2 {
		return p
	}
	return nil
}

// institutionNouns head the names of bodies of a state the actor
// dictionary does not list: "its border service", "the foreign office".
var institutionNouns = filtered(map[string]bool{
	"service": true, "services": true, "ministry": true, "office": true, "agency": true,
	"committee": true, "council": true, "cabinet": true, "presidency": true, "guard": true,
	"guards": true, "authority": true, "authorities": true, "administration": true,
	"delegation": true, "embassy": true, "mission": true, "department": true,
	"board": true, "secretariat": true, "commission": true, "bureau": true,
	"directorate": true,
})

// ownsInstitution reports whether the noun phrase from token k, before
// token i, is headed by an institution noun.
func (st *sent) ownsInstitution(k, i int) bool {
	for ; k < i && k < len(st.toks); k++ {
		t := st.toks[k].tag
		if !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") {
			break
		}
		if institutionNouns.has(st.low[k]) && (k+1 >= i || !strings.HasPrefix(st.toks[k+1].tag, "NN")) {
			return true
		}
	}
	return false
}

// holderOf returns the actor that holds a generic facility through "of":
// "camps of the Allied Democratic Forces", "positions of the army".
func (st *sent) holderOf(m *mention) *mention {
	if m.kind != "sector" || m.actor.ID != "" || !civilianSectors.has(m.actor.Sector) || m.j+1 >= len(st.low) || st.low[m.j] != "of" {
		return nil
	}
	k := m.j + 1
	if st.low[k] == "the" && k+1 < len(st.low) {
		k++
	}
	// "villages of Iraq's Kirkuk province", "the Serb-run Republika
	// Srpska" name a place, not who holds it.
	h := st.mentionAt(k)
	if h == nil || h.i != k || h.place || h.actor.ID == "" || h.kind == "country" || h.kind == "capital" || h.kind == "demonym" || st.isPossessive(h.j) {
		return nil
	}
	return h
}

// isFacility reports whether a noun names a place an actor holds (its
// positions, posts, bases), which stands for the actor.
func isFacility(w string) bool {
	switch w {
	case "positions", "posts", "post", "bases", "base", "troops", "forces", "soldiers", "territory",
		"convoy", "headquarters", "checkpoint", "checkpoints", "embassy", "consulate", "border":
		return true
	}
	return false
}

// appositionAfter returns the actor an apposition names after a name the
// dictionary does not know, starting at token k: "Keith Kellogg, Donald
// Trump's envoy for Ukraine".
func (st *sent) appositionAfter(k int) *mention {
	n := k
	for n < len(st.toks) && st.toks[n].tag == "NNP" && st.mentionAt(n) == nil {
		n++
	}
	if n == k || n+1 >= len(st.toks) || st.low[n] != "," {
		return nil
	}
	for x := n + 1; x < len(st.toks) && x <= n+4; x++ {
		if m := st.mentionAt(x); m != nil && !m.place {
			// "Donald Trump's envoy": the envoy is the owner's.
			if st.isPossessive(m.j) || m.kind != "person" {
				return m
			}
			return nil
		}
		if st.low[x] == "," {
			return nil
		}
	}
	return nil
}

// placeAdjective reports whether a demonym qualifies a kind of place ("the
// Ugandan border", "the Ukrainian city of Odesa"), or a city only says
// where an organisation's premises stand ("the Baku office of …"), rather
// than naming an actor.
func placeAdjective(st *sent, m *mention) bool {
	if cityOfOffice(st, m) {
		return true
	}
	if m.j >= len(st.low) || !placeKinds.has(st.low[m.j]) {
		return false
	}
	// "the northern Burkina Faso town of Djibo": a country's name used
	// the same way.
	if m.kind == "country" && m.i > 0 && (st.low[m.i-1] == "the" || directions.has(st.low[m.i-1])) && st.low[m.j] != "state" {
		return true
	}
	if m.kind != "demonym" {
		return false
	}
	// "recognised a Palestinian state" names a polity; "the Nigerian state
	// of Borno" a place.
	return st.low[m.j] != "state" || m.j+1 < len(st.low) && st.low[m.j+1] == "of"
}

// theBefore reports whether "the" opens the phrase ending before token i,
// perhaps with directions between: "the northwestern Nigerian city".
func theBefore(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && directions.has(st.low[k]) {
		k--
	}
	return k >= 0 && st.low[k] == "the"
}

// namedPlace reports whether a mention names the place a kind of place is
// ("the town of Abuja", "the city of Kabul"), not the state or group
// the name can stand for.
func namedPlace(st *sent, m *mention) bool {
	return m.i >= 2 && st.low[m.i-1] == "of" && placeKinds.has(st.low[m.i-2]) && st.low[m.i-2] != "state"
}

// apposition returns the actor an apposition closed by the comma at k
// names, when the apposition follows a name the dictionary does not know:
// ", the Taliban's minister for refugees," gives the Taliban's minister.
func (st *sent) apposition(k int) *mention {
	for j := k - 1; j > 0 && k-j < 25; j-- {
		if st.low[j] != "," {
			continue
		}
		if st.toks[j-1].tag != "NNP" || st.mentionAt(j-1) != nil || j+1 >= k || (st.low[j+1] != "the" && st.low[j+1] != "a" && st.low[j+1] != "an") {
			return nil
		}
		for n := range st.mentions {
			// ", a commune south of Lima,": a capital placing the
			// apposition's noun says where it is, not who.
			if m := &st.mentions[n]; m.i > j && m.j <= k && !m.place && !(m.kind == "capital" && capitalPlacePreps.has(st.low[m.i-1])) {
				return m
			}
		}
		return nil
	}
	return nil
}

// appositionGroup returns the actors of a list of names each followed by
// an apposition, the last closed by the comma at k: "Abiy Ahmed,
// Ethiopia's prime minister, and Isaias Afwerki, the president of
// Eritrea,". A known name stands for itself; an unknown one for the actor
// its apposition names.
func (st *sent) appositionGroup(k int) []*mention {
	var out []*mention
	for e := k; e > 0; {
		// The comma opening the apposition, with no verb inside it.
		c := -1
		for n := e - 1; n > 0 && n >= e-12; n-- {
			if st.low[n] == "," {
				c = n
				break
			}
			if verbAt(st, n) && st.toks[n].tag != "VBN" || st.low[n] == "and" {
				break
			}
		}
		if c < 1 || st.toks[c-1].tag != "NNP" && st.mentionAt(c-1) == nil {
			break
		}
		var who *mention
		if m := st.mentionAt(c - 1); m != nil && !m.place {
			who = m
		} else {
			for n := c + 1; n < e; n++ {
				if m := st.mentionAt(n); m != nil && !m.place {
					who = m
					break
				}
			}
		}
		if who == nil {
			break
		}
		out = append([]*mention{who}, out...)
		// Back over the name to an "and" that joins it to the one before.
		n := c - 1
		if m := st.mentionAt(n); m != nil {
			n = m.i - 1
		}
		for n >= 0 && st.toks[n].tag == "NNP" && st.mentionAt(n) == nil {
			n--
		}
		if n < 2 || st.low[n] != "and" || st.low[n-1] != "," {
			break
		}
		e = n - 1
	}
	return out
}

// strikeNouns are military operations a state's forces carry out, beyond
// the weapons and strikes of militaryHeads: "an Iraqi raid".
var strikeNouns = filtered(map[string]bool{"raid": true, "raids": true, "incursion": true, "incursions": true})

// strikeOwner gives a state that owns a strike noun trigger its military:
// "a Dutch air strike hit the depot", "a Kenyan raid on the camp" are
// operations of the state's forces. Only a state named right before the
// trigger, with no sector of its own, is changed.
func (c *Coder) strikeOwner(d *doc, cd *candidate, src []*mention) []*mention {
	st := cd.st
	if len(src) != 1 || !cd.e.has(flagViolent) {
		return src
	}
	m := src[0]
	if m.j != cd.i || m.place || m.kind != "country" && m.kind != "demonym" || m.actor.Sector != "" || !isState(m.actor) {
		return src
	}
	w := st.low[cd.i]
	if cd.i+1 < len(st.low) && (w == "air" || w == "drone" || w == "missile" || w == "rocket") {
		w += " " + st.low[cd.i+1]
	}
	if !militaryHeads.has(w) && !strikeNouns.has(w) {
		return src
	}
	a, ok := c.actors.Lookup(m.actor.Country+"MIL", d.date)
	if !ok {
		return src
	}
	own := *m
	own.actor.ID, own.actor.Sector, own.actor.Name = a.ID, a.Sector, a.Name
	return []*mention{&own}
}

// whatSaidVerbs tell whose words name an object: "what Tehran called",
// "what Israel said were".
var whatSaidVerbs = filtered(map[string]bool{
	"called": true, "calls": true, "said": true, "says": true, "described": true, "describes": true,
	"termed": true, "claimed": true, "claims": true, "alleged": true, "identified": true,
})

// whatSaid returns the speech verb after "what" at token k and a named
// speaker, or -1: in "struck what Tehran called militant bases" who calls
// them so is not the object; what is named after the verb is.
func (st *sent) whatSaid(k int) int {
	if st.low[k] != "what" || k+1 >= len(st.toks) {
		return -1
	}
	m := st.mentionAt(k + 1)
	if m == nil || m.i != k+1 || m.kind == "sector" || m.j >= len(st.toks) || !whatSaidVerbs.has(st.low[m.j]) {
		return -1
	}
	return m.j
}

// aimPreps aim a noun trigger at what it hits once its agent is told:
// "a raid by bandits on a market", "a strike by drones against a convoy".
var aimPreps = filtered(map[string]bool{"on": true, "against": true, "at": true, "targeting": true, "targetting": true})

// pastByAgent returns the aiming word after a "by" agent that starts at j
// ("by Islamist militants on …"), or -1 when j starts none.
func (st *sent) pastByAgent(j int) int {
	if j+1 >= len(st.low) || st.low[j] != "by" {
		return -1
	}
	k := j + 1
	for k < len(st.low) && (determiners.has(st.low[k]) || strings.HasPrefix(st.toks[k].tag, "JJ")) {
		k++
	}
	m := st.mentionAt(k)
	if m == nil || m.place {
		return -1
	}
	co := st.coordinated(m)
	e := co[len(co)-1].j
	// "by RSF fighters on …", "by Iranian missiles on …": a head noun the
	// mention leaves out still belongs to the agent.
	for e < len(st.low) && e < m.j+2 && strings.HasPrefix(st.toks[e].tag, "NN") && st.mentionAt(e) == nil {
		e++
	}
	if e < len(st.low) && aimPreps.has(st.low[e]) {
		return e
	}
	return -1
}
