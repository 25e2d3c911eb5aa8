package code

// sickWords are the words after a count of people that tell they were
// made ill by a gas or poison, so counting the wounded of a chemical
// attack: "leaving nine of them [vomiting]", "30 pupils [fell ill]".
var sickWords = filtered(map[string]bool{"vomiting": true, "vomited": true, "convulsing": true, "fainted": true, "fainting": true})

// illVerbs are the verbs that take "ill" or "sick" to tell a harm: "fell
// ill", "were taken ill", "became sick".
var illVerbs = filtered(map[string]bool{"fell": true, "fall": true, "falling": true, "fallen": true, "became": true,
	"become": true, "taken": true, "got": true})

// sickened reports whether token k starts a phrase of illness from a gas
// or poison, which makes the count before it a count of the wounded:
// "four farmers [fell ill]", "seven pupils [were poisoned]", "12 people
// [vomiting] and struggling to breathe", "left 40 people [sickened]". An
// active "poisoned" ("two agents poisoned a defector") counts the
// poisoners and is no such phrase.
func sickened(st *sent, k int) bool {
	w := st.low[k]
	switch {
	case sickWords.has(w):
		return true
	case illVerbs.has(w):
		return k+1 < len(st.low) && (st.low[k+1] == "ill" || st.low[k+1] == "sick")
	case w == "poisoned" || w == "sickened" || w == "intoxicated":
		if k+2 < len(st.low) && st.low[k+1] == "to" && st.low[k+2] == "death" {
			return false // "were poisoned to death" counts the dead
		}
		return passiveBefore(st, k) || k+1 >= len(st.low) || clauseBreaks.has(st.low[k+1]) || st.low[k+1] == ","
	}
	return false
}
