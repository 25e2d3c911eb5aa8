package code

// Issue 3, round x75: a bare base struck where a place names it ("fired
// rockets at a base near Mosul", "shelled the base outside Goma") is a
// military site: the state's forces hold it, as they do an "air base". A
// base a group or a state names ("a rebel base", "a Turkish base") is read
// by the words before it, not here.

// x75BasePlacePreps follow a bare base to say where it stands.
var x75BasePlacePreps = filtered(wordSet("near", "in", "outside", "at", "on"))

// x75BareBase reports whether token n is "base" or "bases" right after an
// article and before a preposition of place.
func (st *sent) x75BareBase(n int) bool {
	if n < 1 || n+1 >= len(st.low) || st.low[n] != "base" && st.low[n] != "bases" {
		return false
	}
	if w := st.low[n-1]; w != "a" && w != "an" && w != "the" {
		return false
	}
	return x75BasePlacePreps.has(st.low[n+1])
}
