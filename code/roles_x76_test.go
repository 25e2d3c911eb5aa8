package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// rolesX76Force returns the force events (assault or coercion) text
// yields.
func rolesX76Force(t *testing.T, text string) []truce.Event {
	t.Helper()
	return append(eventsOf(t, text, "2024-03-01", truce.Coerce), eventsOf(t, text, "2024-03-01", truce.Assault)...)
}

// The "them" a force disperses or holds back is the crowd that opened the
// sentence, not the building it attacked or a barrier it broke through.
func TestRolesX76DispersedCrowd(t *testing.T) {
	cases := []struct{ text, src, tgt, notTgt string }{
		{"Protesters set fire to a police post in Lagos, and police fired tear gas to disperse them.", "NGACOP", "NGAPRO", "NGACOP"},
		{"Angry youths torched a police station in Lagos, and soldiers fired tear gas to disperse them.", "NGAMIL", "NGAPRO", "NGACOP"},
		{"Thousands of farmers pushed through police barricades into Lagos on Monday as officers fired rubber bullets to drive them back.", "NGACOP", "NGAPRO", "NGACOP"},
	}
	for _, c := range cases {
		ok := false
		for _, ev := range rolesX76Force(t, c.text) {
			if !hasActor(ev.Source, c.src) {
				continue
			}
			if hasActor(ev.Target, c.notTgt) {
				t.Errorf("%q: the crowd read as %s: %s", c.text, c.notTgt, rolesX74IDs(ev.Target))
			}
			if hasActor(ev.Target, c.tgt) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: no force by %s against %s", c.text, c.src, c.tgt)
		}
	}
}

// Harm told without its doer "during the raids" or "during the operation"
// was done by whoever made the attack told just before.
func TestRolesS52DuringDoer(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Fighters of the Zaire militia raided three villages in Djugu territory on Sunday, killing 23 civilians, local officials said. At least eight women were raped during the raids, a rights group said.", truce.Assault, "ZAIRE", ""},
		{"Soldiers killed at least 40 men during a three-day sweep of the village of Tonka in central Mali last month, a rights group said on Monday. At least nine women were raped during the operation, the group said.", truce.Assault, "MLIMIL", ""},
	})
	// The harm itself is coded with the doer, not only the first attack.
	for _, text := range []string{
		"Fighters of the Zaire militia raided three villages in Djugu territory on Sunday, killing 23 civilians, local officials said. At least eight women were raped during the raids, a rights group said.",
		"Soldiers killed at least 40 men during a three-day sweep of the village of Tonka in central Mali last month, a rights group said on Monday. At least nine women were raped during the operation, the group said.",
	} {
		found := false
		for _, ev := range eventsOf(t, text, "2024-03-01", truce.Assault, "sexual") {
			if len(ev.Source) > 0 && (hasActor(ev.Source, "ZAIRE") || hasActor(ev.Source, "MLIMIL")) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: the rapes got no doer", text)
		}
	}
}

// An attack told without its author takes the one a blame names up to two
// sentences later, or in the same sentence with "were behind it".
func TestRolesS52BlamedAuthor(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"A bomb hidden in a parked motorcycle exploded outside a police station in Quetta on Monday, killing four officers. Rescue workers took the wounded to a nearby hospital. The provincial government blamed the Baloch Liberation Army.", truce.Assault, "BLA", "PAKCOP"},
		{"A car bomb exploded near an army checkpoint in Cucuta on Sunday, wounding nine soldiers, and officials said ELN rebels were behind it.", truce.Assault, "ELN", "COLMIL"},
		{"A bomb exploded near an army checkpoint in Cucuta on Sunday. Soldiers cordoned off the area. The defence minister blamed ELN rebels.", truce.Assault, "ELN", "COLMIL"},
	})
}

// An attack whose own sentence names no doer keeps, beside the group a
// claim or a blame later names, the rebels of the country attacked; a
// group named as the doer in the attack's own sentence stands alone.
func TestRolesS52UnnamedDoerGeneric(t *testing.T) {
	for _, c := range []struct{ text, group, generic string }{
		{"A car bomb exploded outside a market in Mogadishu on Saturday, killing eight people. Al-Shabaab said it carried out the attack.", "ALSHABAAB", "SOMREB"},
		{"A bomb exploded near an army checkpoint in Cucuta on Sunday. Soldiers cordoned off the area. The defence minister blamed ELN rebels.", "ELN", "COLREB"},
	} {
		ok := false
		for _, ev := range eventsOf(t, c.text, "2024-03-01", truce.Assault) {
			if hasActor(ev.Source, c.group) && hasActor(ev.Source, c.generic) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: want %s beside %s as the doer", c.text, c.generic, c.group)
		}
	}
	text := "Al-Shabaab fighters attacked an army base near Mogadishu on Saturday, killing eight soldiers."
	for _, ev := range eventsOf(t, text, "2024-03-01", truce.Assault) {
		if hasActor(ev.Source, "SOMREB") {
			t.Errorf("%q: a group named as the doer got the generic rebels too: %s", text, rolesX74IDs(ev.Source))
		}
	}
}

// The same holds for the side attacked: a group the sentence names only
// as "the group" or "the remaining rebels" keeps the generic rebels of
// the country beside it.
func TestRolesT55UnnamedTargetGeneric(t *testing.T) {
	for _, c := range []struct{ text, group, generic string }{
		{"Boko Haram fighters overran a camp near Monguno in March. Nigerian soldiers later retook the camp the group had held since then.", "BOKOHARAM", "NGAREB"},
		{"ADF rebels attacked a village near Beni on Monday. Congolese troops later clashed with the remaining rebels for several hours.", "ADF", "CODREB"},
	} {
		ok := false
		for _, ev := range eventsOf(t, c.text, "2024-03-01", truce.Assault) {
			if hasActor(ev.Target, c.group) && hasActor(ev.Target, c.generic) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: want %s beside %s as the side attacked", c.text, c.generic, c.group)
		}
	}
}

// Beyond attacks: an appeal to "the group" keeps the country's rebels
// beside the group named before; a group named in its own sentence stands
// alone.
func TestRolesS52UnnamedSideAnyEvent(t *testing.T) {
	text := "ELN rebels kidnapped two soldiers near Arauca on Monday. The governor called on the group to release the soldiers."
	ok := false
	for _, ev := range eventsOf(t, text, "2024-03-01", truce.Request) {
		if hasActor(ev.Target, "ELN") && hasActor(ev.Target, "COLREB") {
			ok = true
		}
	}
	if !ok {
		t.Errorf("%q: want COLREB beside ELN as the side asked", text)
	}
	text = "Hamas rejected the Egyptian proposal on Monday."
	for _, ev := range eventsOf(t, text, "2024-03-01", truce.Reject) {
		if hasActor(ev.Source, "PSEREB") {
			t.Errorf("%q: a group named in its sentence got the generic rebels too: %s", text, rolesX74IDs(ev.Source))
		}
	}
}

// Militants killed "during the operation that followed" their own ambush
// are its victims, not its doers: the ambush's doers are not copied.
func TestRolesS52DuringNotVictims(t *testing.T) {
	text := "TTP militants ambushed an army convoy in North Waziristan on Monday, killing six soldiers. Twelve militants were killed during the operation that followed, the army said."
	for _, ev := range eventsOf(t, text, "2024-03-01", truce.Assault) {
		if hasActor(ev.Target, "TTP") && hasActor(ev.Source, "TTP") {
			t.Errorf("%q: the militants killed read as their own killers: %s -> %s", text, rolesX74IDs(ev.Source), rolesX74IDs(ev.Target))
		}
	}
}

// A protest is against the state's government, not the forces that broke
// it up nor the army named as the power that rules; a march on an army's
// own headquarters keeps the army.
func TestRolesT55ProtestedGovernment(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"About 50 women marched in western Kabul on Saturday until Taliban fighters fired into the air and broke up the protest.", truce.Protest, "AFGPRO", "AFGGOV"},
		{"Hundreds of students marched in Khartoum on Monday until soldiers fired tear gas.", truce.Protest, "", "SDNGOV"},
		{"Thousands of protesters marched in N'Djamena on Thursday against the extension of military rule.", truce.Protest, "TCDPRO", "TCDGOV"},
		{"Hundreds of protesters marched on the army headquarters in Rawalpindi on Tuesday.", truce.Protest, "PAKPRO", "PAKMIL"},
	})
	for _, text := range []string{
		"Hundreds of students marched in Khartoum on Monday until soldiers fired tear gas.",
		"Thousands of protesters marched in N'Djamena on Thursday against the extension of military rule.",
	} {
		for _, ev := range eventsOf(t, text, "2024-03-01", truce.Protest) {
			if hasActor(ev.Target, "SDNMIL") || hasActor(ev.Target, "TCDMIL") {
				t.Errorf("%q: protest aimed at the army: %s", text, rolesX74IDs(ev.Target))
			}
		}
	}
}

// The state organs that act in France's overseas territories are
// France's; the people there keep the territory's code.
func TestRolesX76TerritoryStates(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Gendarmes arrested 40 rioters in Noumea on Saturday.", truce.Coerce, "FRACOP", "NCLPRO"},
		{"The government declared a state of emergency in New Caledonia on Tuesday after riots.", truce.Coerce, "FRAGOV", ""},
		{"The government declared a state of emergency in New Caledonia on Tuesday after riots.", truce.Protest, "NCLPRO", "FRAGOV"},
	})
	for _, ev := range rolesX76Force(t, "Gendarmes arrested 40 rioters in Noumea on Saturday.") {
		if hasActor(ev.Source, "NCLCOP") {
			t.Errorf("the gendarmes read as the territory's own police: %s", rolesX74IDs(ev.Source))
		}
	}
}
