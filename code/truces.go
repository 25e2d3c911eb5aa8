package code

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/nlp"
)

// referenceCues say that a truce mentioned without a determiner is one
// already in place: "a ceasefire … was still in place", "is holding".
var referenceCues = filtered(map[string]bool{"still": true, "holding": true, "held": true, "hold": true, "remained": true, "remains": true, "existing": true, "current": true, "fragile": true})

// refersBack reports whether the truce named at tokens [i, j) is one the
// reader already knows of ("the ceasefire", "their truce", "a ceasefire
// that is still in force") rather than one the sentence announces.
func refersBack(st *sent, i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := st.low[k]
		if w == "the" || w == "this" || w == "that" || w == "its" || w == "their" || w == "existing" || st.isPossessive(k) {
			return true
		}
		if w == "a" || w == "an" || !isModifier(st.toks[k]) && w != "to" {
			break
		}
	}
	for k := j; k < len(st.low) && k < j+8; k++ {
		if referenceCues.has(st.low[k]) || st.low[k] == "in" && k+1 < len(st.low) && (st.low[k+1] == "place" || st.low[k+1] == "force") {
			return true
		}
	}
	return false
}

// effectiveCues introduce the moment a truce took effect: "took effect",
// "came into force", "began".
func effectiveAt(st *sent, i int) bool {
	for k := i + 1; k+1 < len(st.low) && k < i+6; k++ {
		switch {
		case (st.low[k] == "took" || st.low[k] == "takes" || st.low[k] == "take") && st.low[k+1] == "effect",
			st.low[k] == "came" && st.low[k+1] == "into", st.low[k] == "began" || st.low[k] == "started":
			return true
		}
	}
	return false
}

// describe fills in what a sentence about a truce says of its effective
// date, purpose and form.
func describe(cf *truce.Ceasefire, st *sent, i int) {
	if cf.Effective == "" && effectiveAt(st, i) {
		cf.Effective = cf.Announced
		for _, x := range st.dates {
			if x.Precision == "day" && st.tokenAtByte(x.Start) > i {
				cf.Effective = x.Date.Format("2006-01-02")
				break
			}
		}
	}
	// Purposes in order of precedence: a pause for aid or an exchange
	// is that even when talks are mentioned.
	purpose := ""
	for k, w := range st.low {
		switch {
		case w == "humanitarian":
			purpose = "humanitarian"
		case (w == "hostages" || w == "prisoners") && hasWord(st, "exchange", "release", "freed", "swap") && purpose != "humanitarian":
			purpose = "exchange"
		case (w == "talks" || w == "negotiations" || w == "negotiated" || w == "dialogue") && k > i-12 && purpose == "":
			purpose = "negotiations"
		case cf.Written == "" && (w == "signed" || w == "written"):
			cf.Written = "written"
		case cf.Written == "" && (w == "verbal" || w == "oral" || w == "unwritten"):
			cf.Written = "verbal"
		}
	}
	if purpose != "" && (cf.Purpose == "" || cf.Purpose == "negotiations") {
		cf.Purpose = purpose
	}
}

func hasWord(st *sent, ws ...string) bool {
	for _, l := range st.low {
		for _, w := range ws {
			if l == w {
				return true
			}
		}
	}
	return false
}

// truceDetails reads what the sentences after a truce's declaration say of
// it without naming it: who mediated the talks, what "both sides"
// committed to, how compliance is monitored, and tallies of violations.
func (c *Coder) truceDetails(d *doc) {
	declared := map[*truce.Ceasefire]int{} // sentence index of each declaration
	for _, cf := range d.ceasefires {
		declared[cf] = len(d.sents)
		for _, cd := range d.cands {
			if len(cf.Events) > 0 && cd.ev.ID == cf.Events[0] {
				declared[cf] = cd.st.s.Index
			}
		}
	}
	for _, st := range d.sents {
		// The truce a sentence speaks of is the last one declared at or
		// before it, or else the first of the article.
		var cf *truce.Ceasefire
		for _, x := range d.ceasefires {
			if declared[x] <= st.s.Index || cf == nil {
				cf = x
			}
		}
		if cf == nil {
			continue
		}
		if declared[cf] != st.s.Index {
			for _, m := range mediators(st) {
				if !m.place {
					cf.Mediators = appendActor(cf.Mediators, m.actor)
				}
			}
			cf.Parties = removeActors(cf.Parties, cf.Mediators)
			if hasWord(st, "sides", "parties", "both", "other's") {
				cf.Terms = appendNew(cf.Terms, terms(st)...)
			}
			cf.Terms = appendNew(cf.Terms, laterTerms(st)...)
		}
		cf.Monitoring = appendNew(cf.Monitoring, monitoring(st)...)
		date := ""
		if !d.date.IsZero() {
			date = d.date.Format("2006-01-02")
		}
		cf.Violations = append(cf.Violations, tallies(st, d.a.ID, date)...)
	}
	laterBrokers(d)
	c.mediatingGovernments(d)
	mode37BrokeredTalks(d)
}

// monitoring finds a monitoring or verification arrangement: "a mechanism
// to monitor it and verify compliance", "Turkey and Qatar will join the
// two sides in monitoring the truce".
func monitoring(st *sent) []string {
	var out []string
	for k, w := range st.low {
		if !strings.HasPrefix(w, "monitor") && !strings.HasPrefix(w, "verif") && !strings.HasPrefix(w, "supervis") {
			continue
		}
		start, end := k, k
		for start > 0 && !isBoundary(st.low[start-1]) {
			start--
		}
		if m := lastIndex(st.low[start:k], "mechanism", "mechanisms", "commission", "mission", "committee"); m >= 0 {
			start += m
			for start > 0 && (st.low[start-1] == "a" || st.low[start-1] == "joint" || st.low[start-1] == "the" || isModifier(st.toks[start-1])) {
				start--
			}
		} else if !hasWord(st, "truce", "ceasefire", "cease-fire", "it") {
			continue
		}
		for end < len(st.low) && !isBoundary(st.low[end]) {
			end++
		}
		words := make([]string, 0, end-start)
		for n := start; n < end; n++ {
			words = append(words, normQuote(st.toks[n].text))
		}
		out = appendNew(out, joinWords(words))
		break
	}
	return out
}

func isBoundary(w string) bool { return w == "," || w == ";" || w == "." || w == ":" || w == "—" }

func lastIndex(ws []string, any ...string) int {
	for k := len(ws) - 1; k >= 0; k-- {
		for _, a := range any {
			if ws[k] == a {
				return k
			}
		}
	}
	return -1
}

// tallies reads counted claims of violations: "accused Israel of 47
// ceasefire violations", "Gaza officials said Israeli forces had committed
// dozens of violations". The claimant is the actor before the reporting or
// accusing verb, the accused the actor after it.
func tallies(st *sent, articleID, date string) []truce.Violation {
	// Every tally names its violations or breaches: a sentence with
	// neither word has none, and its tokens need not be parsed.
	if !slices.Contains(st.low, "violations") && !slices.Contains(st.low, "breaches") {
		return nil
	}
	var out []truce.Violation
	for i := 0; i < len(st.low); i++ {
		if isYear(st.toks[i].text) {
			continue
		}
		cnt, n, ok := nlp.ParseCount(wordsFrom(st, i))
		if !ok {
			continue
		}
		k := i + n
		for k < len(st.low) && k < i+n+3 && (st.low[k] == "of" || st.low[k] == "ceasefire" || st.low[k] == "truce" || st.low[k] == "cease-fire") {
			k++
		}
		if k >= len(st.low) || st.low[k] != "violations" && st.low[k] != "breaches" {
			i += n - 1
			continue
		}
		v := truce.Violation{Date: date, Count: cnt.Min, Kind: "tally", ArticleID: articleID, Evidence: st.s.Text}
		verb := -1
		for n := 0; n < i; n++ {
			switch st.low[n] {
			case "accused", "accuses", "accusing", "said", "says", "reported", "recorded", "counted", "told", "listed":
				if verb < 0 || strings.HasPrefix(st.low[n], "accus") {
					verb = n
				}
			}
		}
		for n := range st.mentions {
			m := &st.mentions[n]
			if m.place {
				continue
			}
			a := m.actor
			switch {
			case verb >= 0 && m.j <= verb && v.AccusedBy == nil:
				v.AccusedBy = &a
			case (verb < 0 || m.i > verb) && m.j <= i && v.Accused == nil:
				v.Accused = &a
			}
		}
		if (v.AccusedBy == nil || v.AccusedBy.Country == "") && verb > 0 {
			if o := officialsOf(st, verb); o != nil {
				v.AccusedBy = o
			}
		}
		out = append(out, v)
		i = k
	}
	return out
}

// officialsOf reads "Gaza officials said": officials of a place speak for
// the government of its country.
func officialsOf(st *sent, before int) *truce.Actor {
	for _, p := range st.places {
		if p.j < before && p.j < len(st.low) && (st.low[p.j] == "officials" || st.low[p.j] == "authorities") && p.place.Country != "" {
			return &truce.Actor{Text: st.textOf(p.i, p.j+1), Name: p.place.Name + " " + st.low[p.j],
				ID: p.place.Country + "GOV", Country: p.place.Country, Sector: "GOV"}
		}
	}
	return nil
}
