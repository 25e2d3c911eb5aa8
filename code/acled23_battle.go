package code

// ACLED rules for attacks whose object tells that the other side fights.

// onArmedPosition: an attack on a checkpoint, a patrol or an army post is
// a battle with the force holding it, though the dead are counted as
// "people" or "villagers" ("insurgents killed eleven people, most of them
// militiamen, in an attack on a checkpoint"; "gunmen ambushed a
// vigilante patrol, killing 20 people"). It runs before the rule that
// makes a clash with civilians alone an attack on them.
func onArmedPosition(x *acx) bool {
	if !(x.is(acledCivilians, subAttack) || x.is(acledBattles, subClash)) || x.ev.Mode == "sexual" {
		return false
	}
	st := x.st
	for k, w := range st.low {
		if !assaultWords.has(w) {
			continue
		}
		for n := k + 1; n < len(st.low) && n <= k+6; n++ {
			v := st.low[n]
			if v == "," || v == "." || v == "and" {
				break
			}
			if armedPositions.has(v) || manningWords.has(v) && n > 0 && forceAdjectives.has(st.low[n-1]) {
				return x.set(acledBattles, subClash)
			}
		}
	}
	return false
}

// assaultWords tell of an attack on what follows them: "an attack on",
// "ambushed", "stormed".
var assaultWords = filtered(wordSet("attack", "attacks", "attacked", "attacking", "ambush", "ambushed", "ambushing", "raid", "raided",
	"stormed", "storming", "assaulted", "assault"))

// armedPositions are places and units that only a force holds: "a
// checkpoint", "a patrol", "an outpost".
var armedPositions = filtered(wordSet("checkpoint", "checkpoints", "patrol", "patrols", "outpost", "outposts", "barracks"))

// manningWords are posts that are a force's when a force word comes before
// them: "an army post", "a police station", "military positions".
var manningWords = filtered(wordSet("post", "posts", "station", "stations", "position", "positions", "base", "bases", "camp", "camps"))

// forceAdjectives, before a post, make it a force's.
var forceAdjectives = filtered(wordSet("army", "military", "police", "border", "security", "gendarmerie", "militia", "rebel", "guard"))
