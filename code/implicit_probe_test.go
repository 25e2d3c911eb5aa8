package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// probeSide reports whether a side holds the wanted actor: "" asks
// nothing, "-" asks for no actor at all, anything else is matched as in
// the other probes (an id, a country's prefix or a sector).
func probeSide(as []truce.Actor, want string) bool {
	switch want {
	case "":
		return true
	case "-":
		return len(as) == 0
	}
	return probeActor(as, want)
}

// Events whose target or doer the text leaves implied: people protesting
// or demanding with no addressee aim at their own government, a ban or a
// curfew with no object falls on the country's people, arrests with no
// one named are of its people, a bombing with no doer named is an attack
// all the same. Each sentence states one event in its own words.
func TestImplicitSideProbe(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target string
	}{
		// Protests and demands by a country's own people.
		{"marchers demanded a change of law",
			"Thousands of Georgian students marched through Tbilisi on Friday, demanding the repeal of the foreign agents law.",
			truce.Protest, "GEO", "GEOGOV"},
		{"demonstrators rallied in a capital",
			"Demonstrators rallied outside parliament in Belgrade on Sunday.",
			truce.Protest, "", "SRBGOV"},
		{"people of a country took to the streets",
			"Kenyan youths took to the streets of Nairobi on Tuesday over a finance bill.",
			truce.Protest, "KEN", "KENGOV"},
		{"people have taken to the streets",
			"Hundreds of thousands of Chileans have taken to the streets of Santiago to demand a new constitution.",
			truce.Protest, "CHL", "CHLGOV"},
		{"workers went on strike",
			"Nigerian oil workers went on strike in Lagos on Monday over unpaid wages.",
			truce.Protest, "NGA", "NGAGOV"},
		{"protesters demanded a vote",
			"Protesters in Dhaka demanded early elections on Saturday.",
			"", "", "BGDGOV"},
		{"opposition demanded a resignation",
			"Opposition supporters in Lusaka demanded the resignation of the interior minister.",
			"", "", "ZMBGOV"},
		{"a union demanded higher wages",
			"Striking teachers in Accra demanded higher pay from the state on Monday.",
			"", "", "GHA"},

		// A bloc's demand of a named group.
		{"a bloc demanded troops return to barracks",
			"ECOWAS demanded that the coup leaders return to their barracks.",
			"", "ECOWAS", ""},

		// A government's measures on its own people.
		{"a government imposed a curfew",
			"The Bangladeshi government imposed a nationwide curfew on Saturday.",
			"", "BGD", "BGDCVL"},
		{"authorities banned gatherings",
			"Authorities in Tehran banned all public gatherings on Thursday.",
			"", "IRN", "IRN"},
		{"a junta suspended a party",
			"Mali's junta suspended the activities of all political parties on Wednesday.",
			"", "MLI", ""},
		{"a government shut down the internet",
			"The Ethiopian government shut down mobile internet in the Amhara region on Monday.",
			"", "ETH", "ETH"},
		{"a state declared emergency rule",
			"Ecuador's president declared a state of emergency in Guayaquil on Tuesday.",
			"", "ECU", ""},

		// Arrests with no one named as arrested.
		{"police made arrests",
			"Turkish police made dozens of arrests in Istanbul on Sunday.",
			truce.Coerce, "TURCOP", "TUR"},
		{"a crackdown led to arrests",
			"A security crackdown in Harare led to more than 40 arrests on Friday.",
			truce.Coerce, "ZWE", "ZWE"},
		{"police detained protesters",
			"Police in Minsk detained scores of protesters on Saturday.",
			truce.Coerce, "BLRCOP", "BLR"},
		{"security forces rounded up people",
			"Security forces in Islamabad rounded up hundreds of people overnight.",
			truce.Coerce, "PAK", "PAK"},
		// People held at a protest, told in the same sentence or just
		// after it, are its protesters.
		{"people detained as crowds marched",
			"Riot police detained 85 people in Almaty on Sunday as thousands marched against the fuel price rise.",
			truce.Coerce, "KAZCOP", "KAZPRO"},
		{"people detained after a rally was told",
			"Thousands rallied in Yerevan on Monday against the border deal. Police detained 98 people, the interior ministry said.",
			truce.Coerce, "ARMCOP", "ARMPRO"},
		{"people held two sentences after the protest",
			"Opposition supporters protested in Conakry on Thursday. Shops stayed shut across the capital. Gendarmes arrested 40 people.",
			truce.Coerce, "", "GINPRO"},

		// Attacks whose doer the text does not name.
		{"a car bomb exploded",
			"A car bomb exploded outside a police station in Mogadishu on Tuesday, killing five people.",
			truce.Assault, "", ""},
		{"a roadside bomb killed soldiers",
			"A roadside bomb killed three Malian soldiers near Gao on Monday.",
			truce.Assault, "", "MLIMIL"},
		{"an explosion tore through a market",
			"An explosion tore through a crowded market in Peshawar on Friday, killing eleven people.",
			truce.Assault, "", ""},
		{"unidentified gunmen shot a journalist",
			"Unidentified gunmen shot dead a journalist in Kandahar on Sunday.",
			truce.Assault, "", "AFG"},
		{"a suicide bomber struck a mosque",
			"A suicide bomber struck a mosque in Quetta during Friday prayers, killing 14 worshippers.",
			truce.Assault, "", ""},
		{"a landmine killed villagers",
			"A landmine killed four villagers in Kayin state on Thursday.",
			truce.Assault, "", "MMR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if tt.typ != "" && ev.Type != tt.typ {
					continue
				}
				if probeSide(ev.Source, tt.source) && probeSide(ev.Target, tt.target) {
					return
				}
			}
			var got []string
			for _, ev := range x.Events {
				got = append(got, ev.Type+" "+probeIDs(ev.Source)+" -> "+probeIDs(ev.Target))
			}
			t.Errorf("no %s event from %s to %s; got %v", tt.typ, tt.source, tt.target, got)
		})
	}
}

// TestImplicitSideGuards checks that the same shapes outside politics code
// no event: a team's demand, a company's ban, a storm's toll, an opinion.
func TestImplicitSideGuards(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"a team demanded a rematch", "The visiting team demanded a rematch after the final whistle."},
		{"a company banned smoking", "The airline banned smoking on all its flights from January."},
		{"a storm left dead", "The storm left nine people dead along the coast of Luzon."},
		{"an opinion on protests", "Protests rarely change government policy, the historian argued."},
		{"a club banned fans", "The football club banned three fans for life after the match."},
		{"a flood killed villagers", "Floods killed twelve villagers in Sindh on Tuesday."},
		{"a school banned phones", "The school banned mobile phones in classrooms this term."},
		{"a gas explosion", "A gas explosion at a restaurant in Wuhan injured six diners."},
		{"a landlord demanded rent", "The landlord demanded three months of rent in advance."},
		{"a players' strike", "The players went on strike over unpaid bonuses before the cup final."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, tc.text, "2025-10-22")
			for _, ev := range x.Events {
				t.Errorf("%q: unexpected %s event (cameo %s)", tc.text, ev.Type, ev.CAMEO)
			}
		})
	}
}
