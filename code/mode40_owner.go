package code

import "slices"

// mode40MeasureOwner keeps the owner of a measure from being its target:
// in "would lift all U.S. sanctions on Damascus" and "eased the EU curbs
// on Minsk" the state named inside the trigger, before the measure noun
// that ends it, is the one whose measure it is; the measure is on the
// actor after "on" or "against", who becomes the target when named.
func (b *building) mode40MeasureOwner() {
	cd, st := b.cd, b.st
	if cd.e.pos != 'V' || cd.j < 2 || cd.j > len(st.low) || !mode40MeasureNouns.has(st.low[cd.j-1]) {
		return
	}
	inside := func(m *mention) bool { return m.i > cd.i && m.j < cd.j }
	if !slices.ContainsFunc(cd.tgt, inside) {
		return
	}
	kept := slices.DeleteFunc(slices.Clone(cd.tgt), inside)
	if len(kept) == 0 && cd.j+1 < len(st.low) && (st.low[cd.j] == "on" || st.low[cd.j] == "against") {
		if m := st.mentionAt(cd.j + 1); m != nil {
			kept = append(kept, m)
		}
	}
	cd.tgt = kept
}

// mode40MeasureNouns end a trigger that names a measure one state keeps
// on another.
var mode40MeasureNouns = filtered(wordSet("sanctions", "embargo", "curbs", "restrictions", "controls",
	"tariffs", "duties", "ban", "bans"))
