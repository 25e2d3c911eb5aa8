package code_test

import "testing"

// mode83 recodes talks resumed or opened and sides that meet again (040,
// 042, 043, 044) as a negotiation (046), and matters discussed in a visit
// (043) as a bare consultation (040); a first meeting, talks that end and a
// resumption that belongs to another clause keep their codes.
func TestMode83Codes(t *testing.T) {
	for _, c := range []struct{ name, text, typ, code string }{
		{"talks resumed", "Peru and Ecuador resumed talks in Quito on Monday.", "CONSULT", "046"},
		{"adjective between", "The two governments will resume technical talks in Lima next week.", "CONSULT", "046"},
		{"talks will resume", "Talks between the two governments, chaired by a retired judge, will resume on Friday.", "CONSULT", "046"},
		{"talks opened", "The government and the rebels opened talks in Nairobi on Tuesday.", "CONSULT", "046"},
		{"meet again", "The two delegations will meet again in Geneva next month.", "CONSULT", "046"},
		{"first meeting stays", "The two delegations will meet in Geneva next month.", "CONSULT", "040"},
		{"resume in another clause stays", "The Chilean and Bolivian presidents ended their talks in Lima on Monday; officials said flights would resume on Friday.", "CONSULT", "044"},
		{"meeting then resume stays", "The Chilean foreign minister met his Bolivian counterpart in Santiago on Monday, and officials said flights would resume on Friday.", "CONSULT", "043"},
		{"discussed", "The foreign ministers of Chile and Bolivia discussed water rights in Santiago on Monday.", "CONSULT", "040"},
		{"hosted stays", "The Chilean president hosted the Bolivian foreign minister in Santiago on Monday.", "CONSULT", "043"},
	} {
		t.Run(c.name, func(t *testing.T) {
			mode64AllCode(t, c.text, c.typ, c.code)
		})
	}
}
