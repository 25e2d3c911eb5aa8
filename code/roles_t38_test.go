package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Targets of round t38. Each text is in the project's own words.
func TestRolesT38ForumComplaint(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a complaint lodged with a court unknown to the dictionary",
			"Hungarian police closed the main crossings on the border with Serbia on Monday. Belgrade said it would lodge a complaint with the European Court of Human Rights.",
			truce.Accuse, "SRB", "HUN", "", "HUNJUD"},
		{"a dispute taken to the Security Council",
			"Ethiopian troops crossed into Sudan's al-Fashaga region on Friday. Khartoum said it would take the dispute to the UN Security Council.",
			truce.Accuse, "SDN", "ETH", "", "UNSC"},
		{"a complaint dropped at a trade body after a measure is lifted",
			"Australia ended its tariffs on Chinese barley on Tuesday, while Beijing said it would drop its complaint at the World Trade Organization.",
			truce.Concede, "CHN", "AUS", "", "CHNGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// What the forum rule leaves alone: a complaint that names whom it is
// against keeps that target.
func TestRolesT38ForumComplaintUnchanged(t *testing.T) {
	wantSides(t, "Burundi said on Monday it had filed a complaint against Rwanda with the African Union.",
		truce.Accuse, "BDI", "RWA", "", "AU")
}

// A visit that names no host is aimed at the state it goes to: a country
// named alone, or the town of a meeting abroad.
func TestRolesT38VisitHost(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a visit to a country named alone",
			"The Brazilian president will fly to Angola on Friday for a three-day visit, his office said.",
			truce.Consult, "BRA", "AGO", "", ""},
		{"a summit attended in a town abroad",
			"Kenya's foreign minister will attend a regional summit in the Tanzanian city of Arusha next week.",
			truce.Consult, "KEN", "TZA", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
	// A summit at home has no host from abroad.
	wantSides(t, "Brazil's president will attend a regional summit in the city of Belem next week.",
		truce.Consult, "BRA", "", "", "BRA")
}

// "them" after a preposition of a verb of force stands for an actor named
// before it, not the verb's own subject.
func TestRolesT38ThemAfterPreposition(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"officers injured when protesters threw rocks at them",
			"Serbian police said nine officers were hurt in Belgrade when protesters threw rocks and petrol bombs at them on Friday.",
			truce.Protest, "SRBPRO", "SRBCOP", "", "SRBPRO"},
		{"a crowd answering the police in a relative clause",
			"Kenyan police fired tear gas on Tuesday at hundreds of youths who hurled stones at them in Nairobi.",
			truce.Protest, "KENPRO", "KENCOP", "", "KENPRO"},
		{"officers hit by bottles thrown at them",
			"Turkish riot police said twelve officers were injured in Istanbul when demonstrators threw bottles at them.",
			truce.Protest, "TURPRO", "TURCOP", "", "TURPRO"},
		{"police firing at the crowd of the clause before",
			"Hundreds of farmers blocked the highway near Lahore, and police fired tear gas at them on Monday.",
			truce.Assault, "PAKCOP", "PAKPRO", "", "PAKCOP"},
		{"talks offered with a leader named before",
			"Sudan's army chief Abdel Fattah al-Burhan returned to Port Sudan on Monday, and the RSF said it was ready to hold direct talks with him.",
			truce.Agree, "RSF", "SDNMIL", "", ""},
		{"talks offered to a president named in the clause before",
			"Chad's president Mahamat Deby flew to Khartoum on Monday, and the FACT rebels said they were ready to hold talks with him.",
			truce.Agree, "FACT", "TCDGOV", "", ""},
		{"talks refused with a leader named before",
			"Ethiopian Prime Minister Abiy Ahmed reshuffled his cabinet on Friday, while the TPLF said it would not negotiate with him.",
			truce.Reject, "TPLF", "ETHGOV", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A description of a state in the object of an act stands for the state
// of its kind named before.
func TestRolesT38DescribedState(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"the island as the object of a trade measure",
			"Taiwan held a presidential election on Saturday, and Beijing said it would suspend imports of fruit from the island.",
			truce.Sanction, "CHN", "TWN", "", "CHN"},
		{"the Gulf state as the object of a concession",
			"Qatar's emir met the French president on Monday, and Paris said it would lift visa restrictions on the Gulf state.",
			truce.Concede, "FRA", "QAT", "", "FRA"},
		{"a small nation as the object of a halt to exports",
			"Armenia closed its border on Monday, and Iran suspended gas exports to the small Caucasus nation.",
			truce.Sanction, "IRN", "ARM", "", "IRN"},
		{"the landlocked country reached past the trigger's object",
			"Mali's junta expelled the French ambassador on Monday, and France suspended development aid to the landlocked country.",
			truce.Sanction, "FRA", "MLI", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
	// "across the country" names where the act happens, not whom it is
	// aimed at.
	wantSides(t, "Kenya's president said on Monday that police would be deployed across the country.",
		truce.Mobilize, "KEN", "", "", "KEN")
}

// An act told in a passive or "to whom" relative clause is aimed at the
// clause's head.
func TestRolesT38RelativeHead(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"asylum given to whom the clause hangs from",
			"Prosecutors in Tegucigalpa charged the former Honduran president, to whom Nicaragua granted asylum on Monday.",
			truce.Aid, "NIC", "HND", "", ""},
		{"asylum granted in a passive relative clause, past an unknown name",
			"Tanzanian police detained the Ugandan opposition politician Kizza Besigye, who had been granted asylum by Kenya a year earlier.",
			truce.Aid, "KEN", "UGA", "", ""},
		{"a relative clause with its own object keeps it",
			"Kenya's president, who had granted asylum to two Ugandan dissidents, met his Ugandan counterpart on Monday.",
			truce.Aid, "KEN", "UGAREB", "", "KEN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A fight within one kind of group has that group on both sides, not the
// people its toll counts.
func TestRolesT38InternalClash(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a gunfight between two rival clans",
			"A gunfight between two rival clans near Marsabit in northern Kenya left three herders dead on Sunday.",
			truce.Assault, "KENMLT", "KENMLT", "", ""},
		{"fighting between two militias that killed bystanders",
			"Fighting between two militias in the Libyan city of Zawiya killed four people on Friday.",
			truce.Assault, "LBYMLT", "LBYMLT", "", "LBYCVL"},
		{"clashes between two armed factions",
			"Clashes between two armed factions in the Syrian city of Jaramana killed six fighters on Tuesday.",
			truce.Assault, "SYRREB", "SYRREB", "", ""},
		{"a fight between two named sides keeps them",
			"Clashes between the Congolese army and M23 rebels near Goma killed 12 people on Friday.",
			truce.Assault, "CODMIL", "M23", "", "CODMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A curfew or emergency lifted frees the people of its place.
func TestRolesT38LiftedCurfew(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a state of emergency lifted by a vote",
			"Sri Lanka's parliament voted on Thursday to lift a state of emergency imposed during the protests.",
			truce.Retreat, "LKA", "LKACVL", "", ""},
		{"a curfew lifted by the police of a city",
			"Police in the Nigerian city of Jos lifted a 24-hour curfew on Monday after calm returned.",
			truce.Retreat, "NGACOP", "NGACVL", "", ""},
		{"a curfew eased in a town",
			"Authorities in the Kenyan town of Garissa eased a night-time curfew on Friday, allowing markets to reopen.",
			truce.Retreat, "KENGOV", "KENCVL", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
