package actor

// bodyEndsX80 are the last words of a named firm or a professional body
// that may open with its country's name, with the sector of what they
// name: "Kenya Airways" and "Ethiopian Airlines" are business (BUS), "the
// Ghana Bar Association" and "Kenya's Law Society" civilians (CVL, as
// lawyers are). Neither is the state, however political the act ("the
// Uganda Law Society condemned the arrests"). A commission, an authority
// or a board of the state stays the government.
var bodyEndsX80 = map[string]string{
	"Airways": "BUS", "Airlines": "BUS", "Airline": "BUS", "Railways": "BUS",
	"Breweries": "BUS", "Telecom": "BUS", "Telecoms": "BUS", "Motors": "BUS",
	"Holdings":    "BUS",
	"Association": "CVL", "Society": "CVL",
}

// namedBodyX80 widens a country or demonym mention h to the name it
// opens when that name is one to four capitalised words the dictionary
// does not know, ending in one of bodyEndsX80 ("Qatar Airways", "the
// Nigeria Bar Association", "Kenya's Law Society"), and gives it the
// body's sector.
func (d *Dictionary) namedBodyX80(text string, toks []tok, h *hit, buf *findBuf) {
	if h.kind != KindCountry && h.kind != KindDemonym || h.sector != "" || h.country == "" {
		return
	}
	k := h.after
	if k >= len(toks) || !toks[k].word || !isUpperStart(text[toks[k].s:toks[k].e]) {
		return
	}
	for n := 0; n < 4 && k < len(toks) && toks[k].word; n, k = n+1, k+1 {
		w := text[toks[k].s:toks[k].e]
		if !isUpperStart(w) || capitalFunctionWords[w] {
			return
		}
		if sec, ok := bodyEndsX80[w]; ok {
			h.end = k + 1
			h.after = possessiveEnd(text, toks, h.end)
			h.sector = sec
			h.id = h.country + sec
			h.name = d.names[h.id]
			return
		}
		if d.match(text, toks, k, false, buf) != nil {
			return // "Kenya Red Cross Society", "Nigeria Medical Association"
		}
	}
}

// NamedBodyEndX80 reports whether w ends the name of a firm or a
// professional body that keeps the country it opens with ("the Uganda Law
// Society" is Uganda's, where "the Saudi Hospital" in Gaza is not Saudi).
func NamedBodyEndX80(w string) bool {
	_, ok := bodyEndsX80[w]
	return ok
}
