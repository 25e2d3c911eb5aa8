package code

// acled35LootingInUnrest: a crowd that loots where its own sentence tells
// of no protest ("crowds ransacked shops and burned buses in several
// districts") is a mob by the per-sentence rules (lootingCrowd), but when
// another sentence of the story tells of rioting or protesters ("two days
// of rioting and looting that began with a strike", "police fired tear gas
// at protesters in the capital"), the looting is that unrest's violent
// demonstration, as ACLED codes the riots of a protest wave. In dev, the
// gold gives the violent demonstration in 3 of the 4 looting mobs of such
// stories (the fourth, looters at an abandoned aid warehouse, is property
// destruction) and a mob in 7 of the 8 looting mobs of stories without one (the eighth
// is property destruction too). It runs over the document, after
// acledReaders.
func acled35LootingInUnrest(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.i < 0 || cd.ev.ACLEDType != acledRiots || cd.ev.ACLEDSubtype != subMob {
			continue
		}
		st := cd.st
		if !st.hasAny(&lootWords) || st.hasAny(&acled35UnrestWords) || st.hasAny(&marchWords) || st.hasAny(&rioterWords) {
			continue
		}
		if acled35UnrestElsewhere(d, st) {
			cd.ev.ACLEDSubtype = subViolentDem
		}
	}
}

// acled35UnrestElsewhere reports whether a sentence of the document other
// than st tells of rioting or protesters.
func acled35UnrestElsewhere(d *doc, st *sent) bool {
	for _, o := range d.sents {
		if o != st && o.hasAny(&acled35UnrestWords) {
			return true
		}
	}
	return false
}

// acled35UnrestWords tell of a riot or of people protesting: not "in
// protest", said of a boycott or a recall, nor "unrest", said of any
// disorder.
var acled35UnrestWords = filtered(wordSet("riot", "riots", "rioting", "rioters", "protesters", "protestors", "protests",
	"demonstrators", "demonstrations", "marchers"))
