package code

// Precision pass over a sentence's built events for constructions common
// to several blind batches (wire17–wire25): each rule lives in its own
// prec25_*.go file.

import "strings"

// prec25 drops, once a sentence's events are built, those that retell or
// complete another: a raid made to arrest, the body of a victim burned,
// the process a step completes, the reason an act is done for, the aim a
// speaker gives an attack told before, and acts recalled with a date
// months back.
func (c *Coder) prec25(d *doc, st *sent, built []*candidate) {
	for _, cd := range built {
		if cd.folded {
			continue
		}
		var prev *candidate
		why := ""
		if prev = burnedRemains(st, built, cd); prev != nil {
			why = "burns the body of the victim just killed (\"beat him to death and set his body on fire\"): one killing"
		} else if prev = completedProcess(st, built, cd); prev != nil {
			why = "the process the act just told completes (\"left Chad, completing a pullout\"): one event"
			// The one event is told by both: the rule names both words.
			prev.ev.Rule = "prec25_merge.go: an act and the process it completes: " +
				strings.Join(st.low[prev.i:prev.j], " ") + " … " + strings.Join(st.low[cd.i:cd.j], " ")
		} else if prev = calledReason(st, built, cd); prev != nil {
			why = "the label a side gives the cause of its own act (\"summoned the envoy over what it called a violation\")"
		} else if claimedAim(d, st, cd) {
			why = "the aim a speaker gives an attack told before (\"the army said it had targeted a militant hideout\")"
		} else if pastDatedRecall(st, cd, d.date) {
			why = "a simple past dated to an earlier month, after the lead (\"in March the navy freed 20 fishermen\")"
		}
		if why != "" {
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, why)
		}
	}
	c.raidArrest(d, st, built)
}
