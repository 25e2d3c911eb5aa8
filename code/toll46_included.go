package code

import "github.com/truce-project/truce"

// "The dead included four children", "among the wounded were two
// medics": a sentence that names some of an attack's victims and tells
// no attack of its own. The count is a floor: it is the toll of the
// attack told shortly before only when that attack has none ("An air
// strike hit a house. The dead included four children" is four dead); a
// toll told already ("killed 12") stays.

// toll46DeadIncluded gives the attack told before a sentence naming some
// of its dead or wounded that count, when the attack has no toll of that
// kind.
func toll46DeadIncluded(d *doc, st *sent, cands []*candidate) {
	for _, cd := range cands {
		if !cd.folded && isViolent(cd) {
			return
		}
	}
	field, i := toll46IncludedAt(st)
	if i < 0 || i >= len(st.low) {
		return
	}
	cnt, n, ok := countAt(st, i, true)
	if !ok {
		return
	}
	cnt, _ = conjoined(st, cnt, i+n, true)
	prev := latestViolent(d, st)
	if prev == nil {
		return
	}
	slot := &prev.ev.Fatalities
	if field == "injuries" {
		slot = &prev.ev.Injuries
	}
	if *slot == nil {
		*slot = &truce.Count{Min: cnt.Min, Max: cnt.Max}
	}
}

// toll46IncludedAt finds "the dead included" or "among the dead were"
// opening a sentence's clause and returns the field and the token after
// it, where the count stands; -1 when there is none.
func toll46IncludedAt(st *sent) (string, int) {
	for k := 1; k+1 < len(st.low); k++ {
		field := ""
		switch st.low[k] {
		case "dead", "killed":
			field = "fatalities"
		case "wounded", "injured":
			field = "injuries"
		default:
			continue
		}
		if st.low[k-1] != "the" {
			continue
		}
		switch w := st.low[k+1]; {
		case w == "included" || w == "include" || w == "includes":
			return field, k + 2
		case (w == "were" || w == "was") && k >= 2 && st.low[k-2] == "among":
			return field, k + 2
		}
	}
	return "", -1
}
