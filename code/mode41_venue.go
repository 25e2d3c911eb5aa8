package code

// A meeting's venue told after its sentence was read (issue 3, mode):
// "KABUL, July 17 - … Saidov and Dar also held separate talks with
// Taliban officials", "Mulino, who met Rubio for talks at the presidential
// palace" under a PANAMA CITY dateline. The place the article's later
// passes give the meeting (its dateline, a city named in an earlier
// sentence) says, as a place in its own sentence does, whether one side
// came to the other (a visit, CAMEO 042/043) or both met abroad
// (third-party talks, CAMEO 044).

// mode41LateVenue reads the visit or third-party mode of each meeting
// still without one from the place it was finally given. Only a plain
// meeting word ("met", "talks", CAMEO 040) is read; a call, a trip or a
// multilateral summit keeps its code.
func (c *Coder) mode41LateVenue(d *doc) {
	for _, cd := range d.cands {
		ev := &cd.ev
		if cd.folded || ev.Type != "CONSULT" || ev.Mode != "" || ev.CAMEO != "040" || cd.e.cameo != "040" {
			continue
		}
		if consultMode(ev, ev.Location, ev.Source, ev.Target) {
			ev.Goldstein = c.lex.cameo[ev.CAMEO].goldstein
		}
	}
}
