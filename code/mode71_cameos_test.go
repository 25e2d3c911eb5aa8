package code_test

import "testing"

// A demand that economic restrictions be lifted is one to ease economic
// sanctions, CAMEO 1054; a ban on rallies or a travel ban lifted is not.
func TestMode71EconomicLiftAsked(t *testing.T) {
	for _, text := range []string{
		"Hanoi urged Washington on Friday to lift its tariffs on Vietnamese shrimp.",
		"The Iranian government demanded on Monday that the United States lift the sanctions on its oil exports.",
		"The Chilean government called on Lima to scrap the ban on its fruit imports.",
	} {
		mode64AllCode(t, text, "REQUEST", "1054")
	}
	for _, text := range []string{
		"The opposition demanded that the ban on political rallies be lifted.",
		"Rights groups urged Minsk to lift the travel ban on the activist.",
	} {
		mode69NotCode(t, text, "REQUEST", "1054")
	}
}

// A bombing told only as an explosion or a blast is a bombing at large,
// CAMEO 183; a car bomb named in the sentence keeps 1832.
func TestMode71BlastNoCarBomb(t *testing.T) {
	for _, text := range []string{
		"Two explosions ripped through a bus terminal in Quetta on Monday, killing four people.",
		"A blast damaged a gas pipeline near the village of Tsebelda on Friday night.",
		"An explosion tore through a crowded bakery in Peshawar on Thursday, wounding nine people.",
	} {
		mode64AllCode(t, text, "ASSAULT", "183")
	}
	mode64AllCode(t, "A car bomb exploded outside a hotel in Baidoa on Sunday, and a second blast hit the market an hour later.",
		"ASSAULT", "1832")
}

// A rejection of a mediation is CAMEO 126; a mediation proposal rejected
// is a proposal refused and keeps its own code.
func TestMode71MediationRejected(t *testing.T) {
	for _, text := range []string{
		"Burundi's government on Friday turned down an offer of mediation from the East African Community.",
		"The Malian junta on Tuesday rejected any foreign mediation in its dispute with Algiers.",
	} {
		mode64AllCode(t, text, "REJECT", "126")
	}
	mode69NotCode(t, "Honiara rejected the mediation proposal put forward by Canberra on Monday.", "REJECT", "126")
}

// A demand that rights or due process be respected is one for rights,
// CAMEO 1043; one that dignity be respected keeps the plain 10.
func TestMode71RightsAsked(t *testing.T) {
	for _, text := range []string{
		"The European Union urged Baku on Thursday to respect the right of journalists to work freely.",
		"Washington urged Tbilisi on Monday to guarantee the rights of detained opposition supporters.",
		"The UN envoy asked the junta in Naypyidaw to respect due process in the trials.",
	} {
		mode64AllCode(t, text, "REQUEST", "1043")
	}
	mode69NotCode(t, "Norway urged Manila to respect the dignity of its seafarers.", "REQUEST", "1043")
}

// A case brought before a court or a trade body is a lawsuit, CAMEO 115;
// a criticism told before a vow to go to court keeps its own code.
func TestMode71CaseBrought(t *testing.T) {
	for _, text := range []string{
		"Bolivia filed a case at the International Court of Justice on Tuesday accusing Chile of diverting the Silala river.",
		"Ecuador has taken Colombia to the International Court of Justice, accusing it of spraying herbicide across the border.",
		"Indonesia lodged a complaint at the World Trade Organization on Monday against the European Union's palm oil rules.",
	} {
		mode64AllCode(t, text, "ACCUSE", "115")
	}
	mode69NotCode(t, "Opposition leaders called the verdict a farce and vowed to take the case to the regional court.", "ACCUSE", "115")
}

// A meeting told as a negotiation, one of negotiators, or peace talks, is
// CAMEO 046; a visit not so told keeps its own code.
func TestMode71Negotiation(t *testing.T) {
	for _, text := range []string{
		"Negotiators for Colombia's government and the ELN guerrillas met in Havana on Monday for a new round of talks.",
		"Envoys of Armenia and Azerbaijan resumed direct negotiations in Geneva on Thursday.",
		"The Philippine government and the communist rebels resumed peace talks in Oslo on Saturday.",
	} {
		mode64AllCode(t, text, "CONSULT", "046")
	}
	mode69NotCode(t, "Kenya's president met his Ugandan counterpart in Kampala on Friday.", "CONSULT", "046")
}
