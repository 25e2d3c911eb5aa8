package code

// orderedOut returns the expulsion reading for an order that sends a
// state's diplomats home when the ones ordered out are named at length,
// past the reach of the lexicon's gaps: "ordered Mexico's ambassador, a
// career diplomat, and Spain's chargé d'affaires to leave the country",
// "told the head of the UN mission's rights office, a French jurist, to
// leave the country", "gave diplomats from seven countries, among them
// …, 72 hours to leave" (CAMEO 166). It returns the entry and the
// tokens it spans, from the verb to "leave", or nil when the words between
// hold no envoy, the sender's own ("ordered its diplomats … to leave"),
// or a verb of their own ("ordered troops into the town after the envoy
// refused to leave").
func (c *Coder) orderedOut(st *sent, i int) (*entry, int) {
	if !orderOutVerbs.has(st.low[i]) {
		return nil, 0
	}
	envoy, head := false, false
	for k := i + 1; k+1 < len(st.low) && k <= i+orderOutReach; k++ {
		w := st.low[k]
		if w == "." || w == ";" || w == ":" || w == "who" || w == "which" || w == "that" {
			return nil, 0
		}
		// "chargé d'affaires": the tagger may take the title's second
		// word for a verb.
		if t := st.toks[k].tag; (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD") && w != "d'affaires" {
			return nil, 0
		}
		// "ordered its diplomats, and their families, to leave": a state
		// pulling out its own envoys expels no one.
		if w == "its" || w == "their" || w == "own" {
			return nil, 0
		}
		if expelledEnvoys.has(w) {
			envoy = true
		}
		// "the head of the UN mission's rights office … to leave the
		// country": the head of a foreign body is sent out of the country.
		if w == "head" && st.low[k+1] == "of" {
			head = true
		}
		if w != "to" || !leaveWords.has(st.low[k+1]) {
			continue
		}
		if !envoy && !(head && k+3 < len(st.low) && st.low[k+2] == "the" && st.low[k+3] == "country") {
			return nil, 0
		}
		es, _ := c.lex.match(orderOutForm, 0)
		for _, e := range es {
			if e.pos == 'V' && e.cameo == "166" {
				return e, k + 2 - i
			}
		}
		return nil, 0
	}
	return nil, 0
}

// orderOutReach is the most tokens between the order and "to leave".
const orderOutReach = 30

// orderOutForm is a lexicon form with the reading of an envoy ordered out.
var orderOutForm = []string{"ordered", "the", "ambassador", "to", "leave"}

// orderOutVerbs send someone away: "ordered", "told", "gave … 72 hours".
var orderOutVerbs = filtered(wordSet("order", "orders", "ordered", "ordering", "told", "tell", "tells", "telling",
	"give", "gives", "gave", "given", "giving"))

// leaveWords are the verbs of going after "to": "to leave", "to quit".
var leaveWords = filtered(wordSet("leave", "quit"))

// expelledEnvoys name a state's or a body's envoys abroad.
var expelledEnvoys = filtered(wordSet("ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats",
	"chargé", "charge", "consul", "consuls", "attaché", "attachés", "attache", "attaches",
	"representative", "representatives"))
