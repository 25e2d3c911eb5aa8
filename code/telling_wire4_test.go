package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestJoinedVerbsShareObject: two verbs joined by "and" with one object
// after the second ("beat to death and set fire to X") act both on it,
// so the first verb's attack has that victim too, even when the victim
// belongs to the same group as the doers.
func TestJoinedVerbsShareObject(t *testing.T) {
	tests := []struct{ text, want string }{
		{"A crowd of nurses beat to death and set fire to Amina Bello, a nurse at Aminu Kano Teaching Hospital in Kano, on Friday, police said.", "NGAHLH"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if ev.Type != truce.Assault || ev.CAMEO == "1712" {
					continue
				}
				for _, a := range ev.Target {
					if a.ID == tt.want {
						return
					}
				}
				t.Errorf("the attack %s (%s) has target %v, want %s", ev.Mode, ev.CAMEO, ev.Target, tt.want)
				return
			}
			t.Errorf("no ASSAULT event")
		})
	}
}

// TestReactionSkipsOwnOrgans: a government condemning "the move" reacts
// to another's act, not to what its own police or army were said to have
// done in the sentence before.
func TestReactionSkipsOwnOrgans(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Canada imposed sanctions on Venezuela's national guard and seven officials on Tuesday over the violent repression of demonstrations. Caracas denounced the move as unlawful.", "CAN"},
		{"Britain froze the assets of Russia's army chief and two generals on Friday over the shelling of towns in Ukraine. Moscow condemned the decision as hostile.", "GBR"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if ev.Type != truce.Accuse || ev.Evidence.Start == 0 {
					continue
				}
				for _, a := range ev.Target {
					if a.Country == tt.want {
						return
					}
				}
				t.Errorf("condemnation aimed at %v, want %s or one of its organs", ev.Target, tt.want)
				return
			}
			t.Errorf("no ACCUSE event in the second sentence")
		})
	}
}

// TestNamingAimedAtDoerNotNextObject: "called the attack a crime and
// urged X to act" names the attackers' deed; X is whom the next verb
// addresses, not whom the naming is aimed at.
func TestNamingAimedAtDoerNotNextObject(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Al-Shabaab militants stormed a hotel in the Somali port of Kismayo on Saturday, the government said. Interior Minister Ahmed Farah called the attack an act of terrorism and urged the African Union to send more troops.", "ALSHABAAB"},
		{"Azerbaijani troops set up a checkpoint on the road into the Armenian town of Goris on Monday. Yerevan called the move a flagrant violation of its sovereignty and asked the European Union to intervene.", "AZE"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if ev.Type != truce.Accuse {
					continue
				}
				for _, a := range ev.Target {
					if a.ID == tt.want || a.Country == tt.want {
						return
					}
				}
				t.Errorf("naming aimed at %v, want %s", ev.Target, tt.want)
				return
			}
			t.Errorf("no ACCUSE event")
		})
	}
}
