package code

// Issue 3, round x49: a court's verdict on ordinary crime is police work's
// end, which the record leaves out as it leaves out the arrest
// (ordinaryCrime): "two brothers were jailed for fraud", "a court
// sentenced three men to ten years for robbery". A verdict on a political
// actor, or in a sentence with a word of conflict, stays.

// x49Verdict reports whether cd's trigger is a court's verdict (CAMEO 116).
func x49Verdict(cd *candidate) bool {
	return cd.e.cameo == "116"
}
