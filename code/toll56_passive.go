package code

// Issue 3, round toll56: a count told as the subject of a passive verb of
// killing other than "killed" counts the dead. "Seventeen people were
// massacred", "five civilians were executed", "nine men were gunned down"
// and "two students were shot and killed" tell a toll as "were killed"
// does, but only "killed", "slain" and "shot dead" were read after a count.
// The verb must be passive, so that "three gunmen massacred 20 villagers"
// still counts the villagers, not the gunmen. Found by probing with
// sentences of our own (4 of 4 such tolls missed); dev tells few tolls
// this way (wire7-077's "116 inmates were killed, some of them beheaded"
// is read through "killed" already), so the rule follows ACLED's reading
// of the verb rather than a count of dev.

// passiveKillVerbs are the participles of killing that tell a death when
// passive: "were massacred", "had been executed".
var passiveKillVerbs = filtered(map[string]bool{
	"massacred": true, "executed": true, "murdered": true, "slaughtered": true, "butchered": true,
	"assassinated": true, "beheaded": true, "lynched": true, "decapitated": true,
})

// toll56PassiveKill returns the token of the toll word when a passive verb
// of killing starts at token k ("were [massacred]", "were [gunned] down",
// "were [shot] and killed"), or -1.
func toll56PassiveKill(st *sent, k int) int {
	if !passiveBefore(st, k) {
		return -1
	}
	w := st.low[k]
	switch {
	case passiveKillVerbs.has(w):
		return k
	case (w == "gunned" || w == "mowed") && k+1 < len(st.low) && st.low[k+1] == "down":
		return k + 1
	case w == "shot" && k+2 < len(st.low) && st.low[k+1] == "and" && st.low[k+2] == "killed":
		return k + 2
	}
	return -1
}

// reflexives are the pronouns by which a toll verb's doer counts among
// its own victims: "killing himself and five soldiers".
var reflexives = filtered(map[string]bool{"himself": true, "herself": true, "themselves": true})

// toll56SelfAnd returns the field of a toll verb whose object opens with
// its doer and goes on to the count at token i: "killing [himself and]
// five soldiers", "wounding herself and two others". The doer is one more
// of the dead or wounded (ACLED counts an attacker killed by his own act);
// "themselves" names more than one, so it adds none, and the count alone
// is read. Found by probing (2 of 2 such tolls read no count at all); dev
// tells none this way ("killed his mother and himself" puts the doer
// last, a list the one-by-one count reads).
func toll56SelfAnd(st *sent, i int) (field string, self int) {
	if i < 3 || st.low[i-1] != "and" || !reflexives.has(st.low[i-2]) {
		return "", 0
	}
	field = tollVerbs[st.low[i-3]]
	if field != "" && st.low[i-2] != "themselves" {
		self = 1
	}
	return field, self
}
