package code

// mode35BodyOfficials are the officers who speak and act for a body:
// "the agency's country director", "the organisation's spokeswoman".
var mode35BodyOfficials = filtered(wordSet("director", "chief", "head", "spokesman", "spokeswoman", "spokesperson",
	"representative", "coordinator", "envoy", "official", "officials", "administrator", "commissioner",
	"secretary-general", "boss", "president", "chairman", "chairwoman", "chair"))

// mode35BodyOfficial returns, for a subject ending at k that is an officer
// of a bare "the agency" or "the organisation" opening its clause ("The
// agency's country director urged donors …"), the international body the
// text named before, read as the subject. Else nil.
func (d *doc) mode35BodyOfficial(st *sent, k int) *mention {
	if k < 3 || !mode35BodyOfficials.has(st.low[k]) || st.mentionAt(k) != nil {
		return nil
	}
	p := k - 1
	for n := 0; n < 2 && p > 0 && st.low[p] != "'s" && st.mentionAt(p) == nil && (st.toks[p].tag == "JJ" || st.toks[p].tag == "NN"); n++ {
		p--
	}
	if p < 2 || st.low[p] != "'s" || !orgHeads.has(st.low[p-1]) || st.low[p-2] != "the" || st.mentionAt(p-1) != nil || !clauseStart(st, p-2) {
		return nil
	}
	b := d.bodyBefore(st, &mention{i: p - 1, j: p})
	if b == nil {
		return nil
	}
	b.Text = st.textOf(p-2, k+1)
	return &mention{i: k, j: k + 1, kind: "pronoun", actor: *b}
}
