package actor

import "testing"

// TestFindGsr31ForceKind covers an organisation's forces named with the
// kind of force between the name and the noun for its men: one mention,
// the organisation's, as "NATO troops" is. A verb after the name bridges
// nothing.
func TestFindGsr31ForceKind(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		{"peacekeeping troops of a bloc", "African Union peacekeeping troops reached Baidoa on Monday.", "2024-03-01",
			[]want{{"African Union peacekeeping troops", "AU", "IGO", KindOrg}}},
		{"ground forces of an alliance", "NATO ground forces crossed the river at dawn.", "2024-03-01",
			[]want{{"NATO ground forces", "NATO", "IGO", KindOrg}}},
		{"a verb after the name", "NATO sent troops to the border.", "2024-03-01",
			[]want{{"NATO", "NATO", "IGO", KindOrg}, {"troops", "", "MIL", KindSector}}},
	}
	checkFind(t, d, tests)
}
