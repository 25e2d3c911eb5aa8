package code

// People named by where they come from: "special envoys from Armenia and
// Turkey held talks", "troops from Kenya and Uganda shelled the camp",
// "border troops from Kyrgyzstan and Tajikistan fought". The states after
// "from" say whose envoys or troops they are, one copy for each; where the
// event has two sides and names no other, the two states are its sides.

// fromStatesX50 returns, for a generic sector mention m followed by
// "from" and a list of countries, one copy of m for each country, of that
// country. Nil when m is not generic or no such list follows it.
func (st *sent) fromStatesX50(m *mention) []*mention {
	if m.kind != "sector" || m.actor.ID != "" || m.actor.Sector == "" || m.j+1 >= len(st.low) || st.low[m.j] != "from" {
		return nil
	}
	var out []*mention
	for n := m.j + 1; n < len(st.low); {
		if x := st.mentionAt(n); x != nil && x.i == n {
			if x.kind != "country" || x.actor.Country == "" {
				return nil
			}
			out = append(out, genericOf(m, x))
			n = x.j
			continue
		}
		if len(out) > 0 && (st.low[n] == "and" || st.low[n] == ",") && n+1 < len(st.low) && st.mentionAt(n+1) != nil {
			n++
			continue
		}
		break
	}
	return out
}

// fromStatesSides gives cd the states its generic subject comes from: as
// its sources, or, for a two-sided event naming no other side, as its two
// sides ("border troops from Kyrgyzstan and Tajikistan fought").
func (st *sent) fromStatesSides(cd *candidate) {
	if g, tgtIn := st.x79FromListHead(cd); g != nil {
		cd.src = []*mention{g}
		if tgtIn {
			cd.tgt = nil
		}
	}
	if len(cd.src) != 1 {
		return
	}
	fs := st.fromStatesX50(cd.src[0])
	switch {
	case len(fs) < 2:
		// "soldiers from Chad": the country after "from" is found already
	case cd.e.has(flagSym) && onlyVictimsX50(cd.tgt):
		cd.src, cd.tgt = fs[:1], fs[1:]
	default:
		cd.src = fs // "police from Peru and Bolivia clashed with smugglers"
	}
}

// onlyVictimsX50 reports whether ms names no other side: none at all, or
// only the unnamed people a toll counts ("leaving 31 people dead").
func onlyVictimsX50(ms []*mention) bool {
	for _, m := range ms {
		if m.actor.ID != "" || m.actor.Country != "" || m.actor.Sector != "CVL" {
			return false
		}
	}
	return true
}
