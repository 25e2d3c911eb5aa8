package code

import "github.com/truce-project/truce/when"

// dateRightBefore reports whether the date x stands right before the verb
// at i, between its subject and it: "The government on Monday lifted a
// state of emergency that was imposed three months ago". Wire copy puts
// the act's own day there; a span in a later clause ("imposed three
// months ago") dates that clause, not the act.
func dateRightBefore(st *sent, x when.Expr, i int) bool {
	start, end := st.tokenAtByte(x.Start), st.tokenAtByte(x.End-1)
	return start > 0 && end == i-1 && st.clause[start] == st.clause[i]
}
