package code

// prec61: talks opened by the envoys of the parties are news.
//
// "Negotiators for the government and the rebels opened their first peace
// talks in Oslo", "delegations from Ethiopia and the TPLF began their
// first direct talks": "their talks" reads as a meeting told before
// unless its owner names the parties, and "their" here points back at
// people sent by the parties ("negotiators for", "envoys of"), whose
// parties follow them. Annotators of every batch code such talks, as
// they code "A and B held their first talks".

// prec61OpenVerbs open or hold talks.
var prec61OpenVerbs = filtered(wordSet("opened", "open", "opens", "opening", "began", "begin", "begins", "beginning",
	"begun", "started", "start", "starts", "starting", "launched", "launch", "launches", "launching", "held", "hold",
	"holds", "holding", "resumed", "resume", "resumes", "resuming", "off"))

// prec61EnvoyNouns are people who speak for a party at talks.
var prec61EnvoyNouns = filtered(wordSet("negotiators", "envoys", "delegations", "delegates", "representatives",
	"officials", "diplomats", "emissaries", "teams", "negotiating"))

// prec61EnvoysOpened reports whether the talk noun at cd is "their" talks
// that a verb of opening takes, whose subject is envoys "for", "of" or
// "from" a party named right after.
func prec61EnvoysOpened(st *sent, cd *candidate) bool {
	k := cd.i - 1
	for k >= 0 && k >= cd.i-4 && st.low[k] != "their" && isModifier(st.toks[k]) {
		k--
	}
	if k < 2 || st.low[k] != "their" || !prec61OpenVerbs.has(st.low[k-1]) {
		return false
	}
	for s := k - 2; s >= 0 && s >= k-12; s-- {
		w := st.low[s]
		if w == "," || w == ";" || w == "." {
			return false
		}
		if prec61EnvoyNouns.has(w) && s+2 < k-1 && (st.low[s+1] == "for" || st.low[s+1] == "of" || st.low[s+1] == "from") {
			for m := s + 2; m < k-1 && m <= s+4; m++ {
				if st.mentionAt(m) != nil {
					return true
				}
			}
		}
	}
	return false
}
