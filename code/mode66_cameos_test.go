package code_test

import "testing"

// An agreement or pledge to share what one knows is one of intelligence
// cooperation, CAMEO 0314; one to run patrols or drills together is one
// of military cooperation, 0312; calling drills off and a trade accord
// are neither.
func TestMode66SecurityWorkAgreed(t *testing.T) {
	for _, text := range []string{
		"Kenya and Uganda agreed on Friday to share intelligence on cattle raiders crossing their frontier.",
		"Interior ministers of Peru and Bolivia pledged to exchange information on cocaine shipments along Lake Titicaca.",
		"The police chiefs of Benin and Niger agreed in Cotonou last week to pass each other data on smuggling convoys.",
	} {
		mode64AllCode(t, text, "AGREE", "0314")
	}
	for _, text := range []string{
		"Malaysia and Thailand agreed on Monday to begin joint naval patrols in the Strait of Malacca.",
		"Brazil and Paraguay agreed to expand joint border patrols along the Parana river.",
		"The defence chiefs of Chile, Peru and Ecuador agreed on a yearly round of trilateral military exercises.",
	} {
		mode64AllCode(t, text, "AGREE", "0312")
	}
	for _, text := range []string{
		"Norway and Finland agreed on Monday to suspend joint military exercises near the Arctic border.",
		"Chile and Bolivia signed a trade agreement in Santiago on Monday.",
	} {
		for _, g := range mode64Codes(t, text, "AGREE") {
			if g == "0312" || g == "0314" {
				t.Errorf("%q: got a security cooperation code %s", text, g)
			}
		}
	}
}

// A bomb carried in a vehicle is a car bombing, CAMEO 1832; a bomb left
// in a market and a suicide bomber's truck are not.
func TestMode66VehicleBomb(t *testing.T) {
	for _, text := range []string{
		"A pickup truck packed with explosives blew up outside the customs post in Tessalit on Sunday, wounding three guards.",
		"A bomb concealed under a minibus exploded at the bus terminal in Quetta on Friday, killing two people.",
		"An explosives-laden van blew up near the provincial assembly in Jalalabad on Tuesday, injuring five policemen.",
	} {
		mode64AllCode(t, text, "ASSAULT", "1832")
	}
	for _, text := range []string{
		"A bomb left in a rubbish bin exploded at the fish market in Maiduguri on Monday, wounding four traders.",
		"A suicide bomber blew up a truck packed with explosives at an army post near Gao on Monday.",
	} {
		for _, g := range mode64Codes(t, text, "ASSAULT") {
			if g == "1832" {
				t.Errorf("%q: got a car bombing 1832", text)
			}
		}
	}
}

// A ban on gatherings is an administrative sanction, CAMEO 172; a party
// banned keeps the 1722 of its ban row.
func TestMode66GatheringBanned(t *testing.T) {
	for _, text := range []string{
		"The mayor of Kisumu banned all rallies in the town centre on Friday.",
		"The regional prefect prohibited street protests in Bobo-Dioulasso on Tuesday.",
	} {
		mode64AllCode(t, text, "COERCE", "172")
	}
	mode64AllCode(t, "The military council banned the opposition Liberty Party on Monday.", "COERCE", "1722")
}

// A border closed as one of a package of economic sanctions is an
// embargo, CAMEO 163; a border closed alone keeps its 191.
func TestMode66ClosureAmongSanctions(t *testing.T) {
	for _, text := range []string{
		"The customs union closed its members' borders with Eritrea on Monday and froze the government's deposits at the regional bank.",
		"Tajikistan sealed its border with Kyrgyzstan and suspended all trade with Bishkek on Wednesday.",
	} {
		mode64AllCode(t, text, "COERCE", "163")
	}
	mode64AllCode(t, "Uganda closed its border with South Sudan on Thursday.", "COERCE", "191")
}
