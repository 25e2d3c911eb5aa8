package code

// A transfer of people abroad happened in the country that sent them.

import "github.com/truce-project/truce"

// leftFrom re-places an extradition or deportation that loc puts in the
// country the people were sent to: "Ruritania extradited a banker to the
// United States, flying him out of Strelsau to face charges in New
// York" happened at Strelsau, where he was handed over, not in New York.
// Only a town of the sending country that the sentence names takes the
// act: with none, the place in the receiving country stands ("deported
// 40 men to Zendaland's Hentz region" keeps Hentz). The sender is the acting side's country or the country
// or demonym told before the trigger ("a former Ruritanian minister was
// extradited to …"). It returns loc otherwise.
func leftFrom(cd *candidate, loc *truce.Location) *truce.Location {
	if loc == nil {
		return loc
	}
	st := cd.st
	to := destinationCountry(cd)
	if to == "" || loc.Country != to {
		return loc
	}
	from := senderCountry(cd, to)
	if from == "" {
		return loc
	}
	for n := range st.places {
		p := &st.places[n]
		if p.place.Country == from && !coarse(p.place.Precision) && prepBefore(st, p.i) != "to" && !inDateline(st, p) {
			l := p.place.Location
			return &l
		}
	}
	return loc
}

// senderCountry returns the country of the side that sends people to
// the country to: the source's, else a country or demonym named before
// the trigger. It returns "" when there is none.
func senderCountry(cd *candidate, to string) string {
	for _, m := range cd.src {
		if m.actor.Country != "" && m.actor.Country != to {
			return m.actor.Country
		}
	}
	for n := range cd.st.mentions {
		m := &cd.st.mentions[n]
		if m.i < cd.i && m.actor.Country != "" && m.actor.Country != to && (m.kind == "country" || m.kind == "demonym") {
			return m.actor.Country
		}
	}
	return ""
}
