package code

import "github.com/truce-project/truce"

// prec70: a sentence opened by a dateline ("LIMA, Dec 20 - Peru declared
// the ambassador persona non grata and gave him 72 hours to leave") places
// its first act in the dateline town; a second trigger of the same act,
// placed only by its actors' country, still tells the same act. Without the
// dateline both would stand in the country and fold as one.

// prec70SamePlace reports whether two events of sentence st stand at the
// same place: the same name, or one placed only by its country (no place
// named for it) and the other in the dateline town of that country.
func prec70SamePlace(st *sent, x, y *truce.Location) bool {
	if x.Name == y.Name {
		return true
	}
	if y.Text == "" && y.Precision == "country" {
		x, y = y, x
	}
	if x.Text != "" || x.Precision != "country" || y.Country != x.Country || y.Text == "" {
		return false
	}
	at := dateline(st)
	return at != nil && at.Name == y.Name
}
