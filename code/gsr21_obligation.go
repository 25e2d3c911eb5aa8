package code

// gsr21: an obligation laid on two parties joined by "and" ("said the
// government and the rebels in the region must reach an agreement",
// "announced that the president and his party must agree to changes"):
// the subject of "must" is the whole coordination, whose first member may
// stand further from the modal than a single name would. The reach of a
// reported demand's subject is measured from its last member.

// gsr21SubjectFar reports whether the subject found for the modal at k
// stands too far before it to be its subject: its last member more than
// six tokens back, or its first more than twelve.
func gsr21SubjectFar(tgt []*mention, k int) bool {
	if tgt[0].i >= k-6 {
		return false
	}
	return len(tgt) < 2 || tgt[len(tgt)-1].i < k-6 || tgt[0].i < k-12
}
