package code

import "strings"

// Arrests told after a protest that were not its breaking up: the
// per-sentence rules (heldAtProtest) make a detention of unnamed people
// told just after a protest that protest's intervention; these undo it
// where the text shows otherwise.

// arrestSuspicionWords tell an arrest made on a charge or a suspicion, which is
// police work against suspects, not a crowd dispersed: "detained six men
// suspected of arson", "arrested a student leader on a charge of
// incitement", "held 40 suspected looters".
var arrestSuspicionWords = filtered(map[string]bool{
	"suspected": true, "suspect": true, "suspects": true, "suspicion": true,
	"accused": true, "charge": true, "charges": true, "charged": true,
})

// arrestCalmPhrases tell a protest that passed without force: "the march passed
// off without incident", "the rally ended peacefully".
var arrestCalmPhrases = []string{"without incident", "no incidents", "peacefully", "without violence"}

// arrestsNotDispersal gives a detention labelled a protest's intervention
// back its own label, Arrests, when its sentence tells no protest and
// either the arrest names a charge or a suspicion ("Police later arrested
// 12 men suspected of stoning a bus"), or a sentence between the protest
// and the arrest says the protest passed calmly ("The march passed off
// without incident. On Monday police detained two of its organisers")
// and the arrest's own sentence tells no clashes.
func arrestsNotDispersal(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.ev.Mode != "arrest" || cd.ev.ACLEDType != acledProtests ||
			hasProtest(d, cd.st) {
			continue
		}
		if onCharge(cd) || calmBefore(d, cd.st) && !cd.st.hasAny(&fightNouns) {
			cd.ev.ACLEDType, cd.ev.ACLEDSubtype = acledStrategic, subArrests
		}
	}
}

// onCharge reports whether a word of arrestSuspicionWords follows the arrest
// trigger cd in its sentence, before the next trigger.
func onCharge(cd *candidate) bool {
	if cd.i < 0 {
		return false
	}
	end := len(cd.st.low)
	if cd.next > cd.j && cd.next < end {
		end = cd.next
	}
	for k := cd.j; k < end; k++ {
		if arrestSuspicionWords.has(cd.st.low[k]) {
			return true
		}
	}
	return false
}

// calmBefore reports whether one of the two sentences before st says a
// protest passed calmly.
func calmBefore(d *doc, st *sent) bool {
	for _, o := range d.sents {
		if n := st.s.Index - o.s.Index; n < 1 || n > 2 {
			continue
		}
		low := strings.ToLower(o.s.Text)
		for _, p := range arrestCalmPhrases {
			if strings.Contains(low, p) {
				return true
			}
		}
	}
	return false
}
