package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// An act told by a noun with "by" the doer and then "of" what it was
// done to: the sides are read in that order, not reversed.
func TestRolesX75ByOfSides(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Shelling by Russian troops of Ukrainian towns killed four people on Monday.", truce.Assault, "RUSMIL", "UKR"},
		{"The bombing by Ethiopian jets of Eritrean villages killed a dozen people, aid workers said.", truce.Assault, "ETHMIL", "ERI"},
		{"Officials condemned the shelling by Syrian government forces of Turkish border posts.", truce.Assault, "SYRMIL", "TURMIL"},
	})
}

// "their post" after the police were named is the police's post: the bare
// officers killed there are police, not soldiers; after soldiers were
// named they stay military.
func TestRolesX75PolicePost(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Nigerian police said they had come under attack on Tuesday. Gunmen stormed their post and killed three officers.", truce.Assault, "NGAREB", "NGACOP"},
		{"Police in Garissa said they were ambushed on Friday. Militants raided their station and shot two officers.", truce.Assault, "KENREB", "KENCOP"},
		{"Afghan police reported clashes overnight. Insurgents overran their checkpoint and killed five officers.", truce.Assault, "AFGREB", "AFGCOP"},
		{"Soldiers said they were ambushed near Gao. Jihadists attacked their base and killed four officers.", truce.Assault, "MLIREB", "MLIMIL"},
	})
}

// Bare victims in a follow-up sentence are the state the same group
// attacked the sentence before, not the group's home country.
func TestRolesT54FollowUpVictims(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Boko Haram fighters attacked a Chadian army base near Lake Chad on Sunday. They killed eight soldiers, the army said.", truce.Assault, "BOKOHARAM", "TCDMIL"},
		{"Hezbollah gunmen ambushed an Israeli patrol near the border on Monday. They killed two soldiers.", truce.Assault, "HEZBOLLAH", "ISRMIL"},
	})
	for _, text := range []string{
		"Boko Haram fighters attacked a Chadian army base near Lake Chad on Sunday. They killed eight soldiers, the army said.",
		"Hezbollah gunmen ambushed an Israeli patrol near the border on Monday. They killed two soldiers.",
	} {
		for _, ev := range eventsOf(t, text, "2024-03-01", truce.Assault) {
			if hasActor(ev.Target, "NGAMIL") || hasActor(ev.Target, "LBNMIL") {
				t.Errorf("%q: victims given the attacker's home country: %s", text, rolesX74IDs(ev.Target))
			}
		}
	}
}

// A bare base struck where a place names it is the state's forces' site;
// a base a group names as its own is not.
func TestRolesX75BareBase(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Gunmen fired rockets at a base near Mosul on Sunday.", truce.Assault, "IRQREB", "IRQMIL"},
		{"Rebels shelled a base outside Goma on Monday.", truce.Assault, "CODREB", "CODMIL"},
		{"Jihadists shelled a base near Menaka on Tuesday.", truce.Assault, "MLIREB", "MLIMIL"},
	})
	for _, ev := range eventsOf(t, "Government troops shelled a rebel base near Goma on Monday.", "2024-03-01", truce.Assault) {
		if hasActor(ev.Target, "CODMIL") {
			t.Errorf("a rebel base read as the army's: %s", rolesX74IDs(ev.Target))
		}
	}
}

// Bare settlements that came under fire are the people of the land the
// story has named, not the attacker's own people.
func TestRolesT54UnderSettlements(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Tension rose again in the Kharkiv region. Farms along the frontier came under Russian artillery fire overnight.", truce.Assault, "RUSMIL", "UKRCVL"},
		{"Clashes were reported in northern Iraq on Monday. Several hamlets came under Turkish bombardment.", truce.Assault, "TURMIL", "IRQCVL"},
		{"Troops clashed in eastern Turkey on Saturday. Villages near the border came under Iranian shelling on Sunday.", truce.Assault, "IRNMIL", "TURCVL"},
	})
	text := "Troops clashed in eastern Turkey on Saturday. Villages near the border came under Iranian shelling on Sunday."
	for _, ev := range eventsOf(t, text, "2024-03-01", truce.Assault) {
		if hasActor(ev.Target, "IRNCVL") {
			t.Errorf("%q: the attacker's own people read as its target", text)
		}
	}
}
