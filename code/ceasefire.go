package code

import (
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/nlp"
)

// ceasefireStates are words that tell what became of a truce.
var ceasefireStates = map[string]string{
	"broken": truce.CeasefireViolated, "violated": truce.CeasefireViolated, "breached": truce.CeasefireViolated,
	"violations": truce.CeasefireViolated, "collapsed": truce.CeasefireCollapsed, "collapse": truce.CeasefireCollapsed,
	"shattered": truce.CeasefireCollapsed, "expired": truce.CeasefireExpired, "extended": truce.CeasefireExtended,
	"extension": truce.CeasefireExtended, "announced": truce.CeasefireAnnounced, "declared": truce.CeasefireAnnounced,
}

// isAgreementNoun reports whether a trigger names an agreement a later
// definite mention may point back to.
func isAgreementNoun(e *entry) bool { return e.has(flagCease) || e.cameo == "057" && e.pos == 'N' }

// ceasefireReference handles "the ceasefire", "the agreement" pointing back
// to a truce already declared in the article: what the sentence adds (terms,
// state, mediators) goes to that truce and no new event is coded. It reports
// whether the trigger was such a reference.
func (c *Coder) ceasefireReference(d *doc, cd *candidate) bool {
	if len(d.ceasefires) == 0 || !isAgreementNoun(cd.e) {
		return false
	}
	st := cd.st
	definite := st.isPossessive(cd.j)
	for k := cd.i - 1; k >= 0 && k >= cd.i-3; k-- {
		if w := st.low[k]; w == "the" || w == "this" || w == "that" || w == "its" {
			definite = true
			break
		}
		if !isModifier(st.toks[k]) {
			break
		}
	}
	// "a ceasefire that both sides say is holding" names no parties and no
	// new duration: it is the truce already declared.
	if !definite && (len(cd.src)+len(cd.tgt) > 0 || newDuration(d, st, cd)) {
		return false
	}
	cf := d.ceasefires[len(d.ceasefires)-1]
	cf.Terms = appendNew(cf.Terms, terms(st)...)
	if s := stateNear(st, cd.i, cd.j); s != "" && s != truce.CeasefireAnnounced {
		cf.State = s
	}
	describe(cf, st, cd.i)
	return true
}

// newDuration reports whether the trigger declares a duration no truce of
// the article has yet ("a broken 48-hour ceasefire").
func newDuration(d *doc, st *sent, cd *candidate) bool {
	h := durationBefore(st, cd.i)
	if h == 0 {
		return false
	}
	for _, cf := range d.ceasefires {
		if cf.DurationHours == h {
			return false
		}
	}
	return true
}

// durationBefore reads a declared duration just before a trigger.
func durationBefore(st *sent, i int) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if h, _, ok := nlp.ParseDuration(wordsFrom(st, k)); ok {
			return h
		}
	}
	return 0
}

// agreedHalt reports whether an agreement's content is a halt to fighting,
// which opens a ceasefire though no truce word is used: "agreed to a full
// halt to military action", "agreed to stop all firing", "signed a deal to
// silence the guns", "agreed to end attacks on power plants". The halt
// must come after the trigger in its own clause, before any comma, and the
// military word must name acts ("agreed to end military cooperation" is no
// truce).
func agreedHalt(cd *candidate) bool {
	if cd.ev.Type != "AGREE" || !strings.HasPrefix(cd.e.cameo, "057") {
		return false
	}
	st := cd.st
	halt := false
	for k := cd.j; k < len(st.low) && k < cd.j+14 && st.clause[k] == st.clause[cd.j-1]; k++ {
		w := st.low[k]
		if w == "," || w == ";" {
			break
		}
		switch {
		case haltWords.has(w) || w == "silence" || w == "cessation":
			halt = true
		case !halt:
		case w == "military":
			if k+1 < len(st.low) && militaryActs.has(st.low[k+1]) {
				return true
			}
		case hostileActs.has(w) || truceObjects.has(w):
			return true
		}
	}
	return false
}

// militaryActs are what "military" must qualify for a halt to be a truce:
// "halt military action", "suspend military operations".
var militaryActs = filtered(wordSet("action", "actions", "operations", "activity", "activities", "hostilities", "offensive", "offensives", "strikes", "attacks"))

// truceObjects are what a halt stops, besides hostileActs, for the halt to
// be a truce: "stop all firing", "silence the guns", "a cessation of
// hostilities".
var truceObjects = filtered(wordSet("firing", "fire", "fighting", "hostilities", "guns", "combat", "clashes"))

// agreedToNoun reports whether the words from j up to the agreement noun
// at n are a plain phrase leading to it, within nine words: "agreed on
// Friday to a six-month bilateral ceasefire". A verb, comma or clause
// break between says the noun belongs to another clause.
func agreedToNoun(st *sent, j, n int) bool {
	if n-j > 9 {
		return false
	}
	for k := j; k < n; k++ {
		if w := st.low[k]; w == "," || w == ";" || clauseBreaks.has(w) || strings.HasPrefix(st.toks[k].tag, "VB") {
			return false
		}
	}
	return true
}

// declareCeasefire opens a ceasefire for a trigger that declares one.
func (c *Coder) declareCeasefire(d *doc, cd *candidate) {
	st := cd.st
	ev := &cd.ev
	cf := &truce.Ceasefire{
		ID:         "cf-" + ev.ID,
		Parties:    append(append([]truce.Actor{}, ev.Source...), ev.Target...),
		Mediators:  []truce.Actor{},
		Announced:  ev.Date,
		Terms:      terms(st),
		State:      truce.CeasefireInForce,
		Events:     []string{ev.ID},
		Violations: []truce.Violation{},
	}
	for _, m := range mediators(st) {
		cf.Mediators = appendActor(cf.Mediators, m.actor)
	}
	cf.Parties = removeActors(cf.Parties, cf.Mediators)
	// The go-between is not a party: "X and Y agreed to a truce, the AU's
	// mediator said" names the AU only as the broker.
	if len(cf.Mediators) > 0 {
		ev.Target = removeActors(ev.Target, cf.Mediators)
		if len(ev.Target) == 0 && len(ev.Source) > 1 {
			ev.Source, ev.Target = ev.Source[:len(ev.Source)-1], ev.Source[len(ev.Source)-1:]
		}
	}
	if cf.Terms == nil {
		cf.Terms = []string{}
	}
	cf.DurationHours = durationBefore(st, cd.i)
	if s := stateNear(st, cd.i, cd.j); s != "" {
		cf.State = s
	}
	cf.Reference = refersBack(st, cd.i, cd.j)
	describe(cf, st, cd.i)
	ev.CeasefireID = cf.ID
	cf.Events = append(cf.Events, agreedTruce(d, cd, cf.ID)...)
	cf.Events = append(cf.Events, committedTruce(d, cd, cf.ID)...)
	d.ceasefires = append(d.ceasefires, cf)
}

// stateNear reads a ceasefire's state from the words around its trigger.
func stateNear(st *sent, i, j int) string {
	for k := i - 3; k < j+4 && k < len(st.low); k++ {
		if k < 0 {
			continue
		}
		if s, ok := ceasefireStates[st.low[k]]; ok {
			return s
		}
	}
	return ""
}

// mediators finds who brokered an agreement: "mediated by X and Y",
// "X-brokered", "X and Y mediated", "X had mediated".
func mediators(st *sent) []*mention {
	var out []*mention
	for k, w := range st.low {
		switch w {
		case "mediated", "brokered", "facilitated", "sponsored", "hosted", "mediation", "guaranteed", "auspices", "facilitation", "sponsorship":
			if k+1 < len(st.low) && (st.low[k+1] == "by" || st.low[k+1] == "of") {
				for n := k + 2; n < len(st.low) && n < k+4; n++ {
					if m := st.mentionAt(n); m != nil {
						out = append(out, st.coordinated(m)...)
						break
					}
				}
			} else if k > 0 && (st.toks[k].tag == "VBD" || st.toks[k].tag == "VBN" && brokerAuxiliaries.has(st.low[k-1])) {
				if m := st.mentionAt(k - 1); m != nil {
					out = append(out, st.coordinated(m)...)
				} else {
					out = append(out, brokerSubject(st, k)...)
				}
			} else if brokerageNouns.has(w) {
				out = append(out, brokerBefore(st, k)...)
			}
		}
		if brokeringVerbs.has(w) {
			out = append(out, brokerSubject(st, k)...)
		}
		// "Qatari mediators", "the African Union's mediator", "mediators
		// from Egypt and Qatar", "with Turkey and Qatar as guarantors".
		if mediatorNouns.has(w) {
			out = append(out, mediatorOf(st, k)...)
		}
		// "Qatar-brokered", and "African Union-led talks", "UN-sponsored
		// negotiations" (a "Saudi-led coalition" leads no talks).
		ledTalks := k+1 < len(st.low) && talksNouns.has(st.low[k+1]) &&
			(strings.HasSuffix(w, "-led") || strings.HasSuffix(w, "-facilitated") || strings.HasSuffix(w, "-sponsored") || strings.HasSuffix(w, "-hosted"))
		if strings.HasSuffix(w, "-brokered") || strings.HasSuffix(w, "-mediated") || ledTalks {
			if m := st.mentionAt(k); m != nil {
				out = append(out, m)
			}
		}
	}
	return append(out, helpedBrokers(st)...)
}

// talksNouns name talks a third party may lead: "AU-led negotiations".
var talksNouns = filtered(map[string]bool{
	"talks": true, "negotiations": true, "mediation": true, "dialogue": true,
	"peace": true, "process": true, "initiative": true, "efforts": true,
})

// mediatorNouns name the go-between in talks.
var mediatorNouns = filtered(map[string]bool{
	"mediator": true, "mediators": true, "guarantor": true, "guarantors": true,
	"facilitator": true, "facilitators": true, "broker": true,
})

// brokerageNouns name the work of a go-between, which the state or body
// named just before it did: "under Malaysian mediation", "with Norway's
// facilitation", "UN sponsorship".
var brokerageNouns = filtered(wordSet("mediation", "facilitation", "sponsorship", "auspices"))

// brokerBefore finds the broker named just before the go-between noun at
// k: a demonym or name ending at k ("Angolan mediation", "Malaysian
// facilitator Anwar Ibrahim", "UN auspices"), coordinated ones with it
// ("Saudi and US sponsorship"), or a possessor ("Qatar's mediation").
func brokerBefore(st *sent, k int) []*mention {
	n := k - 1
	if n >= 1 && (st.low[n] == "'s" || st.low[n] == "’s") {
		n--
	}
	return st.actorsEndingAt(n)
}

// actorsEndingAt returns the actor mention that ends at token n, with
// those coordinated with it, or nil when no actor ends there.
func (st *sent) actorsEndingAt(n int) []*mention {
	if n < 0 {
		return nil
	}
	m := st.mentionAt(n)
	if m == nil || m.j != n+1 || m.actor.ID == "" || m.place {
		return nil
	}
	return st.coordinated(m)
}

// actAsVerbs may stand between a go-between and its "as" phrase: "Egypt
// acting as mediator", "where Qatar and Turkey serve as guarantors".
var actAsVerbs = filtered(wordSet("act", "acts", "acted", "acting", "serve", "serves", "served", "serving"))

// mediatorOf finds who the mediator noun at k stands for: the state it
// names ("Qatari mediators"), its possessor ("the AU's mediator"), a "from"
// phrase after it, or what an "as" phrase describes ("Egypt and Qatar as
// guarantors").
func mediatorOf(st *sent, k int) []*mention {
	if m := st.mentionAt(k); m != nil && m.actor.ID != "" && m.actor.Country != "" && !m.place {
		return []*mention{m}
	}
	if ms := brokerBefore(st, k); ms != nil {
		return ms
	}
	// "the African Union's chief mediator": a possessor past the title's
	// modifiers.
	n := k - 1
	for n > 0 && mediatorTitles.has(st.low[n]) {
		n--
	}
	if n >= 1 && (st.low[n] == "'s" || st.low[n] == "’s") {
		if m := st.mentionAt(n - 1); m != nil && m.actor.ID != "" && !m.place {
			return st.coordinated(m)
		}
	}
	if ms := appositeBroker(st, k); ms != nil {
		return ms
	}
	if k+2 < len(st.low) && st.low[k+1] == "from" {
		if m := st.mentionAt(k + 2); m != nil && m.actor.ID != "" {
			return st.coordinated(m)
		}
	}
	if k >= 2 && st.low[k-1] == "as" {
		n := k - 2
		// "with Cuba and Norway acting as guarantors", "Algeria will
		// serve as mediator".
		if actAsVerbs.has(st.low[n]) && n > 0 {
			n--
			for n > 0 && n >= k-5 && (st.low[n] == "will" || st.low[n] == "would" || st.low[n] == "to" || st.low[n] == "is" || st.low[n] == "are") {
				n--
			}
		}
		if m := st.mentionAt(n); m != nil && m.actor.ID != "" && !m.place {
			return st.coordinated(m)
		}
	}
	return nil
}

// termStarts introduce the terms of an agreement.
var termStarts = filtered(map[string]bool{"commits": true, "committed": true, "commit": true, "pledged": true, "pledge": true, "obliges": true, "requires": true})

// terms reads the commitments an agreement makes: "commits both sides to
// respect territorial integrity", "respect for each other's sovereignty".
func terms(st *sent) []string {
	var out []string
	for k := 0; k < len(st.low); k++ {
		start := -1
		switch {
		case termStarts.has(st.low[k]):
			for n := k + 1; n < len(st.low) && n < k+5; n++ {
				if st.low[n] == "to" {
					start = n + 1
					if st.low[n-1] == "not" {
						start = n - 1
					}
					break
				}
			}
		case st.low[k] == "respect" && k+1 < len(st.low) && (st.low[k+1] == "for" || st.tokIsNoun(k+1)):
			start = k
		}
		if start < 0 || start >= len(st.low) {
			continue
		}
		var words []string
		n := start
		for ; n < len(st.low) && len(words) < 14; n++ {
			w := st.low[n]
			if w == "," || w == ";" || w == "." || w == ":" || clauseBreaks.has(w) && n > start {
				break
			}
			// "… sovereignty and agreed to …" starts another commitment.
			if w == "and" && n+1 < len(st.toks) && (st.toks[n+1].tag == "VBD" || st.toks[n+1].tag == "VBZ") {
				break
			}
			words = append(words, normQuote(st.toks[n].text))
		}
		if len(words) > 0 && !onlyAgreementWords(words) {
			out = appendNew(out, joinWords(words))
		}
		k = n
	}
	return out
}
