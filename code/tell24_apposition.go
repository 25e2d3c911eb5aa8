package code

// A named body followed by an apposition that describes it speaks itself:
// "JNIM, al Qaeda's Sahel affiliate, said …", "Boko Haram, the Nigerian
// jihadist group, said …". The apposition only says what the body is; the
// patron it names ("al Qaeda's") or the country it qualifies ("Nigerian")
// is not the speaker.

// describedHeads are the nouns an apposition uses to say what kind of body
// the name before it is: "the group's armed wing", "its Sahel affiliate".
var describedHeads = filtered(wordSet("affiliate", "affiliates", "branch", "wing", "arm", "offshoot", "franchise",
	"group", "force", "movement", "alliance", "coalition", "faction", "militia", "outfit", "organisation",
	"organization", "network", "proxy", "ally", "umbrella", "front", "insurgency", "mission", "bloc"))

// describedStops end the head of an apposition: what follows them
// qualifies the head ("the group's affiliate in the Sahel").
var describedStops = filtered(wordSet("in", "of", "for", "from", "with", "based", "that", "which", "who", "on", "across", "led", "fighting"))

// describedName returns the named body before the comma at c when the
// apposition between it and the report verb at k (itself after a comma)
// only describes it, or nil. A person's name in the apposition ("the
// rebels' leader, Ali X, said") or a bare country before it is left to
// the rules for titles.
func describedName(st *sent, c, k int) *mention {
	if c < 1 || k-1 <= c+1 || st.low[k-1] != "," {
		return nil
	}
	head := false
	for n := c + 1; n < k-1; n++ {
		if describedStops.has(st.low[n]) {
			break
		}
		if m := st.mentionAt(n); m != nil && m.kind == "person" {
			return nil
		}
		if describedHeads.has(st.low[n]) {
			head = true
		}
	}
	if !head {
		return nil
	}
	before := speakerIn(st, phraseStart(st, c), c)
	if before == nil || before.place || before.actor.ID == "" || bareCountry(before) {
		return nil
	}
	switch before.kind {
	case "person", "sector", "pronoun", "implied", "description":
		return nil
	}
	return before
}
