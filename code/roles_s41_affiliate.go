package code

// A regional branch of the Islamic State is its own actor. "Islamic
// State's Khorasan branch claimed the attack", "fighters of the Islamic
// State's West Africa Province", "the Islamic State's regional affiliate"
// name the affiliate, not the parent the dictionary finds in the first two
// words: the possessive ends the name before the word that says which
// branch it is. The branch is read from the words before the head noun
// (Khorasan, West Africa, Somali, Sahel); a branch told only as
// "regional" or "local" is the one of the country the article is about.
// The same holds for "the Khorasan branch of the Islamic State".

// isParentIDS41 is the dictionary id of the Islamic State as a whole.
const isParentIDS41 = "ISIS"

// affiliateHeadsS41 are the nouns that make a possessive on the Islamic
// State name one of its branches.
var affiliateHeadsS41 = filtered(wordSet("branch", "affiliate", "province", "wing", "offshoot", "franchise", "chapter", "arm"))

// affiliateWordsS41 give the branch a word before the head noun names:
// its region or the country it fights in.
var affiliateWordsS41 = map[string]string{
	"khorasan": "ISKP", "khurasan": "ISKP", "afghan": "ISKP", "afghanistan": "ISKP", "pakistani": "ISKP",
	"somali": "ISSOM", "somalia": "ISSOM",
	"sahel": "ISSP", "sahara": "ISSP", "saharan": "ISSP", "malian": "ISSP",
	"nigerian": "ISWAP", "nigeria": "ISWAP",
}

// affiliateVagueS41 say only that a branch is a local one.
var affiliateVagueS41 = filtered(wordSet("regional", "local", "provincial", "affiliated"))

// affiliateByCountryS41 gives the branch a vague "regional affiliate"
// stands for in the country the story is about. Niger, where two
// branches fight, has none; nor has Mozambique, whose branch the gold
// codes as the Islamic State itself.
var affiliateByCountryS41 = map[string]string{
	"AFG": "ISKP", "PAK": "ISKP", "SOM": "ISSOM",
	"NGA": "ISWAP", "TCD": "ISWAP", "CMR": "ISWAP", "MLI": "ISSP", "BFA": "ISSP",
}

// sentFixesS41 corrects the mentions of a sentence just read, before its
// pronouns are resolved: "inter-Korean" is no state's (betweenDemonymsS41)
// and an Islamic State branch is the branch (stateAffiliatesS41).
func (c *Coder) sentFixesS41(st *sent, d *doc) {
	st.betweenDemonymsS41()
	c.stateAffiliatesS41(st, d)
}

// stateAffiliatesS41 turns an Islamic State mention followed by "'s …
// branch" (or preceded by "… branch of") into the branch it names, the
// mention then spanning the whole phrase.
func (c *Coder) stateAffiliatesS41(st *sent, d *doc) {
	for pass := 0; pass < 2; pass++ {
		if !c.stateAffiliateOnceS41(st, d) {
			return
		}
	}
}

// stateAffiliateOnceS41 widens the first Islamic State mention that names a
// branch and reports whether it found one.
func (c *Coder) stateAffiliateOnceS41(st *sent, d *doc) bool {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.actor.ID != isParentIDS41 || m.place {
			continue
		}
		i, j := m.i, m.j
		from, head := -1, -1
		switch {
		case j+1 < len(st.low) && (st.low[j] == "'s" || st.low[j] == "'"):
			// "Islamic State's West Africa branch"
			for k := j + 1; k < len(st.low) && k <= j+4; k++ {
				if affiliateHeadsS41.has(st.low[k]) {
					head = k
					break
				}
			}
			from = j + 1
		case i >= 2 && st.ofBeforeS41(i) >= 1:
			// "the Khorasan branch of Islamic State", "… of the Islamic
			// State group"
			if o := st.ofBeforeS41(i); affiliateHeadsS41.has(st.low[o-1]) {
				head = o - 1
				from = head
				for from > 0 && head-from < 3 && st.affiliateModifierS41(from-1) {
					from--
				}
			}
		}
		if head < 0 || !st.affiliatePhraseS41(from, head) {
			continue
		}
		id := affiliateOfS41(st, from, head, d.focus)
		if id == "" {
			continue
		}
		a, ok := c.actors.Lookup(id, d.date)
		if !ok {
			continue
		}
		start, end := i, j
		if head < i {
			start = from
			if start > 0 && st.toks[start-1].tag == "DT" {
				start--
			}
		} else {
			end = head + 1
		}
		// Drop what the dictionary found inside the phrase ("Mozambique",
		// "Somali"), then widen the Islamic State mention over it.
		for k := start; k < end; k++ {
			if q := st.mentionAt(k); q != nil && q.actor.ID != isParentIDS41 {
				st.dropMention(q)
			}
		}
		p := st.mentionAt(i)
		if p == nil {
			return false
		}
		// The Islamic State named again in the sentence, as the Amaq
		// agency that speaks for it ("… claimed the attack on its Amaq
		// news agency"), is the same branch.
		for n := range st.mentions {
			if q := &st.mentions[n]; q != p && q.actor.ID == isParentIDS41 && q.i > p.i {
				b := a
				b.Text = q.actor.Text
				q.actor = b
			}
		}
		a.Text = st.textOf(start, end)
		p.i, p.j, p.actor, p.kind = start, end, a, "group"
		return true
	}
	return false
}

// ofBeforeS41 returns the "of" right before token i, past an article
// ("branch of the Islamic State"), or -1.
func (st *sent) ofBeforeS41(i int) int {
	o := i - 1
	if o > 0 && st.low[o] == "the" {
		o--
	}
	if o >= 0 && st.low[o] == "of" {
		return o
	}
	return -1
}

// affiliateModifierS41 reports whether token k may modify a branch noun:
// a name, an adjective or a noun ("Khorasan", "Somali", "West Africa").
func (st *sent) affiliateModifierS41(k int) bool {
	switch st.toks[k].tag {
	case "NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "HYPH":
		return true
	}
	return false
}

// affiliatePhraseS41 reports whether the words from..head are modifiers
// of the head noun only: names, adjectives, nouns; no verb or clause.
func (st *sent) affiliatePhraseS41(from, head int) bool {
	for k := from; k < head; k++ {
		if !st.affiliateModifierS41(k) {
			return false
		}
	}
	return true
}

// affiliateOfS41 returns the id of the branch the words from..head name,
// or, when they only call it regional, the branch of the story's country;
// "" when they name a branch this does not know or none fits.
func affiliateOfS41(st *sent, from, head int, focus string) string {
	for k := from; k < head; k++ {
		w := st.low[k]
		if id, ok := affiliateWordsS41[w]; ok {
			return id
		}
		if w == "west" && k+1 < head && (st.low[k+1] == "africa" || st.low[k+1] == "african") {
			return "ISWAP"
		}
		if w == "greater" && k+1 < head && st.low[k+1] == "sahara" {
			return "ISSP"
		}
	}
	for k := from; k < head; k++ {
		if !affiliateVagueS41.has(st.low[k]) {
			return ""
		}
	}
	return affiliateByCountryS41[focus]
}
