package code

// agreementTerms reports whether the verb trigger cd tells what an
// agreement named just before it does, in a relative clause: "revoked a
// defence accord that allowed 1,000 foreign troops to operate", "a pact
// which gives the navy access to the port". The clause describes the
// agreement; no one allowed or gave anything that day.
func agreementTerms(st *sent, cd *candidate) bool {
	k := cd.i - 1
	if k >= 0 && (st.low[k] == "would" || st.low[k] == "will" || st.low[k] == "had" || st.low[k] == "has" || st.low[k] == "have") {
		k--
	}
	if k < 1 || st.low[k] != "that" && st.low[k] != "which" {
		return false
	}
	k--
	if st.low[k] == "," {
		k--
	}
	for n := k; n >= 0 && n >= k-4; n-- {
		if agreementWords.has(st.low[n]) {
			return true
		}
		if !isModifier(st.toks[n]) {
			return false
		}
	}
	return false
}

// agreementWords name a written agreement.
var agreementWords = filtered(wordSet("agreement", "agreements", "accord", "accords", "deal", "deals", "treaty",
	"treaties", "pact", "pacts", "memorandum", "declaration", "arrangement", "protocol"))

// negotiatedContent reports whether the gerund trigger cd is what talks
// are about, not an act: "will open negotiations by February on giving
// the country access to the sea", "discussed reopening their border".
func negotiatedContent(st *sent, cd *candidate) bool {
	if cd.i < 1 || st.toks[cd.i].tag != "VBG" {
		return false
	}
	prev := st.low[cd.i-1]
	if discussWords.has(prev) {
		return true
	}
	if prev != "on" && prev != "about" && prev != "over" {
		return false
	}
	for k := cd.i - 2; k >= 0 && k >= cd.i-9; k-- {
		w := st.low[k]
		if talksWords.has(w) {
			return true
		}
		if w == "," || w == ";" || clauseVerbTag(st.toks[k].tag) && !discussWords.has(w) {
			return false
		}
	}
	return false
}

// discussWords take as object the matter discussed.
var discussWords = filtered(wordSet("discussed", "discussing", "discuss", "discusses"))

// talksWords name talks whose subject "on" or "about" introduces.
var talksWords = filtered(wordSet("talks", "negotiations", "discussions", "consultations", "dialogue"))
