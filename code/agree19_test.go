package code_test

import (
	"slices"
	"testing"

	"github.com/truce-project/truce"
)

// Agreements, truces and their brokers in constructions from the
// nineteenth round of wire copy written by others, in sentences of our
// own.
func TestAgree19(t *testing.T) {
	tests := []struct {
		name, text, typ string
		// mediator is the exact id the event or its truce must carry as
		// broker; notSide an id neither side may hold.
		mediator, notSide string
		// truce is set when the event must open a ceasefire.
		truce bool
	}{
		// A state that brokers a deal does so by its government.
		{"swap mediated by a state", "Kenya and Uganda agreed on Tuesday to end their quarrel over Migingo island, in a deal mediated by Tanzania.", truce.Agree, "TZAGOV", "", false},
		{"talks hosted by a state", "Eritrea and Djibouti agreed on Friday to put aside their border dispute after talks in Jeddah hosted by Saudi Arabia.", truce.Agree, "SAUGOV", "", false},
		{"pardon brokered by a state", "Venezuela freed two American oil executives on Saturday in an exchange brokered by Qatar.", truce.Retreat, "QATGOV", "", false},
		// A demonym or possessor before the go-between's work or title
		// names the broker.
		{"under demonym mediation", "Sudan and South Sudan signed an oil transit accord in Addis Ababa on Sunday under Ethiopian mediation.", truce.Agree, "ETHGOV", "ETH", false},
		{"under possessor's mediation", "Armenia and Georgia signed a border accord on Monday under Kazakhstan's mediation.", truce.Agree, "KAZGOV", "KAZ", false},
		{"under the auspices of", "Uganda and Rwanda signed a memorandum on trade in Luanda under the auspices of the African Union.", truce.Agree, "AU", "AU", false},
		// A broker who tells the news is not a side of it.
		{"demonym facilitator speaking", "Colombia's government and the ELN agreed in Havana on Sunday on a plan to spare civilians, Cuban facilitator Ana Perez said.", truce.Agree, "CUBGOV", "CUB", false},
		{"demonym mediator speaking", "Ethiopia and Eritrea agreed on Monday to reopen their embassies, Kenyan mediator William Ruto said.", truce.Agree, "KENGOV", "KEN", false},
		// A go-between told by a titled possessor, in apposition, or as
		// the doer of "mediating" brokers the truce told before it.
		{"possessor's chief mediator", "Ethiopia and Eritrea have agreed to a truce along their border, Kenya's chief mediator told reporters in Nairobi.", truce.Agree, "KENGOV", "KEN", true},
		{"apposition guarantor states", "Sudan and South Sudan agreed on Monday to a ceasefire in Abyei. Uganda and Kenya, two of the guarantor states, welcomed the deal.", truce.Agree, "UGAGOV", "", true},
		{"has been mediating", "Chad and Sudan have agreed to a ceasefire along their border, officials said on Tuesday. Nigerien President Salif Kone has been mediating between the two since March.", truce.Agree, "NERGOV", "", true},
		{"with a state facilitating", "Nepal and Bhutan signed a refugee accord in Delhi on Friday, with India facilitating.", truce.Agree, "INDGOV", "IND", false},
		// A go-between a later sentence names brokered the deal told
		// before it.
		{"later relative which facilitated", "Guatemala's government and the opposition signed a deal in Panama on Friday to hold new elections next year. Spain, which facilitated the talks, praised both sides.", truce.Agree, "ESPGOV", "ESP", false},
		{"later guarantor apposition", "Ecuador and Peru signed a deal on river navigation in Lima on Monday. Brazil, the main guarantor, welcomed the accord.", truce.Agree, "BRAGOV", "BRA", false},
		{"later had mediated a release", "Islamist gunmen freed two Italian nuns in northern Mali on Monday. Algerian diplomats had mediated between the two sides for months.", truce.Retreat, "DZAGOV", "DZA", false},
		// "UN-sponsored negotiations": a body that sponsored the talks.
		{"sponsored talks", "Sudan's army and the Rapid Support Forces signed a truce on Sunday after a week of AU-sponsored negotiations in Addis Ababa.", truce.Agree, "AU", "AU", true},
		// "A truce between A and B, agreed in X" is an agreement that opens
		// the truce.
		{"truce, agreed in", "A truce between Kenya and Somalia, agreed in Djibouti on Sunday, took effect at dawn.", truce.Agree, "", "", true},
		{"ceasefire, signed under mediation", "A ceasefire between Peru and Ecuador, signed in Brasilia on Friday under Brazilian mediation, held through the weekend.", truce.Agree, "BRAGOV", "BRA", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-02")
			for _, b := range brokeredEvents(x, tt.typ, tt.truce) {
				if tt.mediator != "" && !slices.ContainsFunc(b.meds, func(a truce.Actor) bool { return a.ID == tt.mediator }) {
					continue
				}
				if tt.notSide != "" && (hasActor(b.ev.Source, tt.notSide) || hasActor(b.ev.Target, tt.notSide)) {
					continue
				}
				return
			}
			t.Errorf("no %s event with mediator %q, no side %q, truce %v among %v: %+v", tt.typ, tt.mediator, tt.notSide, tt.truce, eventTypes(x), x.Events)
		})
	}
}

// An agreement told with the talks it came out of was struck where they
// were held, not in a country the deal is about.
func TestAgree19TalksPlace(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"after talks in, with a row over a country", "Peru and Bolivia agreed late on Friday to settle a dispute over Bolivia's access to the Pacific, after talks in Lima brokered by Brazil.", "Lima"},
		{"after days of talks in", "Gabon and Equatorial Guinea agreed on Monday to drop their quarrel over Gabon's claim to Mbanie island, after two days of talks in Geneva.", "Geneva"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-02")
			for _, ev := range x.Events {
				if ev.Type == truce.Agree {
					if ev.Location == nil || ev.Location.Name != tt.place {
						t.Errorf("location = %+v, want %s", ev.Location, tt.place)
					}
					return
				}
			}
			t.Fatalf("no AGREE event in %+v", x.Events)
		})
	}
}

// brokered is an event with the brokers it names itself or through the
// truce it opens.
type brokered struct {
	ev   truce.Event
	meds []truce.Actor
}

// brokeredEvents returns the events of x of type typ with their brokers;
// with inTruce, only those that open a ceasefire.
func brokeredEvents(x *truce.Extraction, typ string, inTruce bool) []brokered {
	cfs := map[string]truce.Ceasefire{}
	for _, cf := range x.Ceasefires {
		cfs[cf.ID] = cf
	}
	var out []brokered
	for _, ev := range x.Events {
		if ev.Type != typ {
			continue
		}
		meds := ev.Mediators
		cf, ok := cfs[ev.CeasefireID]
		if ok {
			meds = append(slices.Clip(meds), cf.Mediators...)
		}
		if inTruce && !ok {
			continue
		}
		out = append(out, brokered{ev, meds})
	}
	return out
}

// eventTypes lists the type of every event of x, for failure messages.
func eventTypes(x *truce.Extraction) []string {
	var types []string
	for _, ev := range x.Events {
		types = append(types, ev.Type)
	}
	return types
}
