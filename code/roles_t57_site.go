package code

import "github.com/truce-project/truce"

// Guards of a named site (issue 3): "gunmen stormed Kuje prison on the
// outskirts of Nigeria's capital", "then stormed the Pademba Road prison,
// freeing 2,000 inmates". A site's own name before its head noun hid the
// head from thingHead, and the country of a place phrase after it ("of
// Nigeria's capital") or the inmates freed were taken as hit instead of
// the police who hold the prison (lex58StormedStateSite).

// t57SiteHead returns the head noun of the thing phrase at k, reading past
// a proper name that names the site: "Kuje prison", "the Evin jail".
func t57SiteHead(st *sent, k int) string {
	if h := thingHead(st, k); h != "" {
		return h
	}
	j := k
	for j < len(st.toks) && st.toks[j].tag == "DT" {
		j++
	}
	n := j
	for n < len(st.toks) && n < j+4 && properTag(st.toks[n].tag) {
		n++
	}
	if n == j {
		return ""
	}
	return thingHead(st, n)
}

// t57LooseSiteTarget reports whether the target found for an attack on a
// guarded site names no one who holds it: the bare country of a place
// phrase or its people (the inmates freed, a town's civilians).
func t57LooseSiteTarget(tgt []truce.Actor) bool {
	if len(tgt) == 0 {
		return true
	}
	for _, a := range tgt {
		if a.Sector != "" && a.Sector != "CVL" {
			return false
		}
	}
	return true
}
