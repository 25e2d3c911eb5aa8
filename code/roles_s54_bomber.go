package code

import "github.com/truce-project/truce"

// A bomber who is a person (issue 3): "A suicide bomber struck a church
// … A bomber blew himself up at a guesthouse hours later", "a second
// bomber struck a mosque". "suicide bomber" is a doer of its own (an
// armed group's man, sectors.tsv), but "bomber" alone may be an aircraft
// ("Russian bombers struck"), so it named no one. It is a person when
// the act turns on himself ("blew himself up") or when the story has
// already told of a suicide bomber: an unclaimed bombing is then the act
// of the country's rebels, as the suicide bomber's was.

// s54BomberNouns are the bare bomber nouns.
var s54BomberNouns = filtered(wordSet("bomber", "bombers"))

// s54SelfWords turn an act on its doer.
var s54SelfWords = filtered(wordSet("himself", "herself", "themselves"))

// s54HumanBomber gives an attack with no doer whose subject is a bare
// "bomber" who is a person the rebels of the country where it struck.
func (b *building) s54HumanBomber() {
	st, cd := b.st, b.cd
	if len(b.src) > 0 || !b.assault || b.e.pos != 'V' || cd.i < 1 || !s54BomberNouns.has(st.low[cd.i-1]) {
		return
	}
	if k := cd.i - 2; k >= 0 && st.mentionAt(k) != nil {
		return
	}
	if !b.s54SelfAct() && !b.d.s54ToldSuicideBomber(st.s.Index) {
		return
	}
	if a, ok := b.struckCountrySector("REB"); ok {
		a.Text = st.textOf(cd.i-1, cd.i)
		b.src = []truce.Actor{a}
	}
}

// s54SelfAct reports whether the trigger turns the act on its doer:
// "blew himself up", "blew themselves up".
func (b *building) s54SelfAct() bool {
	st, cd := b.st, b.cd
	for k := cd.i; k < len(st.low) && k <= cd.j+1; k++ {
		if s54SelfWords.has(st.low[k]) {
			return true
		}
	}
	return false
}

// s54ToldSuicideBomber reports whether a sentence up to n names a
// suicide bomber.
func (d *doc) s54ToldSuicideBomber(n int) bool {
	for i := 0; i <= n && i < len(d.sents); i++ {
		low := d.sents[i].low
		for k := 1; k < len(low); k++ {
			if s54BomberNouns.has(low[k]) && low[k-1] == "suicide" {
				return true
			}
		}
	}
	return false
}
