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
// "X-brokered", "X and Y mediated".
func mediators(st *sent) []*mention {
	var out []*mention
	for k, w := range st.low {
		switch w {
		case "mediated", "brokered", "facilitated", "sponsored", "hosted", "mediation", "guaranteed":
			if k+1 < len(st.low) && (st.low[k+1] == "by" || st.low[k+1] == "of") {
				for n := k + 2; n < len(st.low) && n < k+4; n++ {
					if m := st.mentionAt(n); m != nil {
						out = append(out, st.coordinated(m)...)
						break
					}
				}
			} else if st.toks[k].tag == "VBD" && k > 0 {
				if m := st.mentionAt(k - 1); m != nil {
					out = append(out, st.coordinated(m)...)
				}
			}
		}
		if strings.HasSuffix(w, "-brokered") || strings.HasSuffix(w, "-mediated") {
			if m := st.mentionAt(k); m != nil {
				out = append(out, m)
			}
		}
	}
	return out
}

// termStarts introduce the terms of an agreement.
var termStarts = map[string]bool{"commits": true, "committed": true, "commit": true, "pledged": true, "pledge": true, "obliges": true, "requires": true}

// terms reads the commitments an agreement makes: "commits both sides to
// respect territorial integrity", "respect for each other's sovereignty".
func terms(st *sent) []string {
	var out []string
	for k := 0; k < len(st.low); k++ {
		start := -1
		switch {
		case termStarts[st.low[k]]:
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
			if w == "," || w == ";" || w == "." || w == ":" || clauseBreaks[w] && n > start {
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

// onlyAgreementWords reports whether a would-be term only names the
// agreement itself ("remained committed to the truce").
func onlyAgreementWords(ws []string) bool {
	for _, w := range ws {
		switch strings.ToLower(w) {
		case "the", "a", "this", "its", "ceasefire", "truce", "agreement", "deal", "accord", "cease-fire":
		default:
			return false
		}
	}
	return true
}

func (st *sent) tokIsNoun(k int) bool {
	return k < len(st.toks) && (strings.HasPrefix(st.toks[k].tag, "NN") || strings.HasPrefix(st.toks[k].tag, "JJ"))
}

// joinWords joins tokens with spaces, keeping possessive markers attached.
func joinWords(ws []string) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 && w != "'s" && w != "'" {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func appendNew(list []string, add ...string) []string {
	for _, a := range add {
		dup := false
		for _, l := range list {
			if strings.EqualFold(l, a) {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, a)
		}
	}
	return list
}

func appendActor(list []truce.Actor, a truce.Actor) []truce.Actor {
	for _, l := range list {
		if sameActor(l, a) {
			return list
		}
	}
	return append(list, a)
}

func removeActors(list, drop []truce.Actor) []truce.Actor {
	out := list[:0]
	for _, a := range list {
		keep := true
		for _, d := range drop {
			if sameActor(a, d) {
				keep = false
			}
		}
		if keep {
			out = append(out, a)
		}
	}
	return out
}

// finish links events across the article: claims of responsibility and
// retaliation.
func (c *Coder) finish(d *doc) {
	c.claims(d)
	c.truceDetails(d)
	for k, cd := range d.cands {
		if !cd.retal {
			continue
		}
		var pick *candidate
		for n := k - 1; n >= 0; n-- {
			prev := d.cands[n]
			if !prev.e.has(flagViolent) {
				continue
			}
			if answers(cd.ev.Target, prev.ev.Source) {
				pick = prev
				break
			}
			if pick == nil && !answers(cd.ev.Source, prev.ev.Source) {
				pick = prev
			}
		}
		if pick != nil {
			cd.ev.RetaliatesFor = pick.ev.ID
		}
	}
}

// answers reports whether some actor of a is the same as, or of the same
// country as, some actor of b.
func answers(a, b []truce.Actor) bool {
	for _, x := range a {
		for _, y := range b {
			if sameActor(x, y) || countryOf(x) != "" && countryOf(x) == countryOf(y) && isState(x) && isState(y) {
				return true
			}
		}
	}
	return false
}

// claims gives an attack whose author the text left unnamed or generic to
// the group that claims it later: "A suicide bomber struck crowds … Islamic
// State Khorasan claimed responsibility."
func (c *Coder) claims(d *doc) {
	for _, st := range d.sents {
		k := -1
		for i := 0; i+1 < len(st.low); i++ {
			if (st.low[i] == "claimed" || st.low[i] == "claims") && st.low[i+1] == "responsibility" {
				k = i
			}
		}
		if k < 0 {
			continue
		}
		var group *mention
		for n := range st.mentions {
			if m := &st.mentions[n]; m.i < k && isArmedGroup(m.actor) {
				group = m
			}
		}
		if group == nil {
			continue
		}
		for n := len(d.cands) - 1; n >= 0; n-- {
			cd := d.cands[n]
			if cd.st.s.Index > st.s.Index || !cd.e.has(flagViolent) {
				continue
			}
			if len(cd.ev.Source) == 0 || !isArmedGroup(cd.ev.Source[0]) {
				a := group.actor
				cd.ev.Source = []truce.Actor{a}
				cd.ev.Status = truce.StatusClaimed
				cd.ev.ReportedBy = &a
			}
			break
		}
	}
}

// referenceCues say that a truce mentioned without a determiner is one
// already in place: "a ceasefire … was still in place", "is holding".
var referenceCues = map[string]bool{"still": true, "holding": true, "held": true, "hold": true, "remained": true, "remains": true, "existing": true, "current": true, "fragile": true}

// refersBack reports whether the truce named at tokens [i, j) is one the
// reader already knows of ("the ceasefire", "their truce", "a ceasefire
// that is still in force") rather than one the sentence announces.
func refersBack(st *sent, i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := st.low[k]
		if w == "the" || w == "this" || w == "that" || w == "its" || w == "their" || w == "existing" || st.isPossessive(k) {
			return true
		}
		if w == "a" || w == "an" || !isModifier(st.toks[k]) && w != "to" {
			break
		}
	}
	for k := j; k < len(st.low) && k < j+8; k++ {
		if referenceCues[st.low[k]] || st.low[k] == "in" && k+1 < len(st.low) && (st.low[k+1] == "place" || st.low[k+1] == "force") {
			return true
		}
	}
	return false
}

// effectiveCues introduce the moment a truce took effect: "took effect",
// "came into force", "began".
func effectiveAt(st *sent, i int) bool {
	for k := i + 1; k+1 < len(st.low) && k < i+6; k++ {
		switch {
		case (st.low[k] == "took" || st.low[k] == "takes" || st.low[k] == "take") && st.low[k+1] == "effect",
			st.low[k] == "came" && st.low[k+1] == "into", st.low[k] == "began" || st.low[k] == "started":
			return true
		}
	}
	return false
}

// describe fills in what a sentence about a truce says of its effective
// date, purpose and form.
func describe(cf *truce.Ceasefire, st *sent, i int) {
	if cf.Effective == "" && effectiveAt(st, i) {
		cf.Effective = cf.Announced
		for _, x := range st.dates {
			if x.Precision == "day" && st.tokenAtByte(x.Start) > i {
				cf.Effective = x.Date.Format("2006-01-02")
				break
			}
		}
	}
	// Purposes in order of precedence: a pause for aid or an exchange
	// is that even when talks are mentioned.
	purpose := ""
	for k, w := range st.low {
		switch {
		case w == "humanitarian":
			purpose = "humanitarian"
		case (w == "hostages" || w == "prisoners") && hasWord(st, "exchange", "release", "freed", "swap") && purpose != "humanitarian":
			purpose = "exchange"
		case (w == "talks" || w == "negotiations" || w == "negotiated" || w == "dialogue") && k > i-12 && purpose == "":
			purpose = "negotiations"
		case cf.Written == "" && (w == "signed" || w == "written"):
			cf.Written = "written"
		case cf.Written == "" && (w == "verbal" || w == "oral" || w == "unwritten"):
			cf.Written = "verbal"
		}
	}
	if purpose != "" && (cf.Purpose == "" || cf.Purpose == "negotiations") {
		cf.Purpose = purpose
	}
}

func hasWord(st *sent, ws ...string) bool {
	for _, l := range st.low {
		for _, w := range ws {
			if l == w {
				return true
			}
		}
	}
	return false
}

// truceDetails reads what the sentences after a truce's declaration say of
// it without naming it: who mediated the talks, what "both sides"
// committed to, how compliance is monitored, and tallies of violations.
func (c *Coder) truceDetails(d *doc) {
	declared := map[*truce.Ceasefire]int{} // sentence index of each declaration
	for _, cf := range d.ceasefires {
		declared[cf] = len(d.sents)
		for _, cd := range d.cands {
			if len(cf.Events) > 0 && cd.ev.ID == cf.Events[0] {
				declared[cf] = cd.st.s.Index
			}
		}
	}
	for _, st := range d.sents {
		// The truce a sentence speaks of is the last one declared at or
		// before it, or else the first of the article.
		var cf *truce.Ceasefire
		for _, x := range d.ceasefires {
			if declared[x] <= st.s.Index || cf == nil {
				cf = x
			}
		}
		if cf == nil {
			continue
		}
		if declared[cf] != st.s.Index {
			for _, m := range mediators(st) {
				if !m.place {
					cf.Mediators = appendActor(cf.Mediators, m.actor)
				}
			}
			cf.Parties = removeActors(cf.Parties, cf.Mediators)
			if hasWord(st, "sides", "parties", "both", "other's") {
				cf.Terms = appendNew(cf.Terms, terms(st)...)
			}
		}
		cf.Monitoring = appendNew(cf.Monitoring, monitoring(st)...)
		date := ""
		if !d.date.IsZero() {
			date = d.date.Format("2006-01-02")
		}
		cf.Violations = append(cf.Violations, tallies(st, d.a.ID, date)...)
	}
}

// monitoring finds a monitoring or verification arrangement: "a mechanism
// to monitor it and verify compliance", "Turkey and Qatar will join the
// two sides in monitoring the truce".
func monitoring(st *sent) []string {
	var out []string
	for k, w := range st.low {
		if !strings.HasPrefix(w, "monitor") && !strings.HasPrefix(w, "verif") && !strings.HasPrefix(w, "supervis") {
			continue
		}
		start, end := k, k
		for start > 0 && !isBoundary(st.low[start-1]) {
			start--
		}
		if m := lastIndex(st.low[start:k], "mechanism", "mechanisms", "commission", "mission", "committee"); m >= 0 {
			start += m
			for start > 0 && (st.low[start-1] == "a" || st.low[start-1] == "joint" || st.low[start-1] == "the" || isModifier(st.toks[start-1])) {
				start--
			}
		} else if !hasWord(st, "truce", "ceasefire", "cease-fire", "it") {
			continue
		}
		for end < len(st.low) && !isBoundary(st.low[end]) {
			end++
		}
		words := make([]string, 0, end-start)
		for n := start; n < end; n++ {
			words = append(words, normQuote(st.toks[n].text))
		}
		out = appendNew(out, joinWords(words))
		break
	}
	return out
}

func isBoundary(w string) bool { return w == "," || w == ";" || w == "." || w == ":" || w == "—" }

func lastIndex(ws []string, any ...string) int {
	for k := len(ws) - 1; k >= 0; k-- {
		for _, a := range any {
			if ws[k] == a {
				return k
			}
		}
	}
	return -1
}

// tallies reads counted claims of violations: "accused Israel of 47
// ceasefire violations", "Gaza officials said Israeli forces had committed
// dozens of violations". The claimant is the actor before the reporting or
// accusing verb, the accused the actor after it.
func tallies(st *sent, articleID, date string) []truce.Violation {
	var out []truce.Violation
	for i := 0; i < len(st.low); i++ {
		if isYear(st.toks[i].text) {
			continue
		}
		cnt, n, ok := nlp.ParseCount(wordsFrom(st, i))
		if !ok {
			continue
		}
		k := i + n
		for k < len(st.low) && k < i+n+3 && (st.low[k] == "of" || st.low[k] == "ceasefire" || st.low[k] == "truce" || st.low[k] == "cease-fire") {
			k++
		}
		if k >= len(st.low) || st.low[k] != "violations" && st.low[k] != "breaches" {
			i += n - 1
			continue
		}
		v := truce.Violation{Date: date, Count: cnt.Min, Kind: "tally", ArticleID: articleID, Evidence: st.s.Text}
		verb := -1
		for n := 0; n < i; n++ {
			switch st.low[n] {
			case "accused", "accuses", "accusing", "said", "says", "reported", "recorded", "counted", "told", "listed":
				if verb < 0 || strings.HasPrefix(st.low[n], "accus") {
					verb = n
				}
			}
		}
		for n := range st.mentions {
			m := &st.mentions[n]
			if m.place {
				continue
			}
			a := m.actor
			switch {
			case verb >= 0 && m.j <= verb && v.AccusedBy == nil:
				v.AccusedBy = &a
			case (verb < 0 || m.i > verb) && m.j <= i && v.Accused == nil:
				v.Accused = &a
			}
		}
		if (v.AccusedBy == nil || v.AccusedBy.Country == "") && verb > 0 {
			if o := officialsOf(st, verb); o != nil {
				v.AccusedBy = o
			}
		}
		out = append(out, v)
		i = k
	}
	return out
}

// officialsOf reads "Gaza officials said": officials of a place speak for
// the government of its country.
func officialsOf(st *sent, before int) *truce.Actor {
	for _, p := range st.places {
		if p.j < before && p.j < len(st.low) && (st.low[p.j] == "officials" || st.low[p.j] == "authorities") && p.place.Country != "" {
			return &truce.Actor{Text: st.textOf(p.i, p.j+1), Name: p.place.Name + " " + st.low[p.j],
				ID: p.place.Country + "GOV", Country: p.place.Country, Sector: "GOV"}
		}
	}
	return nil
}
