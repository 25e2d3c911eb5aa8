package code_test

import "testing"

// mode64Codes returns the CAMEO codes of the events of type typ in text.
func mode64Codes(t *testing.T, text, typ string) []string {
	t.Helper()
	var out []string
	for _, ev := range eventsOf(t, text, "", typ) {
		out = append(out, ev.CAMEO)
	}
	return out
}

// mode64AllCode checks that text has events of type typ and that every
// one carries code.
func mode64AllCode(t *testing.T, text, typ, code string) {
	t.Helper()
	got := mode64Codes(t, text, typ)
	if len(got) == 0 {
		t.Errorf("%q: no %s", text, typ)
	}
	for _, g := range got {
		if g != code {
			t.Errorf("%q: got %v, want %s", text, got, code)
		}
	}
}

// A person extradited or handed over to another state's justice is
// judicial cooperation, CAMEO 063.
func TestMode64ExtraditionIsJudicial(t *testing.T) {
	for _, text := range []string{
		"Peru extradited a former mayor to Chile on Monday to stand trial for fraud.",
		"Spanish police handed over to French authorities two men wanted for a bank robbery in Lyon.",
		"Brazil has extradited to Portugal a businessman convicted there of tax evasion, officials said.",
	} {
		mode64AllCode(t, text, "COOPERATE", "063")
	}
}

// A truce agreed, or a halt of the fighting agreed, is the declaration
// of a ceasefire, CAMEO 0871; an accord signed keeps 057.
func TestMode64TruceAgreed(t *testing.T) {
	for _, text := range []string{
		"Eritrea and Djibouti agreed on Tuesday to a ceasefire along their shared border.",
		"The two governments agreed to stop all shelling along the frontier, officials said.",
		"Armenia and Azerbaijan agreed late on Sunday to a halt to military action around the disputed enclave.",
	} {
		mode64AllCode(t, text, "AGREE", "0871")
	}
	for _, text := range []string{
		"Chile and Bolivia signed a trade agreement in Santiago on Monday.",
		"The two governments agreed to stop all trade in ivory, officials said.",
	} {
		for _, g := range mode64Codes(t, text, "AGREE") {
			if g == "0871" {
				t.Errorf("%q: got a truce 0871", text)
			}
		}
	}
}

// Gunfire between armed sides, read as a battle, is conventional
// military force, CAMEO 190; force on a crowd stays repression.
func TestMode64GunfightIsMilitaryForce(t *testing.T) {
	for _, text := range []string{
		"Rebels opened fire on an army checkpoint outside Bunia overnight, the military said.",
		"Soldiers shot dead seven insurgents in a firefight near the town of Marawi on Monday.",
		"Armed men ambushed a police patrol near the village of Kabo on Friday, wounding three officers.",
	} {
		mode64AllCode(t, text, "ASSAULT", "190")
	}
	mode64AllCode(t, "Police opened fire on a crowd of marchers in the capital, killing two.", "ASSAULT", "175")
}

// Killing an official, a politician or a journalist is an assassination,
// CAMEO 186; wounding one only is an attempt, 185; killing villagers
// stays unconventional violence.
func TestMode64Assassination(t *testing.T) {
	for _, text := range []string{
		"A gunman shot dead the deputy governor of Sinaloa state outside his office on Tuesday, police said.",
		"Two men on a motorbike shot dead a radio journalist in the town of Dipolog on Friday.",
		"Gunmen shot dead an opposition candidate for mayor as he left a campaign event in Veracruz.",
	} {
		mode64AllCode(t, text, "ASSAULT", "186")
	}
	mode64AllCode(t, "A gunman shot the opposition leader three times at a rally in Kampala on Sunday, wounding him in the chest.", "ASSAULT", "185")
	mode64AllCode(t, "Gunmen killed four farmers in the village of Kuru on Sunday, residents said.", "ASSAULT", "180")
}

// Police a state sends into another country are a protection force,
// CAMEO 074; police sent at home, or to the state's own overseas
// territory, stay 153.
func TestMode64PoliceAbroad(t *testing.T) {
	for _, text := range []string{
		"Rwanda sent 300 police officers to the Central African Republic on Thursday to guard the capital.",
		"Fiji flew 150 police officers to Honiara on Friday at the government's request.",
	} {
		mode64AllCode(t, text, "MOBILIZE", "074")
	}
	for _, text := range []string{
		"The government deployed 5,000 police officers across Lagos ahead of the vote.",
		"Paris is sending 500 extra gendarmes to Martinique after a week of unrest.",
	} {
		mode64AllCode(t, text, "MOBILIZE", "153")
	}
}

// A ban lifted from parties or their rallies is 0812; from the internet,
// the media or messaging apps 0811; from goods, the row's 081.
func TestMode64BanLifted(t *testing.T) {
	for text, want := range map[string]string{
		"Zambia's government lifted its ban on the main opposition party on Friday.":            "0812",
		"The interior ministry lifted a ban on campaign rallies in three provinces on Monday.":  "0812",
		"Ethiopia lifted its ban on WhatsApp and Telegram late on Sunday.":                      "0811",
		"Myanmar's junta restored internet access in the northern state of Kachin on Thursday.": "0811",
		"Kenya lifted its ban on maize imports from Uganda on Tuesday.":                         "081",
	} {
		mode64AllCode(t, text, "CONCEDE", want)
	}
}

// An appeal for money or relief is a request for humanitarian aid, CAMEO
// 1033; an appeal for troops is none (mode73 gives it 1034).
func TestMode64AppealForRelief(t *testing.T) {
	for _, text := range []string{
		"The Red Cross appealed on Monday for $25 million to feed families displaced by the floods.",
		"The UN children's agency called for urgent funds for schools destroyed by the cyclone.",
		"The World Health Organization appealed to donors on Tuesday for medicine and money to fight the outbreak.",
	} {
		mode64AllCode(t, text, "REQUEST", "1033")
	}
	mode69NotCode(t, "The governor asked the army for more troops to secure the highway.", "REQUEST", "1033")
}

// A demonstration against a law, a reform or a decision is one for a
// change of policy, CAMEO 1412; one against no measure stays 141.
func TestMode64AgainstPolicy(t *testing.T) {
	for _, text := range []string{
		"Thousands of nurses marched through Lisbon on Saturday against the government's health reform.",
		"Several hundred farmers rallied outside parliament in Warsaw against a new fuel tax.",
		"Students protested in Dakar on Monday over the decision to close two universities.",
	} {
		mode64AllCode(t, text, "PROTEST", "1412")
	}
	for _, text := range []string{
		"Thousands of opposition supporters marched through Harare on Saturday.",
		"Hundreds of people rallied in Quito against police violence.",
	} {
		mode64AllCode(t, text, "PROTEST", "141")
	}
}
