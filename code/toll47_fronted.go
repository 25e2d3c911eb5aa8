package code

import "github.com/truce-project/truce"

// Issue 3, round toll47: a toll told first in a sentence, by a passive
// with no doer, and followed by ", and" with another act of the sentence
// counts the attack told before the sentence, not that later act:
//
//	"A gunman shot dead a mayor outside a school. Nine other people were
//	wounded, and the gunman died in an exchange of fire with guards."
//	"India fired missiles at nine sites. Pakistan's army said 26 civilians
//	were killed and 46 wounded, and that its jets had shot down five
//	Indian aircraft."
//
// The later act is a statement of its own: the toll before it tells what
// the earlier attack did. A toll tied to the later act ("were killed when
// …", "as …", "after …") stays with it.

// toll47FrontLinks are the words that tie a toll to an act told after it.
var toll47FrontLinks = filtered(wordSet("when", "as", "after", "during", "while", "because", "following", "amid", "by", "before", "until"))

// toll47OwnReads returns the reads of st whose toll goes to an act of st,
// giving each fronted toll (toll47Fronted) to the violent event told last
// before st instead. It returns reads itself when no read is fronted.
func toll47OwnReads(d *doc, st *sent, cands []*candidate, reads []tollRead) []tollRead {
	var own []tollRead
	taken, lastTaken := false, -2
	for n, r := range reads {
		fronted := toll47Fronted(st, cands, r) || lastTaken == n-1 && r.i > 0 && st.low[r.i-1] == "and" && r.k < 0 // "… were killed [and 46 wounded]"
		fronted = fronted || lastTaken == n-1 && r.i > 0 && st.low[r.i-1] == "and" && r.k >= 0 && !passiveBefore(st, r.k) && toll47Fronted(st, cands, tollRead{i: r.i, end: r.end, k: reads[n-1].k})
		if fronted {
			if prev := latestViolent(d, st); prev != nil && toll47GiveBack(prev, r) {
				if !taken {
					own = append(own, reads[:n]...)
					taken = true
				}
				lastTaken = n
				toll47FoldVerb(cands, r.k)
				continue
			}
		}
		if taken {
			own = append(own, r)
		}
	}
	if !taken {
		return reads
	}
	return own
}

// toll47Fronted reports whether read r is a toll told first in its
// sentence by a passive toll word with no doer, and an act of the sentence
// follows it only after ", and", with no word tying the toll to that act
// between.
func toll47Fronted(st *sent, cands []*candidate, r tollRead) bool {
	if r.k < 0 || r.k >= len(st.low) || !passiveBefore(st, r.k) || byAfter(st, r.k+1) || toll37ApartSentence(st) {
		return false
	}
	for n := 0; n < r.i; n++ {
		if tollApart.has(st.low[n]) {
			return false // "in a separate attack, two were killed, and …"
		}
	}
	first := -1
	for _, cd := range cands {
		if cd.folded || !isViolent(cd) || cd.i == r.k {
			continue
		}
		if cd.i < r.i {
			return false // an act told before the toll
		}
		if cd.i > r.k && (first < 0 || cd.i < first) {
			first = cd.i
		}
	}
	if first < 0 {
		return false
	}
	for n := r.k + 1; n+1 < first; n++ {
		w := st.low[n]
		if toll47FrontLinks.has(w) || w == ";" || w == "." {
			return false
		}
		if w == "," && st.low[n+1] == "and" {
			return true
		}
	}
	return false
}

// toll47GiveBack sets read r's count on prev when prev has no toll of
// its field, or adds it when r adds to a toll ("nine other people"); it
// reports whether it did.
func toll47GiveBack(prev *candidate, r tollRead) bool {
	slot := &prev.ev.Fatalities
	if r.field == "injuries" {
		slot = &prev.ev.Injuries
	}
	switch old := *slot; {
	case old == nil || old.Max == 0:
		c := r.count
		*slot = &c
	case r.more:
		*slot = &truce.Count{Min: old.Min + r.count.Min, Max: old.Max + r.count.Max}
	default:
		return false
	}
	return true
}

// toll47FoldVerb folds the event a fronted toll's own passive verb at
// token k coded with no doer: the toll is no attack of its own.
func toll47FoldVerb(cands []*candidate, k int) {
	for _, cd := range cands {
		if cd.i == k && !cd.folded && len(cd.ev.Source) == 0 && cd.e.has(flagKill) {
			cd.folded = true
		}
	}
}
