package code_test

// Constructions of newsroom digests written without the coder in mind,
// ninth round: acts the coder read a trigger for and then dropped.

import (
	"testing"
)

// TestSuspectsHeldAfterAttack: suspects held by a state's forces after
// an armed group's attack is told are suspected of it: the arrest is of
// that group ("Militants bombed a market … troops arrested three
// suspects").
func TestSuspectsHeldAfterAttack(t *testing.T) {
	wantEvents(t, "COERCE", "arrest", []sidesCase{
		{"troops-had-arrested",
			"Boko Haram fighters stormed a village near Monguno overnight, killing 11 farmers, officials said. An army spokesman said Nigerian soldiers had arrested three suspects.",
			"NGAMIL", "BOKOHARAM"},
		{"police-detained",
			"Al-Shabaab gunmen attacked a hotel in Kismayo on Friday, killing nine guests. Somali police later detained two suspects near the port.",
			"SOMCOP", "ALSHABAAB"},
		{"soldiers-rounded-up",
			"ADF rebels raided a hospital in Oicha, killing seven patients. Congolese soldiers rounded up five suspects the next day.",
			"CODMIL", "ADF"},
	})
}

// TestAmongThoseHeld: someone said to be "among those arrested" is news
// of their own arrest, not people named by an act told before.
func TestAmongThoseHeld(t *testing.T) {
	wantEvents(t, "COERCE", "arrest", []sidesCase{
		{"leader-among-arrested",
			"Ugandan police detained dozens of demonstrators in Kampala. Opposition leader Kizza Besigye was among those arrested, his aides said.",
			"", "UGAOPP"},
		{"journalist-among-detained",
			"Riot police broke up the march in Minsk. Journalist Ihar Losik was among those detained.",
			"", "BLRMED"},
	})
}

// TestLeaderReceivedAsGuest: a leader greeting or receiving another
// country's leader, named by their country's possessive, hosts a visit.
func TestLeaderReceivedAsGuest(t *testing.T) {
	wantEvents(t, "CONSULT", "visit", []sidesCase{
		{"received-kings",
			"Egyptian President Abdel Fattah al-Sisi received Jordan's king in Cairo on Sunday.",
			"EGYGOV", "JORGOV"},
		{"greeted-prime-minister",
			"Turkey's president greeted Hungary's prime minister at the airport in Ankara.",
			"TURGOV", "HUNGOV"},
		{"greeted-counterpart",
			"Kenya's president greeted his Ugandan counterpart at State House on Monday.",
			"KENGOV", "UGAGOV"},
	})
	for _, text := range []string{
		"Voters greeted the president's speech with scepticism.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-03-01").Events {
				if ev.Type == "CONSULT" {
					t.Errorf("got a CONSULT %s -> %s", probeIDs(ev.Source), probeIDs(ev.Target))
				}
			}
		})
	}
}

// TestSubjectAcrossSince: a subject cut off from its verb by "has since"
// is the verb's subject; forces named by a country's adjective before a
// noun the dictionary does not know are that country's forces.
func TestSubjectAcrossSince(t *testing.T) {
	wantTypedEvents(t, []typedCase{
		{"troops-have-since",
			"Burundian troops have since set up a base outside Uvira.",
			"MOBILIZE", "BDIMIL"},
		{"group-has-since",
			"Hamas has since rejected the Egyptian proposal.",
			"REJECT", "HAMAS"},
		{"detachment-set-up",
			"The Chadian detachment set up a base outside Kidal on Monday.",
			"MOBILIZE", "TCDMIL"},
		{"contingent-has-since",
			"The Zambian contingent has since set up a forward base near the lake.",
			"MOBILIZE", "ZMBMIL"},
	})
}

// TestWalkedOutOfSession: leaving a sitting, a meeting or a debate in
// protest is a boycott (CAMEO 143); leaving talks stays a withdrawal.
func TestWalkedOutOfSession(t *testing.T) {
	wantEvents(t, "PROTEST", "boycott", []sidesCase{
		{"walked-out-of-sitting",
			"Kenyan opposition lawmakers walked out of the parliamentary session in Nairobi on Tuesday.",
			"KEN", ""},
		{"walked-out-of-meeting",
			"Serbian ministers walked out of the cabinet meeting in Belgrade in protest.",
			"SRB", ""},
		{"staged-a-walkout",
			"Ghanaian opposition MPs staged a walkout during the budget debate in Accra.",
			"GHA", ""},
	})
}

// TestCrowdBrokeIntoSeatOfPower: a crowd breaking into a leader's
// official residence, a palace or parliament riots (CAMEO 145), as one
// storming it does.
func TestCrowdBrokeIntoSeatOfPower(t *testing.T) {
	wantEvents(t, "PROTEST", "riot", []sidesCase{
		{"official-residence",
			"After the prime minister fled, crowds in Kathmandu broke into his official residence and looted it.",
			"NPL", ""},
		{"presidential-palace",
			"Thousands of Sri Lankan protesters broke into the presidential palace in Colombo on Saturday.",
			"LKA", ""},
	})
}
