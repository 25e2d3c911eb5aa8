package actor

// inHyphenName reports whether the match [start,end) is a middle part of a
// hyphenated name whose other parts are no actors, as "AU" in the dateline
// "PORT-AU-PRINCE -": joined by hyphens on both sides without spaces, the
// alias is a syllable of a place name, not the African Union. A chain of
// actors such as "US-EU-China talks" keeps its mentions, because its
// neighbours are themselves in the dictionary.
func (d *Dictionary) inHyphenName(text string, toks []tok, start, end int, buf *findBuf) bool {
	if start < 2 || end+1 >= len(toks) {
		return false
	}
	l, r := start-2, end+1
	if !joinedHyphen(text, toks, start-1, l, start) || !joinedHyphen(text, toks, end, end-1, r) {
		return false
	}
	return d.match(text, toks, l, false, buf) == nil && d.match(text, toks, r, false, buf) == nil
}

// joinedHyphen reports whether token h is a hyphen glued without spaces to
// the word tokens a before it and b after it.
func joinedHyphen(text string, toks []tok, h, a, b int) bool {
	if text[toks[h].s:toks[h].e] != "-" || !toks[a].word || !toks[b].word {
		return false
	}
	return toks[a].e == toks[h].s && toks[h].e == toks[b].s
}
