package code

import (
	"github.com/truce-project/truce"
)

// tollClaim is one count of dead or wounded read for an event, with who
// gave it.
type tollClaim struct {
	cd    *candidate
	field string // "fatalities" or "injuries"
	count truce.Count
	by    *mention
	// more is set when the count adds to the toll rather than restating
	// it: "3 attackers were also killed".
	more bool
	// total is set for a running total the count is carried to:
	// "bringing the death toll to 14".
	total bool
	// end is the token after the count's read, when the claim comes from
	// a read of the same sentence.
	end int
}

// settleClaims gives each event its tolls. One figure is the toll; figures
// that disagree ("Pakistan's military said 23 … Kabul said 58") are all kept
// as claims with their claimants, and the toll is the lowest, as ACLED
// counts. Figures that add to the toll ("3 attackers were also killed") are
// summed onto it. A running total told beside new dead ("killing two more
// people and bringing the toll to 14") already holds them: the event's toll
// is the new dead, not their sum with the total.
func settleClaims(claims []tollClaim) {
	type key struct {
		cd    *candidate
		field string
	}
	groups := map[key][]tollClaim{}
	var order []key
	for _, cl := range claims {
		k := key{cl.cd, cl.field}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], cl)
	}
	for _, k := range order {
		var base []tollClaim
		var extra truce.Count
		for _, cl := range groups[k] {
			if cl.more {
				extra.Min += cl.count.Min
				extra.Max += cl.count.Max
			} else {
				base = append(base, cl)
			}
		}
		if extra.Max > 0 {
			base = dropTotals(base)
		}
		low, differ := lowestClaim(base)
		low.Min += extra.Min
		low.Max += extra.Max
		ev := &k.cd.ev
		if k.field == "fatalities" {
			ev.Fatalities = &low
		} else {
			ev.Injuries = &low
		}
		if !differ {
			// "exchanges of fire that Pakistan's military said killed
			// 23": who gives the one toll reports the event, when the
			// text names no other reporter.
			if by := base0By(base); by != nil && ev.ReportedBy == nil {
				a := by.actor
				ev.ReportedBy = &a
			}
			continue
		}
		for _, cl := range base {
			c := truce.Claim{Field: cl.field, Count: cl.count}
			if cl.by != nil {
				a := cl.by.actor
				c.By = &a
			}
			ev.Claims = append(ev.Claims, c)
		}
	}
}

// dropTotals returns the claims that are no running total.
func dropTotals(base []tollClaim) []tollClaim {
	var out []tollClaim
	for _, cl := range base {
		if !cl.total {
			out = append(out, cl)
		}
	}
	return out
}

// base0By returns the named actor that gave the first of agreeing figures,
// or nil when none was named or it is known only by its sector.
func base0By(base []tollClaim) *mention {
	if len(base) == 0 || base[0].by == nil || base[0].by.place || base[0].by.actor.ID == "" {
		return nil
	}
	return base[0].by
}

// lowestClaim returns the lowest of competing figures and whether they
// disagree; with none it returns zero.
func lowestClaim(g []tollClaim) (truce.Count, bool) {
	if len(g) == 0 {
		return truce.Count{}, false
	}
	low := g[0].count
	differ := false
	for _, cl := range g[1:] {
		if cl.count != g[0].count {
			differ = true
		}
		if cl.count.Min < low.Min {
			low = cl.count
		}
	}
	return low, differ
}

// claimantBefore finds who gives the count at token i: the actor before a
// reporting verb shortly before it ("Kabul said killed 58", "according to
// the ministry, 12 died").
func claimantBefore(st *sent, i int) *mention {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if st.low[k] == ";" || st.low[k] == "." {
			break
		}
		if reportVerbs.has(st.low[k]) || st.low[k] == "put" {
			for n := k - 1; n >= 0 && n >= k-4; n-- {
				if m := st.mentionAt(n); m != nil && !m.place {
					return m
				}
			}
		}
		if st.low[k] == "according" && k+2 < len(st.low) {
			if m := st.mentionAt(k + 2); m != nil {
				return m
			}
		}
	}
	return nil
}

// tollUpdate gives the tolls of a sentence that tells no attack of its own
// to the latest attack told shortly before in the article ("Gunmen stormed
// a market in Gao. At least 12 people died."). A figure that adds to the
// toll ("two others were also hurt") is summed onto it, a revised one ("The
// death toll rose to 31 on Saturday") replaces a lower one, as ACLED
// revises its records, and a figure that disagrees with no sign of revision
// is kept as a claim of whoever gave it. A subset of the dead ("three of
// them were children", "among the dead were …") is no toll.
//
// Before that, an attack of the sentence that names no target takes the
// victims its own toll names (tollVictims).
func (c *Coder) tollUpdate(d *doc, st *sent, cands []*candidate, reads []tollRead) {
	c.tollVictims(d, st, cands, reads)
	for _, cd := range cands {
		if !cd.folded && isViolent(cd) && !toll42Retold(d, st, cd, reads) {
			return
		}
	}
	var victims []*mention
	for _, cd := range cands {
		if cd.e.has(flagKill) {
			victims = append(victims, cd.tgt...)
		}
	}
	revised := revision(st)
	prev := latestViolent(d, st)
	if !revised {
		prev = tollTarget(d, st, victims)
	}
	prev = toll47LeadInstead(d, st, prev, reads)
	prev = lex49TollBeforeBurning(d, st, prev)
	if prev == nil {
		return
	}
	toll42DropTakingTolls(st, cands, reads)
	for _, r := range reads {
		if subsetOf(st, r) && !toll53WoundedDiedLater(st, r, reads) || toll37TallyRead(st, r) || toll37ApartSentence(st) || toll56Elsewhere(st, prev, r) {
			continue
		}
		// "A rocket hit the base. No one was hurt, but a guard later
		// died": a figure replaces a toll of none.
		if r.field == "fatalities" && prev.ev.Fatalities != nil && prev.ev.Fatalities.Max == 0 {
			prev.ev.Fatalities = nil
		}
		if r.field == "injuries" && prev.ev.Injuries != nil && prev.ev.Injuries.Max == 0 {
			prev.ev.Injuries = nil
		}
		slot := &prev.ev.Fatalities
		if r.field == "injuries" {
			slot = &prev.ev.Injuries
		}
		cnt := r.count
		switch old := *slot; {
		case old == nil:
			*slot = &cnt
			// "Troops clashed on the border. The health ministry said
			// 24 were killed": who gives the toll reports the event,
			// when nothing before named a reporter.
			if by := claimantBefore(st, r.i); by != nil && !by.place && by.actor.ID != "" && prev.ev.ReportedBy == nil {
				a := by.actor
				prev.ev.ReportedBy = &a
			}
		case r.more:
			*slot = &truce.Count{Min: old.Min + cnt.Min, Max: old.Max + cnt.Max}
		case cnt == *old:
		case revised || r.total:
			if cnt.Min > old.Min {
				*slot = &cnt
			}
		default:
			if len(prev.ev.Claims) == 0 {
				prev.ev.Claims = append(prev.ev.Claims, truce.Claim{Field: r.field, Count: *old})
			}
			cl := truce.Claim{Field: r.field, Count: cnt}
			if by := claimantBefore(st, r.i); by != nil {
				a := by.actor
				cl.By = &a
			}
			prev.ev.Claims = append(prev.ev.Claims, cl)
		}
	}
	// A toll of none counts the attack of the sentence just before only
	// when the sentence tells of no blast or blow of its own: in "an
	// explosion was heard in the capital but no one was hurt" the none
	// is the explosion's.
	if prev.st.s.Index != st.s.Index-1 {
		return
	}
	for _, cd := range cands {
		if cd.e.has(flagViolent) {
			return
		}
	}
	for _, r := range zeroTolls(st) {
		setZero(&prev.ev, r.field)
	}
}

// latestViolent returns the latest violent event told in the two sentences
// before st, or nil: a toll further away more likely counts another event.
func latestViolent(d *doc, st *sent) *candidate {
	for m := len(d.cands) - 1; m >= 0; m-- {
		prev := d.cands[m]
		if prev.st == st || prev.folded || !isViolent(prev) {
			continue
		}
		if prev.st.s.Index < st.s.Index-2 {
			return nil
		}
		return firstViolentOf(d, m)
	}
	return nil
}

// firstViolentOf returns the first violent event told in the sentence of
// d.cands[m]: "Rioters torched buses and fought battles with police. Nine
// people died" counts the dead of the riot the sentence leads with.
func firstViolentOf(d *doc, m int) *candidate {
	first := d.cands[m]
	for n := m - 1; n >= 0 && d.cands[n].st == first.st; n-- {
		if p := d.cands[n]; !p.folded && isViolent(p) {
			first = p
		}
	}
	return first
}

// tollTarget returns the attack a toll with no attack of its own counts:
// the latest one told shortly before, or, when that one already has its
// toll, an earlier one with none whose sides or place are the victims'
// country ("settlers rampaged through a Palestinian town, hours after a
// gunman shot dead two settlers. One Palestinian was killed"). Victims
// named with no country are placed by where the toll sentence says they
// died: "Pakistani jets struck Iran, days after an Iranian strike in
// Pakistan killed two. Nine people were killed near Saravan" gives the
// nine to the strike in Iran.
func tollTarget(d *doc, st *sent, victims []*mention) *candidate {
	prev := lex49TollBeforeBurning(d, st, latestViolent(d, st))
	named := anyVictimCountry(victims)
	cc := ""
	if !named {
		cc = onlyPlaceCountry(st)
	}
	if prev == nil || noToll(prev.ev.Fatalities) || !named && cc == "" {
		return prev
	}
	for m := len(d.cands) - 1; m >= 0; m-- {
		p := d.cands[m]
		if p.st == st || p.folded || !isViolent(p) {
			continue
		}
		if p.st.s.Index < st.s.Index-2 {
			break
		}
		if !noToll(p.ev.Fatalities) {
			continue
		}
		if named && victimsFit(p, victims) || !named && p.ev.Location != nil && p.ev.Location.Country == cc {
			return p
		}
	}
	return prev
}

// onlyPlaceCountry returns the country of the places a sentence names,
// when they all lie in one; else "".
func onlyPlaceCountry(st *sent) string {
	cc := ""
	for _, p := range st.places {
		switch c := p.place.Country; {
		case c == "":
		case cc == "":
			cc = c
		case c != cc:
			return ""
		}
	}
	return cc
}

// anyVictimCountry reports whether some victim is named with a country.
func anyVictimCountry(victims []*mention) bool {
	for _, m := range victims {
		if m.actor.Country != "" {
			return true
		}
	}
	return false
}

// revision reports whether a sentence revises a toll: "the toll rose to
// 31", "the number of dead later climbed to 40", "revised the toll".
func revision(st *sent) bool {
	for i, w := range st.low {
		if tollRises.has(w) || w == "revised" || w == "later" || w == "now" || totalTo(st, i) {
			return true
		}
	}
	return false
}

// subsetOf reports whether a count picks some out of a toll told before
// rather than giving one: "three of them were children", "two children
// were among the dead", "one of the wounded". "24 of its citizens" or
// "nine of our soldiers" is the toll of one side, told whole.
func subsetOf(st *sent, r tollRead) bool {
	if r.end < len(st.low) && st.low[r.end] == "of" {
		return r.end+1 >= len(st.low) || !toll39OwnerAt(st, r.end+1)
	}
	stop := r.k
	if stop < 0 {
		stop = r.end
	}
	for n := r.end; n <= stop+1 && n < len(st.low); n++ {
		// "At least six civilians, including a priest, were killed": an
		// aside naming some of the dead leaves the count a toll.
		if st.low[n] == "," {
			if close := asideEnd(st, n); close > n {
				n = close
				continue
			}
		}
		if st.low[n] == "among" || st.low[n] == "including" {
			return true
		}
	}
	return false
}

// tollEvent returns the event a toll read in the sentence counts the dead
// or wounded of: the one its toll word names ("were killed in an ambush"),
// else the violent event nearest before it, else the first after it, else
// a protest told before it; nil when there is none.
func tollEvent(st *sent, cands []*candidate, r tollRead) *candidate {
	cd := violentAt(cands, r.k)
	if riot := riotWhen(st, cands, cd); riot != nil {
		return riot
	}
	// "72 people were taken to hospital": the harm phrase that counts the
	// wounded is no seizure of its own.
	if cd != nil && r.k >= 0 && cd.i == r.k && suffered(st, r.k) {
		cd = nil
	}
	// "killing 5 soldiers; 3 attackers were also killed": a toll that adds
	// to one told before belongs to that event, not to its own verb.
	if cd == nil || cd.i == r.k && (r.more || relativeTo(st, cands, r.i)) {
		if near := violentNear(cands, r.i); near != nil && (cd == nil || near.i < r.i) {
			cd = near
		}
	}
	if main := mainClauseAct(st, cands, r, cd); main != nil {
		cd = main
	}
	if cd == nil {
		cd = toll37ProtestToll(st, cands, r)
	}
	// "found a mass grave containing at least 40 bodies": the bodies a
	// find of the dead turned up are its toll.
	if cd == nil && r.field == "fatalities" && r.k >= 0 && (st.low[r.k] == "bodies" || st.low[r.k] == "corpses") {
		cd = graveFound(cands)
	}
	return lex49TollToPeople(cands, cd, r)
}

// graveFound returns the find of a grave or the dead the sentence tells,
// or nil.
func graveFound(cands []*candidate) *candidate {
	for _, cd := range cands {
		if !cd.folded && cd.ev.ID != "" && cd.ev.Mode == "investigate" {
			return cd
		}
	}
	return nil
}

// protestBefore returns the protest told before token i when a sentence
// tells no violent event to carry its toll: "days of protests that left
// seven people dead".
func protestBefore(cands []*candidate, i int) *candidate {
	var best *candidate
	for _, cd := range cands {
		if cd.i < i && !cd.folded && cd.ev.ID != "" && cd.ev.Type == truce.Protest {
			best = cd
		}
	}
	return best
}

// violentAt returns the event a toll word at token k names: the word's own
// trigger, or a violent noun right after it ("were killed in an ambush").
func violentAt(cands []*candidate, k int) *candidate {
	if k < 0 {
		return nil
	}
	for _, cd := range cands {
		if cd.i < k || cd.i > k+4 {
			continue
		}
		if cd.corefOf != nil {
			return cd.head()
		}
		if !cd.folded && isViolent(cd) {
			return cd
		}
	}
	return nil
}

// relativeTo reports whether the count at token i is in a relative clause
// about the violent event before it ("a raid in which nine were killed"),
// so that a toll verb of its own does not make it another event's toll.
func relativeTo(st *sent, cands []*candidate, i int) bool {
	near := violentNear(cands, i)
	if near == nil || near.i >= i {
		return false
	}
	for k := near.j; k < i; k++ {
		switch st.low[k] {
		case "which", "where", "that", "whom":
			return true
		case "after", "before", "when", "while", "as", "since", "said", ";":
			return false
		}
	}
	return false
}

// violentNear returns the violent event whose trigger is nearest before
// token i, else the first after it.
func violentNear(cands []*candidate, i int) *candidate {
	var best *candidate
	for _, cd := range cands {
		if cd.corefOf != nil && cd.i < i {
			if h := cd.head(); toll40ViolentHead(h) {
				best = h
			}
			continue
		}
		if cd.folded || !isViolent(cd) {
			continue
		}
		if cd.i < i {
			best = cd
		} else if best == nil {
			return cd
		}
	}
	return best
}

// riotWhen returns the riot told in a "when" or "as" clause right after the
// passive verb of a toll that names no killer, or nil: in "two people were
// killed when protesters clashed with police and torched cars" the dead
// are the riot's toll, as ACLED counts them.
func riotWhen(st *sent, cands []*candidate, cd *candidate) *candidate {
	if cd == nil || len(cd.ev.Source) > 0 || !passiveBefore(st, cd.i) {
		return nil
	}
	when := toll48WhenAfter(st, cd.j)
	if when < 0 {
		return nil
	}
	for _, p := range cands {
		if p.i <= when || p.folded || !isViolent(p) {
			continue
		}
		if isRiot(p) {
			return p
		}
		return nil
	}
	return nil
}
