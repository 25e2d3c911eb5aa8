package code

// mode76 (issue 3): named states meeting in a country none of them is
// hold talks at a third place (PLOVER third-party, CAMEO 044), as the gold
// codes every such meeting, not a multilateral summit: "envoys of Russia,
// Iran and Turkey met in the Kazakh capital", "Trump and Kim met on
// Singapore's Sentosa island", "the presidents met in Argyle, St Vincent
// and the Grenadines". A country named only as the venue ("on Singapore's
// island", "in Argyle, St Vincent") is no party to the talks. States
// counted ("ministers of thirty nations") and a bloc on its own stay
// multilateral (multilateralMeeting); a host receiving its guests stays a
// visit.

import "github.com/truce-project/truce"

// mode76ThirdPlace codes the meeting cd, which names three or more
// countries, as third-party talks when the venue reading already made it
// one and it names no more than four states, or when, once the countries
// named only as its venue are put aside, two states are left. It reports
// whether it coded the meeting.
func (c *Coder) mode76ThirdPlace(d *doc, st *sent, cd *candidate) bool {
	ev := &cd.ev
	if ev.CAMEO == "044" && len(countriesOf(unroled(ev.Source), unroled(ev.Target))) <= 4 {
		return true
	}
	src, tgt := mode76Parties(st, ev.Source), mode76Parties(st, ev.Target)
	if len(src) == len(ev.Source) && len(tgt) == len(ev.Target) {
		return false
	}
	if len(tgt) == 0 && len(src) > 1 {
		src, tgt = mode76SplitPair(src)
	}
	if len(src) == 0 || len(tgt) == 0 || len(countriesOf(src, tgt)) != 2 {
		return false
	}
	ev.Source, ev.Target = src, tgt
	ev.CAMEO, ev.Mode = "044", "third-party"
	ev.Goldstein = c.lex.cameo[ev.CAMEO].goldstein
	ev.ID = eventID(d.a.ID, st.s.Index, ev.Type, ev.Source, ev.Target, cd.i)
	return true
}

// mode76Parties returns the actors of as that are not named only as the
// venue of their sentence; it returns as itself when all are parties.
func mode76Parties(st *sent, as []truce.Actor) []truce.Actor {
	keep := -1
	for n := range as {
		if mode76VenueOnly(st, as[n]) {
			keep = n
			break
		}
	}
	if keep < 0 {
		return as
	}
	out := append([]truce.Actor{}, as[:keep]...)
	for _, a := range as[keep+1:] {
		if !mode76VenueOnly(st, a) {
			out = append(out, a)
		}
	}
	return out
}

// mode76VenueOnly reports whether every mention of a's country in the
// sentence names a place: "in Kazakhstan", "on Singapore's Sentosa
// island", "in Argyle, St Vincent and the Grenadines".
func mode76VenueOnly(st *sent, a truce.Actor) bool {
	if a.Country == "" || a.Sector != "GOV" && a.Sector != "" {
		return false
	}
	seen := false
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.actor.Country != a.Country {
			continue
		}
		if !m.place && !mode76AfterVenueWord(st, m.i) {
			return false
		}
		seen = true
	}
	return seen
}

// mode76AfterVenueWord reports whether the name at k follows a place
// preposition ("in", "on", "at"), directly or after a city and a comma
// ("in Argyle, St Vincent").
func mode76AfterVenueWord(st *sent, k int) bool {
	if k > 0 && venuePreps34.has(st.low[k-1]) {
		return true
	}
	if k < 3 || st.low[k-1] != "," {
		return false
	}
	for n := k - 2; n >= 0 && n >= k-5; n-- {
		if venuePreps34.has(st.low[n]) {
			return true
		}
		if st.low[n] == "," || st.mentionAt(n) != nil && !st.mentionAt(n).place {
			return false
		}
	}
	return false
}

// mode76SplitPair splits the one side that names both states of a
// meeting ("Maduro and Ali met") into its two parties: the first state's
// actors stay the source, the other's become the target.
func mode76SplitPair(as []truce.Actor) (src, tgt []truce.Actor) {
	first := as[0].Country
	for _, a := range as {
		if a.Country == first {
			src = append(src, a)
		} else {
			tgt = append(tgt, a)
		}
	}
	return src, tgt
}
