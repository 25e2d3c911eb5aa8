package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// Issue 3, round toll44: a toll of people broken down after a comma.
// "killed three people, two Indians and a Pakistani" is three dead, not
// six: the items after the comma name who the three people were, and add
// up to them. A count of people of any kind ("people", "persons") whose
// comma list after it adds up to the same figure is the figure and its
// breakdown; "killed two soldiers, a policeman and a nurse" stays a list
// of four, and "four people, two soldiers and a child" (three, not four)
// a list of seven.

// toll44Breakdown reads, after the count cnt of people of any kind ending
// before token end, a comma and a list of two or more counted items
// joined by commas and "and" that adds up to cnt. It returns cnt and the
// token after the list, or false.
func toll44Breakdown(st *sent, cnt truce.Count, end int) (truce.Count, int, bool) {
	if cnt.Min != cnt.Max || cnt.Min < 2 {
		return cnt, end, false
	}
	k := nounEnd(st, end)
	if k <= end || k+1 >= len(st.low) || st.low[k] != "," || !genericVictims.has(st.low[k-1]) {
		return cnt, end, false
	}
	sum, items, joined := 0, 0, false
	for n := k + 1; n < len(st.low); {
		more, w, ok := conjunctAt(st, n)
		if !ok || more.Min != more.Max {
			return cnt, end, false
		}
		next := nounEnd(st, n+w)
		sum += more.Min
		items++
		if joined {
			// The list ends at its "and" item, and no verb of its own
			// follows ("…, and two were wounded").
			if items < 2 || sum != cnt.Min || next < len(st.low) && (auxiliaries.has(st.low[next]) || strings.HasPrefix(st.toks[next].tag, "VB")) {
				return cnt, end, false
			}
			return cnt, next, true
		}
		switch {
		case next+1 < len(st.low) && st.low[next] == "and":
			n, joined = next+1, true
		case next+2 < len(st.low) && st.low[next] == "," && st.low[next+1] == "and":
			n, joined = next+2, true
		case next+1 < len(st.low) && st.low[next] == ",":
			n = next + 1
		default:
			return cnt, end, false
		}
	}
	return cnt, end, false
}
