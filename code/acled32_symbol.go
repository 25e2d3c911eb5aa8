package code

// ACLED labels of protests that burn a symbol (issue 3): a crowd that
// burns an effigy, a flag, a portrait or a mock-up ("students burned an
// effigy of the minister", "burning a cardboard model of a warship",
// "set fire to flags") protests peacefully in ACLED's terms: nothing of
// anyone's is destroyed and no one is hurt. The gold gives such protests
// Peaceful protest; burning tyres, cars or buildings stays rioting.

import "github.com/truce-project/truce"

// acled32Symbols are the things a protest burns as a sign.
var acled32Symbols = filtered(wordSet("effigy", "effigies", "flag", "flags", "portrait", "portraits", "picture", "pictures",
	"poster", "posters", "photo", "photos", "photograph", "photographs", "image", "images", "banner", "banners",
	"model", "models", "mock-up", "mock-ups", "replica", "replicas", "coffin", "coffins", "koran", "quran", "bible"))

// acled32SymbolBurnt reports whether the burning word at k has a symbol
// as its object, within four words of its phrase: "burned an effigy of",
// "burning a cardboard model", "burnt Israeli and US flags".
func acled32SymbolBurnt(st *sent, k int) bool {
	for n := k + 1; n < len(st.low) && n <= k+5; n++ {
		w := st.low[n]
		if acled32Symbols.has(w) {
			return true
		}
		if w == "," || w == ";" || w == "." || w == "in" || w == "at" || w == "near" || w == "outside" || w == "on" {
			return false
		}
	}
	return false
}

// acled32SymbolProtest: a protest labelled a violent demonstration whose
// sentence tells of no violence but a symbol burnt, and no force used on
// it, is a peaceful protest.
func acled32SymbolProtest(cd *candidate) bool {
	ev := &cd.ev
	if ev.Type != truce.Protest || ev.ACLEDType != acledRiots || ev.ACLEDSubtype != subViolentDem || cd.i < 0 {
		return false
	}
	st := cd.st
	burnt := false
	for k, w := range st.low {
		if (w == "burned" || w == "burnt" || w == "burning" || w == "burn" || w == "burns") && acled32SymbolBurnt(st, k) {
			burnt = true
			break
		}
	}
	return burnt && !riotingIn(st, 0, len(st.low)) && !st.hasAny(&crowdForce) && !lethal(st)
}

// acled32Label is acled32's recoding reader (see acledReaders).
func acled32Label(cd *candidate) acledRecoding {
	if acled32SymbolProtest(cd) {
		return recordedAs(acledProtests, subPeaceful)
	}
	if acled32OnlyCalled(cd) {
		return notRecorded
	}
	if acled32BodiesFound(cd) {
		return recordedAs(acledProtests, subExcessive)
	}
	return keepACLED
}
