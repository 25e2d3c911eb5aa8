package actor

// peopleWordsX80 are the adjectives of peoples with no state of their own
// whose "leaders" speak for the community, not for a government: "Fulani
// leaders condemned the killings", "Tuareg leaders rejected the deal".
// Left out are peoples whose adjective also names a state or a
// self-governing region (Arab, Kurdish, Somali, Tajik, Uzbek, Tigrayan,
// Afar, Amhara) and Myanmar's peoples, whose leaders are often those of
// their armed organisations.
var peopleWordsX80 = wordSet(`Tuareg Fulani Peul Fula Hausa Igbo Yoruba
	Kanuri Ijaw Ogoni Tiv Maasai Kikuyu Luo Kalenjin Hutu Tutsi Banyamulenge
	Nuer Dinka Murle Masalit Zaghawa Berber Amazigh Bedouin Druze Alawite
	Yazidi Yezidi Ezidi Hazara Pashtun Pakhtun Baloch Baluch Balochi Tamil
	Sinhalese Rohingya Uyghur Uighur Uygur Tibetan Hmong Papuan Moro`)

// faithWordsX80 are the adjectives of faiths whose "leaders" are its
// clergy and elders (REL, as "religious leaders"): "Christian leaders
// condemned the attack". Sunni and Shia leaders are often politicians and
// stay as read.
var faithWordsX80 = wordSet(`Christian Muslim Catholic Protestant Hindu
	Sikh Buddhist Jewish Coptic Evangelical Anglican`)

// leaderNounsX80 are the government sector nouns that a people's or a
// faith's adjective makes its community's.
var leaderNounsX80 = wordSet(`leaders leader leadership`)

// communityLeadersX80 gives the leaders named by a people's or a faith's
// adjective right before them the community's sector instead of the
// government's: "Fulani leaders" are civilians (CVL), "Nigerian Fulani
// leaders" NGACVL, "Christian leaders" clergy (REL).
func communityLeadersX80(text string, toks []tok, h *hit) {
	if h.kind != KindSector || h.sector != "GOV" || h.start == 0 || h.end != h.start+1 {
		return
	}
	if !leaderNounsX80[text[toks[h.start].s:toks[h.start].e]] {
		return
	}
	prev := toks[h.start-1]
	if !prev.word {
		return
	}
	w := text[prev.s:prev.e]
	switch {
	case peopleWordsX80[w]:
		h.sector = "CVL"
	case faithWordsX80[w]:
		h.sector = "REL"
	default:
		return
	}
	h.name = sectorLabels[h.sector]
}
