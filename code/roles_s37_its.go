package code

import "github.com/truce-project/truce"

// ownGroup returns the armed group that opens the sentence when the bare
// armed noun m is owned by "its" or "their": in "JNIM, al-Qaeda's Sahel
// affiliate, said its fighters had seized weapons" the fighters are JNIM's,
// not those of the group the apposition names last. Else nil.
func (st *sent) ownGroup(m *mention) *truce.Actor {
	if m.i == 0 || st.low[m.i-1] != "its" && st.low[m.i-1] != "their" {
		return nil
	}
	f := st.firstActor()
	if f == nil || f == m || f.i >= m.i || f.place || !isArmedGroup(f.actor) {
		return nil
	}
	a := f.actor
	return &a
}

// inSpeechAside reports whether the actor m, after token j, is named
// inside a gerund of saying or blaming that follows an attribution ("…,
// police said, blaming the ADF"): what the speaker names is no object of
// the act told before.
func (st *sent) inSpeechAside(j int, m *mention) bool {
	for k := m.i - 1; k > j && k >= m.i-6; k-- {
		if asideSpeechVerbs.has(st.low[k]) && st.toks[k].tag == "VBG" {
			// (Only after an attribution: "…, police said, blaming".)
			return st.low[k-1] == "," && k >= 2 && reportVerbs.has(st.low[k-2])
		}
		if st.low[k] == "," || st.mentionAt(k) != nil {
			return false
		}
	}
	return false
}

// unnamedDoer reports whether the attack prev, which the blame cd names
// the author of ("Attackers hurled a grenade …, police said, blaming the
// ADF"), has for its doer only a bare noun no dictionary entry names,
// which the armed group blamed names.
func unnamedDoer(prev, cd *candidate) bool {
	if len(prev.src) != 1 || prev.src[0].actor.ID != "" && prev.src[0].kind != "sector" || len(cd.ev.Target) == 0 {
		return false
	}
	if !isArmedGroup(cd.ev.Target[0]) || prev.src[0].actor.Sector != "REB" {
		return false
	}
	// ("…, blaming the OLA, which denied involvement": a blame the
	// group denies names no author.)
	st := cd.st
	for k := cd.j; k < len(st.low); k++ {
		if denialWords.has(st.low[k]) {
			return false
		}
	}
	return true
}

// denialWords deny a charge.
var denialWords = filtered(wordSet("denied", "denies", "deny"))

// deniedAfter reports whether a word of denial follows token j in the
// sentence: "the Ambazonia Defence Forces denied any role" names no doer
// of the act told before.
func (st *sent) deniedAfter(j int) bool {
	for k := j; k < len(st.low) && k < j+8; k++ {
		if denialWords.has(st.low[k]) {
			return true
		}
		if st.low[k] == "." || st.low[k] == ";" {
			return false
		}
	}
	return false
}

// plantedDevice reports whether token k names a bomb someone set, as
// deviceWords do: "an explosive device", "a car bomb", "a van packed with
// explosives". The caller counts it only when the next sentences name the
// armed group behind it ("… Islamic Jihad said its fighters had planted
// the bomb").
func plantedDevice(st *sent, k int) bool {
	switch st.low[k] {
	case "device", "devices":
		return k > 0 && st.low[k-1] == "explosive"
	case "bomb", "bombs":
		return k > 0 && vehicleWords.has(st.low[k-1])
	case "explosives":
		return k > 1 && st.low[k-1] == "with" && (st.low[k-2] == "packed" || st.low[k-2] == "laden" || st.low[k-2] == "rigged")
	}
	return false
}

// vehicleWords carry a bomb: "a car bomb", "a truck bomb".
var vehicleWords = filtered(wordSet("car", "truck", "lorry", "van", "motorcycle", "motorbike", "bicycle"))

// groupNamedNext reports whether one of the two sentences after st names
// an armed group: who claimed, is blamed for or is suspected of a bomb told
// in st.
func (d *doc) groupNamedNext(st *sent) bool {
	for _, x := range d.sents {
		if x.s.Index <= st.s.Index || x.s.Index > st.s.Index+2 {
			continue
		}
		for n := range x.mentions {
			if isArmedGroup(x.mentions[n].actor) {
				return true
			}
		}
	}
	return false
}
