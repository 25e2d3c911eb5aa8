package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// toll50Dead returns the death toll of the one attack coded from text.
func toll50Dead(t *testing.T, text string) *truce.Count {
	t.Helper()
	evs := eventsOf(t, text, "2024-05-05", truce.Assault)
	if len(evs) != 1 {
		t.Errorf("%q: %d attacks, want 1", text, len(evs))
		return nil
	}
	return evs[0].Fatalities
}

func toll50WantDead(t *testing.T, text string, want int) {
	t.Helper()
	if f := toll50Dead(t, text); f == nil || f.Min != want || f.Max != want {
		t.Errorf("%q: fatalities %+v, want %d", text, f, want)
	}
}

// A conjunct with a partitive of its own ("14 of its soldiers and 30
// insurgents") is summed like one without.
func TestToll50PartitiveConjuncts(t *testing.T) {
	for text, want := range map[string]int{
		"The army said 14 of its soldiers and at least 30 insurgents had been killed in clashes outside the town on Tuesday.":     44,
		"Police said five of the guards and two of the drivers were killed when gunmen ambushed the convoy near Kidal on Sunday.": 7,
		"The ministry said nine of our police officers and 12 bandits were killed in a gunfight in Zamfara state on Friday.":      21,
		// one partitive alone stays as it was
		"The army said 14 of its soldiers had been killed in clashes outside the town on Tuesday.": 14,
	} {
		toll50WantDead(t, text, want)
	}
}

// A list of the dead whose items carry titles: an apposition with no
// article after a name, a name after a title, the "of" phrase of a title,
// a group's name before a title, and "along with" after the list.
func TestToll50TitledList(t *testing.T) {
	for text, want := range map[string]int{
		"Rebel drones hit the garrison in Kherson on Monday, killing the chief of the regional command, Ivan Petrenko, and the Marine Corps commander Pavel Orlov, officials said.":                                 2,
		"An Israeli air strike on a car travelling south of Beirut late on Sunday killed Omar Haddad, commander of the Radwan unit, and Samir Khalil, deputy head of a local militia, along with six other people.": 8,
		"A Turkish drone strike on a vehicle outside the town on Friday killed Hassan Darwish, a senior commander, and two of his guards.":                                                                          3,
		"Gunmen killed the head of the village council and his son on Sunday, police said.":                                                                                                                         2,
		"A roadside bomb planted by militants killed the governor of the province, his driver and two bodyguards on Monday.":                                                                                        4,
		"A U.S. raid in Idlib on Sunday killed the Islamic State commander Abu Hamza and two of his aides, the Pentagon said.":                                                                                      3,
		"Gunmen killed the Interior Ministry spokesman and two guards in Kabul on Monday, police said.":                                                                                                             3,
		// a name after a title is the same person, not one more
		"Gunmen killed the mayor of the town, Luis Ortega, on Saturday, police said.":      1,
		"Troops killed Ahmed Musa, a local commander, in a raid on Monday, the army said.": 1,
	} {
		toll50WantDead(t, text, want)
	}
}

// "targets" as the noun of what was struck does not take the verb of
// killing after it: the toll is the strike's.
func TestToll50StruckTargetsKilling(t *testing.T) {
	for text, want := range map[string]int{
		"Warplanes struck an air base and several military targets near Homs before dawn on Tuesday, killing the base commander Yusuf Karim, state media said.":               1,
		"Russian missiles struck a power plant and dozens of military targets overnight, killing the plant director Oleh Marchenko and two of his engineers, officials said.": 3,
	} {
		toll50WantDead(t, text, want)
	}
}
