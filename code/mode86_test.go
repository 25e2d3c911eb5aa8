package code_test

import "testing"

// mode86 reads the mode of an attack from the craft that is the subject of
// a verb of pounding or from planes in its clause, the mode of a request
// from what it asks of a state's laws, of freedoms, or of help, and an
// alert raised by an army as troops:
// each case fails without mode86's rule or rows; the "stays" cases are
// ones the rules must leave alone.
func TestMode86Modes(t *testing.T) {
	for _, c := range []struct{ name, text, typ, mode string }{
		{"warplanes pounded", "Sudanese air force warplanes pounded militia camps outside El Fasher on Monday, residents said.", "ASSAULT", "aerial"},
		{"jets bombarded", "Jets bombarded the rebel-held town of Marib for a third day, a local official said.", "ASSAULT", "aerial"},
		{"aircraft shelled", "Russian aircraft shelled villages south of Idlib overnight, a monitoring group said.", "ASSAULT", "aerial"},
		{"drones pounded", "Turkish drones pounded Kurdish militia positions near Kobani on Sunday.", "ASSAULT", "drone"},
		{"artillery pounded stays", "Israeli artillery pounded villages in southern Lebanon on Tuesday.", "ASSAULT", "heavy-weapons"},
		{"howitzers and drones stay", "Azerbaijani howitzers and drones pounded Armenian positions near the border overnight.", "ASSAULT", "heavy-weapons"},
		{"helicopter shot down stays", "The army pounded rebel hideouts with mortars after rebels shot down a helicopter.", "ASSAULT", "heavy-weapons"},
		{"planes raided", "Russian planes carried out raids on rebel-held villages in Idlib, killing nine civilians.", "ASSAULT", "aerial"},
		{"planes attacked", "Government planes attacked a cattle market in Darfur on Friday, killing 20 people.", "ASSAULT", "aerial"},
		{"strategic bombers", "Russian strategic bombers attacked targets in Syria, killing 20 militants.", "ASSAULT", "aerial"},
		{"withdraw a law", "The European Commission urged Budapest to withdraw the new media law.", "REQUEST", "change"},
		{"scrap reforms", "The opposition asked the president to scrap his pension reforms.", "REQUEST", "change"},
		{"constitutional order", "The African Union demanded that the junta return to constitutional order within six months.", "REQUEST", "change"},
		{"from its constitution", "Baku insisted that Yerevan remove the territorial claim from its constitution.", "REQUEST", "change"},
		{"let the opposition", "Washington called on Phnom Penh to let the opposition campaign freely.", "REQUEST", "change"},
		{"end harassment", "Canada urged Managua to end its harassment of journalists.", "REQUEST", "change"},
		{"reopen universities", "The United Nations urged Kabul to reopen the universities to women.", "REQUEST", "change"},
		{"lift a ban stays", "Tokyo urged Beijing to lift the ban on Japanese seafood.", "REQUEST", "yield"},
		{"let aid in stays", "The Red Cross asked both sides to let aid convoys into the besieged city.", "REQUEST", "yield"},
		{"withdraw troops stays", "The United Nations urged Moscow to withdraw its troops from the plant.", "REQUEST", "yield"},
		{"end martial law stays", "Amnesty called on the junta to end martial law in the north.", "REQUEST", "yield"},
		{"troops under a law stay", "The UN urged Moscow to withdraw its troops under international law.", "REQUEST", "yield"},
		{"aid reaching women stays", "The UN urged both sides to let aid workers reach women and children in the city.", "REQUEST", "yield"},
		{"crackdown ended stays", "Rights groups urged the junta to end the crackdown on the opposition.", "REQUEST", "yield"},
		{"tighten sanctions", "Kyiv urged its allies to tighten sanctions on Russian oil exports.", "REQUEST", "assist"},
		{"take back nationals", "The UN refugee agency called on European governments to take back their nationals held in the camps.", "REQUEST", "assist"},
		{"report to the police", "The governor appealed to residents to report suspicious strangers to the police.", "REQUEST", "assist"},
		{"air-defence systems", "Zelenskiy called on Western governments to send more air-defence systems.", "REQUEST", "assist"},
		{"army patrols", "The Nigerian army stepped up patrols along the border with Cameroon after the attack.", "MOBILIZE", "troops"},
		{"military alert", "The Pakistani military raised its alert level along the eastern border.", "MOBILIZE", "troops"},
		{"soldiers patrol", "Soldiers increased patrols in the northern districts after the kidnappings.", "MOBILIZE", "troops"},
		{"police patrols stay", "Police stepped up patrols in the capital ahead of the vote.", "MOBILIZE", "police"},
		{"state patrols stay", "Beijing said it would step up law-enforcement patrols around the islands.", "MOBILIZE", "police"},
	} {
		t.Run(c.name, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-03-04", c.typ)
			if len(evs) == 0 {
				t.Fatalf("%q: no %s", c.text, c.typ)
			}
			// Every event of the type has the mode, but for another act
			// the sentence tells ("rebels shot down a helicopter") that
			// none of mode86's modes may take.
			found := false
			for _, ev := range evs {
				found = found || ev.Mode == c.mode
				if ev.Mode != c.mode && mode86Modes[ev.Mode] {
					t.Errorf("%q: %s mode %q (CAMEO %s), want %q", c.text, c.typ, ev.Mode, ev.CAMEO, c.mode)
				}
			}
			if !found {
				t.Errorf("%q: no %s with mode %q", c.text, c.typ, c.mode)
			}
		})
	}
}

// mode86Modes are the modes mode86's rules and rows give.
var mode86Modes = map[string]bool{"aerial": true, "drone": true, "change": true, "assist": true, "yield": true, "heavy-weapons": true,
	"troops": true, "police": true}
