package code

// lex41CutVerbs open the lex41 rows of a passive cut: "had been cut",
// "were suspended".
var lex41CutVerbs = filtered(wordSet("been", "was", "were"))

// lex41LineWords name a line of communication whose cutting is censorship
// (CAMEO 1721): "mobile internet", "phone lines", "telecommunications".
var lex41LineWords = filtered(wordSet("internet", "broadband", "telecommunications", "telecoms", "telephone", "telephones",
	"phone", "phones", "cellphone", "cellphones", "wifi", "wi-fi"))

// lex41LineHeads may head or follow a line of communication in a passive
// cut's subject: "internet services in the region", "phone lines across
// parts of the country".
var lex41LineHeads = filtered(wordSet("services", "service", "access", "lines", "line", "networks", "network", "connections",
	"connection", "data", "coverage", "links", "parts", "part", "country", "nation", "kingdom", "capital", "areas",
	"regions", "provinces", "districts", "states", "counties"))

// lex41PassiveAux may stand between a passive's subject and its verb.
var lex41PassiveAux = filtered(wordSet("has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "not", "also",
	"largely", "partly", "partially", "reportedly", "since", "then", "still", "again", "now", "completely", "entirely"))

// lex41CutNoLine reports whether cd is a lex41 passive cut ("… had been
// cut since Wednesday") whose subject names no line of communication:
// "mobile internet in three towns had been cut" tells of censorship, "the
// road has been cut" and "talks were suspended" do not. The subject is read
// back from the verb over its auxiliaries, a place phrase and a list of
// places ("internet in Ahvaz, Shadegan and Susangerd"), and stops at another
// verb.
func lex41CutNoLine(st *sent, cd *candidate) bool {
	e := cd.e
	if e.cameo != "1721" || len(e.words) < 2 || !lex41CutVerbs.has(e.words[0]) {
		return false
	}
	k := cd.i - 1
	for k >= 0 && lex41PassiveAux.has(st.low[k]) {
		k--
	}
	for n := 0; k >= 0 && n < 12; k, n = k-1, n+1 {
		w := st.low[k]
		if lex41LineWords.has(w) || w == "data" && k > 0 && st.low[k-1] == "mobile" || w == "media" && k > 0 && st.low[k-1] == "social" {
			return false
		}
		if w == "." || w == ";" || w == ":" || w == "that" || w == "which" || w == "who" {
			return true
		}
		t := st.toks[k].tag
		if len(t) >= 2 && t[:2] == "VB" {
			return true
		}
		// another noun heads the subject: "after the internet
		// blackout, classes were suspended".
		if len(t) >= 2 && t[:2] == "NN" && t != "NNP" && t != "NNPS" && !lex41LineHeads.has(w) && !placeNouns.has(w) {
			return true
		}
	}
	return true
}

// lex41PassiveCut reports whether cd is a lex41 passive cut that
// lex41CutNoLine kept: its subject names a line of communication, so it is a
// blackout (see blackout).
func lex41PassiveCut(cd *candidate) bool {
	e := cd.e
	return e.cameo == "1721" && len(e.words) >= 2 && lex41CutVerbs.has(e.words[0])
}
