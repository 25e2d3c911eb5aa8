package code

// Precision pass over a sentence's built events for words that tell no
// act of their own: each rule lives in its own prec29_*.go file.

// prec29 drops, once a sentence's events are built, those a careful coder
// would not record:
//   - a trigger telling again the act of an earlier one: a comma
//     participle of the same lexicon row ("surrendered to the army,
//     handing over eight rifles") or a second means in a list ("used tear
//     gas and stun grenades"), see prec29_restate.go; a deployment noun
//     summing up a move, see prec29_deploy.go; the weapon and the agent
//     of one chemical attack, see prec29_chemical.go;
//   - a meeting that only places the subject, that people were leaving,
//     that an act took place at, or that an envoy is recalled for, see
//     prec29_meeting.go;
//   - what the victims of the act just told were accused of, see
//     prec29_charge.go;
//   - what an agreement allows and what talks are about, see
//     prec29_content.go;
//   - an agreement an act is part of, denied or already in force, a
//     state of closure, a war entering a new month, an arrest protested
//     against, a power to detain, a warning of a fact, an attack only
//     plotted, someone dismissed from a post, what words were about, a
//     product recall, see prec29_frame.go, prec29_warning.go and
//     prec29_plot.go.
//
// Arms listed after a verb of seizing or finding are dropped earlier,
// with the arms heldWeapon finds (see prec29_arms.go).
func (c *Coder) prec29(d *doc, st *sent, built []*candidate) {
	for n, cd := range built {
		if cd.folded {
			continue
		}
		why := ""
		prev := participleRestates(st, built[:n], cd)
		if prev != nil {
			why = "a comma participle telling again the act just told (\"surrendered, handing over their rifles\")"
		} else if prev = listedMeans(st, built[:n], cd); prev != nil {
			why = "one more means in a list of the same act (\"used tear gas and stun grenades\")"
		} else if prev = sharedObjectVerb(st, built[:n], cd); prev != nil {
			why = "a second verb sharing the object of an attack (\"beat and burned a man\")"
		} else if prev = deploymentSummed(st, built[:n], cd); prev != nil {
			why = "a deployment noun summing up the move just told (\", a rare deployment of\")"
		}
		if prev != nil {
			cd.folded, cd.corefOf = true, prev
			toll40CarryToll(prev, cd)
			c.trace(st, cd, why)
			continue
		}
		if prev = chemicalCarrier(st, built[:n], cd); prev != nil {
			keep, drop := mergeChemical(d, st, prev, cd)
			drop.folded, drop.corefOf = true, keep
			c.trace(st, drop, "one chemical attack told by its weapon and its agent (\"shells that released chlorine\")")
			continue
		}
		if prev, why = meetingAside(st, built[:n], cd); why != "" {
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, why)
			continue
		}
		if chargeOfVictim(st, built[:n], cd) {
			why = "what the victims of the act just told were accused of (\"arrested activists accused of arson\")"
		} else if cd.e.pos == 'V' && agreementTerms(st, cd) {
			why = "what an agreement named just before does (\"an accord that allowed troops to operate\")"
		} else if negotiatedContent(st, cd) {
			why = "what talks are about (\"negotiations on giving the country access to the sea\")"
		} else if why = frameOnly(st, cd); why != "" && isAgreementNoun(cd.e) && partOfBefore(st, cd.i) {
			// What the sentence says of it still goes to a truce told
			// before, as with "under the deal".
			c.ceasefireReference(d, cd)
		}
		if why != "" {
			cd.folded = true
			c.trace(st, cd, why)
		}
	}
}
