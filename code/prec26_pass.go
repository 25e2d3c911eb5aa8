package code

// Precision pass over a sentence's built events for constructions common
// to several blind batches (wire17–wire31): each rule lives in its own
// prec26_*.go file.

// prec26 drops, once a sentence's events are built, those a careful coder
// would not record: a vow of resolve read as a pledge ("vowed to defend
// the border"), the aim of a sanction or a cut ("imposed sanctions,
// targeting its oil industry"), a crowd that dispersed of its own accord
// ("the crowd dispersed after midnight"), cooperation named as the topic
// of another act ("signed a defence cooperation agreement"), and the
// words of a commercial lawsuit between a firm and its rival, told in the
// language of war ("a long legal battle", "the judge rejected the
// carrier's argument").
func (c *Coder) prec26(d *doc, st *sent, built []*candidate) {
	var lawsuit *bool
	for _, cd := range built {
		if cd.folded {
			continue
		}
		why := ""
		if resolveVowed(st, cd) {
			why = "a vow of resolve, not a pledge to cooperate (\"vowed to defend the border\")"
		} else if measureAimedAt(st, built, cd) {
			why = "what a non-violent act just told is aimed at (\"imposed sanctions, targeting its oil industry\")"
		} else if crowdWentHome(st, cd) {
			why = "a crowd that dispersed of its own accord (\"the crowd dispersed after midnight\"): no force used"
		} else if cooperationTopic(built, cd) {
			why = "the noun \"cooperation\" as what another act of the sentence is about (\"signed a security cooperation pact\")"
		} else if lawsuitOnly(cd) {
			if lawsuit == nil {
				v := commercialLawsuit(d)
				lawsuit = &v
			}
			if *lawsuit {
				why = "a court case between firms over money, with no state, armed or protesting actor (\"the judge rejected the carrier's argument\")"
			}
		}
		if why != "" {
			cd.folded = true
			c.trace(st, cd, why)
		}
	}
}
