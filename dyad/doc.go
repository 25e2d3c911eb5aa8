// Package dyad looks at pairs of adversaries across all stored events.
//
// It sits after the store in the pipeline: events come in (as stored, one
// per article that reported them), and out come
//
//   - Merge: the same happening reported by several articles folded into
//     one event with every source, a mention count and the competing tolls
//     kept as claims;
//   - List and Series: per pair of country-level actors, the events by quad
//     class, the Goldstein sum and the fatalities, in total and per day;
//   - Chains: retaliation chains, from explicit retaliates_for links and
//     inferred ones (A hits B, then B hits A within a few days);
//   - an escalation indicator per day and per dyad.
//
// # Country level
//
// An actor counts as its country (PAKMIL, PAKGOV and TTP are all PAK when
// the dictionary gives TTP the country PAK); an actor with no country counts
// as its id. A dyad is an unordered pair of two different such keys.
//
// # Escalation
//
// The Goldstein scale is flat at −10 for bombings, air strikes and mass
// killings alike, so the indicator weighs each event by its toll and its
// target as well. The severity of one event e is
//
//	s(e) = max(0, −G(e))/10 + ln(1 + F(e)) + 0.5·civ(e) + 0.5·air(e) + 0.5·cross(e)   (quad 3 and 4)
//	s(e) = −G(e)/10                                                                   (quad 1 and 2, ≤ 0)
//
// where G is the Goldstein score, F the lowest reported fatality count,
// civ is 1 when civilians are among the targets, air is 1 for aerial or
// drone attacks and heavy weapons, and cross is 1 when the event happened
// in a country other than its source's (a strike across the border).
// The intensity I(d) of a day is the sum of s over the dyad's events that
// day; the level L(t) = Σ I(d) for d in [t−6, t]; the escalation
//
//	E(t) = L(t) − L(t−7)
//
// is this week's intensity less last week's: positive while the pair is
// escalating, negative while it calms down. Cooperation (talks, agreements,
// a ceasefire) lowers the level.
package dyad
