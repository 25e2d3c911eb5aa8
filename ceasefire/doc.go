// Package ceasefire keeps the registry of truces across articles.
//
// It sits after the store: in come the ceasefire declarations the coder
// found in each article (truce.Ceasefire values, some of which only refer
// back to a truce declared elsewhere) and every stored event; out come the
// ceasefires as a reader of all those articles would record them, with
// fields modelled on the ETH/PRIO Civil Conflict Ceasefire Dataset:
//
//   - declarations that describe the same truce (the same parties at the
//     country level, close dates, compatible durations) become one
//     Ceasefire with every source; a reference ("the ceasefire still
//     holds") joins the latest truce between its parties; a new agreement
//     between the same parties some days later is a new truce that
//     replaces the old one (Replaces, and End on the old one);
//   - the state over time, with a History of changes, each with its date
//     and evidence: announced, in_force, extended, violated, collapsed and
//     expired (a declared duration that elapsed with no extension, judged
//     against Options.Now or else the latest date the registry has seen);
//   - violations: hostile events between the parties inside the truce's
//     window (after the day it took effect, before the day it ended), with
//     the side accused and the party that accused it when an accusation of
//     a breach is found; accusations of a breach with no event found; and
//     counted claims ("dozens of violations") with their claimant, every
//     competing count kept;
//   - the talks held between the parties while the truce stood.
//
// Events are first merged across sources (dyad.Merge), and every result is
// a function of the set of declarations and events alone: the order in
// which articles were ingested does not change it.
//
// Proxies are not linked: an attack by a group based in one party's
// country on the other (the TTP in Pakistan) is a violation only when it
// is coded as an act of that party, since the actor dictionary records no
// sponsorship.
//
// Diff compares two registries and returns the alerts (a change of state,
// a newly linked violation) that truce watch and truce serve emit.
package ceasefire
