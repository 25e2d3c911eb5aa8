package code

// Onlookers are no side of what they watch: in "the two leaders signed
// the accord with the Indian and Kenyan presidents looking on", "… as UN
// envoys looked on", "… in the presence of the Qatari emir" and "…,
// witnessed by the AU chairman," the watchers saw the deal made; at a
// signing or a meeting they are its go-betweens, never its other party.

// t49OnlookerBrokers makes the onlookers of a signing or a meeting its
// go-betweens, and takes them out of its target when two sides remain
// without them. An onlooker of one side's own ("in the presence of the
// rebel commander") stays what it is.
func (b *building) t49OnlookerBrokers() {
	ev := &b.cd.ev
	for _, m := range t49Onlookers(b.st) {
		if m.actor.ID == "" || m.place || hasSame(ev.Source, m.actor) {
			continue
		}
		if hasSame(ev.Target, m.actor) && !b.brokerNoSide(m.actor) {
			continue
		}
		ev.Mediators = appendActor(ev.Mediators, m.actor)
	}
}

// t49Onlookers returns the actors a sentence says watched the act: those
// after "with" that "looking on" or "watching" follows, after "as" that
// "looked on" or "watched" follows, after "in the presence of" and after
// "witnessed by".
func t49Onlookers(st *sent) []*mention {
	var out []*mention
	for k, w := range st.low {
		switch {
		case (w == "looking" || w == "looked") && k+1 < len(st.low) && st.low[k+1] == "on",
			w == "watching" || w == "watched":
			// "with X and Y looking on", "as X looked on": the
			// watchers stand between "with"/"as" and the verb.
			for n := k - 1; n >= 1 && n >= k-12; n-- {
				if st.low[n] == "with" && w != "looked" && w != "watched" || st.low[n] == "as" && (w == "looked" || w == "watched") {
					if m := t49MentionAfter(st, n+1, k); m != nil {
						out = append(out, st.coordinated(m)...)
					}
					break
				}
				if st.low[n] == "," || st.low[n] == ";" {
					break
				}
			}
		case w == "presence" && k >= 2 && st.low[k-1] == "the" && st.low[k-2] == "in" && k+1 < len(st.low) && st.low[k+1] == "of",
			w == "witnessed" && k+1 < len(st.low) && st.low[k+1] == "by":
			if m := t49MentionAfter(st, k+2, k+5); m != nil {
				out = append(out, st.coordinated(m)...)
			}
		}
	}
	return out
}

// t49MentionAfter returns the first mention that starts at or after from
// and before end, or nil.
func t49MentionAfter(st *sent, from, end int) *mention {
	for x := from; x < end && x < len(st.low); x++ {
		if m := st.mentionAt(x); m != nil {
			return m
		}
	}
	return nil
}
