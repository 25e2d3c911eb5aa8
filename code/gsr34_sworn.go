package code

// "The rebels have sworn to fight until the army leaves", "the militia
// swore to avenge its commander", "the clans are swearing to resist": to
// swear to do something is to vow it. The lexicon writes its promises
// with "vow~"; a form of "swear" before "to" is read through those rows.

// gsr34SwearForms are the forms of "swear" that promise what follows "to".
var gsr34SwearForms = filtered(wordSet("swear", "swears", "swore", "sworn", "swearing"))

// gsr34VowReach is the most words after "swear to" read through the vow
// rows.
const gsr34VowReach = 8

// gsr34SwornVow returns the reading of a vow row, and the length it
// covers, for the form of "swear" at i followed by "to" and an act:
// "have sworn to fight on" reads as "vowed to fight on". "Sworn in" and
// "swore allegiance to" have no "to" right after the verb and are left.
func (c *Coder) gsr34SwornVow(st *sent, i int) (*entry, int) {
	if !gsr34SwearForms.has(st.low[i]) || i+2 >= len(st.low) || st.low[i+1] != "to" {
		return nil, 0
	}
	var buf [gsr34VowReach + 2]string
	buf[0] = "vowed"
	es, m := c.matchRewritten(buf[:], 1, st, i+1)
	if m <= 2 {
		return nil, 0
	}
	if e := pickEntry(es, "VBD", ""); e != nil && e.pos == 'V' {
		return e, m
	}
	return nil, 0
}
