package code

// lex48 tariffs: "China said it would impose an extra 34% tariff on all
// goods from the United States from April 10" announces a trade measure
// (CAMEO 163, planned); "the United States will impose a 5 percent tariff
// on all goods from Mexico ... until illegal migrants stop crossing the
// border" makes it hang on what the other side does, a threat (CAMEO
// 1312). The lexicon gives the future forms both readings; the sentence's
// condition words choose.

// lex48TariffWords are the words of a trade measure the lex48 rows name.
var lex48TariffWords = filtered(wordSet("tariff", "tariffs", "duties", "levies"))

// lex48TariffReading keeps, of the readings of a trigger at i that names
// a tariff after "will" or "would", the threat (CAMEO 1312) when the
// sentence sets a condition on it and the measure itself (CAMEO 163)
// otherwise. Readings of other words pass unchanged.
func lex48TariffReading(st *sent, es []*entry, i int) []*entry {
	if len(es) < 2 || st.low[i] != "would" && st.low[i] != "will" {
		return es
	}
	var measure, threat, other []*entry
	for _, e := range es {
		switch {
		case !lex48TariffWords.has(e.words[len(e.words)-1]):
			other = append(other, e)
		case e.cameo == "163":
			measure = append(measure, e)
		case e.cameo == "1312":
			threat = append(threat, e)
		default:
			other = append(other, e)
		}
	}
	if len(measure) == 0 || len(threat) == 0 {
		return es
	}
	if lex48Conditional(st, i) {
		return append(threat, other...)
	}
	return append(measure, other...)
}

// lex48Conditional reports whether the sentence of the trigger at i sets
// a condition or tells a warning: "if" or "unless" anywhere, "until"
// after the trigger opening a clause, a verb within three words ("until
// migrants stop crossing"; "until the end of the year" is a span of
// time), or a verb of warning before it ("Beijing warned it would impose
// tariffs").
func lex48Conditional(st *sent, i int) bool {
	for k, w := range st.low {
		switch {
		case w == "if" || w == "unless":
			return true
		case w == "until":
			if k > i && lex48VerbWithin(st, k+1, 3) {
				return true
			}
		case k < i && lex48WarnWords.has(w):
			return true
		}
	}
	return false
}

// lex48WarnWords are the verbs of warning and threatening that make what
// follows a threat.
var lex48WarnWords = filtered(wordSet("warned", "warns", "warn", "warning", "threatened", "threatens", "threaten",
	"threatening", "cautioned", "cautions"))

// lex48VerbWithin reports whether a verb is tagged among the n tokens
// from j.
func lex48VerbWithin(st *sent, j, n int) bool {
	for k := j; k < len(st.toks) && k < j+n; k++ {
		if t := st.toks[k].tag; len(t) >= 2 && t[0] == 'V' && t[1] == 'B' {
			return true
		}
	}
	return false
}
