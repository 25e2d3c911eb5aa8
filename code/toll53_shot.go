package code

// Issue 3, round toll53: a participle of killing after a comma tells the
// dead of the attack before it, whatever its inflection. ", killing the
// head of the council" gives the attack its one dead through the verb of
// killing; ", shooting dead the head of its security service" and ",
// gunning down the village chief" are the same phrase, but no trigger of
// killing stands for them when the attack is told by another verb
// ("stormed the embassy, shooting dead …"), so the one victim they name
// was not counted. Dev: three such participles follow an attack told by
// another verb; the gold counts the one victim named after
// dip-wire37-027's "shooting dead the head of its security service",
// which only this rule reads; wire12-025's "shooting dead an Italian nun"
// and wire21-103's "shooting dead three people" were read through their
// article or count already.

// toll53CommaKill returns the last token of a phrase of killing that
// opens a participle clause after event cd's trigger (", shooting dead",
// ", gunning down") before the sentence's next trigger, or -1.
func toll53CommaKill(st *sent, cd *candidate) int {
	end := min(cd.next, len(st.low))
	for n := cd.j + 2; n < end; n++ {
		if st.low[n-2] == "," && toll38KillPhraseEnd(st, n) {
			return n
		}
	}
	return -1
}
