package code_test

import "testing"

// A plain demand no complement row makes finer is the bare CAMEO 10,
// whether the row gave 100 or requestFallback read it as a call for
// political change (104); a demand for elections keeps 104.
func TestMode68PlainDemand(t *testing.T) {
	for _, text := range []string{
		"Kenya urged Uganda on Monday to consult its neighbours before building the dam.",
		"The Nordic council called on Hanoi to explain the sudden change of course.",
		"Lima asked Quito to act swiftly against the smugglers.",
		"The bishop urged the faithful to pray for the miners.",
	} {
		mode64AllCode(t, text, "REQUEST", "10")
	}
	mode64AllCode(t, "The opposition urged the junta to hold elections within a year.", "REQUEST", "104")
}

// A truce told as agreed, in a passive or a participle, is the
// declaration of a truce, CAMEO 0871.
func TestMode68TruceToldAgreed(t *testing.T) {
	for _, text := range []string{
		"A truce agreed by the army and the rebels on Sunday largely held.",
		"A ceasefire had been agreed with Norwegian mediation, the ministry said.",
	} {
		mode64AllCode(t, text, "AGREE", "0871")
	}
}

// A dispute the sides agree or pledge to set aside, end or resolve is an
// intent to settle it, CAMEO 037; a treaty signed that ends a quarrel
// stays an accord.
func TestMode68DisputeSetAside(t *testing.T) {
	for _, text := range []string{
		"Chile and Peru agreed on Tuesday to set aside their quarrel over the fishing zone.",
		"Ghana and Togo pledged to resolve their differences over the lagoon.",
	} {
		mode64AllCode(t, text, "AGREE", "037")
	}
	for _, g := range mode64Codes(t, "Chile and Peru signed a treaty on Monday ending their quarrel over the fishing zone.", "AGREE") {
		if g == "037" {
			t.Errorf("a treaty signed got the intent code 037")
		}
	}
}

// A rejection told by a veto is CAMEO 129, whatever the vetoed text asks.
func TestMode68Veto(t *testing.T) {
	for _, text := range []string{
		"Britain vetoed a draft Security Council resolution on the mining dispute.",
		"China and Russia vetoed a resolution demanding an immediate truce in the north.",
	} {
		mode64AllCode(t, text, "REJECT", "129")
	}
}

// Captives the sides agree or pledge to free or exchange are an intent to
// release persons, CAMEO 0353; funds released, information exchanged or
// captives freed under the terms of a deal are not.
func TestMode68ReleaseAgreed(t *testing.T) {
	for _, text := range []string{
		"Mali and Niger agreed on Monday to swap the captured soldiers before the rainy season.",
		"The rebels pledged to free the kidnapped engineers within a week.",
		"The two sides agreed that they would exchange 40 detainees each on Friday.",
	} {
		mode64AllCode(t, text, "AGREE", "0353")
	}
	for _, text := range []string{
		"The bank agreed to release the frozen funds to the ministry.",
		"The two agencies agreed to exchange information on the smuggling gangs.",
		"The village chiefs agreed to a deal under which the militia will free its hostages.",
	} {
		for _, g := range mode64Codes(t, text, "AGREE") {
			if g == "0353" {
				t.Errorf("%q: got the release code 0353", text)
			}
		}
	}
}

// Aid that is arms, or aid given to an army or police force, is military
// aid, CAMEO 072; fuel given to a state is aid at large.
func TestMode68MilitaryAid(t *testing.T) {
	for _, text := range []string{
		"Belarus delivered six attack helicopters to the Nigerien army on Tuesday.",
		"Pyongyang has delivered short-range missiles to Moscow.",
		"Kuwait delivered a shipment of fuel to the Jordanian army.",
	} {
		mode64AllCode(t, text, "AID", "072")
	}
	mode64AllCode(t, "Qatar delivered a fresh shipment of fuel to Lebanon on Sunday.", "AID", "070")
}

// A side asked to settle or resolve a dispute is asked to settle it,
// CAMEO 107.
func TestMode68SettleAsked(t *testing.T) {
	for _, text := range []string{
		"The regional bloc urged Lima and Quito to settle their border row through arbitration.",
		"Brazil called on the two neighbours to resolve their differences over the river peacefully.",
	} {
		mode64AllCode(t, text, "REQUEST", "107")
	}
}

// A side asked to let aid or outside staff in is asked to allow
// international involvement, CAMEO 1055; a halt to the fighting asked
// with it keeps the de-escalation code.
func TestMode68ReliefLetIn(t *testing.T) {
	for _, text := range []string{
		"The Red Crescent urged the militia to let its doctors and relief convoys into the town.",
		"The UN envoy called on the junta to allow monitors to visit the prisons.",
	} {
		mode64AllCode(t, text, "REQUEST", "1055")
	}
	mode64AllCode(t, "The Red Crescent urged the militia to stop shelling and let aid through.", "REQUEST", "1056")
}

// A truce a side is ready or willing to accept is an intent to
// de-escalate, CAMEO 0356; a truce accepted is agreed, 0871.
func TestMode68TruceIntent(t *testing.T) {
	for _, text := range []string{
		"The rebels said they were ready to accept a two-week truce with the army.",
		"Caracas would accept a longer pause in the fighting along the river.",
	} {
		mode64AllCode(t, text, "AGREE", "0356")
	}
	mode64AllCode(t, "The two militias have accepted a one-month truce.", "AGREE", "0871")
}

// A side that will not bow or give in refuses to yield, CAMEO 124.
func TestMode68RefusesToYield(t *testing.T) {
	for _, text := range []string{
		"The governor said he would never bow to threats from the cartel.",
		"The mayor refused to give in to the strikers' demands.",
	} {
		mode64AllCode(t, text, "REJECT", "124")
	}
}

// Diplomatic relations established are a grant of recognition, CAMEO
// 054; a side ready to establish them intends diplomatic cooperation,
// 032; ties re-established are left to the rows.
func TestMode68TiesEstablished(t *testing.T) {
	for _, text := range []string{
		"Nicaragua established diplomatic relations with Taipei on Monday.",
		"Malawi and Estonia established diplomatic ties on Friday.",
	} {
		mode64AllCode(t, text, "SUPPORT", "054")
	}
	mode64AllCode(t, "The foreign minister said Hanoi was ready to establish full diplomatic relations with Kigali.", "AGREE", "032")
	for _, g := range mode64Codes(t, "Chile and Bolivia agreed to re-establish diplomatic relations.", "AGREE") {
		if g == "032" {
			t.Errorf("ties re-established got the intent code 032")
		}
	}
}

// A curfew lifted or eased is CAMEO 0813; a state of emergency lifted
// with it keeps 0814.
func TestMode68CurfewEased(t *testing.T) {
	for _, text := range []string{
		"The governor of Kano lifted the night curfew on Monday.",
		"Police in Kisumu eased a dusk-to-dawn curfew after the rioting ended.",
	} {
		mode64AllCode(t, text, "RETREAT", "0813")
	}
	mode64AllCode(t, "The president lifted the state of emergency and the curfew in the capital.", "RETREAT", "0814")
}

// People handed over or back are released, CAMEO 0841; bodies handed
// over are not.
func TestMode68PeopleHanded(t *testing.T) {
	for _, text := range []string{
		"Minsk handed over two captured Latvian pilots at the border on Friday.",
		"The rebels handed three kidnapped nurses to the Red Cross on Monday.",
	} {
		mode64AllCode(t, text, "RETREAT", "0841")
	}
	for _, g := range mode64Codes(t, "Lithuania handed over the bodies of four Belarusian soldiers.", "RETREAT") {
		if g == "0841" {
			t.Errorf("bodies handed over got the release code 0841")
		}
	}
}
