package code_test

import "testing"

// TestTollCoordinated checks tolls told of two victims or two groups joined
// by "and", in sentences of our own: the first event carries the sum.
func TestTollCoordinated(t *testing.T) {
	tests := []struct {
		name, text string
		dead       int
	}{
		// "A X and a Y were killed": two single victims under one
		// plural passive are two dead.
		{"two singles passive", "A customs officer and a young girl were killed in northern Niger on Friday when gunmen opened fire on a market, officials said.", 2},
		{"two singles died", "A nurse and an elderly farmer were killed on Tuesday when militiamen raided the village of Kiwanja in eastern Congo.", 2},
		// "A X and N Ys were killed": a single victim and a counted
		// group under one plural passive are summed.
		{"single and count passive", "A shepherd and two border guards were killed on Sunday when mortar rounds hit a hillside post near Kargil, officials said.", 3},
		{"single and count passive plain", "A policeman and four civilians were killed when a roadside bomb struck their vehicle near Bannu on Monday.", 5},
		// "killed X, Y and N Zs": the dead listed one by one after a
		// verb of killing, by role, by possessive and by unknown name.
		{"listed by role", "A roadside bomb killed the deputy governor, his driver and two bodyguards near Lashkar Gah on Tuesday, officials said.", 4},
		{"listed by name", "A drone strike near Jilib on Friday killed militant commander Omar Dheere and his deputy Abdi Warsame, the army said.", 2},
		{"listed with an apposition", "An air strike killed Moussa Traoré, a senior rebel commander, and two of his guards near Tessalit on Sunday.", 3},
		// A list of the dead before a plural passive: its first item
		// named by role or by name counts too, but a thing listed
		// before a new clause does not.
		{"passive list by role", "The district governor, his driver and two bodyguards were killed when a bomb went off in Lashkar Gah on Tuesday.", 4},
		{"passive list by name", "Commander Omar Dheere and his deputy were killed in a drone strike near Jilib on Friday, the army said.", 2},
		{"passive list after a thing", "Rioters set fire to the town hall in Ilave on Sunday, and two farmers were killed when police opened fire, the ombudsman said.", 2},
		// "One X was killed and N Y died": two tolls of dead joined by
		// "and" count different victims and are summed.
		{"clauses summed", "Militants raided a police station in Kandahar on Friday. One policeman was killed and two attackers died in the clash.", 3},
		{"clauses summed national", "Rebels attacked a checkpoint outside Bangui on Monday. A Central African soldier was killed and two rebels died in an hour-long exchange of fire.", 3},
		// A name before a noun stays in a single victim's phrase.
		{"name modifier", "Rebels attacked a checkpoint outside Bangui on Monday. A Bangui police officer was killed and four rebels died in an hour-long exchange of fire.", 5},
		// "its pilot was killed": one victim named by a possessive.
		{"possessive single", "Insurgents shot down an army helicopter near Kidal in Mali on Thursday; its co-pilot was killed after he bailed out.", 1},
		{"possessive single comma", "Gunmen ambushed a fuel convoy near Gao on Monday, and their driver was killed as he fled, residents said.", 1},
		{"clauses summed with phrase", "Gunmen ambushed an army convoy near Mopti in Mali on Sunday; four soldiers were killed in the attack and six assailants died in the return fire, the army said.", 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-12")
			if len(x.Events) == 0 {
				t.Fatal("no event")
			}
			dead := -1
			if f := x.Events[0].Fatalities; f != nil {
				dead = f.Min
			}
			if dead != tt.dead {
				t.Errorf("dead %d; want %d", dead, tt.dead)
				for _, e := range x.Events {
					t.Logf("  %s %s %v", e.Type, e.Mode, e.Fatalities)
				}
			}
		})
	}
}
