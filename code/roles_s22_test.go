package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "Kenya's President X and rebel commander Y signed …": a coordinated
// subject keeps a member whose title and name stand between it and the
// "and".
func TestTitledPartner22(t *testing.T) {
	runSideCases(t, "2023-06-14", []sideCase{
		{"a possessed title and an unknown name before a rebel commander",
			"Kenya's President Amos Walela and rebel commander Tito Bassu signed a ceasefire agreement in Nairobi on Monday.",
			truce.Agree, "KENGOV", "KENREB"},
		{"a demonym title before a rebel leader, meeting",
			"Zambian President Moses Banda and rebel leader Peter Phiri met in Lusaka on Friday.",
			truce.Consult, "ZMBGOV", "ZMBREB"},
		{"two heads of government, each with a title",
			"Burundi's Prime Minister Leonce Ndayi and Ugandan President Musa Kato signed a trade accord in Entebbe.",
			truce.Agree, "BDIGOV", "UGAGOV"},
		{"a known opposition leader after his body and title",
			"Kenya's President Amos Walela and opposition leader Raila Odinga met at State House in Nairobi.",
			truce.Consult, "KENGOV", "KENOPP"},
	})
}

// "X declared …, Foreign Minister Y said, accusing Z of …": the speaker of
// the tag right before the participle accuses, even after a proclaiming
// verb.
func TestTagBefore22(t *testing.T) {
	runSideCases(t, "2023-06-14", []sideCase{
		{"persona non grata with a second verb, then a minister's tag",
			"Ghana on Monday declared Togo's ambassador persona non grata and gave him 48 hours to leave, Foreign Minister Kofi Mensah said, accusing Lome of harbouring dissidents.",
			truce.Accuse, "GHAGOV", "TGOGOV"},
		{"persona non grata, then a minister's tag",
			"Chad on Friday declared Sudan's envoy persona non grata, Foreign Minister Ali Mahamat said, accusing Khartoum of backing rebels.",
			truce.Accuse, "TCDGOV", "SDNGOV"},
		{"a state of emergency near a neighbour, a tag with a weekday",
			"Bolivia declared a state of emergency along the border with Peru, Interior Minister Carla Rojas said on Monday, accusing Lima of sheltering smugglers.",
			truce.Accuse, "BOLGOV", "PERGOV"},
	})
}

// "X, the opposition leader who says he won Kenya's vote, called …": a
// relative clause in the apposition after a name, with a report and a
// state of its own, still leaves the name the subject.
func TestRelativeAside22(t *testing.T) {
	runSideCases(t, "2023-06-14", []sideCase{
		{"a strike called past a relative clause with a report",
			"Raila Odinga, the opposition leader who says he won Kenya's August presidential vote, called a national strike on Monday.",
			truce.Protest, "KENOPP", ""},
		{"a warning joined by and past the relative aside",
			"Raila Odinga, the opposition leader who says he won Kenya's August vote, called a national strike on Monday and warned the ruling party that the protests would grow.",
			truce.Threaten, "KENOPP", ""},
		{"another leader, another report verb",
			"Bobi Wine, the opposition figure who insists he won Uganda's January election, called a general strike and warned the ruling party that the unrest would spread.",
			truce.Threaten, "UGAOPP", ""},
	})
}

// "A roadside bomb tore through a bus …": a hidden device no one is named
// for is the work of an unidentified armed group of the place; a blast
// someone is blamed for keeps the blamed.
func TestUnclaimedDevice22(t *testing.T) {
	runSideCases(t, "2023-06-14", []sideCase{
		{"a roadside bomb no group claimed",
			"A roadside bomb tore through a bus near Djibo in northern Burkina Faso on Monday, killing 11 passengers. No group claimed the attack.",
			truce.Assault, "BFAREB", ""},
		{"a homemade bomb going off",
			"A homemade bomb exploded outside a bank in Pokhara, Nepal, on Friday, wounding two guards.",
			truce.Assault, "NPLREB", ""},
		{"an improvised explosive device hitting a convoy",
			"An improvised explosive device hit an army convoy in Pattani province, Thailand, on Monday, wounding five rangers.",
			truce.Assault, "THAREB", ""},
		{"a roadside bomb an official blames on a named group",
			"Four soldiers were killed when their truck hit a roadside bomb near Mandera on Friday, the county commissioner said, blaming Al-Shabaab.",
			truce.Assault, "ALSHABAAB", ""},
	})
}
