package code

// A place the gazetteer lacks named by the river, frontier or corridor
// an act ran along: "patrols along the Zenda river".

// courseNouns are the nouns after a name that make it a stretch of land
// an act can run along or across: "the Zenda river", "the Hentz
// frontier", "the Zenda buffer zone".
var courseNouns = filtered(wordSet("river", "frontier", "border", "corridor", "valley", "coast",
	"coastline", "lake", "zone", "plateau", "forest", "hills", "mountains", "delta", "plain", "plains"))

// courseAfter reports whether token k is a preposition of a course
// ("along", "across", "into", "on") followed by "the", capitalised words
// and a course noun: "along the Oti river", "into the Zenda buffer zone".
// The name is where the act happened: joint patrols "along the Hentz
// river" were on the Hentz. A nationality or a known place before the
// noun ("along the Malian border") is not read, as the words must be
// neither an actor nor a resolved place.
func courseAfter(st *sent, k int) bool {
	switch st.low[k] {
	case "along", "across", "into", "on":
	default:
		return false
	}
	n := k + 1
	if n >= len(st.low) || st.low[n] != "the" {
		return false
	}
	n++
	i := n
	for n < len(st.toks) && capitalised(st.toks[n].text) && st.mentionAt(n) == nil && !st.isPlace(n) && !weekdayOrMonth(st.low[n]) {
		n++
	}
	if n == i || n >= len(st.low) {
		return false
	}
	if st.low[n] == "buffer" && n+1 < len(st.low) {
		n++
	}
	return courseNouns.has(st.low[n])
}
