package code

// gsr30: "cleared" as exoneration. "a court cleared him of all charges",
// "the findings cleared his government of genocide accusations", "the
// officer was cleared of wrongdoing": to clear someone of a charge is to
// find them blameless, no ground taken from a side as in "troops cleared
// the village of fighters". The reading of taking ground is dropped when
// "of" (after the object, or right after a passive "cleared") leads to a
// word of blame or crime.

// gsr30ClearForms are the forms of "clear".
var gsr30ClearForms = filtered(wordSet("clear", "clears", "cleared", "clearing"))

// gsr30BlameWords name what one is cleared of when exonerated: a charge,
// an accusation or a crime.
var gsr30BlameWords = filtered(wordSet("charge", "charges", "accusation", "accusations", "allegation",
	"allegations", "wrongdoing", "wrongdoings", "blame", "guilt", "responsibility", "liability", "suspicion",
	"suspicions", "complicity", "involvement", "misconduct", "negligence", "crime", "crimes", "offence",
	"offences", "offense", "offenses", "murder", "murders", "manslaughter", "corruption", "fraud", "bribery",
	"embezzlement", "graft", "treason", "sedition", "espionage", "terrorism", "genocide", "rape", "abuse",
	"abuses", "torture", "misuse", "doping", "incitement", "defamation", "libel"))

// gsr30ClearedOfCharge drops a reading told with "clear" when the act
// is cleared of blame: "of" within five words after the verb, in its
// clause, followed within four words by a word of blame.
func gsr30ClearedOfCharge(st *sent, cd *candidate) bool {
	if cd.j-cd.i != 1 || !gsr30ClearForms.has(st.low[cd.i]) {
		return false
	}
	for k := cd.j; k < len(st.low) && k <= cd.i+6; k++ {
		w := st.low[k]
		if w == "," || w == "." || w == ";" || w == ":" {
			return false
		}
		if w != "of" {
			continue
		}
		for m := k + 1; m < len(st.low) && m <= k+4; m++ {
			if gsr30BlameWords.has(st.low[m]) {
				return true
			}
			if w := st.low[m]; w == "," || w == "." || w == ";" {
				return false
			}
		}
		return false
	}
	return false
}
