package code_test

import "testing"

// A demonstration whose crowd demands, anywhere in the sentence, that a
// leader or official go is one for a change of leadership, CAMEO 1411;
// one whose demand names a policy first stays off 1411.
func TestMode65LeaderOutDemanded(t *testing.T) {
	for _, text := range []string{
		"Farmers demanding the agriculture minister's resignation marched through the provincial capital on Monday.",
		"Riot police fired tear gas in Tegucigalpa on Friday to scatter hundreds of protesters demanding that the mayor step down.",
		"Several thousand teachers rallied outside the town hall in Cuenca on Tuesday and demanded the removal of the regional governor.",
	} {
		mode64AllCode(t, text, "PROTEST", "1411")
	}
	for _, text := range []string{
		"Nurses demanding the repeal of the pension law and the resignation of the health minister marched through Accra on Sunday.",
		"Hundreds of traders rallied in the market square on Monday to protest against rising rents.",
	} {
		for _, g := range mode64Codes(t, text, "PROTEST") {
			if g == "1411" {
				t.Errorf("%q: got a leadership demonstration 1411", text)
			}
		}
	}
}

// An agreement or pledge to step back from force is one to de-escalate
// military engagement, CAMEO 0356; a trade accord is not.
func TestMode65DeescalationAgreed(t *testing.T) {
	for _, text := range []string{
		"Ecuador and Peru agreed on Monday not to use force against each other along their shared river border.",
		"The defence ministers of Sudan and South Sudan agreed to de-escalate after a week of skirmishes near Abyei.",
		"Ethiopia agreed on Tuesday to suspend its offensive in the northern highlands for ten days.",
		"The two governments agreed to work toward easing tensions along the disputed frontier.",
	} {
		mode64AllCode(t, text, "AGREE", "0356")
	}
	for _, text := range []string{
		"Chile and Bolivia signed a trade agreement in Santiago on Monday.",
		"Eritrea and Djibouti agreed on Tuesday to a ceasefire along their shared border.",
	} {
		for _, g := range mode64Codes(t, text, "AGREE") {
			if g == "0356" {
				t.Errorf("%q: got a de-escalation 0356", text)
			}
		}
	}
}
