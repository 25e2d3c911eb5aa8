package code_test

import "testing"

// mode84 recodes accusations of arming, hosting, funding or training an
// armed body (112) as accusations of aggression (1123); other charges,
// harbouring a person and the adjective "armed" keep 112.
func TestMode84Codes(t *testing.T) {
	for _, c := range []struct{ name, text, typ, code string }{
		{"arming rebels", "Gabon accused Cameroon on Monday of arming the rebels in the north.", "ACCUSE", "1123"},
		{"hosting troops", "Chad's government accused Libya of hosting foreign troops near the frontier.", "ACCUSE", "1123"},
		{"funding and training", "Uganda accused Kenya of funding and training separatists in the east.", "ACCUSE", "1123"},
		{"sponsoring terrorism", "Guinea accused Senegal on Tuesday of sponsoring terrorism.", "ACCUSE", "1123"},
		{"harbouring a person stays", "Gabon accused Cameroon on Monday of harbouring a former minister.", "ACCUSE", "112"},
		{"armed adjective stays", "Gabon's interior ministry blamed armed separatists for the unrest.", "ACCUSE", "112"},
		{"other charge stays", "Gabon accused Cameroon on Monday of meddling in its internal affairs.", "ACCUSE", "112"},
	} {
		t.Run(c.name, func(t *testing.T) {
			mode64AllCode(t, c.text, c.typ, c.code)
		})
	}
}
