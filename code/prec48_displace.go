package code

import "strings"

// prec48DoerlessDisplacement drops an expulsion read from "forced …
// from their homes" when no one is named as having done it: "floods
// forced thousands from their homes", "the fighting has forced 50,000
// people from their homes" tell a displacement, not an act of force by
// a party ("troops forced out 1,000 refugees from their homes").
func prec48DoerlessDisplacement(b *building) string {
	st, cd := b.st, b.cd
	if len(b.src) > 0 || b.e.cameo != "174" || cd.i >= len(st.low) || !strings.HasPrefix(st.low[cd.i], "forc") {
		return ""
	}
	return "people forced from their homes with no doer named"
}
