package code

// gsr31HandedDocument reports whether "handed over" hands over a paper,
// not people, arms or ground: "handed over a letter to the UN", "in a
// petition handed over to the governor". A message delivered tells no
// release (CAMEO 084) and no cooperation (060); what it says is coded from
// the words that tell it ("a protest note" has its own reading). The paper
// is the object right after the verb (past a determiner and one modifier)
// or the noun the participle describes.
func gsr31HandedDocument(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || len(cd.e.words) == 0 || cd.e.words[0] != "handed" || cd.e.cameo != "084" && cd.e.cameo != "060" {
		return false
	}
	if cd.i > 0 && gsr31Papers.has(st.low[cd.i-1]) {
		return true
	}
	k := cd.j
	if k < len(st.low) && (determiners.has(st.low[k]) || st.toks[k].tag == "PRP$" || st.toks[k].tag == "CD") {
		k++
	}
	if k+1 < len(st.low) && st.toks[k].tag == "JJ" {
		k++
	}
	return k < len(st.low) && gsr31Papers.has(st.low[k])
}

// gsr31Papers are papers handed over to deliver what they say.
var gsr31Papers = filtered(wordSet("letter", "letters", "petition", "petitions", "message", "messages",
	"memorandum", "memo", "document", "documents", "dossier", "dossiers", "list", "lists",
	"report", "reports", "proposal", "proposals", "invitation", "invitations", "reply", "response",
	"statement", "declaration", "credentials"))
