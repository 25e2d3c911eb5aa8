package code

import "github.com/truce-project/truce"

// hostedVisit reports whether a meeting held in a town of the source's
// country has a target from abroad, who came to it: "the Armenian
// minister met his Iranian counterpart in Yerevan" is a visit the source
// hosts (CAMEO 043), as "met in Tehran" would be one it made (042).
func hostedVisit(loc *truce.Location, src, tgt []truce.Actor) bool {
	if len(src) == 0 || len(tgt) == 0 || !hasCountry(src, loc.Country) || hasCountry(tgt, loc.Country) {
		return false
	}
	for _, a := range tgt {
		if a.Country == "" {
			return false
		}
	}
	return true
}
