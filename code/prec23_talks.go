package code

// Talks named without being held, found recurring in blind wire copy:
// talks someone is ready for ("said it was ready to hold direct talks"),
// talks a deal clears the way for ("clears the way for accession talks"),
// talks set as a condition ("unless Tehran resumes talks") and talks one
// party calls others to ("called both sides to talks in Jeddah"). The
// stance, the step or the call is the news; no meeting took place.

// offSensePrec23 tells why the trigger cd is read here in a sense that
// names no event of its kind, or "".
func offSensePrec23(st *sent, cd *candidate) string {
	if talksNotHeld(st, cd) {
		return "talks named as a readiness, a goal, a condition or a call (\"ready to hold talks\", \"unless it resumes talks\"): none were held"
	}
	return ""
}

// heldTalkNouns are the talks a party may be ready for or called to; a
// visit is left alone ("prepared to visit Honiara" plans one).
var heldTalkNouns = filtered(wordSet("talks", "negotiations", "dialogue", "consultations", "discussions"))

// readyWords, before "to" or "for", hold a party ready for talks: "open to
// talks", "ready to hold talks", "willing to enter negotiations".
var readyWords = filtered(wordSet("open", "ready", "willing", "prepared", "eager", "keen", "available"))

// talkOpeners start or hold talks; after "to" they tell what a party is
// ready for or is called to do ("urged Moscow to open negotiations").
var talkOpeners = filtered(wordSet("hold", "open", "resume", "start", "begin", "enter", "join", "restart", "reopen",
	"holds", "opens", "resumes", "starts", "begins", "enters", "joins", "restarts", "reopens",
	"opened", "resumed", "started", "began", "entered", "joined", "restarted", "reopened", "held"))

// conditionWords open a condition; talks opened in it are not yet held.
var conditionWords = filtered(wordSet("unless", "if", "until"))

// talkCallWords call or press a party to talks: "called both sides to talks",
// "urged Moscow to open negotiations".
var talkCallWords = filtered(wordSet("call", "calls", "called", "calling", "invite", "invites", "invited", "inviting",
	"urge", "urges", "urged", "urging", "summon", "summons", "summoned", "press", "pressed", "presses",
	"ask", "asks", "asked", "asking", "push", "pushed", "pushes", "encourage", "encouraged", "encourages"))

// talksNotHeld reports whether the talks noun cd is named as what a party
// is ready for, what a step leads to, what a condition asks for, or what a
// party is called to, rather than talks held.
func talksNotHeld(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || len(cd.e.cameo) < 2 || cd.e.cameo[:2] != "04" || !heldTalkNouns.has(st.low[cd.j-1]) {
		return false
	}
	k := cd.i - 1
	for k >= 0 && k >= cd.i-4 && st.low[k] != "," && (nounPremodifier(st.toks[k]) || isModifier(st.toks[k])) {
		k--
	}
	if k < 1 {
		return false
	}
	switch w := st.low[k]; {
	case w == "towards" || w == "toward":
		// "a step towards peace talks", "a gesture toward negotiations".
		return true
	case w == "for":
		// "clears the way for talks", "ready for talks".
		return st.low[k-1] == "way" || readyWords.has(st.low[k-1])
	case w == "to":
		// "open to talks"; "called both sides to talks".
		return readyWords.has(st.low[k-1]) || calledTo(st, k)
	case talkOpeners.has(w):
		// "ready to hold talks", "urged Moscow to open negotiations".
		if st.low[k-1] == "to" {
			return k >= 2 && readyWords.has(st.low[k-2]) || calledTo(st, k-1)
		}
		// "unless Tehran resumes talks", "if the junta opened talks".
		for n := k - 1; n >= 0 && n >= k-5; n-- {
			if conditionWords.has(st.low[n]) {
				return true
			}
			if st.low[n] == "," || finiteVerb(st.toks[n].tag) {
				return false
			}
		}
	}
	return false
}

// calledTo reports whether the "to" at k follows a call verb and its
// object, a few words back: "called both sides to", "urged Russia to".
func calledTo(st *sent, k int) bool {
	for n := k - 1; n >= 0 && n >= k-8; n-- {
		if talkCallWords.has(st.low[n]) {
			return true
		}
		// "called Ethiopia and Eritrea to talks": names the call is to.
		if m := st.mentionAt(n); m != nil {
			n = m.i
			if n > 0 && st.low[n-1] == "and" && st.mentionAt(n-2) != nil {
				n--
			}
			continue
		}
		if st.low[n] == "," || st.low[n] == "and" || finiteVerb(st.toks[n].tag) {
			return false
		}
	}
	return false
}
