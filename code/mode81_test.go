package code_test

import "testing"

// mode81 recodes talks measured by how long they ran, which the host or
// mediator made meetings at a third place (044), as negotiation (046),
// arms found or recovered (171) as confiscated (1711) and a bare "agreed"
// (057) as an intent to cooperate (03); rounds of talks, talks with a word
// before them, talks told with no length, arms destroyed where they were
// found, accords signed and handovers agreed keep their codes.
func TestMode81Codes(t *testing.T) {
	for _, c := range []struct{ name, text, typ, code string }{
		{"days of talks", "Ecuador and Peru signed a border accord on Friday after three days of talks in Brasilia hosted by Brazil.", "CONSULT", "046"},
		{"hours of talks", "Kenya and Somalia agreed to reopen their border after nine hours of talks in Addis Ababa hosted by the African Union.", "CONSULT", "046"},
		{"weeks of talks", "Iran and Britain agreed on a prisoner swap after weeks of talks in Geneva hosted by Switzerland.", "CONSULT", "046"},
		{"round stays", "Officials of Chile and Bolivia met in Lima for a fourth round of talks hosted by Peru.", "CONSULT", "044"},
		{"modifier stays", "Chile and Bolivia signed a water accord after two days of Vatican-brokered talks in Rome.", "CONSULT", "044"},
		{"cache found", "Soldiers found a cache of 20 assault rifles and two mortars in a farmhouse near Tumaco on Sunday.", "COERCE", "1711"},
		{"rifles recovered", "Troops recovered six rifles and a grenade launcher from a rebel camp in Sulu province on Tuesday.", "COERCE", "1711"},
		{"found and destroyed stays", "Soldiers found and destroyed a cache of 50 landmines near Tibu on Sunday.", "COERCE", "171"},
		{"agreed to restore ties", "Chile and Bolivia agreed on Tuesday to restore full diplomatic relations and exchange ambassadors.", "AGREE", "03"},
		{"agreed to reopen", "Peru and Ecuador agreed to reopen their border crossings to trade next month.", "AGREE", "03"},
		{"signed stays", "Chile and Bolivia signed a trade accord in Santiago on Tuesday.", "AGREE", "057"},
		{"handover stays", "The rebels in the valley agreed on Friday to hand over their heavy weapons to the army.", "AGREE", "057"},
		{"no span stays", "Chile and Bolivia signed a water accord after talks in Lima hosted by Peru.", "CONSULT", "044"},
	} {
		t.Run(c.name, func(t *testing.T) {
			mode64AllCode(t, c.text, c.typ, c.code)
		})
	}
}
