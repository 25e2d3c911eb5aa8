package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "Masked gunmen stormed a radio station … the army was ordered to crush
// the gangs": in a story that names criminal gangs and no rebels, bare
// armed men ("gunmen", "his fighters", "armed men") are the country's
// gangs, not its rebels.
func TestGunmenInGangStory25(t *testing.T) {
	runSideCases(t, "2024-05-02", []sideCase{
		{"masked gunmen set fire to a depot, gangs named after",
			"Masked gunmen set fire to a bus depot in Carrefour on Sunday. Police have struggled to contain the armed gangs that control much of Haiti.",
			truce.Assault, "HTICRM", ""},
		{"gunmen under a gang boss's command attacked police stations",
			"Renel Destin, who runs the Bel Air gang, threatened more violence. Gunmen under his command attacked two police stations in Port-au-Prince on Friday.",
			truce.Assault, "HTICRM", "HTICOP"},
		{"hooded gunmen stormed a station, president fights criminal groups",
			"Hooded gunmen stormed a radio station in Manta on Monday and held its presenters at gunpoint. Ecuador's president ordered the army to neutralise the criminal groups behind the violence.",
			truce.Assault, "ECUCRM", ""},
	})
}

// A story that names rebels or jihadists beside gangs keeps its gunmen
// as rebels: "bandits and jihadists" share the north-west of Nigeria.
func TestGunmenInRebelStoryStayRebels25(t *testing.T) {
	x := mustExtract(t, "Gunmen attacked a police post in Zamfara on Monday, killing four officers. The region is plagued by gangs of bandits and by jihadist insurgents.", "2024-05-02")
	if hasEvent(x.Events, truce.Assault, "NGACRM", "") {
		t.Errorf("gunmen in a story of insurgents coded as gang: %+v", x.Events)
	}
	if !hasEvent(x.Events, truce.Assault, "NGAREB", "") {
		t.Errorf("no ASSAULT by NGAREB in %+v", x.Events)
	}
}

// "Chad's transitional council", "Peru's Congress", "the rival Libyan
// legislatures": a council or legislature owned by a country is that
// state's government or parliament, not the country at large.
func TestCountrysStateBody25(t *testing.T) {
	runSideCases(t, "2024-10-05", []sideCase{
		{"a country's transitional council urged a neighbour",
			"Mali's transitional council urged Algeria to hand over the suspects.",
			truce.Request, "MLIGOV", "DZA"},
		{"delegates of a country's rival legislatures signed a deal",
			"Delegates of Somalia's rival legislatures signed a power-sharing deal in Mogadishu on Monday.",
			truce.Agree, "SOMLEG", ""},
		{"a country's Congress rejected a request",
			"Guatemala's Congress rejected a request from Washington to extradite the former minister.",
			truce.Reject, "GTMLEG", ""},
	})
}

// "Nepal's Congress party", "Fiji's electoral council": a party or an
// electoral body is no government or parliament.
func TestCountrysOtherBodies25(t *testing.T) {
	x := mustExtract(t, "Fiji's electoral council rejected the opposition's complaint. Nepal's Congress party accused the government of rigging the vote.", "2024-10-05")
	if hasEvent(x.Events, "", "NPLLEG", "") || hasEvent(x.Events, "", "FJILEG", "") {
		t.Errorf("a party or an electoral body coded as a legislature: %+v", x.Events)
	}
}

// "Honduras will ask Washington …", "Peru rejected Chile's request": a
// country that asks, accuses or rejects speaks through its government.
func TestStateVoiceIsGovernment25(t *testing.T) {
	runSideCases(t, "2024-10-05", []sideCase{
		{"a country will ask another",
			"Guatemala will ask Mexico to extradite the smuggling suspect.",
			truce.Request, "GTMGOV", "MEX"},
		{"a country rejected a neighbour's request",
			"Peru rejected Chile's request to reopen the border crossing.",
			truce.Reject, "PERGOV", "CHL"},
		{"three countries accused a neighbour",
			"Ghana, Togo and Benin accused Burkina Faso of harbouring the smugglers.",
			truce.Accuse, "TGOGOV", "BFA"},
	})
}

// A country that fights is not made its government: "Azerbaijan shelled
// Armenian positions" keeps the state as named.
func TestFightingStateStaysState25(t *testing.T) {
	x := mustExtract(t, "Azerbaijan shelled Armenian positions near Jermuk on Tuesday.", "2024-10-05")
	for _, ev := range x.Events {
		for _, a := range ev.Source {
			if ev.Type == truce.Assault && a.ID == "AZEGOV" {
				t.Errorf("a fighting state coded as its government: %+v", ev)
			}
		}
	}
}
