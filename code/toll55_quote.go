package code

// Issue 3, round toll55: a count's noun may stand in quotation marks, the
// words of whoever gave the toll: `26 "armed criminals" and 18 members of
// the security forces had been killed` counts 44 dead, as the same list
// without the marks does. The marks were read as the end of the first
// noun, so the list stopped there and only the 18 were counted. Dev: four
// sentences put a count before a quoted noun in a toll; the gold counts
// the quoted people in all four (4 of 4: wire19-089's list, wire23-035,
// wire4-003, wire16-051). Only the list (wire19-089) read differently:
// 44 now, as the gold has it, not 18.

// toll55QuoteMark reports whether token k is a quotation mark, which
// nounEnd walks past as part of the count's noun phrase.
func toll55QuoteMark(st *sent, k int) bool {
	return quoteMarks.has(st.low[k])
}
