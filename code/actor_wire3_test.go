package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who acts and who is acted on when the actor dictionary decides, third
// round of constructions met in blind wire copy, each in the project's own
// words. A national "detachment" is that country's military; a temple or a
// courthouse that is attacked stands for its community or the courts; a
// lone helicopter or warplane is a military actor whose country the story
// gives. A case passes when some event of the type runs from source to
// target (an empty one is not checked) and no event of the type has
// notSource as its source or notTarget as its target.
func TestActorWire3(t *testing.T) {
	wantActorSides(t, []actorCase{
		{"a national detachment withdraws",
			"The Burundian detachment pulled out of Baidoa on Friday, handing its base to Somali troops.",
			truce.Retreat, "BDIMIL", "", "", ""},
		{"a national detachment clashes with insurgents",
			"A Ugandan detachment clashed with al-Shabaab fighters near Bulamarer on Sunday, the army said.",
			truce.Assault, "UGAMIL", "", "", ""},
		// "A detachment of" counts out a part of whoever follows.
		{"a detachment of riot police",
			"A detachment of riot police dispersed the protesters in Lomé on Tuesday.",
			truce.Coerce, "TGOCOP", "TGOPRO", "TGOMIL", ""},
		{"a temple set on fire",
			"Gunmen set fire to a Hindu temple in Sylhet on Sunday, police said.",
			truce.Assault, "", "BGDREL", "", "BGDCVL"},
		{"a courthouse stormed",
			"Rioters stormed a courthouse in Tegucigalpa on Monday and set files ablaze.",
			"", "", "HNDJUD", "", ""},
		{"a helicopter fires on a market",
			"A helicopter fired rockets at a market near Tawila in North Darfur on Sunday, killing nine people.",
			truce.Assault, "SDNMIL", "", "", ""},
		{"a warplane bombs a clinic",
			"A warplane bombed a clinic in Idlib on Monday, killing three nurses.",
			truce.Assault, "SYRMIL", "", "", ""},
	})
}
