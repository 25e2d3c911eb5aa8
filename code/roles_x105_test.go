package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestX105WhomAside: the main verb's doer is the actor an object relative
// aside opened by "whom" hangs from, not the aside's own subject; an
// aside whose head names no actor keeps its naming predicate.
func TestX105WhomAside(t *testing.T) {
	wantActorSides(t, []actorCase{
		{"hamas fires", "Hamas militants, whom Israel has bombed for months, fired rockets at Tel Aviv.",
			truce.Assault, "HAMAS", "", "ISR", ""},
		{"adf kills", "The ADF rebels, whom Ugandan troops have hunted in Congo, killed 12 villagers in Beni.",
			truce.Assault, "ADF", "", "UGA", ""},
		{"boko haram kills", "Boko Haram, whom the army had declared defeated, killed 40 farmers near Maiduguri.",
			truce.Assault, "BOKOHARAM", "", "NGAMIL", ""},
		{"shabaab attacks", "Al-Shabaab fighters, whom Kenyan troops have pursued for years, attacked a police post in Mandera.",
			truce.Assault, "ALSHABAAB", "", "KENMIL", ""},
		{"maduro expels", "Venezuela's Maduro, whom Washington does not recognise, expelled Spain's ambassador.",
			truce.Sanction, "VEN", "ESP", "USA", ""},
		// Must not change: "which" asides, read so already.
		{"which aside", "Hezbollah, which Israel has struck almost daily, fired rockets at Haifa.",
			truce.Assault, "HEZBOLLAH", "", "ISR", ""},
		// Must not change: a head that names no actor leaves the doer to
		// the aside's naming predicate.
		{"unnamed head", "Masked men carrying clubs, whom residents identified as members of the ruling party's youth wing, attacked a student march in Harare.",
			truce.Assault, "ZWEMLT", "", "", ""},
	})
}

// TestX105RelativeObjectHead: the act of an object relative aside is done
// to the actor the aside hangs from, not to the main clause's object; the
// aside's own object and a denial's claim are left alone.
func TestX105RelativeObjectHead(t *testing.T) {
	wantActorSides(t, []actorCase{
		{"sanctioned junta", "Mali's junta, which ECOWAS has sanctioned, expelled the French ambassador.",
			truce.Sanction, "ECOWAS", "MLI", "", ""},
		{"sanctioned hamas", "Hamas, which Washington has sanctioned for years, rejected the Egyptian proposal.",
			truce.Sanction, "USA", "HAMAS", "", "EGY"},
		{"fought taliban", "The Taliban, whom Washington fought for twenty years, signed a deal with Uzbekistan.",
			truce.Assault, "USA", "AFG", "", "UZB"},
		{"bombed eln", "The ELN, which Colombia's army bombed on Monday, freed two hostages.",
			truce.Assault, "COLMIL", "ELN", "", "COLCVL"},
		{"accused rsf", "The RSF, which the Sudanese army accuses of looting, shelled a market in Omdurman.",
			truce.Accuse, "SDNMIL", "RSF", "", ""},
		// Must not change: the aside names its own object.
		{"own object", "The Fano militia, which Addis Ababa accuses Eritrea of arming, did not attend the talks.",
			truce.Accuse, "ETH", "ERI", "", ""},
		// Must not change: a denial hangs from a claim, not from the
		// actor that ends it.
		{"denied claim", "Serbia blamed the shootings on Kosovo's special police, which Pristina denied.",
			truce.Accuse, "SRB", "XKX", "", ""},
	})
}

// TestX105BorderPartner: the state across a border in the words placing
// the subject is neither the doer nor whose forces they are.
func TestX105BorderPartner(t *testing.T) {
	wantActorSides(t, []actorCase{
		{"rwanda border", "Troops near the border with Rwanda shelled rebel positions in North Kivu.",
			truce.Assault, "COD", "", "RWA", ""},
		{"mexico border", "Police near the border with Mexico arrested 40 migrants in Texas.",
			truce.Coerce, "USA", "", "MEX", ""},
		{"turkey frontier", "Fighters near the frontier with Turkey attacked a Syrian army checkpoint in Idlib.",
			truce.Assault, "", "SYRMIL", "TUR", ""},
		{"burkina border", "Armed men near the border with Burkina Faso attacked a police station in northern Togo.",
			truce.Assault, "", "TGOCOP", "BFA", ""},
		// Must not change: a participle already places the subject, and
		// a show of force at a border is aimed across it.
		{"stationed", "Soldiers stationed near the border with Afghanistan killed five militants in North Waziristan.",
			truce.Assault, "PAKMIL", "", "AFG", ""},
		{"drills at border", "Iran began military drills near its border with Azerbaijan on Friday.",
			truce.Mobilize, "IRN", "AZE", "", ""},
	})
}

// TestX105OpeningMeeting: a meeting told by a participle opening the
// sentence is the main subject's, with the one met for target.
func TestX105OpeningMeeting(t *testing.T) {
	wantActorSides(t, []actorCase{
		{"meeting lula", "Meeting Lula in Brasilia, the French president pledged support for Brazil's climate plans.",
			truce.Consult, "FRA", "BRA", "", ""},
		{"after meeting modi", "After meeting Modi in New Delhi, the Japanese prime minister announced new investments.",
			truce.Consult, "JPN", "IND", "", ""},
		{"meeting ruto", "Meeting Ruto in Nairobi on Tuesday, the Ugandan president agreed to reopen the border.",
			truce.Consult, "UGA", "KEN", "", ""},
		{"after meeting biden", "After meeting Biden at the White House, the Kenyan president announced a new security pact.",
			truce.Consult, "KEN", "USA", "", ""},
		// Must not change: "meeting with" and a participle of its own.
		{"meeting with", "After meeting with Netanyahu in Jerusalem, Blinken said the US opposed a Rafah offensive.",
			truce.Consult, "USA", "ISR", "", ""},
		{"hosting", "Hosting the Afghan foreign minister in Islamabad, Pakistan urged the Taliban to act against militants.",
			truce.Consult, "PAK", "AFG", "", ""},
	})
}

// TestX105GroupIn: an unnamed armed group is of the country its own "in"
// phrase names, not of the country it strikes.
func TestX105GroupIn(t *testing.T) {
	wantActorSides(t, []actorCase{
		{"militias in iraq", "Militias in Iraq fired rockets at a US base in Syria.",
			truce.Assault, "IRQ", "USA", "SYR", ""},
		{"rebels in sudan", "Rebels in Sudan attacked a refugee camp in Chad.",
			truce.Assault, "SDN", "", "TCD", ""},
		{"jihadists in mali", "Jihadists in Mali attacked a military post in Burkina Faso.",
			truce.Assault, "MLI", "BFAMIL", "BFA", ""},
		{"militants in afghanistan", "Militants in Afghanistan fired rockets into Pakistan's Kurram district.",
			truce.Assault, "AFG", "PAK", "PAK", ""},
		// Must not change: the group's place is the event's.
		{"police in capital", "Police in Nairobi fired tear gas at students protesting against a fee rise.",
			"", "KENCOP", "", "", ""},
	})
}
