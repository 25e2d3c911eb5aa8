package code

// Targets the story supplies, applied at the end of roles (issue 3, round
// t36): the sides of a prisoner swap (roles_t36_swap.go), the court a
// prisoner is flown to (roles_t36_hague.go), the maker of the act a bare
// reaction answers (roles_t36_reaction.go), whom a vow of revenge is aimed
// at (roles_t36_avenge.go), where aid is carried (roles_t36_aid.go) and
// whom a denial answers (roles_t36_denial.go).

import "github.com/truce-project/truce"

// rolesT36 applies this file set's corrections at the end of roles: the
// two sides of a prisoner swap, the court a prisoner is flown to, the
// maker of the act a bare reaction answers, the maker of an attack a vow
// of revenge answers, where aid is carried, and whom a denial answers.
func (c *Coder) rolesT36(d *doc, cd *candidate) {
	swapSides(cd)
	if m := hagueCourt(d, cd); m != nil {
		cd.tgt = m
	}
	// "… The United States said it was deeply troubled": at the maker of
	// the act told just before.
	if c.lex.cameo[cd.e.cameo].plover == truce.Accuse {
		if m := bareReactionMaker(d, cd); m != nil {
			cd.tgt = m
		}
	}
	// "… vowed to hunt down those responsible": at the attack's makers.
	if c.lex.cameo[cd.e.cameo].plover == truce.Threaten {
		if m := attackAvenged(d, cd); m != nil {
			cd.tgt = m
		}
	}
	// "a convoy carrying wheat set off for Afghanistan": where it goes.
	if c.lex.cameo[cd.e.cameo].plover == truce.Aid {
		if m := c.aidHeading(d, cd); m != nil {
			cd.tgt = m
		}
	}
	// "… The government denied any mistreatment": at the accusers.
	if c.lex.cameo[cd.e.cameo].plover == truce.Reject {
		if m := deniedAccuser(d, cd); m != nil {
			cd.tgt = m
		}
	}
}
