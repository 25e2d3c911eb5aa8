package code

// ACLED labels of a shooting told before its protest (issue 3). A wire
// story often leads with the toll and tells the protest in the next
// sentence: "Police shot dead 16 people across the country on Wednesday.
// Tens of thousands had marched against the finance bill ...". The
// people the police or troops shot were the protest's, as when the
// protest is told first (shotAtGathering, which looks back only).

import "github.com/truce-project/truce"

// acled32ShotBeforeProtest relabels the state's shooting of civilians as
// excessive force against protesters when the sentence just after it
// tells a street protest held, and nothing sets the shooting apart nor
// tells the protest as its aftermath ("students rallied the next day to
// demand an inquiry"); the
// dead of a riot the shooting's own sentence tells ("troops deployed to
// quell a week of rioting that has killed 72") are the riot's.
func acled32ShotBeforeProtest(d *doc) {
	for _, q := range d.cands {
		if !shotByState(q) || q.st.hasAny(&shootingApart) || q.st.hasAny(&rioterWords) {
			continue
		}
		for _, p := range d.cands {
			if p.folded || p.st.s.Index-q.st.s.Index != 1 || p.ev.Type != truce.Protest || p.ev.Mode == "boycott" ||
				p.ev.Status != truce.StatusReported || p.st.hasAny(&shootingApart) || p.st.hasAny(&acled32Aftermath) {
				continue
			}
			q.ev.ACLEDType, q.ev.ACLEDSubtype = acledProtests, subExcessive
			break
		}
	}
}

// acled32Aftermath tell a protest that followed a killing, against it.
var acled32Aftermath = filtered(wordSet("later", "next", "afterwards", "subsequently", "following", "after", "inquiry",
	"investigation", "justice", "killing", "killings", "death", "deaths", "funeral", "funerals", "burial", "mourn", "mourned", "mourning"))
