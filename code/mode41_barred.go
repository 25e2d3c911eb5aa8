package code

// An envoy barred from coming back (issue 3, mode): "told Iran's envoy,
// who was visiting home, not to return", "told Israel not to send back its
// ambassador", "asked the Swedish chargé d'affaires not to come back". A
// state that will not have another's envoy back expels him as surely as
// one that orders him out (CAMEO 166, SANCTION expel), though the verb is
// one of telling and the envoy is already away; beside a recall of its own
// envoy ("recalled its ambassador and told …") it is a second act.

// mode41BarredReturn returns the expulsion reading for an order that bars
// another state's envoy from coming back, with the tokens it spans from
// the verb to the verb of returning, or nil. The envoy is named before
// "not to return" ("told Iran's envoy not to return") or after "not to
// send back" ("told Israel not to send back its own ambassador"); a
// state's own envoy told to stay away ("told its ambassador not to
// return") is a recall, left to the recall rows.
func (c *Coder) mode41BarredReturn(st *sent, i int) (*entry, int) {
	if !mode41BarVerbs.has(st.low[i]) {
		return nil, 0
	}
	envoy, own := false, false
	for k := i + 1; k+2 < len(st.low) && k <= i+orderOutReach; k++ {
		w := st.low[k]
		// "told Iran's envoy, who was visiting home, not to return": a
		// relative clause between commas describes the envoy.
		if w == "," && (st.low[k+1] == "who" || st.low[k+1] == "which") {
			end := mode41CommaAfter(st, k+1, i+orderOutReach)
			if end < 0 {
				return nil, 0
			}
			k = end
			continue
		}
		if w == "." || w == ";" || w == ":" || w == "who" || w == "which" || w == "that" {
			return nil, 0
		}
		if t := st.toks[k].tag; (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD") && w != "d'affaires" {
			return nil, 0
		}
		if w == "its" || w == "their" || w == "own" {
			own = true
		}
		if expelledEnvoys.has(w) {
			envoy = true
		}
		if w != "not" || st.low[k+1] != "to" {
			continue
		}
		v := k + 2
		switch {
		case mode41ReturnVerbs.has(st.low[v]) && envoy && !own:
			return c.mode41ExpelEntry(), v + 1 - i
		case v+1 < len(st.low) && mode41ComeBack(st, v):
			if envoy && !own {
				return c.mode41ExpelEntry(), v + 2 - i
			}
		case mode41SendVerbs.has(st.low[v]) || mode41ReturnVerbs.has(st.low[v]):
			// "not to send back its own ambassador", "not to return its
			// envoy": the envoy the one told would send.
			for n := v + 1; n < len(st.low) && n <= v+5; n++ {
				if expelledEnvoys.has(st.low[n]) {
					return c.mode41ExpelEntry(), n + 1 - i
				}
				if st.low[n] == "," || st.low[n] == "." {
					break
				}
			}
		}
		return nil, 0
	}
	return nil, 0
}

// mode41ExpelEntry returns the lexicon's reading of an envoy ordered out.
func (c *Coder) mode41ExpelEntry() *entry {
	es, _ := c.lex.match(orderOutForm, 0)
	for _, e := range es {
		if e.pos == 'V' && e.cameo == "166" {
			return e
		}
	}
	return nil
}

// mode41CommaAfter returns the index of the comma that closes a relative
// clause opened at k, no further than limit, or -1.
func mode41CommaAfter(st *sent, k, limit int) int {
	for n := k + 1; n < len(st.low) && n <= limit; n++ {
		switch st.low[n] {
		case ",":
			return n
		case ".", ";", ":":
			return -1
		}
	}
	return -1
}

// mode41ComeBack reports whether the tokens at v are "come back" or "go
// back".
func mode41ComeBack(st *sent, v int) bool {
	return (st.low[v] == "come" || st.low[v] == "go") && st.low[v+1] == "back"
}

// mode41BarVerbs tell someone what not to do: "told", "asked",
// "instructed", "ordered".
var mode41BarVerbs = filtered(wordSet("told", "tell", "tells", "telling", "asked", "ask", "asks", "asking",
	"instructed", "instruct", "instructs", "instructing", "ordered", "order", "orders", "ordering"))

// mode41ReturnVerbs are the verbs of an envoy coming back: "not to return".
var mode41ReturnVerbs = filtered(wordSet("return", "reappoint"))

// mode41SendVerbs are the verbs of a state sending its envoy back: "not to
// send back its ambassador", "not to send a new envoy".
var mode41SendVerbs = filtered(wordSet("send", "reappoint", "appoint"))
