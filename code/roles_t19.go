package code

// Targets a sentence names only by looking back at the story: an arrest
// told by a head count ("Dozens were detained", "the ministry said 700
// people had been arrested"), whose speaker is no captive and whose
// captives, after a protest, are its protesters; force used on no one
// named after a rally ("Police fired tear gas and water cannon"); and a
// reaction to "the arrest" or "the detentions", aimed at who made them.

import "github.com/truce-project/truce"

// storyTarget returns the target an act takes from what the story told
// before it, or nil: the people a head count holds, the maker of the
// arrests a reaction names, the crowd that tear gas met, the group whose
// weapons were seized, the protesters a government yields to, the
// attackers an investigation looks into, the state a sanction answers,
// the maker of an offer, appeal or accord a reaction names back, the two
// sides an appeal to "both sides" stands for, the government of the
// country an outside voice addresses as "the authorities", whom a
// warning naming no one answers, the state a call for an inquiry asks,
// the side at home a one-sided truce is held towards.
func (c *Coder) storyTarget(d *doc, cd *candidate, earlier []*candidate) []*mention {
	// "… The bloc urged both governments to talk": the two sides of the
	// act between two told last.
	if m := d.sidesOfStory(cd); m != nil {
		return m
	}
	// "Police in Lomé detained six reporters. A press group urged the
	// authorities to free them": the government where that happened.
	if m := c.addressedAuthorities(d, cd); m != nil {
		return m
	}
	// "a convoy carrying flour crossed into Afghanistan": aid goes
	// where it is carried; "… The WHO flew in medical supplies": aid
	// naming no recipient goes where the aid told before went.
	if m := c.aidDestination(cd); m != nil {
		return m
	}
	if m := c.aidRecipient(d, cd); m != nil {
		return m
	}
	// "… The junta warned that any intervention would meet a response":
	// at who acted against it; "that any march would be dispersed": at
	// the country's protesters.
	if m := c.unaimedThreat(d, cd); m != nil {
		return m
	}
	// "Rights groups called for an independent inquiry": at the state
	// that is to hold it.
	if m := c.inquiryCall(d, cd); m != nil {
		return m
	}
	// "warned that police would clear any protesters": the protesters.
	if m := c.ownForcesObject(d, cd); m != nil {
		return m
	}
	// "abducted the municipal works director": the state's local office.
	if m := c.localOfficeTarget(cd); m != nil {
		return m
	}
	// "demanded the departure of all foreign troops": another state's.
	if m := c.foreignForce(d, cd); m != nil {
		return m
	}
	// "Dozens were detained": an arrest told by a head count holds the
	// protesters told before, not the speaker of the count.
	if m := c.countedCaptives(d, cd, earlier); m != nil {
		return m
	}
	// "The EU called the detentions unacceptable": aimed at who made them.
	if m := c.captureMaker(d, cd, earlier); m != nil {
		return m
	}
	// "fired on residents who had blocked a highway": at protesters.
	if m := c.protestingCrowd(d, cd); m != nil {
		return m
	}
	// "Thousands rallied. Police fired tear gas": at the protesters.
	if m := c.crowdMet(d, cd, earlier); m != nil {
		return m
	}
	// "Soldiers seized 150 kilograms of explosives": from the armed
	// group the story names.
	if m := c.weaponsOwner(d, cd); m != nil {
		return m
	}
	// "Police foiled a bomb plot": at whose plot it was.
	if m := c.plotOwner(d, cd); m != nil {
		return m
	}
	// "dropped the plan a day after thousands rallied": to the crowd.
	if m := c.yieldedToProtesters(d, cd, earlier); m != nil {
		return m
	}
	// "… ordered an investigation into the incident": at the attackers.
	if m := c.probedDoers(d, cd); m != nil {
		return m
	}
	// "Insurgents overran the town … troops retook it": from its taker.
	if m := c.retakenFrom(d, cd, earlier); m != nil {
		return m
	}
	// "… Phnom Penh downgraded ties": at the state of the sanction before.
	if m := c.answeredSanction(d, cd, earlier); m != nil {
		return m
	}
	// "… The separatists refused the offer": at who made it.
	if m := c.answeredMaker(d, cd, earlier); m != nil {
		return m
	}
	// "The junta declared a ceasefire": towards the country's rebels.
	if m := c.unilateralTruce(d, cd); m != nil {
		return m
	}
	// "… Iran rejected the accusation": at the government that made it.
	return c.answeredState(d, cd)
}

// headCounts stand alone for a number of people: "dozens were detained".
var headCounts = filtered(wordSet("dozens", "hundreds", "scores", "thousands", "tens", "several", "many", "some", "others"))

// countHeads are the plain nouns a number of people is counted by:
// "700 people", "more than 40 persons".
var countHeads = filtered(wordSet("people", "persons", "others", "individuals"))

// countHedges qualify a count: "about 700", "more than 40", "at least 12".
var countHedges = filtered(wordSet("about", "than", "more", "least", "at", "some", "nearly", "almost", "around", "over"))

// countAux stand between a passive's subject and its participle:
// "had reportedly been detained".
var countAux = filtered(wordSet("was", "were", "been", "being", "had", "have", "has", "reportedly", "also", "later", "since", "so", "far"))

// countedSubject reports whether the passive participle at i has for its
// subject a bare head count: "Dozens were detained", "about 700 people had
// been arrested". It returns the first token of the count.
func (st *sent) countedSubject(i int) (int, bool) {
	k := i - 1
	aux := false
	for k >= 0 && countAux.has(st.low[k]) {
		aux = true
		k--
	}
	if !aux || k < 0 {
		return 0, false
	}
	if countHeads.has(st.low[k]) && k > 0 {
		if m := st.mentionAt(k); m != nil && m.i < k {
			return 0, false // "Kurdish people" names whose
		}
		k--
		if st.low[k] != "of" && st.toks[k].tag != "CD" && !headCounts.has(st.low[k]) {
			return 0, false
		}
		if st.low[k] == "of" && k > 0 {
			k-- // "hundreds of people"
		}
	} else if m := st.mentionAt(k); m != nil {
		return 0, false
	}
	if st.toks[k].tag != "CD" && !headCounts.has(st.low[k]) {
		return 0, false
	}
	for k > 0 && countHedges.has(st.low[k-1]) {
		k--
	}
	return k, true
}

// countedCaptives returns whom an arrest told by a bare head count holds,
// or nil to leave the target found. After a protest told in the same or
// the two sentences before ("Thousands marched in Lomé. Dozens were
// detained"), the people held are the protesters. Otherwise a target
// found before the count, such as the speaker of "the interior ministry
// said 700 people had been detained", gives way to that state's civilians.
func (c *Coder) countedCaptives(d *doc, cd *candidate, earlier []*candidate) []*mention {
	st := cd.st
	if cd.e.mode != "arrest" || cd.e.pos != 'V' || !st.isPassive(cd.i) {
		return nil
	}
	k, ok := st.countedSubject(cd.i)
	if !ok {
		return nil
	}
	for _, m := range cd.tgt {
		if m.i >= k && m.j <= cd.i && m.actor.Sector != "CVL" {
			return nil // "dozens of protesters were detained"
		}
	}
	// The speaker of the count, when there is one, tells the country:
	// "Iraqi police said 20 people had been detained" after protests in
	// Baghdad and Stockholm holds the Iraqi protesters.
	speaker := len(cd.tgt) > 0 && cd.tgt[0].i < k && st.saidBetween(cd.tgt[0].j, k)
	cc := ""
	if speaker {
		cc = cd.tgt[0].actor.Country
	}
	a, ok := c.protestersBefore(d, cd, earlier, cc)
	if !ok && !speaker {
		return nil
	}
	if !ok {
		a = truce.Actor{Name: "civilians", Country: cc, Sector: "CVL"}
	}
	// A country not known yet is the sentence's, found as for any
	// unnamed crowd.
	if a.Country != "" && a.ID == "" {
		if b, found := c.actors.Lookup(a.Country+a.Sector, d.date); found {
			a = b
		} else {
			a.ID = a.Country + a.Sector
		}
	}
	a.Text = ""
	return []*mention{{i: cd.i, j: cd.j, actor: a, kind: "implied"}}
}

// protestersBefore returns the protesters of a protest told earlier in
// cd's sentence or in the two sentences before it: its source when that
// is a crowd of protesters, else the protesters of its source's country
// ("Truckers blocked highways. Hundreds were detained"). A country cc,
// when not empty, is the protesters' country. After a riot by a crowd not
// told as protesters ("youths who hurled rocks"), those held are rioters,
// and none is returned.
func (c *Coder) protestersBefore(d *doc, cd *candidate, earlier []*candidate, cc string) (truce.Actor, bool) {
	var srcs []truce.Actor
	riot := false
	for n := len(earlier) - 1; n >= 0; n-- {
		p := earlier[n]
		if c.lex.cameo[p.e.cameo].plover == truce.Protest && p.e.mode == "riot" {
			riot = true
		}
		if c.lex.cameo[p.e.cameo].plover == truce.Protest {
			for _, m := range p.src {
				srcs = append(srcs, m.actor)
			}
			// "thousands protesting …, and the ministry said 3,000
			// had been detained": protesters with no country yet.
			if len(p.src) == 0 {
				srcs = append(srcs, truce.Actor{})
			}
		}
		// "police broke up thousands protesting …, and 3,000 people
		// had been detained": the crowd acted against.
		for _, m := range p.tgt {
			if m.actor.Sector == "PRO" {
				srcs = append(srcs, m.actor)
			}
		}
	}
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		ix := p.st.s.Index
		if ix >= cd.st.s.Index || ix < cd.st.s.Index-2 || p.folded {
			continue
		}
		if isRiot(p) {
			riot = true
		}
		if p.ev.Type == truce.Protest {
			srcs = append(srcs, p.ev.Source...)
		}
		for _, a := range p.ev.Target {
			if a.Sector == "PRO" {
				srcs = append(srcs, a)
			}
		}
	}
	for _, a := range srcs {
		if cc != "" && a.Country != "" && a.Country != cc {
			continue
		}
		if a.Country == "" {
			a.Country = cc
		}
		if riot && a.Sector != "PRO" {
			return truce.Actor{}, false
		}
		if a.Sector != "PRO" || a.Country == "" {
			a = truce.Actor{Name: "protesters", Country: a.Country, Sector: "PRO"}
		}
		return a, true
	}
	return truce.Actor{}, false
}

// saidBetween reports whether a verb of saying stands in tokens [i, j):
// "the ministry said 700 people …".
func (st *sent) saidBetween(i, j int) bool {
	for k := i; k < j && k < len(st.low); k++ {
		if speechVerbs.has(st.low[k]) || reportVerbs.has(st.low[k]) {
			return true
		}
	}
	return false
}

// captureNouns name back an arrest or abduction told before: "condemned the
// detentions", "called the arrest a kidnapping".
var captureNouns = filtered(wordSet("arrest", "arrests", "detention", "detentions", "abduction", "abductions",
	"kidnapping", "kidnappings", "jailing", "roundup", "round-up"))

// captureMaker returns, for an accusation whose object is a capture noun
// ("The EU called the detentions unacceptable", "denounced the arrest as
// persecution"), the doers of the last arrest or abduction told earlier in
// the sentence or in the two sentences before, as mentions at cd's
// trigger; nil when there is none or the accuser made it. The captives'
// own side may condemn its state's arrests: only the very actor is
// passed over.
func (c *Coder) captureMaker(d *doc, cd *candidate, earlier []*candidate) []*mention {
	st := cd.st
	if c.lex.cameo[cd.e.cameo].plover != truce.Accuse || !st.namesCapture(cd) {
		return nil
	}
	var srcs []truce.Actor
	for n := len(earlier) - 1; n >= 0 && srcs == nil; n-- {
		if p := earlier[n]; captureModes.has(p.e.mode) {
			for _, m := range p.src {
				srcs = append(srcs, m.actor)
			}
		}
	}
	for n := len(d.cands) - 1; n >= 0 && srcs == nil; n-- {
		p := d.cands[n]
		ix := p.st.s.Index
		if ix < st.s.Index && ix >= st.s.Index-2 && !p.folded && captureModes.has(p.ev.Mode) {
			srcs = p.ev.Source
		}
	}
	var out []*mention
	for _, a := range srcs {
		if a.ID == "" {
			continue
		}
		for _, m := range cd.src {
			if m.actor.ID != "" && sameActor(m.actor, a) {
				return nil
			}
		}
		a.Text = ""
		out = append(out, &mention{i: cd.i, j: cd.j, actor: a, kind: "implied"})
	}
	return out
}

// namesCapture reports whether the object of cd's trigger, inside it or
// right after it past determiners and modifiers, is a capture noun: "called
// the detentions", "condemned the arrest of".
func (st *sent) namesCapture(cd *candidate) bool {
	for k := cd.i + 1; k < len(st.low) && k < cd.j+4; k++ {
		if captureNouns.has(st.low[k]) {
			return true
		}
		if k >= cd.j && !determiners.has(st.low[k]) && !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}

// crowdMet returns whom force against a crowd met when the sentence names
// no one or only people at large, after a protest told in the sentence or
// the two before it: "Thousands rallied in Colombo. Police fired tear gas
// and water cannon" met the protesters. nil leaves the target found.
func (c *Coder) crowdMet(d *doc, cd *candidate, earlier []*candidate) []*mention {
	if cd.e.mode != "crowd-control" {
		return nil
	}
	for _, m := range cd.tgt {
		if m.actor.Sector != "CVL" || m.actor.ID != "" && m.actor.ID != m.actor.Country+"CVL" {
			return nil
		}
	}
	cc := ""
	for _, m := range cd.src {
		if m.actor.Country != "" {
			cc = m.actor.Country
		}
	}
	a, ok := c.protestersBefore(d, cd, earlier, cc)
	if !ok {
		return nil
	}
	if a.Country != "" && a.ID == "" {
		if b, found := c.actors.Lookup(a.Country+a.Sector, d.date); found {
			a = b
		} else {
			a.ID = a.Country + a.Sector
		}
	}
	a.Text = ""
	return []*mention{{i: cd.i, j: cd.j, actor: a, kind: "implied"}}
}

// impliedAt returns the actor id names on the story's date as a side the
// rule infers rather than reads, standing at cd's trigger, or nil when the
// dictionary has no such id.
func (c *Coder) impliedAt(d *doc, cd *candidate, id string) []*mention {
	a, ok := c.actors.Lookup(id, d.date)
	if !ok {
		return nil
	}
	a.Text = ""
	return []*mention{{i: cd.i, j: cd.j, actor: a, kind: "implied"}}
}
