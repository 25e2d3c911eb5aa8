package code

// prec57SuspectsAsVictims reports whether the crime words of a sentence
// only name the victims of a violent act, as suspects: "villagers beat to
// death two suspected cattle thieves", "a crowd lynched three alleged
// robbers". Mob justice on suspected criminals is violence, not the
// crime news the words would otherwise mark ("robbers held up a bank").
// Every crime word must stand after the trigger, within three words of
// "suspected", "alleged", "presumed" or "accused".
func (c *Coder) prec57SuspectsAsVictims(st *sent, cd *candidate) bool {
	found := false
	for _, at := range c.domainsOf(st).at {
		if at.word != "crime" && at.pair != "crime" {
			if at.word != "" {
				return false
			}
			continue
		}
		if at.k < cd.j {
			return false
		}
		marked := false
		for k := at.k - 1; k >= cd.j && k >= at.k-3; k-- {
			if prec57SuspectWords.has(st.low[k]) {
				marked = true
				break
			}
		}
		if !marked {
			return false
		}
		found = true
	}
	return found
}

// prec57SuspectWords mark a person as suspected of a crime.
var prec57SuspectWords = filtered(wordSet("suspected", "alleged", "presumed", "accused", "purported"))
