package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "Opposition deputies accused the president …", told after the story
// has moved to a foreign capital: an unnamed legislature facing a state's
// government is that state's parliament.
func TestLegislatureAtHome23(t *testing.T) {
	runSideCases(t, "2024-06-14", []sideCase{
		{"opposition deputies accuse their president after talk of a foreign capital",
			"President Mohamed Muizzu cancelled a hydrography pact with India, saying New Delhi's envoy had meddled in a court case. Opposition deputies accused Muizzu of protecting officials linked to fuel smuggling.",
			truce.Accuse, "MDVLEG", "MDVGOV"},
		{"lawmakers condemn the president after a flight abroad",
			"Kazakhstan deported 40 activists on Friday and flew them to Moscow, where officials received them. Lawmakers condemned Kassym-Jomart Tokayev for the expulsions.",
			truce.Accuse, "KAZLEG", "KAZGOV"},
		{"parliament rejects the president's plan after a summit abroad",
			"Sadyr Japarov returned from a summit in Beijing on Sunday. Parliament rejected Japarov's plan to cede two border villages.",
			truce.Reject, "KGZLEG", "KGZGOV"},
	})
}

// "A drone strike on a market in X killed …": an air strike that names no
// maker is made by the aircraft it names, a state's, as "Drones struck a
// market in X" is.
func TestUnclaimedAircraft23(t *testing.T) {
	runSideCases(t, "2024-06-14", []sideCase{
		{"a drone strike on a wedding in a civil war",
			"A drone strike on a wedding party in Sagaing region killed at least 17 villagers on Saturday, residents said.",
			truce.Assault, "MMRMIL", "MMRCVL"},
		{"air strikes on a market, the subject of the toll verb",
			"Air strikes on a crowded market in the town of Wad Madani killed 30 civilians, medics said.",
			truce.Assault, "SDNMIL", "SDNCVL"},
		{"a drone strike on a depot of one of two states at war",
			"Russia and Ukraine traded accusations on Monday over attacks on power plants, and Kyiv said Russia had fired 40 missiles at Ukraine overnight. A drone strike on a fuel depot in Russia's Bryansk region wounded two workers, the governor said.",
			truce.Assault, "UKRMIL", ""},
	})
}

// "X was extradited to the United States", "… from Spain": the state that
// hands the person over is the source, the one after "from" or the
// person's own.
func TestExtraditer23(t *testing.T) {
	runSideCases(t, "2024-06-14", []sideCase{
		{"a former minister handed to a foreign state by his own",
			"Former Guatemalan interior minister Carlos Mendez was extradited to the United States on Friday to face drug charges.",
			truce.Cooperate, "GTMGOV", "USA"},
		{"the state after from",
			"A Kenyan businessman wanted for fraud was extradited from Spain on Monday.",
			truce.Cooperate, "ESPGOV", ""},
		{"from after the receiver",
			"Rwandan genocide suspect Pierre Habyara was extradited to Rwanda from the Netherlands on Tuesday.",
			truce.Cooperate, "NLDGOV", "RWA"},
	})
}

// "President X said six Colombian men had been arrested", "the four
// suspects had been caught fleeing towards Ukraine": an arrest whose
// sentence names no place of it is the police's of the state that tells
// it, else of the country the story is set in, not of the detainees.
func TestArrestingPolice23(t *testing.T) {
	runSideCases(t, "2024-06-14", []sideCase{
		{"a president tells of foreigners arrested",
			"A mayoral candidate was shot dead outside a market in Guayaquil on Tuesday. President Daniel Noboa declared a state of emergency and said five Venezuelan men had been arrested.",
			truce.Coerce, "ECUCOP", ""},
		{"suspects caught fleeing towards a neighbour",
			"Gunmen killed 14 worshippers at a church in Kaduna state on Sunday, police in Kaduna said. Bola Tinubu said the three suspected attackers had been caught fleeing towards Niger.",
			truce.Coerce, "NGACOP", ""},
		{"unnamed detectives pick up a foreign channel's reporter",
			"Protests over the fuel price spread across Dhaka and Chittagong on Monday, and the police in Dhaka fired tear gas at students. Detectives later arrested a photographer who had spoken to Al Jazeera about the crackdown.",
			truce.Coerce, "BGDCOP", ""},
	})
}

// "Drones struck a rebel position", told of a state's war at home with a
// foreign ally or critic named more than once: the rebels are the land's
// own, not the other state's of the story.
func TestRebelsOfTheLand23(t *testing.T) {
	runSideCases(t, "2024-06-14", []sideCase{
		{"a foreign ally of the army named twice",
			"Burkinabe troops and their Russian instructors retook the town of Djibo from jihadists on Friday, the army said. Moscow praised the operation and said Russia would send more instructors. Drones struck a rebel camp near Tin-Oufada the same day.",
			truce.Assault, "", "BFAREB"},
		{"a foreign critic named twice, rebels as their positions",
			"The United States said on Monday that Sudanese army aircraft had bombed a market in Nyala, and Washington warned of sanctions. Khartoum rejected the accusation. Rebel commanders said army artillery had shelled their positions around Jebel Marrakat throughout the night.",
			truce.Assault, "", "SDNREB"},
		{"a foreign force's state named twice, helicopters on rebels",
			"Mozambican troops and Rwandan soldiers cleared insurgents from Mocimboa da Praia on Friday, and Kigali said Rwanda would keep its forces in Cabo Delgado. Helicopters fired on rebel positions near Ntchinga Alto the next day.",
			truce.Assault, "", "MOZREB"},
	})
}
