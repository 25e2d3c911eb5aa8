package code

// Acts named as a trend in a present perfect: "the province has suffered
// repeated raids", "the front has seen heavy fighting since April", "the
// group has stepped up its attacks since talks stalled". The sentence
// sums up what has gone on for a while; no one act is told.

import "strings"

// trendAdjectives before an act noun make it many acts over time.
var trendAdjectives = filtered(wordSet("repeated", "growing", "frequent", "increasing", "recurrent", "recurring",
	"persistent", "sporadic", "regular", "periodic", "mounting", "continued", "constant", "incessant", "near-daily"))

// sinceWeekdays after "since" date a recent start, so what follows is
// news: "has shelled the town since Monday".
var sinceWeekdays = filtered(wordSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "dawn", "morning", "overnight", "midnight"))

// perfectTrend reports whether the act noun cd is the object of a present
// perfect ("has suffered", "have staged") and is told as a trend: modified
// by a word of repetition ("repeated raids", "growing attack"), or
// followed by "since" and an earlier start ("since late April", "since
// the talks stalled"). "Officers had come under attack from a crowd" (a
// past perfect, one act) and "has shelled the town since Monday" stay.
func perfectTrend(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || cd.e.has(flagCease) {
		return false
	}
	verb, trend := -1, false
	for k := cd.i - 1; k >= 1 && k >= cd.i-5; k-- {
		if trendAdjectives.has(st.low[k]) {
			trend = true // "growing" may be tagged a verb
			continue
		}
		if strings.HasPrefix(st.toks[k].tag, "VB") {
			verb = k
			break
		}
	}
	if verb < 0 || st.toks[verb].tag != "VBN" {
		return false
	}
	// "come under attack": the particle's verb is what the perfect governs.
	aux := verb - 1
	for aux >= 0 && (st.toks[aux].tag == "RB" || st.toks[aux].tag == "VBN") && verb-aux <= 2 {
		aux--
	}
	if aux < 0 || st.low[aux] != "has" && st.low[aux] != "have" {
		return false
	}
	if trend {
		return true
	}
	for k := cd.j; k < len(st.low) && k < cd.j+8; k++ {
		switch w := st.low[k]; {
		case w == "since":
			return k+1 < len(st.low) && !sinceWeekdays.has(st.low[k+1]) && !(k+2 < len(st.low) && sinceWeekdays.has(st.low[k+2]))
		case w == "," || w == ";" || w == "and" || finiteVerb(st.toks[k].tag):
			return false
		}
	}
	return false
}
