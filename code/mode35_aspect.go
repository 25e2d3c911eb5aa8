package code

// mode35AspectVerbs start, carry on or stop an act told by the gerund after
// them: "began handing the buildings back", "continued shelling the town".
var mode35AspectVerbs = filtered(wordSet("began", "begun", "begin", "begins", "started", "start", "starts", "continued",
	"continue", "continues", "kept", "keep", "keeps", "resumed", "resume", "resumes", "stopped", "finished"))

// mode35AspectSubject returns the subject of the act a gerund trigger at i
// tells after an aspect verb: in "demonstrators who had occupied the palace
// began handing it back", the gerund's doers are the subject of "began",
// read as that verb's (past the relative clause on it), not the nearest
// actor before the gerund. Nil when i is no such gerund.
func (st *sent) mode35AspectSubject(i int) []*mention {
	if i < 1 || i >= len(st.toks) || st.toks[i].tag != "VBG" || !mode35AspectVerbs.has(st.low[i-1]) {
		return nil
	}
	if m := st.relativeHead(i - 1); m != nil {
		return st.coordinated(m)
	}
	return nil
}
