package actor

// gsr31BridgeForce lets a named organisation or group reach past one word
// that says what kind of force follows to the armed noun right after it,
// so both are one actor: "NATO peacekeeping troops" are NATO's, as "NATO
// troops" are, and "African Union combat forces" the AU's. A name is a
// noun and the word after it may be a verb ("NATO sent troops"), so unlike
// a demonym's bridge (bridgeModifier) only the words of gsr31ForceKinds
// are passed.
func gsr31BridgeForce(text string, toks []tok, hits []hit, h hit) {
	if len(hits) == 0 || h.kind != KindSector || h.sector != "MIL" {
		return
	}
	top := &hits[len(hits)-1]
	if top.kind != KindOrg && top.kind != KindGroup || top.nouns > 0 || top.after != top.end || top.after+1 != h.start {
		return
	}
	g := toks[top.after]
	if !g.word || g.s <= toks[top.end-1].e || g.e >= toks[h.start].s {
		return
	}
	if gsr31ForceKinds[text[g.s:g.e]] {
		top.after = h.start
	}
}

// gsr31ForceKinds name the kind of a force between its owner and the noun
// for its men: "peacekeeping troops", "ground forces", "naval units".
var gsr31ForceKinds = wordSet(`peacekeeping peace-keeping combat ground naval
	elite reserve standby stabilisation stabilization intervention`)
