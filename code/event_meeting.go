package code

// Meetings and deals: ones told before, ones that are only the setting
// of another act, and the parties they take.

import (
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/nlp"
)

// talkOrDeal reports whether a trigger names a meeting or an agreement.
func talkOrDeal(plover string, e *entry) bool {
	if e.plover != "" {
		plover = e.plover
	}
	return plover == truce.Consult || plover == truce.Agree
}

// partiesNear reports whether a meeting or deal noun at cd names its own
// parties or is what they turn to: "the first talks between the two
// ministers", "returned to the deal", "put their names to the accord".
func partiesNear(st *sent, cd *candidate) bool {
	for k := cd.i - 1; k >= 0 && k >= cd.i-6; k-- {
		if st.low[k] == "to" {
			return true
		}
		if st.low[k] != "the" && !isModifier(st.toks[k]) && st.mentionAt(k) == nil {
			break
		}
	}
	for k := cd.j; k < len(st.low) && k < cd.j+3; k++ {
		if st.low[k] == "between" || st.low[k] == "with" {
			return true
		}
	}
	return false
}

// meetingSetting reports whether the noun at i is governed by a
// preposition of time or setting, past an article, modifiers and a span
// ("four days of"): "after talks", "at an emergency meeting", "during a
// visit", "on the sidelines of a summit", "ahead of a summit". A meeting
// told with its length ("after four days of talks") or as the place a
// deal was struck ("agreed a truce at talks in Doha") is news of its own
// and is no mere setting; so is one a third party brokered or hosted
// ("after talks in Lome brokered by Togo", "after AU-led negotiations").
func meetingSetting(st *sent, i int) (setting, own bool) {
	setting, own = settingOf(st, i)
	if setting && !own {
		own = brokered(st, i) || mode37CountedAt(st, i, i+1)
	}
	return setting, own
}

// settingOf is meetingSetting before brokering is looked at.
func settingOf(st *sent, i int) (setting, own bool) {
	measured := false
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		switch st.low[k] {
		case "at":
			if i+1 < len(st.low) && st.low[i+1] == "in" {
				return true, true
			}
			return true, measured
		case "after", "following", "during", "before", "amid":
			return true, measured
		case "of":
			if k >= 1 && (st.low[k-1] == "ahead" || st.low[k-1] == "sidelines" || st.low[k-1] == "margins") {
				return true, false
			}
			if k >= 1 && (durationWords.has(st.low[k-1]) || st.low[k-1] == "hour") {
				measured = true
				continue
			}
			if k >= 1 && st.low[k-1] == "round" {
				continue
			}
			return false, false
		case "the", "a", "an", "his", "her", "its", "their", "first", "latest":
			continue
		case "nearly", "almost", "about", "some", "around", "roughly", "over", "than", "more":
			// "after nearly a week of talks": a length told roughly.
			if measured {
				continue
			}
		}
		// ("after AU-led talks": the broker is no party of a phrase of
		// its own.)
		if brokerSuffix(st.low[k]) {
			if m := st.mentionAt(k); m != nil && m.i < k {
				k = m.i
			}
			continue
		}
		if !isModifier(st.toks[k]) || st.mentionAt(k) != nil {
			return false, false
		}
	}
	return false, false
}

// brokered reports whether the meeting noun at i is told with the third
// party that brokered or hosted it: a "-led" or "-brokered" word just
// before it ("African Union-led negotiations"), or a participle and "by"
// later in its clause ("talks in Jeddah hosted by Saudi Arabia").
func brokered(st *sent, i int) bool {
	if i > 0 && brokerSuffix(st.low[i-1]) {
		return true
	}
	for k := i + 1; k+1 < len(st.low) && k < i+12 && st.clause[k] == st.clause[i]; k++ {
		if brokerVerbs.has(st.low[k]) && st.low[k+1] == "by" {
			return true
		}
	}
	return false
}

// brokerVerbs tell who stood behind a meeting: "hosted by", "brokered by".
var brokerVerbs = filtered(wordSet("brokered", "mediated", "hosted", "sponsored", "facilitated", "convened"))

// brokerSuffix reports a word naming a meeting's broker before it:
// "Qatar-brokered", "AU-led", "UN-sponsored".
func brokerSuffix(w string) bool {
	for _, suf := range []string{"-led", "-brokered", "-mediated", "-hosted", "-sponsored"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// fateAfter reports whether the noun ending at j is the subject of a verb
// telling how a meeting or deal went: "the talks had collapsed", "the deal
// broke down" is news of its own.
func fateAfter(st *sent, j int) bool {
	for k := j; k < len(st.low) && k < j+3; k++ {
		switch st.low[k] {
		case "had", "has", "have", "was", "were", "is", "are":
			continue
		case "collapsed", "ended", "broke", "stalled", "failed", "resumed", "began", "opened", "concluded", "foundered", "faltered", "reached":
			return true
		}
		return false
	}
	return false
}

// ownAgent reports whether a "by" agent follows the noun trigger in its
// clause: "a visit to Minsk by Trump's envoy" is news of its own.
func ownAgent(st *sent, cd *candidate) bool {
	for k := cd.j; k < len(st.low) && k < cd.j+6 && st.clause[k] == st.clause[cd.i]; k++ {
		if st.low[k] == "by" {
			return true
		}
	}
	return false
}

// mereSetting decides whether the meeting noun cd is only the setting of
// another act of its sentence ("agreed to restore ties after talks in
// Beijing", "praised the vote during a visit to Tbilisi"), which is not
// news of its own; it folds cd then. A meeting told as news of its own
// ("after four days of talks", "after talks hosted by Qatar") takes the
// parties of the act it led to.
func (c *Coder) mereSetting(d *doc, st *sent, built []*candidate, cd *candidate) bool {
	c.multilateralMeeting(d, st, cd)
	setting, own := meetingSetting(st, cd.i)
	if cd.ev.Type != truce.Consult || cd.e.pos != 'N' || !setting || ownAgent(st, cd) || !otherType(built, truce.Consult) {
		return false
	}
	if !own && prec62TalksTold(st, cd) {
		if partiesNear(st, cd) {
			return false
		}
		own = true
	}
	if !own && mode63AgreedAtMeeting(built, cd) {
		own = true
	}
	if !own {
		cd.folded = true
		c.trace(st, cd, "the meeting another act was done at or after (\"after talks in\")")
		return true
	}
	if host := settingHost(built, cd); host != nil {
		cd.ev.Source, cd.ev.Target = host.ev.Source, host.ev.Target
		cd.ev.ID = eventID(d.a.ID, st.s.Index, cd.ev.Type, cd.ev.Source, cd.ev.Target, cd.i)
	}
	return false
}

// settingParties gives a meeting noun told as news of its own, with no
// party named, the parties of the act told before it that it led to:
// "the army and the rebels signed a truce after ten days of AU-led
// talks". mereSetting later gives it the event's actors as well.
func settingParties(st *sent, built []*candidate, cd *candidate) {
	if cd.e.pos != 'N' || len(cd.src)+len(cd.tgt) > 0 || !strings.HasPrefix(cd.e.cameo, "04") {
		return
	}
	if setting, own := meetingSetting(st, cd.i); !setting || !own && !mode63AgreedAtMeeting(built, cd) {
		return
	}
	for k := len(built) - 1; k >= 0; k-- {
		if b := built[k]; b.i < cd.i && b.ev.Type != truce.Consult && len(b.src) > 0 && len(b.tgt) > 0 {
			cd.src, cd.tgt = b.src, b.tgt
			return
		}
	}
}

// settingHost returns the last event told before the meeting noun cd
// whose parties the meeting can take: "Kigali and Kinshasa signed a
// pact after two days of talks" gives the talks both signatories.
func settingHost(built []*candidate, cd *candidate) *candidate {
	for k := len(built) - 1; k >= 0; k-- {
		b := built[k]
		if b.i < cd.i && b.ev.Type != truce.Consult && len(b.ev.Source) > 0 && len(b.ev.Target) > 0 {
			return b
		}
	}
	return nil
}

// otherType reports whether some built event is of another type than typ.
func otherType(built []*candidate, typ string) bool {
	for _, b := range built {
		if b.ev.Type != typ {
			return true
		}
	}
	return false
}

// forBefore reports whether "for" governs the noun at i, past an article
// and up to two modifiers: "for talks", "for a week-long visit".
func forBefore(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch {
		case st.low[k] == "for":
			return true
		case st.low[k] == "a" || st.low[k] == "an" || st.low[k] == "two" || st.low[k] == "three" || isModifier(st.toks[k]):
			continue
		}
		return false
	}
	return false
}

// sameMeeting returns the meeting built earlier in the sentence that the
// meeting cd tells again: "flew to Kabul on Saturday for talks …, the
// highest-level visit since 2021", "sat down with Xi in Beijing, the first
// visit by an Australian leader in seven years". A sentence tells one
// meeting however many words name it, unless the second is between other
// countries ("…, just as Xi was in Moscow to meet Putin").
func sameMeeting(built []*candidate, cd *candidate) *candidate {
	if cd.ev.Type != truce.Consult || cd.ev.Status == truce.StatusNegated {
		return nil
	}
	mine := countriesOf(cd.ev.Source, cd.ev.Target)
	for _, b := range built {
		if b.ev.Type != truce.Consult || b.ev.Status == truce.StatusNegated {
			continue
		}
		theirs := countriesOf(b.ev.Source, b.ev.Target)
		if len(mine) == 0 || len(theirs) == 0 {
			return b
		}
		for cc := range mine {
			if theirs[cc] {
				return b
			}
		}
	}
	return nil
}

// countriesOf returns the countries of the actors on either side.
func countriesOf(sides ...[]truce.Actor) map[string]bool {
	out := map[string]bool{}
	for _, as := range sides {
		for _, a := range as {
			if a.Country != "" {
				out[a.Country] = true
			}
		}
	}
	return out
}

// mergeParties gives a meeting the parties a second telling of it names
// better: the side it lacks ("sat down with Widodo in Jakarta, the first
// visit by a New Zealand leader"), or, when all its parties stand on one
// side, the split the second telling makes ("Negotiators for Kabul and the
// Taliban sat down …, opening talks" has them facing each other).
func mergeParties(prev, cd *candidate) bool {
	p, c := &prev.ev, &cd.ev
	if len(p.Source) >= 2 && len(c.Source) > 0 && len(c.Target) > 0 {
		split := true
		for _, a := range append(append([]truce.Actor{}, c.Source...), c.Target...) {
			if !hasSame(p.Source, a) {
				split = false
			}
		}
		if split {
			p.Source, p.Target = c.Source, c.Target
			return true
		}
	}
	changed := false
	if len(p.Source) == 0 && len(c.Source) > 0 {
		p.Source, changed = c.Source, true
	}
	if len(p.Target) == 0 && len(c.Target) > 0 {
		p.Target, changed = c.Target, true
	}
	return changed
}

// topicOf returns the refusal, request or threat told just before the
// meeting or deal noun cd, when the noun is what it is about: "rejected
// all outside mediation", "would not take part in any talks" is no
// meeting held. Only determiners
// and modifiers may stand between the two.
func topicOf(d *doc, cd *candidate) *candidate {
	st := cd.st
	if !strings.HasPrefix(st.toks[cd.i].tag, "NN") {
		return nil
	}
	for k := len(d.cands) - 1; k >= 0; k-- {
		b := d.cands[k]
		if b.st != st {
			return nil
		}
		if b.j > cd.i {
			continue
		}
		if !topicTypes.has(b.ev.Type) || cd.i-b.j > 4 {
			return nil
		}
		for n := b.j; n < cd.i; n++ {
			if !topicGap.has(st.low[n]) && !isModifier(st.toks[n]) || st.mentionAt(n) != nil {
				return nil
			}
		}
		return b
	}
	return nil
}

// topicTypes are the kinds of words whose object may be a meeting they
// are about rather than one held.
var topicTypes = filtered(map[string]bool{truce.Reject: true, truce.Request: true, truce.Threaten: true})

// topicGap are the words that may stand between a refusal and the
// meeting it refuses: "rejected all outside mediation", "any talks".
var topicGap = filtered(map[string]bool{
	"the": true, "a": true, "an": true, "all": true, "any": true, "further": true,
	"more": true, "such": true, "their": true, "its": true, "his": true, "her": true,
})

// spokenOf reports whether the meeting noun at i is only the subject of
// talk: governed by "of" or "for" after a noun of prospect ("the prospect
// of talks", "the question of opening accession talks", "the basis for
// negotiations"), or what an offer or bid is to host or hold ("offered to
// host a four-way meeting", "its bid to host the summit", "offered to
// meet").
func spokenOf(st *sent, i int) bool {
	// "offered to host talks", "offered to meet him": the offer is the
	// news.
	if i >= 2 && st.low[i-1] == "to" && hostOffers.has(st.low[i-2]) {
		return true
	}
	k := i - 1
	for k >= 0 && k > i-7 && (topicGap.has(st.low[k]) || isModifier(st.toks[k])) && st.mentionAt(k) == nil {
		k--
	}
	// "the question of opening talks": one gerund may stand before it.
	if k >= 0 && st.toks[k].tag == "VBG" {
		k--
	}
	if k < 1 {
		return false
	}
	switch st.low[k] {
	case "of", "for":
		return prospectHeads.has(st.low[k-1])
	case "host":
		return k >= 2 && st.low[k-1] == "to" && hostOffers.has(st.low[k-2])
	}
	return false
}

// prospectHeads are nouns whose "of" or "for" names a meeting that is
// only hoped for, asked about or planned on.
var prospectHeads = filtered(map[string]bool{
	"prospect": true, "prospects": true, "question": true, "possibility": true, "idea": true,
	"hope": true, "hopes": true, "chance": true, "chances": true, "basis": true, "framework": true,
	"conditions": true, "preconditions": true, "precondition": true, "roadmap": true,
})

// hostOffers are the words before "to host" or "to meet" that make the
// meeting an offer, not one held.
var hostOffers = filtered(map[string]bool{
	"offered": true, "offers": true, "offer": true, "offering": true, "bid": true,
	"candidacy": true, "proposal": true, "proposed": true, "invitation": true,
})

// secondPartner returns the partner a meeting names in a second "with"
// phrase of its clause, past the first: "spoke by phone with the emir of
// Qatar and with Jordan's king" is a call with each. "with A and B" stays
// one meeting with both.
func secondPartner(st *sent, cd *candidate) *mention {
	if cd.ev.Type != truce.Consult || cd.ev.Status == truce.StatusNegated || len(cd.ev.Target) == 0 || len(cd.ev.Source) == 0 {
		return nil
	}
	first := false
	for k := cd.j; k+1 < len(st.low) && k < cd.j+16 && st.clause[k] == st.clause[cd.i]; k++ {
		if st.low[k] == "with" {
			first = true
		}
		if !first || st.low[k] != "and" || st.low[k+1] != "with" {
			continue
		}
		for n := k + 2; n < len(st.low) && n < k+5; n++ {
			if m := st.mentionAt(n); m != nil {
				if hasSame(cd.ev.Target, m.actor) || hasSame(cd.ev.Source, m.actor) {
					return nil
				}
				return m
			}
			if st.low[n] != "the" && !isModifier(st.toks[n]) {
				return nil
			}
		}
		return nil
	}
	return nil
}

// manyStateNouns count states in "leaders of twenty nations", "ministers
// of 30 countries", "heads of state of the 27 member states".
var manyStateNouns = filtered(map[string]bool{
	"nations": true, "countries": true, "states": true, "governments": true, "members": true,
})

// roleNouns are the heads a summit's party is told by when no country
// is named with them: "Leaders of twenty nations met".
var roleNouns = filtered(map[string]bool{
	"leaders": true, "heads": true, "ministers": true, "presidents": true, "delegates": true,
	"delegations": true, "envoys": true, "officials": true, "representatives": true,
})

// multilateralMeeting codes a meeting of many states as multilateral
// (CAMEO 040), not as talks at a third place or a visit to the host:
// "Leaders of twenty African nations held a summit in Nairobi", "foreign
// ministers of the Gulf bloc met in Doha", "Chile, Peru, Bolivia and
// Ecuador met in Lima". A host that receives its guests ("Jordan hosted
// the ministers of four states") stays a visit; a party told only by its
// role ("Leaders") is not the host's government.
func (c *Coder) multilateralMeeting(d *doc, st *sent, cd *candidate) {
	ev := &cd.ev
	// Only a meeting word ("met", "summit") whose place made it talks
	// abroad or a visit: a trip, a host or a call keeps its code.
	if ev.Type != truce.Consult || cd.e.cameo != "040" || (ev.CAMEO != "040" && ev.CAMEO != "042" && ev.CAMEO != "044") {
		return
	}
	counted := manyStatesCounted(st)
	igo := len(ev.Target) == 0 && len(ev.Source) > 0 && ev.Source[0].Sector == "IGO"
	if !counted && !igo && len(countriesOf(unroled(ev.Source), unroled(ev.Target))) < 3 {
		return
	}
	if !counted && !igo && c.mode76ThirdPlace(d, st, cd) {
		return
	}
	if counted {
		ev.Source, ev.Target = unroled(ev.Source), unroled(ev.Target)
	}
	ev.CAMEO, ev.Mode = "040", "multilateral"
	ev.Goldstein = c.lex.cameo[ev.CAMEO].goldstein
	ev.ID = eventID(d.a.ID, st.s.Index, ev.Type, ev.Source, ev.Target, cd.i)
}

// manyStatesCounted reports whether the sentence counts the states at a
// meeting: "of twenty African nations", "of more than 40 countries".
func manyStatesCounted(st *sent) bool {
	for k := 0; k+1 < len(st.low); k++ {
		if st.low[k] != "of" {
			continue
		}
		n := k + 1
		if st.low[n] == "the" || st.low[n] == "some" {
			n++
		}
		if n >= len(st.low) {
			return false
		}
		cnt, used, ok := nlp.ParseCount(wordsFrom(st, n))
		if !ok || cnt.Min < 3 {
			continue
		}
		for m := n + used; m < len(st.low) && m <= n+used+2; m++ {
			if manyStateNouns.has(st.low[m]) {
				return true
			}
		}
	}
	return false
}

// unroled drops the actors told only by a role noun ("Leaders"), which
// the place lends a country they need not have.
func unroled(as []truce.Actor) []truce.Actor {
	var out []truce.Actor
	for _, a := range as {
		if !roleNouns.has(strings.ToLower(a.Text)) {
			out = append(out, a)
		}
	}
	return out
}
