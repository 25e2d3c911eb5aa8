package code

import "github.com/truce-project/truce"

// mode37BrokeredTalks codes a meeting a third party brokered or hosted
// ("after talks hosted by Angola", "a meeting of their presidents brokered
// by the regional bloc") as third-party talks (CAMEO 044), whatever its
// venue: the broker, not the host country of one side, is what sets such
// talks apart. A meeting with no mode yet or coded a visit by its place
// takes it; one by phone or a mediator's own trip keeps its mode.
func mode37BrokeredTalks(d *doc) {
	for _, cd := range d.cands {
		ev := &cd.ev
		if cd.folded || ev.Type != truce.Consult || len(ev.Mediators) == 0 || cd.e.pos != 'N' {
			continue
		}
		if ev.Mode == "" || ev.Mode == "visit" && (cd.e.mode == "" || cd.e.mode == "-") {
			ev.CAMEO, ev.Mode = "044", "third-party"
		}
	}
}
