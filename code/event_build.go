package code

// Building an event from a trigger: its actors, type, mode, status, date,
// place and confidence, or why it codes none. build runs the steps in
// order; the screens are in event_build_screen.go, the actors in
// event_build_actors.go and event_build_sides.go, the codes, status and
// the rest of the record in event_build_record.go.

import (
	"slices"
	"time"

	"github.com/truce-project/truce"
)

// building carries one candidate through the steps of build: what the
// steps before have decided about its actors and place.
type building struct {
	c  *Coder
	d  *doc
	cd *candidate
	st *sent
	e  *entry
	// explicit is set when the trigger has actors of its own; fresh when
	// a definite attack noun with none tells a toll not told before
	// ("the blast killed 12").
	explicit, fresh bool
	// assault is set on a violent trigger or one coded ASSAULT.
	assault bool
	// tolled is set on an attack word in a sentence that tells a toll.
	tolled bool
	// also is the doer of an act told again with "also".
	also []truce.Actor
	loc  *truce.Location
	src  []truce.Actor
	tgt  []truce.Actor
	// prior is the attack an unnamed attacker was taken from.
	prior *truce.Event
}

// build fills the event record of a candidate. It returns why the candidate
// codes no event, or "" when it does.
func (c *Coder) build(d *doc, cd *candidate, date time.Time, prec string) string {
	if !c.clauseBound(cd) {
		return "a trigger whose words reach into another clause (\"fired into the air as the crowd left\")"
	}
	b := &building{c: c, d: d, cd: cd, st: cd.st, e: cd.e}
	if why := b.measureReason(); why != "" {
		return why
	}
	if why := b.gerundJudgement(); why != "" {
		return why
	}
	b.asideOwners()
	if why := b.screenTelling(); why != "" {
		return why
	}
	if why := b.screenRetelling(); why != "" {
		return why
	}
	if why := b.screenDomain(); why != "" {
		return why
	}
	b.placeOf()
	b.mode40MeasureOwner()
	b.toll46Finders()
	b.namedSides()
	b.demonymForces()
	b.unnamedSides()
	b.judgedDeed()
	b.trailingBlame()
	b.reciprocalPair()
	b.definiteParties()
	b.emergencyRule()
	b.lex57PassiveBan()
	b.lex57AidCutSides()
	b.mode48ThreatenedProtest()
	b.mode48RepressedProtest()
	b.quotedSpeaker()
	b.prec65WitnessNotDoer()
	if why := b.authorityWork(); why != "" {
		return why
	}
	if why := b.defaultTargets(); why != "" {
		return why
	}
	if why := b.twoSidesAndReactions(); why != "" {
		return why
	}
	b.offeredMediation()
	b.concessionTarget()
	b.t48PromiseAddressee()
	b.codeKind()
	b.gsr39PoliticalFreedom()
	b.mode48WorkersStrike()
	if why := b.mode48PoliceRaid(); why != "" {
		return why
	}
	b.armedArrest()
	b.lex56StateCapture()
	b.typeOf()
	if why := b.concessionManner(); why != "" {
		return why
	}
	b.pairedSubject()
	b.samePair()
	b.x63CollectiveSides()
	b.x65ArmedSides()
	b.relationsPair()
	b.kindSides()
	if why := b.tipFromOfficials(); why != "" {
		return why
	}
	b.regainedFrom()
	if why := b.moneyRecipient(); why != "" {
		return why
	}
	b.dateOf(b.hist34OwnDate(date, prec))
	if why := b.statusOf(); why != "" {
		return why
	}
	b.refusedConcession()
	b.mode38GatheredToDemand()
	b.finish()
	b.mediation()
	b.joinedVerbTarget()
	b.reasonSides()
	b.challengerTarget()
	b.stateGovernments()
	return ""
}

// joinedVerbTarget gives a verb joined by "and" straight to this one, with
// no object of its own, this verb's target: in "the gang abducted and
// murdered a local judge" and "a crowd beat to death and set fire to a
// preacher" the judge was abducted and the preacher beaten too.
func (b *building) joinedVerbTarget() {
	cd, st, d := b.cd, b.st, b.d
	if cd.e.pos != 'V' || len(cd.ev.Target) == 0 || cd.i < 2 || st.low[cd.i-1] != "and" {
		return
	}
	for n := len(d.cands) - 1; n >= 0; n-- {
		prev := d.cands[n]
		if prev.st != st || prev.j != cd.i-1 {
			continue
		}
		if prev.folded || prev.e.pos != 'V' || len(prev.ev.Target) > 0 || st.isPassive(prev.i) {
			return
		}
		prev.ev.Target = append([]truce.Actor{}, cd.ev.Target...)
		prev.ev.ID = eventID(d.a.ID, st.s.Index, prev.ev.Type, prev.ev.Source, prev.ev.Target, prev.i)
		return
	}
}

// concessionManner folds a participle that tells why a concession told
// just before was made into it: in "the prime minister resigned on
// Friday, bowing to weeks of protests" and "said he would step down,
// yielding to pressure from lawmakers" there is one concession. The
// participle's target goes to the concession when that names none.
func (b *building) concessionManner() string {
	cd, st, d := b.cd, b.st, b.d
	if cd.ev.Type != truce.Concede || cd.e.pos != 'V' || st.toks[cd.i].tag != "VBG" || cd.i < 1 || st.low[cd.i-1] != "," {
		return ""
	}
	prev := d.earlierInSentence(st, cd, truce.Concede)
	if prev == nil {
		return ""
	}
	if len(prev.ev.Target) == 0 && len(cd.ev.Target) > 0 {
		prev.ev.Target = append([]truce.Actor{}, cd.ev.Target...)
		prev.ev.ID = eventID(d.a.ID, st.s.Index, prev.ev.Type, prev.ev.Source, prev.ev.Target, prev.i)
	}
	cd.corefOf = prev
	return "why a concession told just before was made (\"resigned, bowing to protests\")"
}

// earlierInSentence returns the last event coded in st before the trigger
// of cd, ending before it and not folded into another, whose type is one
// of types, or nil: the act a participle after a comma comments on
// ("resigned, bowing to protests", "expelled the envoy, citing
// meddling").
func (d *doc) earlierInSentence(st *sent, cd *candidate, types ...string) *candidate {
	for n := len(d.cands) - 1; n >= 0; n-- {
		prev := d.cands[n]
		if prev.st != st {
			return nil
		}
		if !prev.folded && prev.j <= cd.i && slices.Contains(types, prev.ev.Type) {
			return prev
		}
	}
	return nil
}
