package code

import "github.com/truce-project/truce"

// mode85 reads more finer CAMEO codes (issue 3) off events once they are
// final, as mode59 to mode84 do: the trigger rows keep their codes for the
// confidence model, only the event's code (and Goldstein) change.
//
// Civilians killed with guns in an attack are unconventional violence,
// CAMEO 180, not the 1823 of a killing by physical assault that the row
// of "killed" gives: "rebel fighters killed six farmers near the
// village", "the gang killed five shopkeepers in the market", "militants
// executed seven herders". mode59 reads the same convention off gunfire
// coded as a fight (190, 193); this is the killing told without a fight.
// Once ACLED reads the event as an attack on civilians and its mode is
// firearms, gold gives 180 to 10 of the 12 such killings we code 1823 on
// dev (10 documents) and keeps 1823 for 2; the other 9 gold events where
// it fires are other events of their sentences (riots, mass killings, a
// report, police killing suspects), which we miss either way. A trigger
// that names a killing by hand ("beheaded three civilians", "hacked to
// death", "slaughtered") keeps 1823: gold gives it 4 of the 5 beheadings
// on dev.
//
// A denial is the rejection of a claim, CAMEO 120 as the denial row gives
// it, not the refusal of help (121), of a military climb-down (1246), of
// a change (124) or of a plan (127) that a word later in its sentence
// draws from the complements: "the ministry denied any role", "the army
// denied that its soldiers had fired on the crowd", "the minister has
// denied the charges". Gold gives none of the 15 such denials on dev
// (13 documents) those codes; it gives 6 of them 120 and 5 the bare root
// 12 (the other 4 are other events of their sentences), so 120 wins 6 and
// loses none. (The round also read agreements told as provisional or
// verbal, 057 as 03, right for 8 of 8 dev events from 3 stories; held out,
// it lost the one event it touched, and was left out.) A denial of mediation keeps 126: gold gives it to 4 of the
// 5 on dev. A passive "denied" ("they had been denied access to counsel")
// refuses, and is not read.
//
// mode85Code returns the finer code of cd's event, or "" to keep its own.
func mode85Code(cd *candidate) string {
	ev := &cd.ev
	switch {
	case cd.st == nil || cd.j > len(cd.st.low) || cd.i >= cd.j:
	case ev.Type == truce.Assault && ev.CAMEO == "1823" && ev.ACLEDType == acledCivilians &&
		ev.ACLEDSubtype == subAttack && ev.Mode == "firearms" && !mode79Names(cd.st.low, cd.i, cd.j, mode85HandKillings):
		return mode85UnconventionalCode
	case ev.Type == truce.Reject && mode85RefusalCodes[ev.CAMEO] && mode85DenyWords.has(cd.st.low[cd.i]) &&
		(cd.i == 0 || !mode85BeForms.has(cd.st.low[cd.i-1])):
		return mode85DenialCode
	}
	return ""
}

// The codes mode85 gives.
const (
	mode85UnconventionalCode = "180" // use unconventional violence
	mode85DenialCode         = "120" // reject, not specified below
)

// mode85HandKillings are the words of a trigger that tell a killing done
// by hand, not with guns.
var mode85HandKillings = filtered(wordSet("beheaded", "beheading", "beheads", "behead",
	"hacked", "hacking", "stabbed", "stabbing", "slaughtered", "slaughtering",
	"clubbed", "stoned", "beaten", "beat", "beating", "lynched", "lynching",
	"strangled", "burned", "burnt", "burning", "drowned", "decapitated"))

// mode85RefusalCodes are the refusals a complement draws that a denial
// is not.
var mode85RefusalCodes = map[string]bool{"121": true, "1246": true, "124": true, "127": true}

// mode85BeForms are the forms of "be" that make "denied" a passive
// refusal ("they had been denied access"), not a denial.
var mode85BeForms = filtered(wordSet("be", "been", "being", "is", "are", "was", "were"))

// mode85DenyWords are the forms of "deny".
var mode85DenyWords = filtered(wordSet("deny", "denies", "denied", "denying"))
