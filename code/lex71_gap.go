package code

// lex71AttributionAfter reports whether token k is a comma that closes a
// clause before its attribution: "seized rifles and ammunition, residents
// said", "took the cattle, villagers told reporters". A form's gap does
// not run past such a comma, so the speakers after it are not read as the
// object of the verb before it ("seized * residents" finds no match). The
// attribution is a speech verb within four words after the comma, with no
// further comma or verb-breaking stop in between.
func lex71AttributionAfter(low []string, k int) bool {
	if k >= len(low) || low[k] != "," {
		return false
	}
	for j := k + 1; j < len(low) && j <= k+4; j++ {
		w := low[j]
		if w == "," || w == "." || w == ";" {
			return false
		}
		if asideSaying.has(w) || speechVerbs.has(w) {
			return true
		}
	}
	return false
}

// lex71ForceStations are the words before "station" that make it a post
// of armed men or police: ground fought over, as a base or a checkpoint
// is ("rebels captured the police station in the district town").
var lex71ForceStations = filtered(wordSet("police", "army", "military", "gendarmerie", "border"))

// lex71StationAt reports whether token k is "station" or "stations" after
// a word of lex71ForceStations: "the police station", "two army stations".
// A radio, power or petrol station taken is no ground won.
func lex71StationAt(low []string, k int) bool {
	if k < 1 || k >= len(low) || low[k] != "station" && low[k] != "stations" {
		return false
	}
	return lex71ForceStations.has(low[k-1])
}
