package code_test

// gsr23: rules drawn from PLOVER's gold-standard records the coder coded
// with the wrong category, each checked on sentences written for the test.

import (
	"testing"

	"github.com/truce-project/truce"
)

// gsr23Case is a text whose first event must be of type typ from source on
// target (an empty side is not checked).
type gsr23Case struct {
	text, typ, source, target string
}

func runGSR23First(t *testing.T, cases []gsr23Case) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.text[:24], func(t *testing.T) {
			evs := mustExtract(t, c.text, "2024-03-01").Events
			if len(evs) == 0 || !hasEvent(evs[:1], c.typ, c.source, c.target) {
				t.Errorf("want a first %s %s -> %s in %q, got %+v", c.typ, c.source, c.target, c.text, evs)
			}
		})
	}
}

// An act told as the setting of another verb's act (after "over", "for",
// "where", "who") ranks after that act, however violent: the complaint,
// the threat and the inquiry are the news; the attack stays in the output.
func TestGSR23SettingRanksAfterAct(t *testing.T) {
	runGSR23First(t, []gsr23Case{
		{"Chile complained to the Organization of American States on Monday over three Peruvian border raids in which 12 people died.", truce.Accuse, "CHLGOV", "OAS"},
		{"Kenya threatened to bomb Somali border camps in reprisal for a raid where 40 Kenyan soldiers were killed.", truce.Threaten, "KENGOV", ""},
		{"A Dutch journalist has been put under investigation in France for her alleged part in looting during a football final.", truce.Accuse, "", "NLDMED"},
	})
	// The setting is still coded.
	evs := mustExtract(t, "Kenya threatened to bomb Somali border camps in reprisal for a raid where 40 Kenyan soldiers were killed.", "2024-03-01").Events
	if !hasEvent(evs, truce.Assault, "", "") {
		t.Errorf("want the raid kept as an event, got %+v", evs)
	}
	// A new clause after ", and" is an act of its own: the attack leads.
	evs = mustExtract(t, "Chile complained to Peru over fishing rights, and Peruvian troops killed 12 Chilean fishermen on Monday.", "2024-03-01").Events
	if len(evs) == 0 || evs[0].Type != truce.Assault {
		t.Errorf("want the killing first, got %+v", evs)
	}
}

// A mediator ending its mediation, with no word between the verb and
// "mediation", sanctions the parties (CAMEO 165); it holds no talks.
func TestGSR23MediationEnded(t *testing.T) {
	runGSR23First(t, []gsr23Case{
		{"Norway ended mediation efforts between the Sudanese factions on Friday.", truce.Sanction, "NORGOV", ""},
		{"Qatar suspended mediation between the two Somali factions after a week of clashes.", truce.Sanction, "QATGOV", ""},
	})
}

// "protested" used as a verb of saying is a complaint, whoever says it: a
// "that" clause after it, or a sentence that opens with what was said.
// The party complained of is the subject of what was said.
func TestGSR23SpokenProtest(t *testing.T) {
	runGSR23First(t, []gsr23Case{
		{"The farmers union protested that the agriculture ministry had cut subsidies without warning.", truce.Accuse, "", ""},
	})
	evs := mustExtract(t, "The police are torturing detainees in the northern jails, a Kenyan rights group protested on Tuesday.", "2024-03-01").Events
	if !hasEvent(evs, truce.Accuse, "KENNGO", "KENCOP") {
		t.Errorf("want KENNGO accusing KENCOP, got %+v", evs)
	}
	// A march stays a protest.
	for _, text := range []string{
		"Thousands of Kenyan students protested in Nairobi on Friday against higher fees.",
		"Fees are rising, and thousands of Kenyan students protested outside parliament.",
	} {
		evs := mustExtract(t, text, "2024-03-01").Events
		if len(evs) == 0 || evs[0].Type != truce.Protest || hasEvent(evs, truce.Accuse, "", "") {
			t.Errorf("want a street protest only in %q, got %+v", text, evs)
		}
	}
}

// Goods handed over are aid; captives, rebels and arms handed over are not.
func TestGSR23GoodsHandedOver(t *testing.T) {
	runGSR23First(t, []gsr23Case{
		{"Japan handed over 40 tonnes of medicine and blankets to the Red Cross in Haiti on Monday.", truce.Aid, "JPNGOV", "ICRC"},
		{"Germany handed over 12 ambulances and other equipment to the Ukrainian health ministry.", truce.Aid, "DEUGOV", ""},
	})
	for _, text := range []string{
		"Uganda handed over three Congolese rebels to the army at the border.",
		"The militia handed over 300 rifles and other equipment to the army on Sunday.",
	} {
		if evs := mustExtract(t, text, "2024-03-01").Events; hasEvent(evs, truce.Aid, "", "") {
			t.Errorf("want no aid in %q, got %+v", text, evs)
		}
	}
}

// A leader welcomed is a visit hosted; a stand welcomed is support.
func TestGSR23WelcomedGuest(t *testing.T) {
	runGSR23First(t, []gsr23Case{
		{"The Ghanaian president welcomed the visiting Nigerian vice president in Accra on Monday.", truce.Consult, "GHAGOV", "NGAGOV"},
		{"Senegal gave a warm welcome on Friday to the Gambian foreign minister.", truce.Consult, "SENGOV", "GMBGOV"},
		// In the passive the guest visits the country of the place.
		{"The Malian interim leader was welcomed with a military parade in Niamey on Saturday.", truce.Consult, "MLIGOV", "NERGOV"},
		{"Ghana welcomed the Nigerian president's decision to reopen the border.", truce.Support, "GHAGOV", ""},
	})
}

// Aid forbidden by a donor is aid cut off (a sanction); aid obstructed by
// someone else is no aid given.
func TestGSR23AidStopped(t *testing.T) {
	runGSR23First(t, []gsr23Case{
		{"The European Union banned all assistance to the Sudanese paramilitary group on Monday.", truce.Sanction, "EU", ""},
		{"Canada said it would prohibit aid to the Haitian gangs.", truce.Sanction, "CANGOV", ""},
	})
	for _, text := range []string{
		"The United States threatened sanctions against those obstructing aid to Tigray.",
		"Militiamen diverted food aid to the displaced families near Goma.",
	} {
		if evs := mustExtract(t, text, "2024-03-01").Events; hasEvent(evs, truce.Aid, "", "") {
			t.Errorf("want no aid in %q, got %+v", text, evs)
		}
	}
}

// Forces patrolling a place, and patrols ordered or mounted, are a show of
// force (MOBILIZE); a soldier on patrol when hit is the setting of the
// attack.
func TestGSR23Patrols(t *testing.T) {
	runGSR23First(t, []gsr23Case{
		{"Kenyan soldiers patrolled the streets of Mombasa on Sunday after two nights of rioting.", truce.Mobilize, "KENMIL", ""},
		{"The Nigerian army mounted foot patrols in the northern town after the attack.", truce.Mobilize, "NGAMIL", ""},
		{"The Lagos state government ordered extra patrols around the markets on Friday.", truce.Mobilize, "NGAGOV", ""},
	})
	if evs := mustExtract(t, "A landmine wounded a Thai soldier patrolling the disputed border.", "2024-03-01").Events; hasEvent(evs, truce.Mobilize, "", "") {
		t.Errorf("want no deployment, got %+v", evs)
	}
}
