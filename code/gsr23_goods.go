package code

// gsr23: goods handed over are given, not released. "Swiss doctors handed
// over 700 kg of medicine to the Red Crescent" and "China handed over 30
// vehicles, radios and riot-control equipment to the police" are aid (CAMEO
// 07), where "handed over 32 servicemen" frees captives, "handed over their
// rifles" disarms and "handed over the base" withdraws. The object, up to
// the "to" that names the receiver, must name goods and no people, arms or
// ground, and the giver must be no armed group: rebels handing over
// equipment lay down their arms. Relief goods make the aid humanitarian
// (073); other goods leave it general (070).

import (
	"strings"

	"github.com/truce-project/truce"
)

// gsr23HandedGoods returns the CAMEO code of the aid told by a "handed
// over" whose object is goods, or "".
func gsr23HandedGoods(cd *candidate, src []truce.Actor) string {
	st := cd.st
	if cd.e.mode != "release" || !handWords.has(st.low[cd.i]) || cd.j >= len(st.low) || st.low[cd.j-1] != "over" {
		return ""
	}
	for _, a := range src {
		if isArmedGroup(a) || a.Sector == "REB" || a.Sector == "MLT" || a.Sector == "INS" {
			return ""
		}
	}
	code := ""
	for k := cd.j; k < len(st.low) && k < cd.j+14; k++ {
		w := st.low[k]
		if w == "to" || w == ";" || w == "." || strings.HasPrefix(st.toks[k].tag, "VB") {
			break
		}
		switch {
		case gsr23NotGoods.has(w) || heldWords.has(w) || suspectWords.has(w) || returneeWords.has(w):
			return ""
		case gsr23ReliefGoods.has(w):
			code = "073"
		case gsr23OtherGoods.has(w) && code == "":
			code = "070"
		}
		if m := st.mentionAt(k); m != nil && !m.place && m.actor.Sector != "" && !gsr23OtherGoods.has(w) && !gsr23ReliefGoods.has(w) {
			return "" // people handed over: "handed over two Tajik shepherds"
		}
	}
	return code
}

// gsr23ReliefGoods are the goods of humanitarian relief.
var gsr23ReliefGoods = filtered(wordSet("medicine", "medicines", "medical", "drugs", "food", "foodstuffs", "flour",
	"rice", "wheat", "grain", "relief", "blankets", "tents", "vaccines", "vaccine", "doses", "water"))

// gsr23OtherGoods are goods given that are neither relief nor arms.
var gsr23OtherGoods = filtered(wordSet("equipment", "supplies", "vehicles", "ambulances", "trucks", "radios",
	"computers", "generators", "kits", "fuel", "donations", "donation", "materials", "uniforms"))

// gsr23NotGoods are arms, ground and papers: what a "handed over" of them
// tells is disarming, withdrawing or a deal.
var gsr23NotGoods = filtered(wordSet("weapons", "weapon", "arms", "rifles", "guns", "ammunition", "pistols",
	"firearms", "tanks", "launchers", "mortars", "grenades", "explosives", "military",
	"base", "bases", "positions", "territory", "area", "town", "control", "power", "letters",
	"documents", "maps", "bodies", "remains", "keys"))
