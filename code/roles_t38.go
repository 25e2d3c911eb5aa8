package code

// Targets of issue 3, round t38. At the end of roles: the other side of a
// quarrel carried to a forum (roles_t38_forum.go), the state a description
// in the object stands for (roles_t38_described.go), the head of a relative
// clause an act is told in (roles_t38_relative.go) and the other side of a
// fight within one kind of group (roles_t38_clash.go). While the event is
// built (kindSides): the host of a visit (roles_t38_visit.go) and the
// people a lifted curfew frees (roles_t38_lifted.go). While pronouns are
// read: "them", "him" or "her" after a preposition (roles_t38_them.go).

// rolesT38 applies this file set's corrections at the end of roles.
func (c *Coder) rolesT38(d *doc, cd *candidate, earlier []*candidate) {
	// "… said it would file a complaint with the UN Security Council":
	// at the state the quarrel is with, not the Council.
	c.t38ForumTarget(d, cd, earlier)
	// "… announced it would remove the island from its list": at the
	// state the description stands for.
	c.t38DescribedTarget(d, cd)
	// "Jorge Glas, who had been granted asylum by Mexico": at the head
	// of the relative clause.
	cd.st.t38RelativeHead(cd)
	// "tribal clashes", "a gunfight between two families": the other
	// side is of the source's own kind.
	cd.st.t38InternalClash(cd)
}
