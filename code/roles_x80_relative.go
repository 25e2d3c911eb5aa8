package code

// Issue 3, round roles_x80: a relative clause in the progressive. "The
// RSF, which is planning an offensive on El Fasher" and "Israel, which is
// preparing a ground assault" tell what the name before "which" is doing
// now, as "which has launched" tells what it did: the planned act is that
// name's.

// progressiveRelativeX80 reports whether the relative's verb at v is "is"
// or "are" followed by a present participle ("which is planning", "who
// are preparing").
func progressiveRelativeX80(st *sent, v int) bool {
	return v+1 < len(st.low) && (st.low[v] == "is" || st.low[v] == "are") && st.toks[v+1].tag == "VBG"
}
