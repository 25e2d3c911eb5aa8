package code_test

import "testing"

// An accusation whose charge is graft is an accusation of crime or
// corruption, CAMEO 1121; one whose charge is a war crime, a crime against
// humanity or chemical arms is one of war crimes, 1124; one whose charge
// is torture or beatings is one of human rights abuses, 1122. Other
// charges, and charge words before the accusation, keep 112.
func TestMode77ChargeKinds(t *testing.T) {
	for _, c := range []struct{ text, code string }{
		{"Zambia's anti-graft commission accused the former energy minister of embezzlement on Tuesday.", "1121"},
		{"The opposition accused the mayor of Lagos of taking bribes from property developers.", "1121"},
		{"Prosecutors in Lima accused two former ministers of money laundering and fraud.", "1121"},
		{"Armenia accused Azerbaijani troops of war crimes in Nagorno-Karabakh on Monday.", "1124"},
		{"The rebel alliance accused the army of using chemical weapons against villagers in Shan state.", "1124"},
		{"Rights groups accused Eritrean forces of crimes against humanity in Tigray.", "1124"},
		{"Amnesty International accused prison guards in Cairo of torturing detainees.", "1122"},
		{"The opposition accused soldiers of beating villagers near Bamenda on Sunday.", "1122"},
		{"Kenya's opposition accused the electoral commission of rigging the vote in Kisumu.", "112"},
		{"The rebels denied using chemicals and accused the government of seeking a pretext for an offensive.", "112"},
		{"The foreign ministry accused Seoul of violating its airspace with drones.", "112"},
	} {
		mode64AllCode(t, c.text, "ACCUSE", c.code)
	}
}
