package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "Armed men seized five farmhands near Culiacán": in Mexico, Ecuador and
// Honduras bare gunmen are the country's criminals even when the story
// never says "gang".
func TestGunmenInCrimeCountry45(t *testing.T) {
	runSideCases(t, "2024-05-02", []sideCase{
		{"armed men seized farmhands in a Mexican state",
			"Armed men seized five farmhands from a ranch outside Zitácuaro, in the Mexican state of Michoacán, on Sunday, prosecutors said.",
			truce.Assault, "MEXCRM", ""},
		{"gunmen abducted a family in Ecuador",
			"Gunmen abducted a shopkeeper and his two sons from their home in Machala, Ecuador, late on Friday.",
			truce.Assault, "ECUCRM", ""},
		{"masked gunmen burst into a bar in Honduras",
			"Masked gunmen burst into a bar in La Ceiba, Honduras, on Saturday night and opened fire, killing six people.",
			truce.Assault, "HNDCRM", ""},
	})
}

// Elsewhere, or in a story that names rebels, bare gunmen stay rebels.
func TestGunmenOutsideCrimeCountryStayRebels45(t *testing.T) {
	x := mustExtract(t, "Armed men seized five farmhands from a ranch outside Zitácuaro, in the Mexican state of Michoacán, on Sunday. Officials blamed a rebel group that has fought the army in the hills for years.", "2024-05-02")
	if hasEvent(x.Events, truce.Assault, "MEXCRM", "") {
		t.Errorf("gunmen in a story of rebels coded as criminals: %+v", x.Events)
	}
	y := mustExtract(t, "Gunmen abducted a shopkeeper and his two sons from their home near Kaduna, Nigeria, late on Friday.", "2024-05-02")
	if hasEvent(y.Events, truce.Assault, "NGACRM", "") {
		t.Errorf("gunmen in Nigeria coded as criminals: %+v", y.Events)
	}
}

// "Chad's military government expelled the ambassador": a state ruled by
// soldiers acts as its government, as "the junta" does; its troops in the
// field and a military delegation stay the military.
func TestMilitaryGovernmentIsGovernment45(t *testing.T) {
	runSideCases(t, "2024-05-02", []sideCase{
		{"military government expels an ambassador",
			"Chad's military government on Monday ordered the Danish ambassador to leave within 72 hours.",
			truce.Sanction, "TCDGOV", ""},
		{"military regime suspends a broadcaster",
			"Guinea's military regime suspended a Swiss radio station for two months on Tuesday.",
			"", "GINGOV", ""},
		{"military-led government cuts ties",
			"Sudan's military-led government severed diplomatic relations with Kenya on Thursday.",
			truce.Sanction, "SDNGOV", ""},
	})
	x := mustExtract(t, "Chadian soldiers shelled rebel positions near Faya on Monday.", "2024-05-02")
	if !hasEvent(x.Events, truce.Assault, "TCDMIL", "") {
		t.Errorf("soldiers in the field not coded as the military: %+v", x.Events)
	}
	y := mustExtract(t, "A Turkish military delegation met Libyan officials in Tripoli on Monday.", "2024-05-02")
	if hasEvent(y.Events, "", "TURGOV", "") {
		t.Errorf("a military delegation coded as the government: %+v", y.Events)
	}
}

// "15 gangs he had designated as terrorist groups": a label given after
// "as" names no rebels of the story, so its gunmen stay criminals; and a
// pronoun standing for the gunmen ("detained six of them") is theirs too.
func TestGunmenLabelAndPronoun45(t *testing.T) {
	runSideCases(t, "2024-05-02", []sideCase{
		{"gangs designated as terrorist groups",
			"Hooded gunmen seized a ferry terminal in Esmeraldas, Ecuador, on Friday and held workers at gunpoint. The president ordered the army to crush 15 gangs he had designated as terrorist groups.",
			truce.Assault, "ECUCRM", ""},
		{"cartels branded as terrorist organisations",
			"Armed men burned three buses in Acapulco, Mexico, on Sunday. Officials blamed cartels the government has branded as terrorist organisations.",
			truce.Assault, "MEXCRM", ""},
		{"soldiers detained six of them",
			"Masked gunmen raided a nightclub in Tegucigalpa on Saturday, before soldiers surrounded the building and detained six of them.",
			truce.Coerce, "HNDMIL", "HNDCRM"},
	})
}
