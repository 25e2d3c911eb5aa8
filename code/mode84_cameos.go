package code

import "github.com/truce-project/truce"

// mode84 reads more finer CAMEO codes (issue 3) off events once they are
// final, as mode59 to mode83 do: the trigger rows keep their codes for the
// confidence model, only the event's code (and Goldstein) change.
//
// An accusation whose charge is giving an armed body arms, money, training
// or a haven is an accusation of aggression, CAMEO 1123: "accused its
// neighbour of arming and training the rebels", "accuses the capital of
// hosting foreign troops", "accused them of sponsoring terrorism". The
// charge must be a verb of such support after the trigger, in its clause,
// with a word for an armed body after it: gold gives 1123 to 17 of the 21
// such accusations we code 112 on dev (the other 4 keep 112). Harbouring
// a person ("of harbouring a former convict"), financing unrest or backing
// in general are not read: "backing" alone is the 55% cell of cameo13/14.
// "Armed" is left out of the verbs: it is mostly the adjective of "armed
// separatists", which charges no support.
//
// mode84Code returns the finer code of cd's event, or "" to keep its own.
func mode84Code(cd *candidate) string {
	if cd.st == nil || cd.ev.Type != truce.Accuse || cd.ev.CAMEO != "112" {
		return ""
	}
	if mode84ArmsArmedBody(cd.st, cd.i, cd.j) {
		return mode84AggressionCode
	}
	return ""
}

// mode84AggressionCode is the code of an accusation of aggression.
const mode84AggressionCode = "1123"

// mode84ChargeReach is the most tokens after the trigger's end its charge
// may be named, as mode77ChargeReach.
const mode84ChargeReach = 14

// mode84BodyReach is the most tokens after the verb of support the armed
// body may be named: "of training and arming the RED-Tabara rebels".
const mode84BodyReach = 6

// mode84ArmsArmedBody reports whether the accusation whose trigger is
// [i, j) charges support given to an armed body, in its clause and before
// another clause opens.
func mode84ArmsArmedBody(st *sent, i, j int) bool {
	low := st.low
	if j > len(low) {
		return false
	}
	_, to := joinedClause(st, i)
	end := objectClauseEnd(low, j, min(to, j+mode84ChargeReach))
	for k := j; k < end; k++ {
		if mode84SupportVerbs.has(low[k]) {
			return mode79Names(low, k+1, min(end, k+1+mode84BodyReach), mode84ArmedBodies)
		}
	}
	return false
}

// mode84SupportVerbs are the verbs of giving an armed body arms, money,
// training or a haven, in every form but the adjective "armed".
var mode84SupportVerbs = filtered(wordSet("arm", "arms", "arming",
	"host", "hosts", "hosted", "hosting",
	"harbour", "harbours", "harboured", "harbouring", "harbor", "harbors", "harbored", "harboring",
	"shelter", "shelters", "sheltered", "sheltering",
	"sponsor", "sponsors", "sponsored", "sponsoring",
	"finance", "finances", "financed", "financing",
	"fund", "funds", "funded", "funding",
	"train", "trains", "trained", "training",
	"equip", "equips", "equipped", "equipping"))

// mode84ArmedBodies are words for an armed body, or for terror as a cause.
var mode84ArmedBodies = filtered(wordSet("rebels", "rebel", "troops", "forces", "militia", "militias",
	"militants", "insurgents", "guerrillas", "guerrilla", "separatists", "fighters", "mercenaries",
	"terrorism", "terrorists", "jihadists", "paramilitaries", "group", "groups"))
