package code

// carriedTellers gives a violent act told with no source of its own the
// teller of the violent act in the sentence just before it, when that
// sentence names one: "Gunmen raided a village near Dori, killing nine,
// residents said. The attackers also torched the market." The second
// sentence goes on with the same account; the writer names the teller once.
// A sentence that attributes anything itself (a report verb, "according
// to") keeps to its own reading, and as the pass runs after every other
// reading of the reporter, it only fills a gap.
func carriedTellers(d *doc) {
	for _, st := range d.sents {
		if st.s.Index == 0 || attributed(st) {
			continue
		}
		prev := toldViolentIn(d, st.s.Index-1)
		if prev == nil {
			continue
		}
		for _, cd := range d.cands {
			if cd.st != st || cd.folded || cd.ev.ReportedBy != nil || !tell36CarriedAct(cd) {
				continue
			}
			r := *prev.ev.ReportedBy
			cd.ev.ReportedBy = &r
		}
	}
}

// toldViolentIn returns the first violent event of the sentence of index s
// that has a teller, or nil.
func toldViolentIn(d *doc, s int) *candidate {
	for _, cd := range d.cands {
		if cd.st.s.Index == s && !cd.folded && isViolent(cd) && cd.ev.ReportedBy != nil {
			return cd
		}
	}
	return nil
}

// attributed reports whether the sentence gives any of what it says to a
// speaker: a report verb ("said", "added", "accused"), an account given or
// refused ("refugees described …", "did not confirm") or "according to".
func attributed(st *sent) bool {
	for k, w := range st.low {
		if attributes(w) || accountVerbs.has(w) || w == "according" && k+1 < len(st.low) && st.low[k+1] == "to" {
			return true
		}
	}
	return false
}

// accountVerbs give what goes with them as someone's account, or the
// refusal of one: "refugees described homes being burnt", "survivors
// recounted", "the army did not confirm", "Kabul denied".
var accountVerbs = filtered(wordSet("described", "describe", "describes", "recounted", "recount", "recounts", "recalled", "cited", "citing", "quoted",
	"confirm", "confirms", "confirming", "deny", "denies", "denied", "denying", "comment", "commented"))
