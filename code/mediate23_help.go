package code

// helpedBrokerVerbs are the go-between's work told after "helped":
// "the EU, which helped broker the talks", "an official who helped
// mediate the meeting".
var helpedBrokerVerbs = filtered(wordSet("broker", "mediate", "facilitate", "negotiate"))

// helpWords name the help a go-between gave, in "brokered with help from
// Swiss diplomats", "mediated with the assistance of Norway".
var helpWords = filtered(wordSet("help", "assistance", "support"))

// helpedBrokers finds the go-betweens a sentence names by the help they
// gave to talks or a deal: the doer of "helped (to) broker" ("Norway,
// which helped broker the accord, welcomed it"; "a UN official who helped
// mediate the meeting said"), and who a broker participle was done "with
// help from" ("the accord, brokered with help from Swiss diplomats").
func helpedBrokers(st *sent) []*mention {
	var out []*mention
	for k, w := range st.low {
		if helpedBrokerVerbs.has(w) && k >= 1 {
			h := k - 1
			if st.low[h] == "to" && h >= 1 {
				h--
			}
			if st.low[h] == "helped" || st.low[h] == "helps" || st.low[h] == "help" && h >= 1 && brokerAuxiliaries.has(st.low[h-1]) {
				out = append(out, helperOf(st, h)...)
			}
		}
		if namedBrokerCues.has(w) && k+3 < len(st.low) && st.low[k+1] == "with" {
			n := k + 2
			if st.low[n] == "the" {
				n++
			}
			if n+1 < len(st.low) && helpWords.has(st.low[n]) && (st.low[n+1] == "from" || st.low[n+1] == "of") {
				for x := n + 2; x < len(st.low) && x <= n+3; x++ {
					if m := st.mentionAt(x); m != nil && m.actor.ID != "" {
						out = append(out, st.coordinated(m)...)
						break
					}
				}
			}
		}
	}
	return out
}

// helperOf finds who does "helped" at h: the broker's doer before it
// ("Norway, which helped", "Qatar has helped"), or the antecedent of a
// relative with no comma ("a UN official who helped").
func helperOf(st *sent, h int) []*mention {
	if ms := brokerSubject(st, h); len(ms) > 0 {
		return ms
	}
	if h >= 2 && (st.low[h-1] == "who" || st.low[h-1] == "which" || st.low[h-1] == "that") {
		return st.actorsEndingAt(h - 2)
	}
	return nil
}
