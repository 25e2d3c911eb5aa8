package code_test

// roles_t62 (roles18): staff held in premises stand for the premises'
// holder, Thailand's paramilitary rangers are its army, and people held as
// the doers of an attack told before are those doers. Every sentence is
// written for the test.

import (
	"testing"

	"github.com/truce-project/truce"
)

// t62Target checks that text yields an event of type typ whose target
// holds want and, when not is given, no actor with that id.
func t62Target(t *testing.T, text, typ, want, not string) {
	t.Helper()
	evs := eventsOf(t, text, "2024-05-02", typ)
	for _, ev := range evs {
		if hasActor(ev.Target, want) && (not == "" || !hasActor(ev.Target, not)) {
			return
		}
	}
	t.Errorf("%q: want %s target %s (not %q), got %+v", text, typ, want, not, evs)
}

// "stormed the offices of X and held staff at gunpoint": the staff are
// X's, and a later "until police …" names no target.
func TestRolesT62StaffOfPremises(t *testing.T) {
	t62Target(t, "Armed men broke into the offices of Medecins Sans Frontieres in Bunia on Monday and held staff at gunpoint for an hour.",
		truce.Assault, "MSF", "")
	t62Target(t, "Gunmen stormed the headquarters of the International Committee of the Red Cross in Kidal and held employees hostage until soldiers arrived.",
		truce.Assault, "ICRC", "MLIMIL")
	t62Target(t, "Masked attackers burst into the studios of Al Jazeera in Doha and held presenters and crew at gunpoint before police freed them.",
		truce.Assault, "QATMED", "QATCOP")
	// No premises named: the people held stay who they are.
	t62Target(t, "Police raided a house in Lagos and held residents at gunpoint.", truce.Assault, "NGACVL", "")
}

// Thailand's rangers are its army; park rangers and Pakistan's Rangers
// are not.
func TestRolesT62ThaiRangers(t *testing.T) {
	t62Target(t, "A roadside bomb wounded three rangers on patrol in Narathiwat, Thailand, on Friday.", truce.Assault, "THAMIL", "THACOP")
	t62Target(t, "Insurgents fired on a ranger checkpoint in Yala province, Thailand, wounding two rangers.", truce.Assault, "THAMIL", "THACOP")
	t62Target(t, "Poachers shot dead two park rangers in Khao Yai National Park, Thailand, on Sunday.", truce.Assault, "THACOP", "THAMIL")
	evs := eventsOf(t, "Paramilitary Rangers arrested a student leader in Karachi on Monday.", "2024-05-02", truce.Coerce)
	if len(evs) == 0 || !hasActor(evs[0].Source, "PAKCOP") {
		t.Errorf("Pakistan's Rangers: want source PAKCOP, got %+v", evs)
	}
}

// People held "linked to the bombers" or "among them the gunmen" are the
// doers of the attack told before; "described as members of X" are X's;
// held only "over the attack" they stay civilians.
func TestRolesT62SuspectsOfAttack(t *testing.T) {
	t62Target(t, "Militants set off a car bomb outside a police station in Quetta, killing six people. Officers later detained nine people linked to the bombers.",
		truce.Coerce, "PAKREB", "PAKCVL")
	t62Target(t, "Gunmen opened fire on worshippers at a mosque in Kano, killing eight. Police said they had arrested twelve people, among them the three gunmen.",
		truce.Coerce, "NGAREB", "NGACVL")
	t62Target(t, "Armed men ambushed a bus near Kidal on Monday. Soldiers arrested four men from a nearby village, described as members of the Macina Liberation Front.",
		truce.Coerce, "JNIM", "MLICVL")
	t62Target(t, "Gunmen attacked a bus near Maiduguri, Nigeria, killing nine passengers. Police later arrested six men over the attack.",
		truce.Coerce, "NGACVL", "NGAREB")
}

// A crowd that burns or storms the offices of a public body, or a
// congress's building, protests against that state's government or
// parliament.
func TestRolesT62PublicOffices(t *testing.T) {
	t62Target(t, "Protesters set fire to part of the Congress building in Lima on Monday.", truce.Protest, "PERLEG", "")
	t62Target(t, "Angry youths set fire to the gate of the electricity directorate in Basra on Monday.", truce.Protest, "IRQGOV", "")
	t62Target(t, "Demonstrators burned the offices of the water directorate in Oruro, Bolivia, on Friday.", truce.Protest, "BOLGOV", "")
}

// "dissidents of the (former) FARC" names no one splinter: Colombia's
// rebels; the Estado Mayor Central named as such keeps its id.
func TestRolesT62FarcSplinters(t *testing.T) {
	evs := eventsOf(t, "Officials said dissidents of the former FARC ambushed an army patrol in Cauca, Colombia, on Sunday, killing two soldiers.", "2024-05-02", truce.Assault)
	if len(evs) == 0 || !hasActor(evs[0].Source, "COLREB") || hasActor(evs[0].Source, "EMC") {
		t.Errorf("unnamed splinter: want source COLREB, got %+v", evs)
	}
	evs = eventsOf(t, "Fighters of the Estado Mayor Central attacked a police station in Jamundi, Colombia, on Friday.", "2024-05-02", truce.Assault)
	if len(evs) == 0 || !hasActor(evs[0].Source, "EMC") {
		t.Errorf("named splinter: want source EMC, got %+v", evs)
	}
}
