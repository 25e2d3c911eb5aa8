package code

import "strings"

// A speaker's own account of a conversation (issue 3): "'We talked about
// a ceasefire, but no progress was made,' he said". Told in the first
// person, the talk is one the story tells as a meeting elsewhere; the
// verb "talk" (lex58 rows) codes a consultation only when the story
// names its sides ("Macron and Scholz talked about energy prices").

// prec58FirstPersonTalk drops a form of "talk" whose subject is "we" or
// "I".
func prec58FirstPersonTalk(st *sent, cd *candidate) bool {
	if cd.i == 0 || cd.e.pos != 'V' || !strings.HasPrefix(st.low[cd.i], "talk") {
		return false
	}
	w := st.low[cd.i-1]
	return w == "we" || w == "i"
}
