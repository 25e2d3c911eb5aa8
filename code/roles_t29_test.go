package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A reaction whose object names back an act by its kind, "refused the
// offer", "rejected the agreement", is aimed at who made that act, not at
// another name of the sentence or at the reacting side's usual foe; a
// government answering a group of its own country answers that group.
// Each text is in the project's own words.
func TestRolesT29AnsweredAct(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"an accord of two neighbours rejected by a group of a third",
			"Chad and Niger agreed on Tuesday to hold joint patrols along their shared border. Boko Haram rejected the agreement in a video.",
			truce.Reject, "BOKOHARAM", "TCD", "", "NGA"},
		{"a request criticised by a party of the requesting state",
			"The Lebanese army asked Cyprus on Sunday for help with fuel for its patrol boats. Hezbollah criticised the request, saying Beirut should look to Tehran.",
			truce.Accuse, "HEZBOLLAH", "LBNMIL", "", "CYP"},
		{"an accord between third states rejected by an armed group",
			"Egypt and Qatar agreed on Sunday on a plan to reopen the Rafah crossing for aid convoys. Hamas rejected the agreement, saying it had not been consulted.",
			truce.Reject, "HAMAS", "EGY", "", "PSE"},
		{"an appeal dismissed by the opposition of the state appealed to",
			"Haiti's transitional council appealed to Kenya on Friday for 600 more police officers. Kenya's opposition leader, Odhiambo Wafula, dismissed the appeal as reckless.",
			truce.Reject, "KENOPP", "HTI", "", "KEN"},
		{"a government dismisses its parliament's appeal",
			"Members of Kenya's parliament appealed to the government on Monday to withdraw police from the Kerio Valley. President Amani Odera's cabinet dismissed the appeal as premature.",
			truce.Reject, "KENGOV", "KENLEG", "", ""},
		{"a government welcomes its rebels' disarmament",
			"About forty fighters of the Karen National Union handed over their rifles at a ceremony in Myawaddy on Saturday. Naypyidaw welcomed the move as a first step, a spokesman for an ethnic party in Thailand said.",
			truce.Support, "MMRGOV", "KNU", "", "THA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// States named in an apposition that says where a place lies locate it:
// the town taken or shelled is not theirs to lose, whether the gazetteer
// knows the town or not. Each text is in the project's own words.
func TestRolesT29PlaceApposition(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a border town facing a neighbour",
			"Kachin rebels said on Tuesday they had captured Lweje, a border town in Kachin State that faces China across the river, after a week of fighting with junta troops.",
			truce.Assault, "", "MMRMIL", "", "CHN"},
		{"a district town on the border",
			"Houthi fighters seized Haradh, a district town on the border with Saudi Arabia, on Sunday after government forces withdrew.",
			truce.Assault, "HOUTHI", "YEMMIL", "", "SAU"},
		{"a town near the border",
			"Al-Shabaab fighters overran Dhobley, a town near the border with Kenya, on Friday, driving out Somali troops.",
			truce.Assault, "ALSHABAAB", "SOMMIL", "", "KEN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// Who reports an event at the end of its sentence, and whom they tell, are
// none of its sides: "…, traders told reporters", "…, medics and a local
// council said". Each text is in the project's own words.
func TestRolesT29TrailingAttribution(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"reporters told of a deployment",
			"Nigerian troops were flown into Maiduguri on Monday, and roads out of the city were closed, traders told reporters.",
			truce.Mobilize, "NGAMIL", "", "", "NGAMED"},
		{"journalists told of a deployment",
			"Pakistani troops were sent to Gwadar, and phone lines across the district were cut, shopkeepers told journalists.",
			truce.Mobilize, "PAKMIL", "", "", "PAKMED"},
		{"joined speakers of a gas attack",
			"Twenty people were treated for breathing problems after an aircraft dropped a canister that released a yellow gas over the Syrian town of Kafr Zita, medics and a local council said.",
			truce.Assault, "SYRMIL", "SYRCVL", "", "SYRHLH"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
