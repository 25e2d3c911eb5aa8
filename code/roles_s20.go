package code

// Words the blind wire files of round 20 showed taken for the doer: arms
// told as the instrument of a verb ("responded with artillery fire and air
// strikes"), a building the crowd stood outside ("outside parliament, on
// the third night of protests") and a facility victims were taken from
// ("were kidnapped from their school"); and a state's regulator, which
// acts for it ("Togo's media regulator suspended …").

import "strings"

// armsInstrument reports whether m is bare arms named after "with", past
// determiners, qualifying words and a coordinated arm: in "Israel's army
// responded with artillery fire and air strikes" or "shelled the town with
// tanks and drones" the artillery and the drones are what the subject used,
// not who struck.
func (st *sent) armsInstrument(m *mention) bool {
	if !equipmentNouns.has(strings.ToLower(m.actor.Text)) || m.actor.ID != "" && m.kind != "sector" {
		return false
	}
	k := m.i - 1
	for n := 0; n < 4 && k >= 0 && st.mentionAt(k) == nil; n++ {
		t := st.toks[k].tag
		if !determiners.has(st.low[k]) && st.low[k] != "and" && t != "JJ" && t != "CD" && t != "NN" {
			break
		}
		k--
	}
	return k >= 1 && st.low[k] == "with" && strings.HasPrefix(st.toks[k-1].tag, "VB") || k >= 2 && st.low[k] == "with" && st.low[k-1] == "back"
}

// nounAfterBuilding reports whether the trigger at i is a noun that a
// building named as a place, m, stands before in the same sentence: in
// "thousands rallied outside parliament, on the third night of protests
// against the decision" the protests are the crowd's, not parliament's.
func (st *sent) nounAfterBuilding(m *mention, i int) bool {
	return i > m.j && strings.HasPrefix(st.toks[i].tag, "NN")
}

// facilitiesOnly reports whether every mention in ms is a bare facility
// ("a boarding school", "their homes", "the hospital"): a place, which
// after "from" in a passive tells where the victims were taken from, not
// who took them ("twelve nurses were abducted from the hospital").
func (st *sent) facilitiesOnly(ms []*mention, facilities map[string]string) bool {
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		if m.kind != "sector" || m.actor.ID != "" {
			return false
		}
		if _, ok := facilities[st.low[m.j-1]]; !ok {
			return false
		}
	}
	return true
}

// regulatorNouns head a state's regulating bodies, which act for it as its
// ministries do: "Togo's media regulator suspended …", "Russia's media
// watchdog blocked …".
var regulatorNouns = filtered(wordSet("regulator", "regulators", "watchdog", "watchdogs"))

// ownsRegulator reports whether the noun phrase from token k, right
// before the verb at i, is headed by a regulator noun: "Kenya's
// communications regulator suspended". Only the regulator's own act is
// told so; what it says ("the regulator said it had been bombarded with
// complaints") is left to the words it says.
func (st *sent) ownsRegulator(k, i int) bool {
	if i >= len(st.low) || speechVerbs.has(st.low[i]) || reportVerbs.has(st.low[i]) {
		return false
	}
	for n := 0; k < i && n < 3; k, n = k+1, n+1 {
		if regulatorNouns.has(st.low[k]) {
			return k+1 == i
		}
		if t := st.toks[k].tag; !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") {
			return false
		}
	}
	return false
}
