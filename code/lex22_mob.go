package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// mobOnPeople reports whether the trigger's doer is named as a crowd or a
// mob, its victims are people, not property or the state, and it does not
// destroy property: "a crowd in the market beat two suspected thieves to
// death", "a crowd lynched three men accused of kidnapping". Such a crowd
// is a mob attacking people (ACLED mob violence), not protesters rioting,
// whatever sector the word "crowd" was first given; "crowds set fire to
// the homes of politicians" stays a riot.
func mobOnPeople(cd *candidate, mode string, tgt []truce.Actor) bool {
	if mode == "destroy" || len(tgt) == 0 {
		return false
	}
	crowd := false
	for _, m := range cd.src {
		if mobWords.has(strings.ToLower(lastWord(m.actor.Text))) {
			crowd = true
		}
	}
	if !crowd {
		return false
	}
	for _, a := range tgt {
		switch a.Sector {
		case "CRM", "CVL", "REF", "REL", "EDU", "LAB":
		default:
			return false
		}
	}
	return true
}
