package code_test

import "testing"

// TestLex93Retaking: the participle "retaking" or "recapturing" tells
// ground taken back by force (CAMEO 192) as "retook" does; the bare
// "retake" of an aim or a mandate codes no seizure.
func TestLex93Retaking(t *testing.T) {
	for _, s := range []string{
		"Government troops entered Port Vale on Monday, retaking the town from the rebels.",
		"Army units pushed into the valley overnight, recapturing the airfield from the militia.",
	} {
		t.Run(s, func(t *testing.T) { wantTypeMode(t, s, "", "ASSAULT", "") })
	}
	for _, s := range []string{
		"The mission is meant to help the police retake districts held by gangs.",
		"The army has promised to retake ground lost to the rebels.",
	} {
		t.Run(s, func(t *testing.T) { wantNoTypeMode(t, s, "", "ASSAULT", "") })
	}
}

// TestLex93OrderOut: "ordered out" a diplomat is an expulsion (CAMEO 166)
// as "ordered the envoy to leave" is; shoppers ordered out of a mall are
// no diplomats.
func TestLex93OrderOut(t *testing.T) {
	for _, s := range []string{
		"Norway on Tuesday ordered out two Russian diplomats over the affair.",
		"Chile followed on Friday by ordering out Peru's ambassador.",
	} {
		t.Run(s, func(t *testing.T) { wantTypeMode(t, s, "", "SANCTION", "") })
	}
	for _, s := range []string{
		"Police ordered out the shoppers as smoke filled the mall.",
	} {
		t.Run(s, func(t *testing.T) { wantNoTypeMode(t, s, "", "SANCTION", "") })
	}
}
