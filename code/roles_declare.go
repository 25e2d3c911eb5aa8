package code

import "strings"

// declaredComplements are the phrases that, after "declared X", say what X
// is declared to be: "declared the envoy persona non grata", "declared the
// movement a terrorist organisation". The verb then proclaims a status of
// its object, it does not report a clause whose first actor speaks.
var declaredComplements = [][]string{
	{"persona", "non", "grata"},
	{"unwelcome"},
	{"undesirable"},
	{"a", "terrorist"},
	{"a", "terror"},
	{"an", "enemy"},
	{"an", "outlaw"},
}

// declarer returns the sentence's first actor when a participle at i
// follows its "declared X <complement>" ("Chile declared Peru's ambassador
// persona non grata, accusing Lima of meddling": Chile accuses, not the
// ambassador). Nil when no such clause comes before i.
func (st *sent) declarer(i int) *mention {
	m := st.firstActor()
	if m == nil || m.i >= i {
		return nil
	}
	for v := m.j; v < i; v++ {
		if !proclaimVerbs.has(st.low[v]) || st.clause[v] != st.clause[i] {
			continue
		}
		for k := v + 2; k < i; k++ {
			if st.low[k] == "," {
				// "declared Peru's envoy, Ana Ruiz, persona non grata"
				if k = st.x42AppositionEnd(k, i); k < 0 {
					break
				}
				continue
			}
			if st.complementAt(k) {
				return m
			}
		}
		return nil
	}
	return nil
}

// complementAt reports whether a declared status opens at token k.
func (st *sent) complementAt(k int) bool {
	for _, c := range declaredComplements {
		if k+len(c) > len(st.low) {
			continue
		}
		if strings.Join(st.low[k:k+len(c)], " ") == strings.Join(c, " ") {
			return true
		}
	}
	return false
}
