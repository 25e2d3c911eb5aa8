package code

// storyRoles is the last part of roles: the sides a trigger's clause
// leaves open or gets wrong that the rest of the story settles (who made
// the attack a protest denounces, who cut the ties before an expulsion,
// the victims told just before), in the order they apply.
func (c *Coder) storyRoles(d *doc, cd *candidate, earlier []*candidate) {
	st := cd.st
	// "rallied to denounce the strikes": at who made them.
	if m := c.protestedAttackT47(d, cd); m != nil {
		cd.tgt = m
	}
	// "launched air and artillery strikes against …": the weapon is
	// neither who is hit nor who strikes.
	if weaponModifier(st, cd) {
		cd.tgt = nil
	}
	c.escortTarget(d, cd)
	cd.src = weaponSource(st, cd, earlier)
	// "Hanoi summoned Cambodia's envoy to protest …": the summoner
	// protests, to the envoy's state.
	if s, t, ok := c.summonPurpose(d, cd); ok {
		cd.src, cd.tgt = s, t
	}
	// "Nairobi cut ties with Kampala. Ugandan envoys were expelled": by
	// who cut the ties.
	if m := c.priorSanctioner(d, cd); m != nil {
		cd.src = m
	}
	c.unclaimedDevice(d, cd)
	c.acrossBorderFire(d, cd)
	c.unclaimedAircraft(d, cd)
	c.arrestingPolice(d, cd)
	// "X and Y began exchanging prisoners", "put him on a plane to The
	// Hague", "… Tokyo lodged a protest": targets the story supplies.
	c.rolesT36(d, cd)
	// "… and killed a sixth": one more of the victims just before.
	anotherVictimTarget(cd, earlier)
	relativeVictim(cd)
	c.rolesT37ExpelledEnvoy(cd)
	c.rolesT38(d, cd, earlier)
	// "Mali's junta, which ECOWAS has sanctioned, expelled …": at the
	// head of the object relative aside.
	c.rolesX105RelativeObjectHead(cd)
	// "Meeting Lula in Brasilia, the French president …": the president
	// meets Lula.
	cd.st.rolesX105OpeningMeeting(cd)
	c.rolesT40(d, cd, earlier)
	cd.src = c.stateVoices(d, cd)
	// "arrested two men linked to the cell": the cell's group.
	c.linkedPeopleX53(d, cd)
	// "Two women were among the activists detained": the two women.
	amongVictimsX53(d, cd)
	// "set fire to the homes of several lawmakers": the lawmakers.
	premisesOwnerT47(cd)
}
