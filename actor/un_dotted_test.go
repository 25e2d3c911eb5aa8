package actor

import "testing"

// TestUNDotted checks that a UN body listed as "UN ..." is found when the
// text spells it "U.N. ...", and that the plain spelling still is.
func TestUNDotted(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		{"the dotted spelling", "The U.N. humanitarian office said aid trucks were stuck at the crossing.", "2024-03-10",
			[]want{{"U.N. humanitarian office", "OCHA", "IGO", KindOrg}}},
		{"the dotted spelling of another body", "The U.N. children's agency warned of famine.", "2024-03-10",
			[]want{{"U.N. children's agency", "UNICEF", "IGO", KindOrg}}},
		{"the plain spelling", "The UN humanitarian office said aid trucks were stuck at the crossing.", "2024-03-10",
			[]want{{"UN humanitarian office", "OCHA", "IGO", KindOrg}}},
	}
	checkFind(t, d, tests)
}
