package code

// An envoy told as the one sent away: "Kenyan envoys were given seven days
// to leave", "Chile's ambassador to Lima is no longer welcome in Peru". The
// state the envoy serves is who is expelled, not who expels; the role finder
// took it as the subject's side. The host, when the sentence names it, is
// the source.

import "github.com/truce-project/truce"

// t37EnvoyAux are the words that may stand between a passive expulsion's
// envoy and its trigger: auxiliaries and "also", "now", "all".
var t37EnvoyAux = filtered(wordSet("had", "has", "have", "been", "was", "were", "is", "are", "be", "being", "also", "now", "all"))

// rolesT37ExpelledEnvoy swaps the sides of an expulsion (CAMEO 166, mode
// expel) whose source is the owner of the envoy noun that is the subject
// of the trigger: "South Africa's ambassador … is no longer welcome in the
// United States" is the United States expelling South Africa's envoy.
func (c *Coder) rolesT37ExpelledEnvoy(cd *candidate) {
	if c.lex.cameo[cd.e.cameo].plover != truce.Sanction || cd.e.mode != "expel" || len(cd.src) != 1 {
		return
	}
	st, m := cd.st, cd.src[0]
	if !st.holds(m) || m.j >= cd.i || m.kind == "person" {
		return
	}
	// Between the source and the trigger only the envoy noun, its owner
	// and where it is posted ("Kenyan envoys", "Rasool, South Africa's
	// ambassador to Washington,"), commas and auxiliaries: the envoy is
	// the trigger's subject, not a doer of its own. The mention may take
	// in the envoy noun itself ("Kenyan envoys" as Kenya's government).
	envoy := expelledEnvoys.has(st.low[m.j-1])
	for k := m.j; k < cd.i; k++ {
		w := st.low[k]
		switch {
		case expelledEnvoys.has(w):
			envoy = true
		case w == "," || w == "to" || w == "in" || w == "the" || w == "'s" || w == "’s" || t37EnvoyAux.has(w):
		case st.mentionAt(k) != nil:
		default:
			return
		}
	}
	if !envoy {
		return
	}
	// The envoy already taken as the one sent away: the host named
	// right after the trigger ("no longer welcome in the United States")
	// expels.
	for _, t := range cd.tgt {
		if sameActor(t.actor, m.actor) {
			if h := st.t37HostAfter(cd.j); h != nil {
				cd.src, cd.tgt = []*mention{h}, []*mention{m}
			}
			return
		}
	}
	cd.src, cd.tgt = cd.tgt, []*mention{m}
}

// t37HostAfter returns, as an actor, the country or capital named at
// token k or after "the" there; nil when there is none.
func (st *sent) t37HostAfter(k int) *mention {
	if k < len(st.low) && st.low[k] == "the" {
		k++
	}
	x := st.mentionAt(k)
	if x == nil || x.i != k && !(x.i == k-1 && st.low[x.i] == "the") || x.kind != "country" && x.kind != "capital" {
		return nil
	}
	v := *x
	v.place = false
	return &v
}
