package code

import (
	"slices"

	"github.com/truce-project/truce"
)

// A reaction to a claim told just before is aimed at who made the claim:
// "The UN mission said in a report that soldiers had burned villages. The
// government rejected the findings", "Three states said they would
// recognise Palestine. Hamas welcomed the announcement". The claim noun
// names back the words of the speaker of the nearest sentence before that
// reports someone's words, not the deed those words tell of.

// claimBackNouns name back, in general terms, what a speaker said.
var claimBackNouns = filtered(wordSet("allegation", "allegations", "accusation", "accusations", "claim", "claims",
	"finding", "findings", "report", "assertion", "assertions", "statement", "announcement",
	"remarks", "comments", "conclusion", "conclusions", "assessment"))

// claimBlameVerbs tell a charge in the reaction's own sentence.
var claimBlameVerbs = filtered(wordSet("blamed", "blames", "accused", "accuses", "alleged", "alleges", "charged"))

// claimReactionKinds are the reactions that can answer someone's words.
var claimReactionKinds = []string{truce.Accuse, truce.Reject, truce.Support}

// claimSpeaker returns, for a reaction whose object is a definite claim
// noun ("rejected the allegation", "welcomed the announcement") that names
// neither its maker nor its substance, the speaker of the nearest of the
// two sentences before that reports words, as mentions at cd's trigger;
// nil when there is none or the reacting side spoke.
func (c *Coder) claimSpeaker(d *doc, cd *candidate) []*mention {
	st := cd.st
	if len(cd.src) == 0 || !slices.Contains(claimReactionKinds, string(c.lex.cameo[cd.e.cameo].plover)) {
		return nil
	}
	n := claimNounAt(st, cd)
	if n < 0 {
		return nil
	}
	// "dismissed the report as a smear by Kyiv": a target the sentence
	// names after the trigger stays.
	for _, m := range cd.tgt {
		if m.kind != "implied" && m.i >= cd.j {
			return nil
		}
	}
	// "the allegation of torture", "the claims by rights groups", "the
	// report that …": the phrase names what or whose it is.
	if n+1 < len(st.low) {
		switch st.low[n+1] {
		case "of", "by", "from", "that", "about", "on":
			return nil
		}
	}
	// "Sharif blamed the attacks on India, and India's foreign ministry
	// rejected the allegation": the claim is told in this sentence, and
	// the rules that read it there answer its maker.
	for k := 0; k < cd.i; k++ {
		if reportVerbs.has(st.low[k]) || claimBlameVerbs.has(st.low[k]) {
			return nil
		}
	}
	idx := st.s.Index
	for back := idx - 1; back >= idx-2 && back >= 0; back-- {
		// "Kigali rejected the accusation": a charge coded in that
		// sentence is named back by the act rules, who answer its maker.
		for _, p := range d.cands {
			if p.st.s.Index == back && !p.folded && p.ev.Type == truce.Accuse {
				return nil
			}
		}
		for _, p := range d.sents {
			if p.s.Index != back {
				continue
			}
			for k, w := range p.low {
				// "Armenia withdrew its bid and said …": the speaker of a
				// second verb is the first one's subject, not the phrase
				// before it.
				if !reportVerbs.has(w) || k > 0 && p.low[k-1] == "and" {
					continue
				}
				m := reportSpeaker(p, k)
				if m == nil || !p.holds(m) {
					continue
				}
				// "Spain, Ireland and Norway said": all who spoke.
				var out []*mention
				for _, s := range p.coordinated(m) {
					v := governmentVoice(p, s)
					if v.actor.ID == "" || answerer(cd, v.actor) {
						return nil
					}
					a := v.actor
					a.Text = ""
					out = append(out, &mention{i: cd.i, j: cd.j, actor: a, kind: "implied"})
				}
				return out
			}
		}
	}
	return nil
}

// claimNounAt returns the index of a claim noun that is the definite
// object of cd's trigger ("rejected the allegation", "dismissed these
// claims as baseless"), or -1; an actor between them ("the UN's
// findings", "the Kenyan report") names its maker, and -1 is returned.
func claimNounAt(st *sent, cd *candidate) int {
	def := false
	for k := cd.i + 1; k < len(st.low) && k < cd.j+4; k++ {
		w := st.low[k]
		if claimBackNouns.has(w) {
			if !def {
				return -1
			}
			return k
		}
		if m := st.mentionAt(k); m != nil && !m.place {
			return -1
		}
		switch {
		case w == "the" || w == "these" || w == "those" || w == "this" || w == "such":
			def = true
		case !isModifier(st.toks[k]):
			return -1
		}
	}
	return -1
}
