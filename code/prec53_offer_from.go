package code

// prec53: the state a proposal comes from. In "Kenya rejected a fresh offer
// from Tanzania for talks", "the junta turned down an invitation from
// Accra" and "Lima accepted a request from Quito", the country or capital
// after "from" says whose offer it is, the party the answer goes to, not
// a place: after a noun of proposal or appeal "from" names a sender, as
// "by" does ("a proposal by Tanzania").

// prec53ProposalFrom reports whether the country or capital at token i
// follows "from" (past "the" and one adjective: "from neighbouring
// Uganda") right after a noun that names what one side puts to another.
func prec53ProposalFrom(st *sent, i int) bool {
	k := i - 1
	if k > 0 && (st.toks[k].tag == "JJ" || homeModifiers.has(st.low[k])) {
		k--
	}
	if k > 0 && st.low[k] == "the" {
		k--
	}
	if k < 1 || st.low[k] != "from" {
		return false
	}
	return prec53ProposalNouns.has(st.low[k-1])
}

// prec53ProposalNouns name what one party puts to another for an answer:
// an offer, a proposal, an invitation, a request, an appeal, a demand.
var prec53ProposalNouns = filtered(wordSet(
	"offer", "offers", "proposal", "proposals", "invitation", "invitations",
	"request", "requests", "appeal", "appeals", "plea", "pleas", "demand", "demands",
	"overture", "overtures", "ultimatum", "ultimatums", "initiative", "initiatives",
	"proposition", "propositions", "bid", "bids", "call", "calls"))
