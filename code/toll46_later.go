package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// People hurt in an attack who then died are its dead, told by a
// participle or a relative clause on the subject of "died": "[two soldiers
// wounded in the ambush] later died of their wounds", "[a journalist hurt
// in the shelling] died in hospital", "[a policeman who was shot by
// gunmen] succumbed to his wounds". "were wounded and later died" and a
// death with no harm told before it are left as they are.

// toll46HarmParticiples are the participles of harm that may describe
// the subject of a later death.
var toll46HarmParticiples = filtered(map[string]bool{"wounded": true, "injured": true, "hurt": true, "shot": true,
	"stabbed": true, "beaten": true, "burned": true, "burnt": true, "maimed": true})

// toll46DiesAfter reports whether the participle phrase after token k runs
// into the main verb of its subject and that verb tells a death: "wounded
// [in the ambush on Sunday later died]". A comma, a clause break or
// another finite verb ends the phrase first ("wounded and later died",
// "wounded, police said").
func toll46DiesAfter(st *sent, k int) bool {
	for n := k; n < len(st.low) && n <= k+14; n++ {
		w, tag := st.low[n], st.toks[n].tag
		switch {
		case w == "died" || w == "succumbed" || w == "perished":
			return true
		case w == "since" && auxiliaries.has(st.low[n-1]):
			// "have since died"
		case w == "," || w == "and" || w == "or" || clauseBreaks.has(w):
			return false
		case auxiliaries.has(w) || tag == "RB":
		case tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD":
			return false
		}
	}
	return false
}

// toll46WoundedThenDied reports whether the count ending at token end is
// of people the toll word at k, an injury participle right after them,
// says were hurt before they died: "[two soldiers] wounded in the ambush
// later died", "[three guards] who were injured on Friday have since
// died".
func toll46WoundedThenDied(st *sent, end, k int) bool {
	if k < 0 || k >= len(st.low) || !injuryWords.has(st.low[k]) || !toll46Participle(st, k) {
		return false
	}
	for n := end; n < k; n++ {
		switch t := st.toks[n]; {
		case t.low == "who" || t.low == "were" || t.low == "had" || t.low == "been" || t.low == "have":
		case strings.HasPrefix(t.tag, "NN") || strings.HasPrefix(t.tag, "JJ"):
		default:
			return false
		}
	}
	return toll46DiesAfter(st, k+1)
}

// toll46OneDiedLater gives one dead to the violent event of a sentence
// whose subject, one person, was hurt in it and then died: "A journalist
// wounded in a shelling of the city on Friday later died in hospital".
// An event that has a death toll keeps it. A sentence that tells no
// attack of its own adds the one to the attack told just before ("Gunmen
// attacked a patrol. A police officer wounded in the attack died on
// Monday", "… One of the wounded later died").
func toll46OneDiedLater(d *doc, st *sent, cands []*candidate) {
	for v := 2; v < len(st.low); v++ {
		if w := st.low[v]; w != "died" && w != "succumbed" && w != "perished" {
			continue
		}
		s := -1
		if p := toll46HarmBefore(st, v); p >= 0 {
			s = toll46OneSubject(st, p)
		}
		if s < 0 {
			s = toll46OneOfWounded(st, v)
		}
		if s < 0 {
			continue
		}
		own := false
		for _, cd := range cands {
			if cd.folded || !isViolent(cd) {
				continue
			}
			own = true
			if cd.i < s || cd.i >= v {
				continue
			}
			if cd.ev.Fatalities == nil {
				cd.ev.Fatalities = &truce.Count{Min: 1, Max: 1}
				if in := cd.ev.Injuries; in != nil && in.Min == 1 && in.Max == 1 {
					cd.ev.Injuries = nil // the one hurt is the one who died
				}
			}
			break
		}
		if own {
			continue
		}
		if prev := latestViolent(d, st); prev != nil {
			if f := prev.ev.Fatalities; f != nil {
				prev.ev.Fatalities = &truce.Count{Min: f.Min + 1, Max: f.Max + 1}
			} else {
				prev.ev.Fatalities = &truce.Count{Min: 1, Max: 1}
			}
		}
	}
}

// toll46OneOfWounded returns the start of "one of the wounded" (or "of
// the injured", with a noun after it) opening the clause whose verb of
// death is at token v, past adverbs and auxiliaries ("one of the wounded
// officers later died"); else -1.
func toll46OneOfWounded(st *sent, v int) int {
	k := v - 1
	for k >= 0 && (st.toks[k].tag == "RB" || auxiliaries.has(st.low[k])) {
		k--
	}
	for k >= 0 && strings.HasPrefix(st.toks[k].tag, "NN") && !injuryWords.has(st.low[k]) {
		k--
	}
	if k < 3 || !injuryWords.has(st.low[k]) || st.low[k-1] != "the" || st.low[k-2] != "of" || st.low[k-3] != "one" {
		return -1
	}
	if !toll46OpensClause(st, k-3) {
		return -1
	}
	return k - 3
}

// toll46HarmBefore returns the harm participle whose phrase runs into the
// death verb at token d ("[wounded] in the ambush later died"), or -1.
func toll46HarmBefore(st *sent, d int) int {
	for p := d - 1; p >= 1 && p >= d-15; p-- {
		if toll46HarmParticiples.has(st.low[p]) && toll46Participle(st, p) {
			if toll46DiesAfter(st, p+1) {
				return p
			}
			return -1
		}
		if w := st.low[p]; w == "," || w == ";" || w == "and" {
			return -1
		}
	}
	return -1
}

// toll46OneSubject returns the first token of the phrase naming one person
// that the harm participle at token p describes, directly ("[a journalist]
// wounded") or through "who was" ("[a policeman] who was shot"), when that
// phrase opens its clause; else -1.
func toll46OneSubject(st *sent, p int) int {
	h := p - 1
	for h >= 0 && (st.low[h] == "was" || st.low[h] == "been" || st.low[h] == "had") {
		h--
	}
	if h >= 0 && st.low[h] == "who" {
		if h = antecedent(st, h); h < 0 {
			return -1
		}
	} else if h != p-1 {
		return -1
	}
	if h < 0 {
		return -1
	}
	if m := st.mentionAt(h); m != nil && m.kind == "person" {
		if toll46OpensClause(st, m.i) {
			return m.i
		}
		return -1
	}
	// the phrase's opening word: "a", "an" or "the" before adjectives and
	// nouns ending at h
	s := h
	for s >= 0 && s >= h-5 {
		t := st.toks[s]
		if t.low == "a" || t.low == "an" || t.low == "the" {
			break
		}
		if !strings.HasPrefix(t.tag, "JJ") && !strings.HasPrefix(t.tag, "NN") && t.tag != "HYPH" {
			return -1
		}
		s--
	}
	if s < 0 || s < h-5 || !toll46OpensClause(st, s) {
		return -1
	}
	if st.low[s] == "the" {
		t := st.toks[h]
		if t.tag != "NN" || collectiveNouns.has(t.low) || quantityNouns.has(t.low) || timeNouns.has(t.low) {
			return -1
		}
		return s
	}
	if n, ok := singleNoun(st, s); !ok || s+n-1 < h {
		return -1
	}
	return s
}

// toll46OpensClause reports whether token s opens a clause: the
// sentence's start, or after a dateline dash, a semicolon or a comma.
func toll46OpensClause(st *sent, s int) bool {
	if s == 0 {
		return true
	}
	switch st.low[s-1] {
	case "-", "--", "—", "–", ";", ":", ",":
		return true
	}
	return false
}

// toll46Participle reports whether token k may be a participle: the
// tagger reads "shot by police" as a noun at times.
func toll46Participle(st *sent, k int) bool {
	switch st.toks[k].tag {
	case "VBN", "VBD":
		return true
	case "NN":
		return k+1 < len(st.low) && st.low[k+1] == "by"
	}
	return false
}
