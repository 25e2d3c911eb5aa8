package code

// Issue 3, round x42: a declared status told past an apposition. In
// "Chile declared Bolivia's consul, Marco Ruiz, persona non grata,
// accusing La Paz of …" the name between commas renames the object; the
// status after it still belongs to "declared", so the participle that
// follows is the declarer's, not the envoy's.

// x42AppositionEnd returns the comma that closes a short apposition opened
// by the comma at k, before token i: a few words with no verb, no
// conjunction and no relative pronoun between the two commas ("Bolivia's
// consul, Marco Ruiz, persona non grata"). It returns -1 when the comma at
// k opens no such apposition.
func (st *sent) x42AppositionEnd(k, i int) int {
	if k <= 0 || k >= len(st.low) || st.low[k] != "," {
		return -1
	}
	for e := k + 2; e < i && e <= k+7; e++ {
		w := st.low[e-1]
		if w == "and" || w == "or" || w == "who" || w == "which" || w == "whose" || w == "that" || w == ";" {
			return -1
		}
		if t := st.toks[e-1].tag; len(t) >= 2 && t[:2] == "VB" || t == "MD" {
			return -1
		}
		if st.low[e] == "," {
			return e
		}
	}
	return -1
}
