package code

// A message given by telephone (issue 3, type): "Blinken told China's top
// diplomat, Wang Yi, by phone that …", "the king told the Palestinian
// president in a phone call that …". One official telling another
// something by telephone held a call with him (CONSULT phone, CAMEO 041),
// whatever the message; what he said may code an event of its own. A
// source telling reporters by phone is no call between the sides.

// mode41ToldByPhone returns the phone-call reading for a verb of telling
// whose addressee, an official or a state, is followed within the clause
// by "by phone" or "in a phone call", with the tokens it spans, or nil.
func (c *Coder) mode41ToldByPhone(st *sent, i int) (*entry, int) {
	if !mode41TellVerbs.has(st.low[i]) || i+1 >= len(st.low) {
		return nil, 0
	}
	if !mode41OfficialAt(st, i+1) {
		return nil, 0
	}
	for k := i + 2; k+1 < len(st.low) && k <= i+mode41PhoneReach; k++ {
		w := st.low[k]
		if w == "." || w == ";" || w == ":" || w == "that" || w == "to" {
			return nil, 0
		}
		if t := st.toks[k].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return nil, 0
		}
		n := 0
		switch {
		case w == "by" && mode41PhoneWords.has(st.low[k+1]):
			n = 2
		case w == "in" && k+3 < len(st.low) && (st.low[k+1] == "a" || st.low[k+1] == "an") && mode41PhoneWords.has(st.low[k+2]) && st.low[k+3] == "call":
			n = 4
		case w == "over" && k+2 < len(st.low) && st.low[k+1] == "the" && mode41PhoneWords.has(st.low[k+2]):
			n = 3
		}
		if n == 0 {
			continue
		}
		es, _ := c.lex.match(mode41PhoneForm, 0)
		for _, e := range es {
			if e.pos == 'V' && e.cameo == "041" {
				return e, k + n - i
			}
		}
		return nil, 0
	}
	return nil, 0
}

// mode41OfficialAt reports whether the words at k name an official or a
// state as an addressee: "China's top diplomat", "his Saudi counterpart",
// "Palestinian President Mahmoud Abbas"; not "reporters" or "residents".
func mode41OfficialAt(st *sent, k int) bool {
	if mode41Owners.has(st.low[k]) && k+1 < len(st.low) {
		k++
	}
	m := st.mentionAt(k)
	if m == nil || m.place {
		return false
	}
	a := m.actor
	return a.Sector == "IGO" || governingSectors.has(a.Sector) || a.Sector == "" && isState(a)
}

// mode41PhoneReach is the most tokens between the verb and "by phone".
const mode41PhoneReach = 14

// mode41PhoneForm is a lexicon form with the reading of a phone call.
var mode41PhoneForm = []string{"spoke", "by", "phone"}

// mode41TellVerbs tell a message to someone.
var mode41TellVerbs = filtered(wordSet("told", "tell", "tells", "telling", "assured", "assures", "informed", "informs"))

// mode41PhoneWords name the telephone.
var mode41PhoneWords = filtered(wordSet("phone", "telephone", "video", "videolink"))

// mode41Owners open an addressee told by his office: "his Saudi
// counterpart", "their Turkish hosts".
var mode41Owners = filtered(wordSet("his", "her", "its", "their"))
