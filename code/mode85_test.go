package code_test

import "testing"

// mode85 recodes civilians killed with guns in an attack (1823) as
// unconventional violence (180) and denials coded as refusals of help or of
// a climb-down (121, 1246) as the rejection they are (120); killings by
// hand and denials of mediation keep their codes.
func TestMode85Codes(t *testing.T) {
	for _, c := range []struct{ name, text, typ, code string }{
		{"fighters killed farmers", "Rebel fighters killed six farmers near the village of Kiwanja on Tuesday, local officials said.", "ASSAULT", "180"},
		{"militants executed herders", "Suspected militants executed seven herders in the hills east of Palmyra on Sunday.", "ASSAULT", "180"},
		{"beheading stays", "Suspected jihadists beheaded four farmers near the village of Mocimboa on Tuesday.", "ASSAULT", "1823"},
		{"mob killing stays", "A crowd beat to death a man suspected of stealing a goat in a market in Kano on Friday.", "ASSAULT", "1823"},
		{"signed accord stays", "The two prime ministers signed an agreement on Friday to reopen the border.", "AGREE", "057"},
		{"denial of troops", "The defence ministry denied that any Rwandan troops were fighting in the province.", "REJECT", "120"},
		{"denial of a role", "Minsk denied any role in the sabotage, and NATO said it would send more troops to the border.", "REJECT", "120"},
		{"denial of mediation stays", "The foreign ministry denied that it had asked Norway to mediate with the rebels.", "REJECT", "126"},
		{"passive denial stays", "The detained reporters had been denied access to lawyers and their families, the union said.", "REJECT", "1246"},
	} {
		t.Run(c.name, func(t *testing.T) {
			mode64AllCode(t, c.text, c.typ, c.code)
		})
	}
}
