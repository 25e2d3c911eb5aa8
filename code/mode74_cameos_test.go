package code_test

import "testing"

// Fire that a state's forces open in breach of a ceasefire is a ceasefire
// violated, CAMEO 196; a truce agreed after the fighting, a breach told as
// a charge and clans fighting despite a truce are not.
func TestMode74CeasefireBroken(t *testing.T) {
	for _, text := range []string{
		"Eritrea's information ministry said on Sunday that Ethiopian troops had shelled its border posts overnight in violation of the ceasefire.",
		"The two countries signed a truce on Friday, but Peru said Ecuadorian soldiers opened fire on its border guards on Saturday.",
		"Indian and Chinese troops clashed again in the Galwan valley on Monday despite a ceasefire agreed by their commanders.",
	} {
		mode64AllCode(t, text, "ASSAULT", "196")
	}
	for _, text := range []string{
		"Sudan and South Sudan agreed a ceasefire on Monday after three days of clashes along their border that killed 40 soldiers.",
		"Eritrean troops seized the town of Badme after fierce fighting on Monday, Ethiopia said, accusing Asmara of violating the ceasefire.",
		"Rival clans fought with rifles near Mendi on Tuesday despite a truce brokered by church leaders.",
		"Russian forces launched dozens of assaults on Ukrainian positions near Vuhledar over the past day.",
	} {
		mode69NotCode(t, text, "ASSAULT", "196")
	}
}

// A munition told as releasing, or filled with, a gas or a chemical agent
// is a chemical weapon used, CAMEO 2041; tear gas fired by the police and
// plain smoke from bombs are not.
func TestMode74GasCarried(t *testing.T) {
	for _, text := range []string{
		"The rebel alliance said army helicopters had dropped bombs that released a greenish, choking gas over its camp near Myitkyina.",
		"Villagers said soldiers fired shells releasing a thick, choking smoke into the hamlet of Tonmakeng on Friday.",
		"Kurdish fighters accused Turkish troops of firing mortar rounds loaded with a chemical agent at their tunnels near Amadiya.",
	} {
		mode64AllCode(t, text, "ASSAULT", "2041")
	}
	for _, text := range []string{
		"Riot police fired rubber bullets and tear gas at students outside the university in Dhaka on Monday.",
		"Warplanes dropped bombs that released thick black smoke over the market town of Saraqib.",
	} {
		mode69NotCode(t, text, "ASSAULT", "2041")
	}
}

// Military drills or exercises are a raised military alert, CAMEO 152; a
// show of force told without them keeps 150.
func TestMode74Drills(t *testing.T) {
	for _, text := range []string{
		"Pakistan's navy began three days of live-fire drills in the Arabian Sea on Tuesday.",
		"North Korea's army staged large-scale artillery exercises near the border with the South on Saturday.",
		"Algeria ordered 3,000 troops to take part in exercises near its border with Morocco on Monday.",
	} {
		mode64AllCode(t, text, "MOBILIZE", "152")
	}
	mode64AllCode(t, "China flew 40 warplanes near Taiwan on Monday in a show of force, the island's defence ministry said.",
		"MOBILIZE", "150")
}
