package code_test

import "testing"

// An attack on a prison known by its own name hits the police who hold
// it, not the country of the place phrase after it nor the inmates freed.
func TestRolesT57NamedPrisonGuards(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "Armed men stormed Kuje prison on the outskirts of Abuja, freeing hundreds of inmates.", typ: "ASSAULT", target: true, want: "NGACOP", not: "NGACVL"},
		{text: "Jihadist fighters raided Koutoukale jail near Niger's capital overnight and freed dozens of detainees.", typ: "ASSAULT", target: true, want: "NERCOP"},
		{text: "Rebels stormed the Mpimba Central prison in Burundi's largest city before dawn, letting 300 convicts escape.", typ: "ASSAULT", target: true, want: "BDICOP"},
		{text: "Insurgents stormed the Tessit army barracks in Mali's north on Sunday, seizing weapons.", typ: "ASSAULT", target: true, want: "MLIMIL"},
	})
}

// Police raiding a prison are no attack on the police.
func TestRolesT57PoliceRaidNotGuards(t *testing.T) {
	for _, ev := range eventsOf(t, "Police raided Kuje prison on Monday and seized phones from inmates.", "2024-03-01", "ASSAULT") {
		if hasActor(ev.Target, "NGACOP") {
			t.Errorf("police raid read as an attack on the police: %v", ev.Target)
		}
	}
}
