package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// mode59 reads finer CAMEO codes (issue 3) off what the event already
// holds once its ACLED labels are final: who the force was aimed at, and
// what kind of act its trigger names. The lexicon rows keep their codes,
// which the confidence model reads; only the event's code changes. Each
// recoding follows what old and new gold alike give the construction.
//
// mode59Code returns the finer code of cd's event, or "" to keep its own.
func mode59Code(cd *candidate) string {
	ev := &cd.ev
	switch ev.Type {
	case truce.Assault:
		return mode59ForceCode(ev)
	case truce.Accuse:
		if ev.CAMEO == "111" && mode59Summons(cd) {
			return mode59ComplaintCode
		}
	case truce.Agree:
		if mode59BareAgreement[ev.CAMEO] {
			return mode59TalksAgreed(cd)
		}
	}
	return ""
}

// recodeCameos reads the finer CAMEO codes off each event once its labels
// are final, by the rounds' readers in turn (each sees the code the one
// before gave).
func (c *Coder) recodeCameos(d *doc) {
	for _, cd := range d.cands {
		if cd.folded {
			continue
		}
		for _, code := range cameoReaders {
			c.recodeCAMEO(&cd.ev, code(cd))
		}
	}
}

// cameoReaders are the finer-code readers, in the order they apply: mode59
// (force on protesters and civilians, summonses, talks agreed), mode62
// (asks, bombs, seizures, beatings, protests), mode64 (judicial
// cooperation, truces, battles, assassinations, ...), mode65 (leaders told
// to go, de-escalation), mode66 (security work agreed, vehicle bombs,
// bans, closures among sanctions), mode67 (force halts demanded,
// disputes settled), mode68 (plain demands, truces told as agreed,
// disputes set aside, vetoes, ties established), mode69 (goods seized,
// leaders opposed, protesters beaten, aid halted by kind), mode71
// (economic sanctions asked lifted, bare blasts, mediation rejected,
// rights asked respected, cases brought to court, negotiations), mode73
// (investigations asked, money pledged, troops asked for or pledged),
// mode74 (ceasefires broken, chemical munitions, drills), mode75
// (crowds broken up by beatings, spying charged, party offices shut),
// mode77 (graft, war crimes and abuse charged), mode78 (releases asked
// after the demand's trigger), mode79 (air strikes coded as artillery,
// surrenders, ground abandoned), mode81 (talks measured in time, arms
// found, a bare "agreed"), mode82 (talks brokered, blocs and treaties
// suspended), mode83 (talks resumed, matters discussed), mode84
// (arms, havens and money for armed bodies charged) and mode85 (civilians
// shot dead, denials).
var cameoReaders = []func(*candidate) string{mode59Code, mode62Code, mode64Code, mode65Code, mode66Code, mode67Code, mode68Code, mode69Code, mode71Code, mode73Code, mode74Code, mode75Code, mode77Code, mode78Code, mode79Code, mode81Code, mode82Code, mode83Code, mode84Code, mode85Code}

// recodeCAMEO gives ev the finer code, with its Goldstein score, unless
// code is "" or ev's own.
func (c *Coder) recodeCAMEO(ev *truce.Event, code string) {
	if code != "" && code != ev.CAMEO {
		ev.CAMEO = code
		ev.Goldstein = c.lex.cameo[code].goldstein
	}
}

// Force used on a crowd is violent repression: "police opened fire on the
// marchers, killing four", "soldiers shot dead two demonstrators",
// "security forces have killed dozens of protesters". Once the ACLED
// reading has found the force aimed at protesters ("Excessive force
// against protesters"), or the police or army the side of a violent
// demonstration, gold gives the act CAMEO 175 (use tactics of violent
// repression), not the 193, 190 or 1823 of the same shooting or killing
// done elsewhere; the mode keeps the means (firearms, beat).
//
// Gunfire on civilians is unconventional violence: "gunmen on motorbikes
// stormed the school and opened fire", "armed men raided the village,
// shooting at residents". A shooting ACLED reads as an attack on
// civilians is no fight between armed sides (193, 190): gold gives it
// CAMEO 180.

// mode59ForceCode returns the code the violent event takes, or "" to
// keep its own.
func mode59ForceCode(ev *truce.Event) string {
	fights := strings.HasPrefix(ev.CAMEO, "19")
	switch {
	case ev.ACLEDSubtype == subExcessive || ev.ACLEDSubtype == subViolentDem && mode59StateForces(ev.Source):
		if fights || strings.HasPrefix(ev.CAMEO, "18") {
			return mode59RepressionCode
		}
	case ev.ACLEDType == acledCivilians && ev.ACLEDSubtype == subAttack && ev.Mode == "firearms":
		if ev.CAMEO == "193" || ev.CAMEO == "190" {
			return mode59UnconventionalCode
		}
	}
	return ""
}

// mode59StateForces reports whether every side given is a state's police
// or army: the forces, not the rioters, of a violent demonstration.
func mode59StateForces(src []truce.Actor) bool {
	for _, a := range src {
		if a.Sector != "COP" && a.Sector != "MIL" {
			return false
		}
	}
	return len(src) > 0
}

// A diplomat summoned to the foreign ministry is an official complaint:
// "Seoul summoned Tokyo's ambassador", "the envoy was summoned to the
// foreign ministry", "the summoning of the charge d'affaires". Gold codes
// the summons CAMEO 114 (complain officially) where the lexicon's rows
// give the 111 of a criticism.

// mode59Summons reports whether the trigger of cd is a summons.
func mode59Summons(cd *candidate) bool {
	if cd.st == nil {
		return false
	}
	for k := cd.i; k < cd.j && k < len(cd.st.low); k++ {
		if strings.HasPrefix(cd.st.low[k], "summon") {
			return true
		}
	}
	return false
}

// Talks agreed or offered are an intent to meet: "the two leaders agreed
// to meet again within three months", "agreed to resume talks on the
// border", "said it was ready to hold direct talks", "agreed that their
// negotiators would resume talks". Gold codes such a promise CAMEO 036
// (express intent to meet or negotiate), not the 057 of a signed accord
// or the 030 of cooperation at large. The talks must be the agreeing
// side's own, not ones it offers to host or broker, and what is agreed,
// after "to" or "would": talks that are the venue ("agreed at talks in
// Ankara to set aside the row") are passed over.

// mode59BareAgreement are the agreement codes that say nothing of what
// was agreed.
var mode59BareAgreement = map[string]bool{"057": true, "030": true, "03": true}

// mode59TalksAgreed returns the code of what cd agrees to, or is ready
// for, when it is a meeting or talks: its own (036), or ones it offers to
// host or broker (039, intent to mediate); else "".
func mode59TalksAgreed(cd *candidate) string {
	st := cd.st
	if st == nil {
		return ""
	}
	marked, broker := false, false
	for k := cd.i; k < len(st.low) && k < cd.j+mode59TalksReach; k++ {
		w := st.low[k]
		if k >= cd.j && mode59TalksStops.has(w) {
			break
		}
		switch {
		case w == "to" || w == "would" || w == "will":
			marked = true
			continue
		case marked && mode59BrokerVerbs.has(w):
			broker = true
			if w == "mediate" {
				return mode59MediateCode
			}
			continue
		}
		if !marked || !mode59TalksWords.has(w) || k > 0 && mode59VenuePreps.has(st.low[k-1]) {
			continue
		}
		if (w == "meet" || w == "meets") && mode59MeetsNeed(st, k) {
			return ""
		}
		if broker {
			return mode59MediateCode
		}
		return mode59TalksCode
	}
	return ""
}

// mode59BrokerVerbs make the talks others' ("offered to host a meeting",
// "agreed to mediate a dialogue", "offered to help revive the talks"): an
// offer to mediate (039), not to meet.
var mode59BrokerVerbs = filtered(wordSet("host", "mediate", "help", "broker", "facilitate", "revive", "sponsor"))

// mode59TalksReach is the most tokens after the trigger the talks may be.
const mode59TalksReach = 9

// mode59TalksWords name a meeting or talks agreed to.
var mode59TalksWords = filtered(wordSet("meet", "meeting", "meetings", "talks", "talk", "negotiate", "negotiations",
	"negotiating", "dialogue", "consultations", "discuss", "discussions", "visits", "summit"))

// mode59TalksStops end the words what was agreed may stand in.
var mode59TalksStops = filtered(wordSet(",", ";", ":", ".", "but", "while", "after", "before", "following"))

// mode59VenuePreps before a talks word make it where the act was done.
var mode59VenuePreps = filtered(wordSet("at", "in", "during", "of", "on", "for", "with", "from"))

// mode59MeetsNeed reports whether the "meet" at k meets a demand, not a
// side: "agreed to meet the unions' demands", "ready to meet its targets".
func mode59MeetsNeed(st *sent, k int) bool {
	for n := k + 1; n < len(st.low) && n <= k+3; n++ {
		if mode59Needs.has(st.low[n]) {
			return true
		}
	}
	return false
}

// mode59Needs are what is met when a demand is.
var mode59Needs = filtered(wordSet("demand", "demands", "needs", "conditions", "targets", "target", "deadline",
	"requirements", "obligations", "expectations", "criteria", "costs"))

// The codes mode59 gives.
const (
	mode59RepressionCode     = "175" // use tactics of violent repression
	mode59UnconventionalCode = "180" // use unconventional violence
	mode59ComplaintCode      = "114" // complain officially
	mode59TalksCode          = "036" // express intent to meet or negotiate
	mode59MediateCode        = "039" // express intent to mediate
)
