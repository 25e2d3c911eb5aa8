package code

// Adjustments made once the roles are found: speakers of what is rejected,
// the accused, own forces, appeals to no one and roles that overlap.

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
)

// ownForces gives a state that mobilises forces the sentence does not tie
// to anyone else their sector: in "Chile sent 2,000 soldiers to its
// northern border" Chile's army mobilises. The forces stay the target,
// to be placed where they are sent.
func (c *Coder) ownForces(d *doc, src, tgt []*mention) ([]*mention, []*mention) {
	if len(src) != 1 || src[0].kind != "country" || src[0].actor.Sector != "" || len(tgt) == 0 {
		return src, tgt
	}
	f := tgt[0]
	if f.kind != "sector" || f.actor.ID != "" || f.actor.Sector != "MIL" && f.actor.Sector != "COP" {
		return src, tgt
	}
	a, ok := c.actors.Lookup(src[0].actor.Country+f.actor.Sector, d.date)
	if !ok {
		return src, tgt
	}
	own := *src[0]
	own.actor.ID, own.actor.Sector, own.actor.Name = a.ID, a.Sector, a.Name
	return []*mention{&own}, tgt
}

// unaddressed reports whether an appeal names no one it is aimed at: no
// actor follows it in the sentence ("urged restraint", "called for an
// independent inquiry"), or only the sides unnamed ("urged both sides to
// agree a ceasefire") in an article with no two states to stand for them.
func (c *Coder) unaddressed(d *doc, cd *candidate) bool {
	st := cd.st
	// ("The truce's fragility demands more than pauses": no one appeals.)
	if len(cd.src) == 0 || st.isPassive(cd.i) {
		return false
	}
	if st.bothSides(cd.j) {
		return len(d.dyad) != 2
	}
	for n := range st.mentions {
		if m := &st.mentions[n]; m.i >= cd.j && !m.place {
			return false
		}
	}
	return true
}

// attackParties returns, as mentions over the trigger cd, the actors on
// both sides of the attack told last before its sentence, within two
// sentences, less those that make the appeal.
func attackParties(d *doc, cd *candidate) []*mention {
	prev := latestViolent(d, cd.st)
	if prev == nil || prev.st.s.Index >= cd.st.s.Index {
		return nil
	}
	var out []*mention
	seen := map[string]bool{}
	for _, a := range append(append([]truce.Actor{}, prev.ev.Source...), prev.ev.Target...) {
		if a.ID == "" || seen[a.ID] {
			continue
		}
		skip := false
		for _, m := range cd.src {
			if m.actor.ID != "" && sameActor(m.actor, a) {
				skip = true
			}
		}
		if skip {
			continue
		}
		seen[a.ID] = true
		a.Text = ""
		out = append(out, &mention{i: cd.i, j: cd.j, actor: a, kind: "implied"})
	}
	return out
}

// sharesMention reports whether a and b hold a mention over the same
// words.
func sharesMention(a, b []*mention) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || x.i == y.i && x.j == y.j {
				return true
			}
		}
	}
	return false
}

// amongActors reports whether every mention of ms names an actor of group.
func amongActors(ms, group []*mention) bool {
	for _, m := range ms {
		found := false
		for _, g := range group {
			if g.actor.ID == m.actor.ID && g.actor.Country == m.actor.Country {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// asComplement handles a role named after "as" right after the verb: it
// says what the subject is. "Sergio Ruiz stepped down as Chile's interior
// minister" is Chile's government stepping down, when the dictionary does
// not know the man; the post he leaves stays the target.
func (st *sent) asComplement(cd *candidate, src, tgt []*mention) ([]*mention, []*mention) {
	if len(tgt) == 0 || cd.j >= len(st.low) || st.low[cd.j] != "as" || tgt[0].i > cd.j+2 || tgt[0].place {
		return src, tgt
	}
	// "used tear gas as crowds pushed through": "as" opens a clause.
	if verbBetween(st, tgt[0].j, min(tgt[0].j+2, len(st.toks))) {
		return src, tgt
	}
	if len(src) == 0 {
		src = tgt[:1]
	}
	// "Abdelaziz Bouteflika resigned as Algeria's president": the office
	// is the state's, which the holder gives up to.
	if p := tgt[0]; p.actor.Country != "" && p.actor.Sector != "" && src[0].actor.Country == p.actor.Country {
		v := *p
		v.actor.ID, v.actor.Sector = p.actor.Country, ""
		return src, []*mention{&v}
	}
	return src, tgt
}

// ownedBySource reports whether a bare sector noun is owned by the
// sentence's subject: "its ambassador", "their troops".
func ownedBySource(st *sent, m *mention) bool {
	return m.kind == "sector" && m.actor.ID == "" && m.i > 0 && (st.low[m.i-1] == "its" || st.low[m.i-1] == "their")
}

// possessorObject returns the person a verb's object belongs to when the
// object opens with "his" or "her": the last person named before the verb
// who is not its subject ("rejected his proposal", "dismissed as absurd
// his idea").
func (st *sent) possessorObject(cd *candidate) *mention {
	k := cd.j
	for k < len(st.low) && k < cd.j+3 && (st.low[k] == "as" || strings.HasPrefix(st.toks[k].tag, "JJ") || st.toks[k].tag == "RB") {
		k++
	}
	if k+1 >= len(st.low) || st.low[k] != "his" && st.low[k] != "her" || !strings.HasPrefix(st.toks[k+1].tag, "NN") && !strings.HasPrefix(st.toks[k+1].tag, "JJ") {
		return nil
	}
	for n := len(st.mentions) - 1; n >= 0; n-- {
		m := &st.mentions[n]
		if m.j > cd.i || m.kind != "person" {
			continue
		}
		own := false
		for _, s := range cd.src {
			if s.i == m.i || s.actor.ID == m.actor.ID && s.actor.Text == m.actor.Text {
				own = true
			}
		}
		if !own {
			return m
		}
	}
	return nil
}

// saidNouns name something said: what a rejection may be of.
var saidNouns = filtered(map[string]bool{
	"request": true, "requests": true, "statement": true, "assessment": true, "proposal": true,
	"proposals": true, "accusation": true, "accusations": true, "allegation": true, "allegations": true,
	"claim": true, "claims": true, "charges": true, "offer": true, "demand": true, "demands": true,
	"report": true, "criticism": true, "remarks": true, "comments": true, "ultimatum": true, "call": true,
	"calls": true, "plan": true, "findings": true, "verdict": true, "ruling": true, "charge": true,
	"reports": true, "decision": true, "resolution": true, "suggestion": true, "accord": true,
})

// answeredSpeaker returns whom a rejection or condemnation of something
// said answers, or nil. "Madrid rejected the request", "Baku dismissed
// their assessment": what is rejected was said by someone the sentence
// before named. ("Madrid rejected the request, saying the arrival of the
// Spanish …": an actor past the clause does not say what was rejected.)
// "Kigali denied backing the group": a denied act answers who alleged it.
// "Hanoi condemned the decision, saying …": a condemned decision or
// statement is aimed at whoever the sentence before says made it.
func (c *Coder) answeredSpeaker(d *doc, cd *candidate) *mention {
	st := cd.st
	switch c.lex.cameo[cd.e.cameo].plover {
	case truce.Reject:
		if !st.deniedAct(cd) && !((st.saidObject(cd.j) || st.saidIn(cd.i+1, cd.j)) &&
			(cd.tgt == nil || cd.e.pos == 'V' && st.object(cd.j, nil) == nil)) {
			return nil
		}
	case truce.Accuse:
		if cd.e.pos != 'V' || !st.saidObject(cd.j) || st.object(cd.j, nil) != nil {
			return nil
		}
	default:
		return nil
	}
	if m := sameSentenceAccuser(st, cd); m != nil {
		return m
	}
	return d.speakerBefore(st, cd.src)
}

// saidObject reports whether the object after token j is something said:
// "rejected the request", "dismissed their assessment".
func (st *sent) saidObject(j int) bool {
	for k := j; k < len(st.low) && k < j+4; k++ {
		if saidNouns.has(st.low[k]) {
			return true
		}
		if !determiners.has(st.low[k]) && !strings.HasPrefix(st.toks[k].tag, "JJ") && st.low[k] != "this" && st.low[k] != "that" {
			return false
		}
	}
	return false
}

// saidIn reports whether a trigger's own words [i, j) end on something
// said: "called the accusation", "declared the accord null and void".
func (st *sent) saidIn(i, j int) bool {
	for k := i; k < j && k < len(st.low); k++ {
		if saidNouns.has(st.low[k]) && determiners.has(st.low[k-1]) {
			return true
		}
	}
	return false
}

// denyWords deny an act someone alleged.
var denyWords = filtered(map[string]bool{"deny": true, "denies": true, "denied": true, "denying": true})

// deniedAct reports whether a denial's object is an act rather than an
// actor: "Rwanda denied arming the rebels", "Moscow has denied that its
// troops fired": whom the gerund or clause names is not who is answered.
func (st *sent) deniedAct(cd *candidate) bool {
	if cd.i >= len(st.low) || !denyWords.has(st.low[cd.i]) {
		return false
	}
	k := cd.j
	// "denied on Tuesday that", "denied again that"
	for k < len(st.low) && k < cd.j+4 && (st.toks[k].tag == "RB" || st.low[k] == "on" || st.toks[k].tag == "NNP") {
		k++
	}
	if k < len(st.low) && (st.low[k] == "any" || st.low[k] == "all") {
		k++
	}
	return k < len(st.low) && (st.toks[k].tag == "VBG" || st.low[k] == "that" || deniedTies.has(st.low[k]))
}

// deniedTies are the nouns of a denied link to an act: "denied any
// involvement in the attack", "denies responsibility for the blast". Who
// alleged the link is answered, not the act's own actors.
var deniedTies = filtered(map[string]bool{
	"involvement": true, "connection": true, "connections": true, "link": true, "links": true,
	"ties": true, "role": true, "responsibility": true, "wrongdoing": true, "knowledge": true,
	"complicity": true, "part": true,
})

// speakerBefore returns the first named actor of the sentence before st
// that is not on the side of src: who said what src rejects. A sentence
// that names no actor at all is passed over for the one before it: "The
// UN office said in a report …. Investigators also found that …. The
// junta rejected the report". (Not when the sentence itself names
// someone first: "Sharif blamed India, and India rejected the allegation".)
func (d *doc) speakerBefore(st *sent, src []*mention) *mention {
	reach := 2
	if len(src) > 0 && otherBefore(st, src) {
		reach = 1
	}
	for back := 1; back <= reach; back++ {
		var prev *sent
		for _, x := range d.sents {
			if x.s.Index == st.s.Index-back {
				prev = x
			}
		}
		if prev == nil {
			return nil
		}
		if m := sentenceSpeaker(prev, src); m != nil || namesActor(prev) {
			return m
		}
	}
	return nil
}

// namesActor reports whether the sentence names some actor the coder
// knows, not a place.
func namesActor(st *sent) bool {
	for _, m := range st.mentions {
		if !m.place && m.actor.ID != "" {
			return true
		}
	}
	return false
}

// otherBefore reports whether st names, before src, an actor not on its
// side.
func otherBefore(st *sent, src []*mention) bool {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i >= src[0].i {
			return false
		}
		if !m.place && m.actor.ID != "" && !onSide(m, src) {
			return true
		}
	}
	return false
}

// sentenceSpeaker returns the speaker speakerBefore takes from one sentence.
func sentenceSpeaker(prev *sent, src []*mention) *mention {
	// "'There is no evidence the attacks came from Yemen,' he wrote.
	// Tehran called the accusation meaningless": who said it, even as a
	// pronoun, before any actor the quote names.
	for n := range prev.mentions {
		m := &prev.mentions[n]
		// ("UN investigators said": a body's people speak for it.)
		k := m.j
		if k+1 < len(prev.low) && prev.toks[k].tag == "NNS" && prev.mentionAt(k) == nil {
			k++
		}
		if m.place || m.actor.ID == "" || k >= len(prev.low) || !speechVerbs.has(prev.low[k]) || onSide(m, src) {
			continue
		}
		return m
	}
	for n := range prev.mentions {
		m := &prev.mentions[n]
		if m.place || m.actor.ID == "" || m.kind == "pronoun" {
			continue
		}
		if !onSide(m, src) {
			return m
		}
	}
	return nil
}

// sameCountry reports whether m is of the country of one of ms.
func sameCountry(m *mention, ms []*mention) bool {
	for _, o := range ms {
		if m.actor.Country != "" && o.actor.Country == m.actor.Country {
			return true
		}
	}
	return false
}

// onSide reports whether m is one of src or of the same country.
func onSide(m *mention, src []*mention) bool {
	for _, s := range src {
		if s.actor.Country != "" && s.actor.Country == m.actor.Country || s.actor.ID == m.actor.ID {
			return true
		}
	}
	return false
}

// accusedOver returns the actor named after "over", "about" or "against"
// when the target found is the body a complaint is lodged "with": "a
// complaint with the UN over Israeli strikes".
func (st *sent) accusedOver(j int, got *mention) *mention {
	if got.i == 0 || st.low[got.i-1] != "with" && !(got.i > 1 && st.low[got.i-2] == "with") && !rolesX55BodyAddressed(st, got) {
		return nil
	}
	for k := got.j; k < len(st.low) && k < got.j+8; k++ {
		if st.clause[k] != st.clause[got.i] || st.low[k] == "," {
			return nil
		}
		if st.low[k] != "over" && st.low[k] != "about" && st.low[k] != "against" {
			continue
		}
		for n := k + 1; n < len(st.low) && n <= k+3; n++ {
			if m := st.mentionAt(n); m != nil && !m.place {
				return m
			}
		}
		return nil
	}
	return nil
}

// allBare reports whether every mention is a generic noun that names no
// actor of its own ("ministers", "military exercises").
func allBare(ms []*mention) bool {
	for _, m := range ms {
		if m.actor.ID != "" || m.actor.Country != "" || m.kind == "anaphor" {
			return false
		}
	}
	return true
}

// revengeNouns ask for an answer to an attack: "vowed harsh revenge".
var revengeNouns = filtered(map[string]bool{
	"revenge": true, "retaliation": true, "retribution": true, "reprisals": true, "vengeance": true,
})

// attackRef reports whether the object of a reaction, inside the trigger
// or right after it, names an attack with a definite noun or asks revenge
// for one: "condemned the strikes", "vowed that the strikes would not go
// unanswered", "vowed harsh revenge".
func (c *Coder) attackRef(st *sent, cd *candidate) bool {
	for k := cd.i + 1; k < len(st.low) && k < cd.j+4; k++ {
		if revengeNouns.has(st.low[k]) {
			return true
		}
		es, _ := c.lex.match(st.low, k)
		for _, e := range es {
			if e.pos == 'N' && e.has(flagViolent) {
				return true
			}
		}
		if k < cd.j {
			continue
		}
		switch st.low[k] {
		case "the", "this", "that", "these", "those", "its", "their", "his", "her", "'s":
			continue
		}
		if !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}

// attackers returns, as mentions over the trigger cd, who made the attack
// a reaction with no named target answers: "Warplanes struck rebel bases.
// Qatar condemned the strikes" condemns the makers of the strikes. The
// attack is the first told in the nearest of the two sentences before that
// tells one and was not made by the reacting side.
func attackers(d *doc, cd *candidate) []*mention {
	st := cd.st
	near := -1
	for m := len(d.cands) - 1; m >= 0; m-- {
		p := d.cands[m]
		idx := p.st.s.Index
		if idx >= st.s.Index || p.folded || !isViolent(p) || len(p.ev.Source) == 0 {
			continue
		}
		if idx < st.s.Index-2 || near >= 0 && idx < near {
			break
		}
		near = idx
	}
	if near < 0 {
		return nil
	}
	for _, p := range d.cands {
		if p.st.s.Index != near || p.folded || !isViolent(p) || len(p.ev.Source) == 0 {
			continue
		}
		for _, a := range p.ev.Source {
			for _, m := range cd.src {
				if m.actor.ID != "" && sameActor(m.actor, a) || isState(m.actor) && isState(a) && m.actor.Country == a.Country {
					return nil
				}
			}
		}
		var out []*mention
		for _, a := range p.ev.Source {
			if a.ID == "" {
				continue
			}
			a.Text = ""
			out = append(out, &mention{i: cd.i, j: cd.j, actor: a, kind: "implied"})
		}
		return out
	}
	return nil
}

// ownClauseSubject reports whether a trigger's target is the subject of the
// clause "that" opens after it and of the source's own country: "warned
// that Israel would strike", "warned that Washington would respond".
func (st *sent) ownClauseSubject(cd *candidate) bool {
	t := cd.tgt[0]
	if t.i == 0 || st.low[t.i-1] != "that" || t.i-1 < cd.i || t.actor.Country == "" {
		return false
	}
	for _, s := range cd.src {
		if s.actor.Country == t.actor.Country {
			return true
		}
	}
	return false
}

// clauseObject returns the first actor after subj in its clause that is
// not of the source's country: whom the clause's verb acts on.
func (st *sent) clauseObject(subj *mention, src []*mention) []*mention {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i < subj.j || m.place || st.clause[m.i] != st.clause[subj.i] || onSide(m, src) {
			continue
		}
		return st.coordinated(m)
	}
	return nil
}

// measureNouns name a measure one state or body lays on another, with the
// kinds of event that tell it: "condemned the sanctions", "denounced the
// executive order".
var measureNouns = map[string][]string{
	"measure": {truce.Sanction, truce.Coerce}, "measures": {truce.Sanction, truce.Coerce},
	"sanctions": {truce.Sanction}, "order": {truce.Sanction, truce.Coerce},
	"expulsion": {truce.Sanction}, "expulsions": {truce.Sanction}, "ban": {truce.Sanction, truce.Coerce},
	"embargo": {truce.Sanction}, "tariffs": {truce.Sanction}, "restrictions": {truce.Sanction, truce.Coerce},
	"closure": {truce.Sanction, truce.Coerce}, "closures": {truce.Sanction, truce.Coerce},
	"deportation": {truce.Coerce}, "deportations": {truce.Coerce},
	// A police or security operation named back by its kind: "Police
	// detained the editor. The union called the arrest an assault on the
	// press".
	"arrest": {truce.Coerce}, "arrests": {truce.Coerce}, "detention": {truce.Coerce}, "detentions": {truce.Coerce},
	"warrant": {truce.Coerce}, "warrants": {truce.Coerce}, "seizure": {truce.Coerce},
	"raid": {truce.Coerce, truce.Assault}, "raids": {truce.Coerce, truce.Assault},
	"crackdown": {truce.Coerce, truce.Assault},
	// A seizure of power or an entry by force named back: "Soldiers seized
	// power. The AU condemned the takeover", "Lima condemned the
	// intrusion". Dev (roles21): gold aims every such reaction at the
	// maker (takeover 3 of 3; intrusion, incursion, break-in, storming 6
	// of 6).
	"takeover": {truce.Coerce}, "takeovers": {truce.Coerce},
	"intrusion": {truce.Coerce, truce.Assault}, "intrusions": {truce.Coerce, truce.Assault},
	"incursion": {truce.Assault, truce.Mobilize, truce.Coerce}, "incursions": {truce.Assault, truce.Mobilize, truce.Coerce},
	"break-in": {truce.Protest, truce.Coerce, truce.Assault}, "storming": {truce.Protest, truce.Coerce, truce.Assault},
	// A handing over of people or things named back: "Accra sent the
	// suspects to Lomé. Rights groups condemned the transfer".
	"handover": {truce.Retreat, truce.Cooperate}, "transfer": {truce.Retreat, truce.Cooperate},
	"extradition": {truce.Retreat, truce.Cooperate},
}

// measureMaker returns, for a reaction whose object is a measure ("Tehran
// condemned the measures"), the maker of the latest measure of that kind
// told in the two sentences before, when it is not the reacting side: a
// killing told in between is not what "the measures" were. Another organ
// or group of the maker's own country is another side: a party that calls
// a court's warrant a vendetta answers the court.
func measureMaker(d *doc, cd *candidate) []*mention {
	st := cd.st
	kinds, at := measureNounAt(cd)
	if kinds == nil || ownedMeasureX103(cd, at) {
		return nil
	}
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		idx := p.st.s.Index
		if idx >= st.s.Index || idx < st.s.Index-2 {
			continue
		}
		if p.folded || len(p.ev.Source) == 0 || !slices.Contains(kinds, string(p.ev.Type)) {
			continue
		}
		return makersAt(cd, p, answerer)
	}
	return nil
}

// measureNounAt returns the kinds of act a measure noun that is the object
// of cd's trigger, inside it or right after it, names back, and the
// noun's token; nil and -1 when there is none.
func measureNounAt(cd *candidate) ([]string, int) {
	st := cd.st
	for k := cd.i + 1; k < len(st.low) && k < cd.j+4; k++ {
		if kinds := measureNouns[st.low[k]]; kinds != nil {
			return kinds, k
		}
		if k >= cd.j && !determiners.has(st.low[k]) && !isModifier(st.toks[k]) {
			return nil, -1
		}
	}
	return nil, -1
}

// makersAt returns the named makers of the earlier act p as mentions at
// cd's trigger, or nil when stop holds for one of them (one who answers
// cd, see answerer, cannot be its target).
func makersAt(cd, p *candidate, stop func(cd *candidate, a truce.Actor) bool) []*mention {
	var out []*mention
	for _, a := range p.ev.Source {
		if stop(cd, a) {
			return nil
		}
		if a.ID != "" {
			a.Text = ""
			out = append(out, &mention{i: cd.i, j: cd.j, actor: a, kind: "implied"})
		}
	}
	return out
}
