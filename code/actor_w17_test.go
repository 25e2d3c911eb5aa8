package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Actor constructions from the wire17 blind copy, in the project's own
// words: feuding clans are a militia of their country; a church body is
// religious; a party named "Forces" is the opposition, not the army; a
// Bangladeshi Islamist party and a Solomon Islands premier are known by
// name; intelligence that is shared is no spy agency.
func TestActorW17(t *testing.T) {
	wantActorSides(t, []actorCase{
		{"rival clans fight",
			"At least nine men died when rival clans fought near Mendi in Papua New Guinea's Southern Highlands on Monday.",
			truce.Assault, "PNGMLT", "", "", ""},
		{"a party named forces is accused",
			"Amal accused the Lebanese Forces party on Sunday of arming its supporters in Beirut.",
			truce.Accuse, "", "LBNOPP", "", "LBNMIL"},
		{"an islamist party unbanned",
			"Dhaka lifted its ban on Jamaat-e-Islami on Tuesday.",
			truce.Concede, "BGDGOV", "BGDOPP", "", ""},
		{"shared intelligence is no agency",
			"Ghana's government condemned the raid and promised to share intelligence with Lomé.",
			truce.Agree, "GHAGOV", "TGOGOV", "", "TGOSPY"},
	})
}
