package code

// A named site that is the object of the act: "captured the Zenda air
// base", "closed the Hentz bridge crossing".

import "github.com/truce-project/truce"

// siteHeads end the name of a site the act itself takes, closes or
// strikes: "the Zenda air base", "the Hentz buffer zone".
var siteHeads = filtered(wordSet("camp", "base", "airbase", "airfield", "oilfield", "prison", "crossing",
	"dam", "mine", "port", "zone", "bridge", "airport", "barracks", "outpost"))

// objectSite places an act whose object is a site the gazetteer lacks,
// named with "the", a name and a site noun right after the trigger, at
// that site, when loc says only the country or province: "rebels
// captured the Zenda air base" happened at Zenda, and "police in Hentz
// province closed the Zenda bridge crossing" at Zenda, in Hentz. A town
// loc already names stands, and so
// does an act with no country to put the site in. It returns loc
// otherwise.
func objectSite(cd *candidate, loc *truce.Location) *truce.Location {
	if loc == nil || !coarse(loc.Precision) || loc.Country == "" {
		return loc
	}
	st := cd.st
	k := cd.j
	if k >= len(st.low) || st.low[k] != "the" {
		return loc
	}
	i := k + 1
	n := i
	for n < len(st.toks) && n < i+4 && (capitalised(st.toks[n].text) || articled(st.toks[n].text)) && st.mentionAt(n) == nil && !st.isPlace(n) && !weekdayOrMonth(st.low[n]) {
		n++
	}
	if n == i {
		return loc
	}
	// One plain noun may stand between the name and the site noun: "the
	// Zenda air base", "the Hentz bridge crossing".
	end := n
	if n+1 < len(st.low) && !siteHeads.has(st.low[n]) {
		n++
	}
	if n >= len(st.low) || !siteHeads.has(st.low[n]) {
		return loc
	}
	text := st.textOf(i, end)
	site := &truce.Location{Text: text, Name: text, Country: loc.Country, Precision: "none"}
	if loc.Precision == "admin1" {
		site.Admin1 = loc.Name
	}
	return site
}
