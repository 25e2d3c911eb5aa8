package code

import "github.com/truce-project/truce"

// mode75 reads more finer CAMEO codes (issue 3) off events once they are
// final, as mode59 to mode74 do: the trigger rows keep their codes for the
// confidence model, only the event's code (and Goldstein) change.
//
// A beating told as the means of breaking up a crowd is violent
// repression, CAMEO 175: "police in Tunis used water cannon and batons to
// break up several hundred demonstrators", "security forces used batons
// and water cannon to break up a sit-in", "police fired tear gas and
// wielded batons to push back protesters". The baton and beating rows give
// the 182 of a physical assault; gold gives 175 to every such dispersal
// judged on dev (5 of 5, in 5 files, old and new: DIP-wire19, VIO-wire2,
// VIO-wire7, VIO-wire12, VIO-wire39; VIO-wire63 tells one more). mode69
// already gives 175 to a beating by the police or the army whose targets
// are all protesters; this reads the dispersal itself, so it holds when
// the crowd is a sit-in or a march, or the side is told as "men in
// civilian clothes". A beating by a mob or by party loyalists that
// breaks up nothing ("men armed with clubs attacked farmers", "stormed
// the protest camp, beating demonstrators") keeps 182, as gold gives.
//
// mode75Code returns the finer code of cd's event, or "" to keep its own.
func mode75Code(cd *candidate) string {
	switch {
	case cd.st == nil:
	case (cd.ev.Type == truce.Assault || cd.ev.Type == truce.Coerce) && cd.ev.CAMEO == "182" &&
		mode75CrowdScattered(cd.st, cd.i):
		return mode59RepressionCode
	case cd.ev.Type == truce.Accuse && cd.ev.CAMEO == "112" && mode75SpyingCharged(cd.st.low, cd.i, cd.j):
		return mode75SpyingCode
	case cd.ev.Type == truce.Coerce && cd.ev.CAMEO == "191" && mode75PartyShut(cd):
		return mode75PartyBanCode
	}
	return ""
}

// mode75SpyingCode is the code of an accusation of espionage or treason.
const mode75SpyingCode = "1125"

// mode75CrowdReach is the most tokens after a scattering verb the crowd
// it scatters may be named.
const mode75CrowdReach = 6

// mode75CrowdScattered reports whether the clause that holds the trigger
// at i tells a crowd scattered: "disperse", "break up", "push back",
// "clear" or "drive back" with a crowd or a gathering as its object.
func mode75CrowdScattered(st *sent, i int) bool {
	from, to := joinedClause(st, i)
	for k := from; k < to; k++ {
		if !mode75ScatterAt(st.low, k, to) {
			continue
		}
		for n := k + 1; n < to && n <= k+mode75CrowdReach; n++ {
			w := st.low[n]
			if w == "," || w == "and" {
				break
			}
			if gatheringWords.has(w) || gatheredNouns.has(w) || mode75CrowdNouns.has(w) {
				return true
			}
		}
	}
	return false
}

// mode75ScatterAt reports whether a verb of scattering a crowd stands at
// k: a form of "disperse", or "break", "push", "drive" followed by "up"
// or "back", or "clear".
func mode75ScatterAt(low []string, k, to int) bool {
	w := low[k]
	switch {
	case disperseWords.has(w), gsr30ClearForms.has(w):
		return true
	case breakUpWords.has(w) || mode75PushWords.has(w):
		return k+1 < to && (low[k+1] == "up" || low[k+1] == "back")
	}
	return false
}

// mode75PushWords drive a crowd back.
var mode75PushWords = filtered(wordSet("push", "pushed", "pushes", "pushing", "drive", "drove", "driven",
	"drives", "driving", "force", "forced", "forcing"))

// mode75CrowdNouns name a crowd scattered beyond the gathering words and
// the gathered nouns.
var mode75CrowdNouns = filtered(wordSet("picketers", "strikers", "rioters", "worshippers", "fans",
	"pilgrims"))

// An accusation whose charge, told after its "of", is spying, subversion
// or sabotage is an accusation of espionage or treason, CAMEO 1125:
// "accusing them of 'subversive activities'", "accused some of the
// detained employees of spying for the United States", "accused of
// working for Russia's FSB security service", "accusing Russian
// intelligence of ordering the sabotage of a railway line". The
// accusation rows give the 112 of a charge at large; gold gives 1125 to 8
// of the 9 such charges coded 112 on dev (in 8 files, old and new:
// DIP-wire, DIP-wire11, DIP-wire16, DIP-wire17, DIP-wire19, DIP-wire33,
// DIP-wire53, VIO-wire10; the other, "destabilising and subversive
// actions", 112). A coup charged ("accused the opposition of staging a
// coup") gold splits, 1125 in 3 and 112 in 2, and it is left; so are the
// charges told without "of" ("called the unrest treasonous").

// mode75ChargeOfReach is the most tokens after an accusation's trigger its
// "of" may be; mode75ChargeReach the most tokens after the "of" the spying
// word may be.
const (
	mode75ChargeOfReach = 8
	mode75ChargeReach   = 6
)

// mode75SpyingCharged reports whether the accusation whose trigger spans
// i to j charges spying, subversion or sabotage after its "of".
func mode75SpyingCharged(low []string, i, j int) bool {
	for k, end := i, objectClauseEnd(low, i+1, j+mode75ChargeOfReach); k < end; k++ {
		if low[k] != "of" {
			continue
		}
		for n := k + 1; n < len(low) && n <= k+mode75ChargeReach; n++ {
			w := low[n]
			if w == ";" || w == "." || w == "and" && n > k+2 {
				break
			}
			if mode75SpyingWords.has(w) || w == "for" && mode75AgencyAfter(low, n) {
				return true
			}
		}
		return false
	}
	return false
}

// mode75AgencyReach is the most tokens after "working for" the spy agency
// may be named.
const mode75AgencyReach = 5

// mode75AgencyAfter reports whether an intelligence or security service is
// named just after the "for" at n: "of working for Russia's FSB security
// service".
func mode75AgencyAfter(low []string, n int) bool {
	if n == 0 || !mode75WorkWords.has(low[n-1]) {
		return false
	}
	for m := n + 1; m < len(low) && m <= n+mode75AgencyReach; m++ {
		if mode75AgencyWords.has(low[m]) {
			return true
		}
	}
	return false
}

// mode75SpyingWords name spying, subversion or sabotage as a charge.
var mode75SpyingWords = filtered(wordSet("spying", "spy", "spies", "espionage", "subversive", "subversion",
	"sabotage", "sabotaging", "saboteurs", "treason", "treasonous"))

// mode75WorkWords serve a foreign agency.
var mode75WorkWords = filtered(wordSet("working", "worked", "work", "works", "acting", "spying"))

// mode75AgencyWords name an intelligence or security service.
var mode75AgencyWords = filtered(wordSet("intelligence", "service", "services", "agency", "agencies"))

// An opposition party's offices shut, or its meetings banned, is a party
// banned, CAMEO 1722: "police closed the party's headquarters in the
// capital", "shut the opposition's offices across the country and banned
// its meetings". The closure rows give the 191 of a place sealed off;
// gold gives 1722 to every such closure judged on dev (6 of 6, in 6
// files: VIO-wire11, VIO-wire14, VIO-wire16, VIO-wire20, VIO-wire21,
// VIO-wire47, though they tell the one story). The target must be the
// opposition, or a party named with the premises; the offices of a
// newspaper, a union or a charity shut keep their code.

// mode75PremisesReach is the most tokens after a closure's trigger the
// premises it shut may be named.
const mode75PremisesReach = 6

// mode75PartyShut reports whether the closure whose trigger spans i to j
// shuts premises or meetings of a party: the premises named in its clause
// after it, and the target all opposition or a party named there too.
func mode75PartyShut(cd *candidate) bool {
	low := cd.st.low
	premises, party := false, mode75AllOpposition(cd.ev.Target)
	for k, end := cd.j, objectClauseEnd(low, cd.j, cd.j+mode75PremisesReach); k < end; k++ {
		premises = premises || mode75PremisesWords.has(low[k])
		party = party || low[k] == "party" || low[k] == "parties"
	}
	return premises && party
}

// mode75AllOpposition reports whether every target given is the
// opposition.
func mode75AllOpposition(tgt []truce.Actor) bool {
	for _, a := range tgt {
		if a.Sector != "OPP" {
			return false
		}
	}
	return len(tgt) > 0
}

// mode75PremisesWords name a party's premises or meetings.
var mode75PremisesWords = filtered(wordSet("headquarters", "office", "offices", "premises", "branches",
	"branch", "meetings", "meeting", "rallies"))

// mode75PartyBanCode is the code of a party or politician banned.
const mode75PartyBanCode = "1722"
