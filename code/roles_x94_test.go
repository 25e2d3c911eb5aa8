package code_test

// roles_x94 (fixes15): a count or a "believed to be" on a "by" agent, a
// taking told as a disappearance, a person who sets off a bomb, weapons
// joined in a list, the backer of a body, and access barred to a place.
// Every sentence is written for the test.

import (
	"slices"
	"testing"

	"github.com/truce-project/truce"
)

// x94IDs lists the actor ids of an event's side.
func x94IDs(as []truce.Actor) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

// x94Want checks that text yields an event of type typ (and mode, when
// given) whose source holds src, and whose target holds tgt when given.
func x94Want(t *testing.T, text, typ, mode, src, tgt string) {
	t.Helper()
	for _, ev := range eventsOf(t, text, "2024-05-01", typ) {
		if mode != "" && ev.Mode != mode {
			continue
		}
		if (src == "" || slices.Contains(x94IDs(ev.Source), src)) && (tgt == "" || slices.Contains(x94IDs(ev.Target), tgt)) {
			return
		}
	}
	t.Errorf("want %s %s %s -> %s in %q, got %+v", typ, mode, src, tgt, text, mustExtract(t, text, "2024-05-01").Events)
}

// A count where an article would stand keeps the "by" agent: "by two
// gunmen", "by four unidentified gunmen".
func TestRolesX94CountedAgent(t *testing.T) {
	x94Want(t, "A shopkeeper was kidnapped by three bandits outside Katsina, Nigeria, on Monday.", truce.Assault, "abduct", "NGACRM", "")
	x94Want(t, "The nurse was abducted by four unidentified gunmen near Kano, Nigeria.", truce.Assault, "abduct", "NGAREB", "")
	x94Want(t, "A judge was shot dead by 2 gunmen outside his home in Trujillo, Peru, on Friday.", truce.Assault, "", "PERREB", "")
	// A count of votes or a share is no agent.
	if evs := mustExtract(t, "The motion was passed by 12 votes in Lima on Tuesday.", "2024-05-01").Events; len(evs) > 0 {
		t.Errorf("want no event from a vote margin, got %+v", evs)
	}
}

// "men believed to be soldiers": the agent is what the takers are
// believed to be; a taking in secret ("unmarked car", "plain clothes",
// "not been seen since") stays an abduction though the takers are the
// state's.
func TestRolesX94BelievedAgentAndSecretTaking(t *testing.T) {
	x94Want(t, "Family members said the blogger was bundled into a van by men believed to be state agents in Bulawayo, Zimbabwe, and has not been seen since.", truce.Assault, "abduct", "ZWECOP", "")
	x94Want(t, "The reporter was seized by two men suspected to be soldiers in Gao, Mali, on Friday.", truce.Assault, "abduct", "MLIMIL", "")
	x94Want(t, "A farmer was shot dead by gunmen believed to be rebels near Butembo, Congo.", truce.Assault, "", "CODREB", "")
	x94Want(t, "Police in Abuja bundled the union leader into an unmarked car on Thursday.", truce.Assault, "abduct", "NGACOP", "")
	// An open arrest by the police stays an arrest.
	x94Want(t, "Police in Abuja led away five students from the campus on Thursday.", truce.Coerce, "arrest", "NGACOP", "")
}

// The person who sets off a bomb is its attacker, a rebel as a "suicide
// bomber" is, not a civilian; a stabbing by "a man" stays a civilian's.
func TestRolesX94PersonBomber(t *testing.T) {
	x94Want(t, "A young woman detonated explosives at a cattle market in Mubi, Nigeria, killing seven people.", truce.Assault, "", "NGAREB", "")
	x94Want(t, "Two girls blew themselves up at a mosque in Konduga, Nigeria, on Friday.", truce.Assault, "suicide-attack", "NGAREB", "")
	x94Want(t, "A man detonated an explosive vest at a checkpoint in Peshawar, Pakistan.", truce.Assault, "suicide-attack", "PAKREB", "")
	x94Want(t, "A man stabbed two guards outside a court in Peshawar, Pakistan.", truce.Assault, "", "PAKCVL", "")
}

// Weapons joined in a list share their owner: the second item's bare
// "drones" are the first item's owner's, not the struck land's forces.
func TestRolesX94ListedWeapons(t *testing.T) {
	x94Want(t, "Houthi rockets and explosive-laden drones hit an army camp in Marib, Yemen.", truce.Assault, "", "HOUTHI", "")
	x94Want(t, "Russian missiles and Iranian-made drones struck Odesa, Ukraine, before dawn.", truce.Assault, "", "RUSMIL", "")
	x94Want(t, "Turkish jets and armed drones hit PKK hideouts near Zakho, Iraq.", truce.Assault, "", "TURMIL", "PKK")
	for _, ev := range eventsOf(t, "Russian missiles and Iranian-made drones struck Odesa, Ukraine, before dawn.", "2024-05-01", truce.Assault) {
		if slices.Contains(x94IDs(ev.Source), "UKRMIL") {
			t.Errorf("want no Ukrainian forces striking Odesa, got %s", x94IDs(ev.Source))
		}
	}
}

// The backer of a body ("Iran-backed militias") is no side and no place:
// the militias hit are those of the land where they are.
func TestRolesX94Backer(t *testing.T) {
	text := "Rioters in Kirkuk, Iraq, set fire to the offices of two Iran-backed militias on Saturday."
	for _, ev := range mustExtract(t, text, "2024-05-01").Events {
		if slices.Contains(x94IDs(ev.Target), "IRN") || slices.Contains(x94IDs(ev.Target), "IRNGOV") {
			t.Errorf("want the backer kept out of the target, got %s", x94IDs(ev.Target))
		}
		if ev.Location != nil && ev.Location.Country == "IRN" {
			t.Errorf("want the act placed where it happened, got %+v", ev.Location)
		}
	}
	x94Want(t, "Israeli aircraft bombed the depots of Iran-backed militias near Abu Kamal, Syria.", truce.Assault, "", "ISRMIL", "SYRMLT")
}

// Access barred to a place is a blockade: by a crowd an obstruction, by
// others a restriction; access blocked to websites stays censorship.
func TestLex67AccessToPlace(t *testing.T) {
	x94Want(t, "Hundreds of farmers blocked access to the port of Durban, South Africa, on Monday.", truce.Protest, "obstruct", "ZAFPRO", "")
	x94Want(t, "Soldiers barred access to the border crossing near Rafah on Sunday.", truce.Coerce, "restrict", "", "")
	x94Want(t, "Authorities in Ankara blocked access to X and YouTube on Wednesday.", truce.Coerce, "censor", "TURGOV", "")
}

// prec68: a victim robbed and then hurt by men of no side is ordinary
// crime; robbed and killed by bandits, or by militiamen acting, stays.
func TestPrec68RobbedAndHarmed(t *testing.T) {
	for _, text := range []string{
		"A pharmacist was robbed and shot dead by three men on a motorbike.",
		"A taxi driver was robbed and stabbed by two masked men in the city centre.",
	} {
		if evs := eventsOf(t, text, "2024-05-01", truce.Assault); len(evs) > 0 {
			t.Errorf("want no ASSAULT from %q, got %+v", text, evs)
		}
	}
	x94Want(t, "Herders were robbed and killed by bandits near Zurmi, Nigeria.", truce.Assault, "", "NGACRM", "")
}
