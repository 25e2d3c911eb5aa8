package code

import "strings"

// suffered reports whether token k starts a phrase of harm that makes the
// count before it a count of the wounded: "three soldiers sustained
// burns", "a fourth lost both legs", "40 people were taken to hospital",
// "200 needed treatment".
func suffered(st *sent, k int) bool {
	switch st.low[k] {
	case "suffered", "sustained", "suffering":
	case "lost", "losing":
		return lostLimb(st, k+1)
	case "taken", "rushed", "admitted", "brought", "evacuated", "airlifted", "sent":
		return toHospital(st, k+1)
	case "needed", "required", "received", "receiving", "underwent", "needing", "requiring",
		"sought", "seeking":
		return toll46CareAfter(st, k+1)
	case "treated":
		// "were treated for burns", not "were treated as suspects"
		return k+1 < len(st.low) && (st.low[k+1] == "for" || st.low[k+1] == "in" || st.low[k+1] == "at")
	default:
		return false
	}
	for n := k + 1; n < len(st.low) && n <= k+3; n++ {
		switch st.low[n] {
		case "injuries", "wounds", "burns", "fractures", "breathing", "respiratory", "suffocation", "symptoms":
			return true
		}
	}
	return false
}

// limbs are the body parts whose loss makes a victim wounded: "lost a
// leg", "lost both hands".
var limbs = filtered(map[string]bool{"leg": true, "legs": true, "arm": true, "arms": true, "hand": true, "hands": true,
	"foot": true, "feet": true, "eye": true, "eyes": true, "limb": true, "limbs": true, "sight": true, "fingers": true})

// lostLimb reports whether a body part lost follows token k: "[a] leg",
// "[both] legs", "[his] sight". "lost ground" or "lost the town" is no
// wound.
func lostLimb(st *sent, k int) bool {
	for n := k; n < len(st.low) && n <= k+2; n++ {
		if limbs.has(st.low[n]) {
			return true
		}
		switch st.low[n] {
		case "a", "an", "one", "both", "his", "her", "their", "two", "left", "right":
		default:
			return false
		}
	}
	return false
}

// toHospital reports whether "to hospital" follows token k: "were taken
// [to hospital]", "were rushed [to the hospital]", "admitted [to
// hospitals]".
func toHospital(st *sent, k int) bool {
	if k >= len(st.low) || st.low[k] != "to" {
		return false
	}
	for n := k + 1; n < len(st.low) && n <= k+3; n++ {
		switch st.low[n] {
		case "hospital", "hospitals", "clinic", "clinics":
			return true
		case "the", "a", "local", "nearby", "several", "various", "two", "three", "field":
		default:
			return false
		}
	}
	return false
}

// woundNouns name the harm a victim is left with: "leaving 20 people
// [with] severe [burns]".
var woundNouns = filtered(map[string]bool{"injuries": true, "wounds": true, "burns": true, "fractures": true,
	"bruises": true, "cuts": true, "shrapnel": true})

// breathless reports whether token k starts a phrase of choking, which
// makes the count before it a count of the wounded: "11 people
// [struggling to breathe]", "dozens [gasping for air]".
func breathless(st *sent, k int) bool {
	switch st.low[k] {
	case "struggling", "struggled", "fighting", "gasping", "gasped", "choking", "choked":
	default:
		return false
	}
	if k+2 >= len(st.low) {
		return false
	}
	switch st.low[k+1] + " " + st.low[k+2] {
	case "to breathe", "for breath", "for air":
		return true
	}
	return false
}

// harmLeft reports whether the count at token i is the object of "leave"
// and a phrase of harm at token k says what it was left with: "leaving
// [20 people] with burns", "left [nine] in hospital", "leaving [four] in
// a critical condition".
func harmLeft(st *sent, i, k int) bool {
	if k+1 >= len(st.low) {
		return false
	}
	if !toll43PassiveLeft(st, k) {
		if i == 0 {
			return false
		}
		switch st.low[i-1] {
		case "leaving", "left", "leave", "leaves":
		default:
			return false
		}
	}
	switch st.low[k] {
	case "with":
		for n := k + 1; n < len(st.low) && n <= k+3; n++ {
			if woundNouns.has(st.low[n]) {
				return true
			}
		}
	case "in":
		for n := k + 1; n < len(st.low) && n <= k+3; n++ {
			switch st.low[n] {
			case "hospital", "hospitals", "condition", "care":
				return true
			case "the", "a", "critical", "serious", "intensive", "stable", "local":
			default:
				return false
			}
		}
	}
	return false
}

// beatings are the verbs of a beating whose count of victims, short of
// "to death", counts the wounded: "guards beat three inmates", "a man
// stabbed three children" (fixes4).
var beatings = filtered(map[string]bool{"beat": true, "beating": true, "stabbed": true, "stabbing": true})

// beatenHurt reports whether token k tells that those counted before it
// were beaten and so hurt: "two reporters were [beaten] by masked men".
// "were beaten to death" counts the dead instead.
func beatenHurt(st *sent, k int) bool {
	if st.low[k] != "beaten" || !passiveBefore(st, k) {
		return false
	}
	return !(k+2 < len(st.low) && st.low[k+1] == "to" && st.low[k+2] == "death")
}

// sentToHospital reports whether the count at token i is the object of a
// verb that sends it to hospital: "sending [five soldiers] to hospital",
// "put [three guards] in hospital".
func sentToHospital(st *sent, i int) bool {
	switch st.low[i-1] {
	case "sending", "sent", "send", "sends", "putting", "put", "leaving", "left":
	default:
		return false
	}
	for k := i + 1; k < len(st.low) && k <= i+6; k++ {
		switch st.low[k] {
		case "to":
			return toHospital(st, k)
		case "in":
			return k+1 < len(st.low) && (st.low[k+1] == "hospital" || st.low[k+1] == "hospitals")
		}
		if clauseBreaks.has(st.low[k]) || st.low[k] == "," || strings.HasPrefix(st.toks[k].tag, "VB") {
			return false
		}
	}
	return false
}
