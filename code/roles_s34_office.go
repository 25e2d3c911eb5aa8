package code

import "strings"

// topicOwner returns the actor that owns an office or post whose remit
// the mention m names, when m stands inside that office's name before
// the verb at i: in "Croatia's office for Bosnia dismissed", "the US
// special envoy for Sudan criticised" and "China's Taiwan Affairs Office
// said" the office speaks for Croatia, the US and China, and the place
// it deals with is not the subject. Nil when no owner is named.
func (st *sent) topicOwner(m *mention, i int) *mention {
	// "the office for Kosovo", "envoy for the Sahel": the remit after
	// "for", the post before it.
	f := m.i - 1
	if f >= 0 && determiners.has(st.low[f]) {
		f--
	}
	if f >= 1 && st.low[f] == "for" && postNouns.has(st.low[f-1]) {
		// "the Turkish special envoy for Libya": the post may be the
		// owner's mention itself.
		if o := st.mentionAt(f - 1); o != nil && o.j == f && !o.place {
			return o
		}
		return st.postOwner(f - 1)
	}
	// "China's Taiwan Affairs Office": the remit names the office, which
	// the possessive before it owns.
	if m.i >= 1 && st.isPossessive(m.i-1) && m.j < i {
		h := m.j
		for h < i && strings.HasPrefix(st.toks[h].tag, "NN") && st.mentionAt(h) == nil && !institutionNouns.has(st.low[h]) {
			h++
		}
		if h < i && h > m.j && institutionNouns.has(st.low[h]) && (h+1 >= len(st.toks) || !strings.HasPrefix(st.toks[h+1].tag, "NN")) {
			if o := st.mentionAt(m.i - 2); o != nil && o.j == m.i-1 && !o.place {
				return o
			}
		}
	}
	return nil
}

// postOwner returns the actor named right before the post noun at h and
// its modifiers: the possessor in "Norway's special representative", the
// modifier in "the US special envoy".
func (st *sent) postOwner(h int) *mention {
	p := h - 1
	for p >= 0 && st.mentionAt(p) == nil && (strings.HasPrefix(st.toks[p].tag, "JJ") || strings.HasPrefix(st.toks[p].tag, "NN")) {
		p--
	}
	if p < 0 {
		return nil
	}
	if st.isPossessive(p) {
		p--
	}
	if o := st.mentionAt(p); o != nil && o.j == p+1 && !o.place {
		return o
	}
	return nil
}

// postNouns are offices and posts that deal with a place or a people
// named after "for": "office for Kosovo", "envoy for Sudan", "commissioner
// for refugees".
var postNouns = filtered(wordSet("office", "envoy", "representative", "coordinator", "commissioner",
	"rapporteur", "minister", "ministry", "adviser", "advisor", "secretary", "ambassador", "committee",
	"commission", "council", "bureau", "agency", "department", "delegation"))
