package code_test

import "testing"

// A call for an investigation is a plain demand, CAMEO 10, not the 104 of
// a demand for reform; a call for elections keeps 104.
func TestMode73InquiryAskedIsPlainDemand(t *testing.T) {
	for _, text := range []string{
		"The Council of Europe called for a thorough investigation into the deaths of three miners.",
		"Civil society groups demanded an independent probe into the shooting of the student.",
		"The Red Crescent urged the provincial authorities to investigate the attack on its convoy.",
		"The European Union called for a credible inquiry into the killing of the journalist.",
	} {
		mode64AllCode(t, text, "REQUEST", "10")
	}
	mode64AllCode(t, "The African Union demanded that the junta hold elections within a year.", "REQUEST", "104")
}

// A pledge of money is one of economic aid, CAMEO 0331, or of humanitarian
// aid, 0333, when the clause calls it so; a reward offered, or a pledge
// that names no money, is no aid pledged.
func TestMode73MoneyPledged(t *testing.T) {
	for _, text := range []string{
		"Norway pledged 30 million dollars to rebuild the port of Beira.",
		"Qatar promised to finance a new water plant in Aden.",
		"Kuwait pledged to fund the reconstruction of two hospitals in Mosul.",
		"Seoul pledged 5 billion won in loans to Laos on Tuesday.",
	} {
		mode64AllCode(t, text, "AGREE", "0331")
	}
	mode64AllCode(t, "Ireland pledged 4 million euros in humanitarian aid for displaced families in Chad.", "AGREE", "0333")
	for _, text := range []string{
		"The mayor offered a reward of 10,000 dollars for information on the arsonists.",
		"Tanzania pledged to respect the border agreement with Malawi.",
	} {
		mode69NotCode(t, text, "AGREE", "0331")
		mode69NotCode(t, text, "AGREE", "0333")
	}
}

// A request that troops, peacekeepers or reinforcements be sent is one for
// military protection, CAMEO 1034; troops asked to pull out are not.
func TestMode73TroopsAsked(t *testing.T) {
	for _, text := range []string{
		"The governor of Ituri asked Kinshasa to send more troops to the province.",
		"The prime minister appealed to the African Union for peacekeepers to protect the border towns.",
		"The governor asked the federal government for reinforcements to protect the oil fields.",
	} {
		mode64AllCode(t, text, "REQUEST", "1034")
	}
	mode69NotCode(t, "Baghdad demanded that Ankara pull its troops out of the north.", "REQUEST", "1034")
}

// A pledge or accord to send troops, peacekeepers or police, or one of
// security guarantees, is an intent to provide peacekeeping, CAMEO 0334;
// a pact letting each side deploy troops, or troops pulled back, is not.
func TestMode73TroopsPledged(t *testing.T) {
	for _, text := range []string{
		"Rwanda has offered 600 police officers to the new stabilisation mission.",
		"The regional bloc agreed on Friday to send peacekeepers to the disputed province.",
		"Washington pledged security guarantees for the island.",
	} {
		mode64AllCode(t, text, "AGREE", "0334")
	}
	for _, text := range []string{
		"Madrid and Rabat signed a pact on Monday allowing each to deploy troops on the other's soil.",
		"The two armies agreed to pull back troops from the ridge.",
	} {
		mode69NotCode(t, text, "AGREE", "0334")
	}
}
