package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// A wire story names a state once and then describes it by its kind: "Saudi
// Arabia hosted the talks … The kingdom urged both sides", "Qatar … The
// Gulf state said", "Taiwan … The island nation accused Beijing". The
// description stands for the state named before when that state is of the
// kind described; "the country" and "the nation" fit any state.

// stateKinds maps the head of a description of a state to the states it
// fits (ISO3), or to nil when it fits any state.
var stateKinds = map[string]map[string]bool{
	"kingdom":        monarchies.m,
	"monarchy":       monarchies.m,
	"emirate":        codeSet("QAT", "KWT", "ARE"),
	"gulf state":     gulfStates.m,
	"gulf nation":    gulfStates.m,
	"gulf country":   gulfStates.m,
	"gulf kingdom":   gulfStates.m,
	"gulf monarchy":  gulfStates.m,
	"island nation":  islandStates.m,
	"island state":   islandStates.m,
	"island country": islandStates.m,
	"island":         islandStates.m,
	"archipelago":    codeSet("PHL", "IDN", "JPN", "MDV", "BHS", "CPV", "FJI", "SLB", "VUT"),
	"city-state":     codeSet("SGP"),
	"country":        nil,
	"nation":         nil,
}

// monarchies are the states with a reigning king, queen, sultan or emir.
var monarchies = filtered(codeSet("SAU", "MAR", "JOR", "ARE", "QAT", "KWT", "BHR", "OMN", "BRN", "THA", "KHM",
	"BTN", "SWZ", "LSO", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "TON", "MYS"))

// gulfStates are the Arab monarchies of the Persian Gulf.
var gulfStates = filtered(codeSet("SAU", "ARE", "QAT", "KWT", "BHR", "OMN"))

// islandStates are the states that lie wholly on islands.
var islandStates = filtered(codeSet("TWN", "JPN", "PHL", "IDN", "LKA", "CUB", "HTI", "DOM", "JAM", "MDG", "MDV",
	"MLT", "CYP", "ISL", "IRL", "NZL", "SGP", "BHR", "MUS", "FJI", "PNG", "SLB", "VUT", "TON", "WSM",
	"KIR", "TLS", "COM", "STP", "CPV", "SYC", "BHS", "BRB", "TTO"))

func codeSet(codes ...string) map[string]bool {
	s := make(map[string]bool, len(codes))
	for _, c := range codes {
		s[c] = true
	}
	return s
}

// stateDescription returns the span [s, n) of a description of a kind of
// state that opens the sentence, or follows an opening phrase, and is
// followed by its verb ("The oil-rich kingdom said", "In a statement, the
// Gulf state urged"), with the states it fits; n is 0 when there is none.
func stateDescription(st *sent) (s, n int, fits map[string]bool) {
	s = openingPhrase(st)
	if s >= len(st.low) || st.low[s] != "the" {
		return 0, 0, nil
	}
	// Up to three modifiers may come before the head: "the energy-rich
	// Gulf state", "the Caribbean island nation".
	for e := s + 2; e <= s+4 && e < len(st.low); e++ {
		if m := st.mentionAt(e - 1); m != nil && !m.place && m.kind != "demonym" {
			return 0, 0, nil
		}
		for w := 2; w >= 1; w-- {
			if e-w <= s {
				continue
			}
			kind, ok := stateKinds[strings.Join(st.low[e-w:e], " ")]
			if !ok || !pronounSubject(st, e-1) {
				continue
			}
			for q := s + 1; q < e-w; q++ {
				if !isModifier(st.toks[q]) {
					return 0, 0, nil
				}
			}
			return s, e, kind
		}
		if !isModifier(st.toks[e-1]) {
			return 0, 0, nil
		}
	}
	return 0, 0, nil
}

// describedState returns the state named in the sentence before that a
// description of its kind stands for: prev, that sentence's first actor,
// when it fits, else, for a kind narrower than any state, the first other
// state it named that fits.
func describedState(prev *mention, fits map[string]bool) *mention {
	if prev == nil {
		return nil
	}
	ok := func(m *mention) bool {
		return !m.place && m.actor.Country != "" && isState(m.actor) && m.kind != "person" && (fits == nil || fits[m.actor.Country])
	}
	if ok(prev) {
		return prev
	}
	if fits == nil {
		return nil
	}
	for n := range prev.others {
		if o := &prev.others[n]; ok(o) {
			return o
		}
	}
	return nil
}

// ownerSpeaker returns the speaker a generic owned with "its" or "their"
// belongs to, when that speaker is a named non-state body the sentence
// opens with and is not on the other side: in "The PKK said a Turkish
// drone had struck its positions" the positions are the PKK's; in "The
// WFP said gunmen looted its warehouse" the warehouse is the WFP's. A
// state speaker is left to the state rules ("the army said … its troops").
func (st *sent) ownerSpeaker(m *mention, other []truce.Actor) *mention {
	if m.i == 0 || st.low[m.i-1] != "its" && st.low[m.i-1] != "their" {
		return nil
	}
	f := st.firstActor()
	if f == nil || f == m || f.j > m.i || f.actor.ID == "" || isState(f.actor) || f.kind == "pronoun" {
		return nil
	}
	co := st.coordinated(f)
	e := co[len(co)-1].j
	said := false
	for k := e; k < len(st.low) && k <= e+3 && k < m.i; k++ {
		if speechVerbs.has(st.low[k]) || reportVerbs.has(st.low[k]) {
			said = true
			break
		}
	}
	if !said {
		return nil
	}
	for _, o := range other {
		if o.ID == f.actor.ID {
			return nil
		}
	}
	return f
}
