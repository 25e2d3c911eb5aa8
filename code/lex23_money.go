package code

// moneyRecipient screens a sum of money promised or approved, told by the
// money rows ("will provide 200 million dollars", "approved a $2.9
// billion loan"): it is aid only when another side receives it, so one
// with no target, or with a target of the giver's own country ("Poland
// will spend 4 billion dollars on tanks", "the ministry allocated 30
// million euros to repair roads"), is domestic spending, and one with no
// giver named ("the firm will invest 5 billion dollars in gas fields") is
// business; neither codes an event.
func (b *building) moneyRecipient() string {
	cd, st := b.cd, b.st
	if cd.e.cameo != "0331" && cd.e.cameo != "071" || !moneyVerbs.has(st.low[cd.i]) || !spansWord(st, cd.i, cd.j, &moneyWords) {
		return ""
	}
	ev := &cd.ev
	if len(ev.Target) == 0 || len(ev.Source) == 0 {
		return "money with no giver or no one named to receive it (\"will spend 4 billion dollars on tanks\")"
	}
	for _, s := range ev.Source {
		for _, t := range ev.Target {
			if s.Country != "" && s.Country == t.Country {
				return "money spent at home (\"allocated 30 million euros to repair roads\")"
			}
		}
	}
	return ""
}

// moneyVerbs open the forms of the money rows; a pledge ("pledged $20
// million in aid") has rows and sides of its own.
var moneyVerbs = filtered(wordSet("will", "would", "commit", "commits", "committed", "committing", "earmark", "earmarks",
	"earmarked", "earmarking", "allocate", "allocates", "allocated", "allocating", "announce", "announces",
	"announced", "announcing", "approve", "approves", "approved", "approving"))

// moneyWords close the sum in the forms of the money rows.
var moneyWords = filtered(wordSet("million", "billion"))
