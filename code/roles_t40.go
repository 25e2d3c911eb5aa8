package code

// Targets of issue 3, round t40. At the end of roles: the side a fight
// told after ground was taken was with (roles_t40_fought.go) and the
// state across the border forces are massed at (roles_t40_border.go).
// While the event is built: the government a crowd attacking a police
// post or a court protests against (roles_t40_facility.go), and an
// office-holder's act on another of the same government kept as aimed at
// that one (roles_t40_officer.go).

// rolesT40 applies this file set's corrections at the end of roles.
func (c *Coder) rolesT40(d *doc, cd *candidate, earlier []*candidate) {
	// "Troops retook the village after a two-day battle with the
	// rebels": from the rebels, not the village.
	if m := cd.st.t40FoughtWith(cd); m != nil {
		cd.tgt = m
	}
	// "Iran began drills near its border with Azerbaijan": at the state
	// across the border.
	if m := c.t40BorderTarget(d, cd, earlier); m != nil {
		cd.tgt = m
	}
}
