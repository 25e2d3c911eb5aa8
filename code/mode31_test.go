package code_test

// The category and mode of an event by what its sentence tells: a finding
// dated by its content, envoys ordered out at length, force that only
// scatters a crowd, a tip passed between forces, a choking agent dropped,
// and arson beside an attack.

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// mode31Events returns the events of typ that text yields.
func mode31Events(t *testing.T, text, published, typ string) []truce.Event {
	t.Helper()
	var out []truce.Event
	for _, ev := range mustExtract(t, text, published).Events {
		if ev.Type == typ {
			out = append(out, ev)
		}
	}
	return out
}

// mode31Has reports whether some actor's id starts with prefix.
func mode31Has(as []truce.Actor, prefix string) bool {
	for _, a := range as {
		if strings.HasPrefix(a.ID, prefix) {
			return true
		}
	}
	return false
}

// A finding that a party did a wrong is news even when the wrong it finds
// is dated long before; a finding itself dated long before is not.
func TestMode31FindingDatedByContent(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"content dated last year",
			"Canada has determined that Syria's army used nerve agents last year near Homs, the foreign ministry said on Friday.",
			true},
		{"perfect finding, content dated",
			"The Dutch government said on Tuesday it had concluded that Iran's intelligence service directed two killings in 2017.",
			true},
		{"the finding itself long ago",
			"In 2016 the Dutch government concluded that Russia's army carried out the downing of the airliner.",
			false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := len(mode31Events(t, tt.text, "2025-05-23", truce.Accuse)) > 0
			if got != tt.want {
				t.Errorf("ACCUSE found %v, want %v", got, tt.want)
			}
		})
	}
}

// Envoys ordered out of a country are expelled, however long the words
// naming them; an order that sends others while an envoy stays is not.
func TestMode31OrderedOutAtLength(t *testing.T) {
	tests := []struct {
		name, text, target string
	}{
		{"two envoys named with their titles",
			"Niger's junta on Friday ordered France's ambassador, Sylvain Itté, and Germany's chargé d'affaires to leave the country within 48 hours.",
			"FRA"},
		{"diplomats of several states listed",
			"Nicaragua ordered diplomats from four European countries, among them Spain and Italy, to leave by Sunday.",
			"ESP"},
		{"the head of a foreign office",
			"Burundi ordered the head of the UN human rights office in Bujumbura, a Tunisian lawyer, to leave the country.",
			"UN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, ev := range mode31Events(t, tt.text, "2025-03-01", truce.Sanction) {
				if ev.Mode == "expel" && mode31Has(ev.Target, tt.target) {
					return
				}
			}
			t.Errorf("no SANCTION expel against %s", tt.target)
		})
	}
	t.Run("a state's own envoys sent home", func(t *testing.T) {
		for _, ev := range mode31Events(t, "Washington on Monday ordered its diplomats in Port-au-Prince, along with their families, to leave the country.", "2025-03-01", truce.Sanction) {
			if ev.Mode == "expel" {
				t.Errorf("got SANCTION expel %v", ev.Target)
			}
		}
	})
	t.Run("an envoy who stays", func(t *testing.T) {
		for _, ev := range mode31Events(t, "The general ordered troops into the capital on Monday after the envoy of Chad refused to leave.", "2025-03-01", truce.Sanction) {
			if ev.Mode == "expel" {
				t.Errorf("got SANCTION expel %v", ev.Target)
			}
		}
	})
}

// Tear gas, water cannon or warning shots used only to scatter a crowd
// coerce it; the same force with bullets or casualties, or told without
// its end, is an assault.
func TestMode31DispersalCoerces(t *testing.T) {
	tests := []struct {
		name, text, typ string
	}{
		{"tear gas to disperse",
			"Police in Dakar fired tear gas on Monday to disperse several hundred students outside the university.",
			truce.Coerce},
		{"water cannon to break up a sit-in",
			"Riot police used water cannon to break up a sit-in by nurses outside the health ministry in Nairobi.",
			truce.Coerce},
		{"another clause's death is not the police's",
			"Youths angered by a death in custody burned tyres in Kaolack, and gendarmes fired tear gas to disperse them.",
			truce.Coerce},
		{"force told without its end",
			"Police fired tear gas at opposition supporters in Maputo on Tuesday.",
			truce.Assault},
		{"rubber bullets hurt",
			"Police in Dakar fired tear gas and rubber bullets at students outside the university on Monday.",
			truce.Assault},
		{"people wounded",
			"Police fired tear gas at marchers in Conakry on Thursday, wounding at least nine people.",
			truce.Assault},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2025-03-01").Events {
				if ev.Mode == "crowd-control" || ev.Type == truce.Assault && tt.typ == truce.Assault {
					if ev.Type != tt.typ {
						t.Errorf("got %s %s, want %s", ev.Type, ev.Mode, tt.typ)
					}
					return
				}
			}
			t.Errorf("no crowd-control event")
		})
	}
}

// A force acting on a tip from another shares intelligence with it: the
// one who passed it on is the source, the force that acted the target.
func TestMode31TipShared(t *testing.T) {
	tests := []struct {
		name, text, src, tgt string
	}{
		{"arrest after a tip-off",
			"Kenyan police arrested two men in Mombasa on Saturday after a tip-off from Somalia's intelligence agency.",
			"SOM", "KENCOP"},
		{"acting on information supplied",
			"Cambodian police, acting on information supplied by Thailand's police, raided a compound in Sihanoukville and detained 40 people.",
			"THA", "KHMCOP"},
	}
	t.Run("a tip from residents", func(t *testing.T) {
		text := "Police in Mombasa, acting on a tip-off from residents, arrested two men on Saturday."
		if evs := mode31Events(t, text, "2025-03-01", truce.Cooperate); len(evs) > 0 {
			t.Errorf("got COOPERATE %+v", evs)
		}
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := mode31Events(t, tt.text, "2025-03-01", truce.Cooperate)
			for _, ev := range evs {
				if mode31Has(ev.Source, tt.src) && mode31Has(ev.Target, tt.tgt) {
					return
				}
			}
			t.Errorf("no COOPERATE %s -> %s in %+v", tt.src, tt.tgt, evs)
		})
	}
}

// A choking or poisonous agent dropped or fired is a chemical attack,
// whatever carried it.
func TestMode31ChokingAgent(t *testing.T) {
	for _, text := range []string{
		"Ukraine said Russian troops dropped grenades filled with chloropicrin on its positions near Pokrovsk on Monday.",
		"Rebels said army helicopters dropped bombs filled with toxic chemicals on their trenches near Kutkai on Sunday.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mode31Events(t, text, "2025-03-01", truce.Assault) {
				if ev.Mode == "unconventional" {
					return
				}
			}
			t.Errorf("no ASSAULT unconventional")
		})
	}
}

// Setting homes on fire beside an attack on people is an event of its
// own (ASSAULT destroy); the damage a blast does is the blast's.
func TestMode31ArsonBesideAttack(t *testing.T) {
	t.Run("killing and burning", func(t *testing.T) {
		evs := mode31Events(t, "Gunmen raided a village in Zamfara state on Tuesday, killing five farmers and setting fire to about 30 homes.", "2025-03-01", truce.Assault)
		var burnt, other bool
		for _, ev := range evs {
			if ev.Mode == "destroy" {
				burnt = true
			} else {
				other = true
			}
		}
		if !burnt || !other {
			t.Errorf("want an attack and a burning, got %+v", evs)
		}
	})
	t.Run("a blast's damage", func(t *testing.T) {
		evs := mode31Events(t, "Al-Shabaab said it planted the bomb that destroyed a police truck near Kismayo on Friday.", "2025-03-01", truce.Assault)
		if len(evs) != 1 {
			t.Errorf("want one attack, got %d: %+v", len(evs), evs)
		}
	})
}

// People handed to another state's justice are judicial cooperation;
// captives handed back are released.
func TestMode31HandoverOfSuspects(t *testing.T) {
	tests := []struct {
		name, text, typ, tgt string
	}{
		{"a man accused of a bombing",
			"Sudanese authorities handed over a former officer accused of planning the 1995 attack to Egypt on Monday.",
			truce.Cooperate, "EGY"},
		{"families sent home",
			"Kurdish authorities in north-east Syria handed over 60 Iraqi families from a camp to Iraqi officials on Sunday.",
			truce.Cooperate, "IRQ"},
		{"captured soldiers handed back",
			"Ukraine handed over 20 captured Russian soldiers to Russia at the Belarusian border on Friday.",
			truce.Retreat, "RUS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := mode31Events(t, tt.text, "2025-03-01", tt.typ)
			for _, ev := range evs {
				if mode31Has(ev.Target, tt.tgt) {
					return
				}
			}
			t.Errorf("no %s against %s; got %+v", tt.typ, tt.tgt, mustExtract(t, tt.text, "2025-03-01").Events)
		})
	}
}

// A demand whose "that" clause opens on a state or its forces asks them
// to change what they do, even past a relative clause or a day.
func TestMode31DemandThatClause(t *testing.T) {
	for _, text := range []string{
		"The African Union demanded on Monday that the officers who seized power in Gabon restore civilian rule.",
		"Armenia's foreign ministry demanded that Moscow act against the broadcasts.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mode31Events(t, text, "2025-03-01", truce.Request) {
				if ev.Mode == "change" {
					return
				}
			}
			t.Errorf("no REQUEST change: %+v", mustExtract(t, text, "2025-03-01").Events)
		})
	}
}

// A meeting in a town of the source's country with a guest from abroad is
// a visit, the source hosting it.
func TestMode31HostedVisit(t *testing.T) {
	evs := mode31Events(t, "Kazakhstan's foreign minister met his Uzbek counterpart in Almaty on Monday.", "2025-03-01", truce.Consult)
	for _, ev := range evs {
		if ev.Mode == "visit" {
			return
		}
	}
	t.Errorf("no CONSULT visit: %+v", evs)
}

// A state cutting another's trade restricts it; a state leaving a body
// still withdraws.
func TestMode31TradeCutRestricts(t *testing.T) {
	tests := []struct {
		name, text, mode string
	}{
		{"imports suspended",
			"China suspended imports of wine from Australia on Friday.",
			"restrict"},
		{"membership suspended",
			"The African Union suspended Mali from the bloc on Monday.",
			"withdraw"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := mode31Events(t, tt.text, "2025-03-01", truce.Sanction)
			if len(evs) == 0 || evs[0].Mode != tt.mode {
				t.Errorf("want SANCTION %s, got %+v", tt.mode, evs)
			}
		})
	}
}

// Forces named in a list who walk off the job strike; they block no one.
func TestMode31ListedForcesStrike(t *testing.T) {
	text := "Police, soldiers and prison guards in Lae walked off the job on Monday over unpaid allowances."
	for _, ev := range mode31Events(t, text, "2025-03-01", truce.Protest) {
		if ev.Mode == "boycott" {
			return
		}
	}
	t.Errorf("no PROTEST boycott: %+v", mustExtract(t, text, "2025-03-01").Events)
}

// A threat to cap another state's trade threatens an economic
// restriction, not violence.
func TestMode31ThreatToCapTrade(t *testing.T) {
	text := "Uzbekistan's foreign ministry warned on Monday that it could limit imports of Tajik cement."
	evs := mode31Events(t, text, "2025-03-01", truce.Threaten)
	if len(evs) == 0 {
		t.Fatalf("no THREATEN: %+v", mustExtract(t, text, "2025-03-01").Events)
	}
	if evs[0].Mode != "restrict" {
		t.Errorf("got THREATEN %q, want restrict", evs[0].Mode)
	}
}

// Ground an armed group takes in a fight that kills is taken with small
// arms; a state's army taking a town is left without a guess.
func TestMode31GroundTakenWithGuns(t *testing.T) {
	tests := []struct {
		name, text, mode string
	}{
		{"insurgents overrun a base, killing",
			"Jihadist fighters overran an army base near Diffa on Sunday, killing about 30 soldiers.",
			"firearms"},
		{"an army retakes a town",
			"The Sudanese army retook the town of Sinja on Saturday, killing dozens of paramilitary fighters.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := mode31Events(t, tt.text, "2025-03-01", truce.Assault)
			if len(evs) == 0 || evs[0].Mode != tt.mode {
				t.Errorf("want ASSAULT %q, got %+v", tt.mode, evs)
			}
		})
	}
}
