package code

// Issue 3, round gsr27: a company's dealings with a state are not
// commerce among companies. "A Saudi businessman is suing the United
// States", "a French firm is suing Algeria": the screen that drops a
// company's deals, suits and appeals with anyone but an official body
// read the bare state named as no official party.

// gsr27StateParty reports whether some mention names a state itself: a
// country named as an actor ("is suing the United States"), coded with
// the country and no sector; not a demonym, which only places a company
// ("a Cambodian rival"). Such a party makes a company's suit, deal or
// appeal politics, as a government or an official body does (a capital
// is its government, which officialActor already counts).
func gsr27StateParty(ms []*mention) bool {
	for _, m := range ms {
		if m.kind == "country" && m.actor.Country != "" && m.actor.Sector == "" && !m.place {
			return true
		}
	}
	return false
}
