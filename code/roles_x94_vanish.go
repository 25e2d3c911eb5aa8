package code

import "strings"

// roles_x94: a taking told as a disappearance. "was bundled into an
// unmarked car by men believed to be state agents and has not been seen
// since", "picked up by men in plain clothes": people taken by the
// state's men in secret, with no charge told and no one told where, are
// abducted (CAMEO 181, ACLED forced disappearance), not arrested, though
// the takers are police or soldiers (lex56StateCapture).

// x94SecretTaking reports whether the sentence holding the taking tells
// it as done in secret or as a disappearance: an unmarked car, men in
// plain clothes, no one seen or heard from since, whereabouts unknown.
func (st *sent) x94SecretTaking() bool {
	for k, w := range st.low {
		switch w {
		case "unmarked", "plainclothes", "plain-clothes", "whereabouts", "incommunicado":
			return true
		case "clothes":
			if k > 0 && st.low[k-1] == "plain" {
				return true
			}
		case "since":
			// "has not been seen since", "not heard from since".
			if k > 1 && (st.low[k-1] == "seen" || st.low[k-1] == "from" && st.low[k-2] == "heard") {
				return true
			}
		default:
			if strings.HasPrefix(w, "disappear") || strings.HasPrefix(w, "vanish") {
				return true
			}
		}
	}
	return false
}
