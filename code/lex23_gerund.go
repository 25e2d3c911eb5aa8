package code

import "github.com/truce-project/truce"

// gerundJudgement screens a disapproval told as a bare gerund: only one
// set off by a comma after its clause is the doer's act ("suspended the
// partnership, condemning the decision"); one that describes a noun
// before it tells no act ("remarks criticising the war", "a resolution
// condemning the annexation"), and one after a protest tells what the
// protest was for ("blocked roads, denouncing the deal").
func (b *building) gerundJudgement() string {
	cd, st := b.cd, b.st
	if cd.e.cameo != "111" || cd.j != cd.i+1 || !disapprovalGerunds.has(st.low[cd.i]) {
		return ""
	}
	if cd.i == 0 || st.low[cd.i-1] != "," {
		return "a gerund of disapproval that describes a noun (\"remarks criticising the war\")"
	}
	if b.d.earlierInSentence(st, cd, truce.Protest) != nil {
		return "what a protest told just before voiced (\"blocked roads, denouncing the deal\")"
	}
	return ""
}

// disapprovalGerunds are the gerunds of the disapproval row.
var disapprovalGerunds = filtered(wordSet("condemning", "denouncing", "criticising", "criticizing", "slamming", "decrying",
	"deploring", "lambasting", "rebuking"))
