package code

import "strings"

// Men told only by their dress or their ride ("men in plain clothes",
// "men in black balaclavas", "masked men in a pickup") who take someone
// away carry out an abduction, not an arrest: no state owns the act in
// the telling, and the wire codes it as a disappearance (CAMEO 181,
// ACLED abduction). "Men in uniform detained four youths" are soldiers
// making an arrest, and a verb of custody ("men in plain clothes
// detained two activists", "arrested") keeps the arrest the writer
// told; "plainclothes detectives picked up the editor" names
// the police and stays an arrest, as does "police and men in plain
// clothes detained dozens", where the police are named beside them.

// unnamedMen reports whether every source of the event is a mention of
// unnamed men described only by dress or ride ("Men in plain clothes"),
// other than in uniform, who take someone by a verb other than one of
// custody.
func (b *building) unnamedMen() bool {
	if len(b.src) == 0 || custodyVerb(b.st.low[b.cd.i]) {
		return false
	}
	for _, a := range b.src {
		w := strings.ToLower(a.Text)
		if w != "men" && w != "man" || a.Sector == "MIL" {
			return false
		}
	}
	return true
}

// custodyVerb reports whether w is a verb of state custody ("detained",
// "arrested"), which tells an arrest whoever makes it.
func custodyVerb(w string) bool {
	return strings.HasPrefix(w, "detain") || strings.HasPrefix(w, "arrest")
}
