package code_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// Truces and deals with a go-between, in shapes that recur across wire
// copy written by others, told in sentences of our own.
func TestMediate23(t *testing.T) {
	tests := []struct {
		name, text string
		// typ is the event's type; mediator an id its broker must start
		// with; side an id one of its sides must start with.
		typ, mediator, side string
		// truce is set when the event must open a ceasefire.
		truce bool
	}{
		// "X brokered a ceasefire": the truce is the fighting sides',
		// the speaker its broker.
		{"brokered a ceasefire, sides told before",
			"Ethiopian troops shelled Eritrean border posts near Zalambessa overnight, killing 12 soldiers, Asmara said. Kenya said it had brokered a ceasefire by Friday evening, but both armies reported sporadic gunfire.",
			truce.Agree, "KEN", "ERI", true},
		{"brokered a ceasefire between named sides",
			"Angola brokered a ceasefire between Congolese troops and M23 rebels on Sunday, officials said.",
			truce.Agree, "AGO", "M23", true},
		{"brokered a 48-hour truce, sides told before",
			"Kyrgyz and Tajik border guards exchanged fire near Batken on Thursday, killing four people. Kazakhstan brokered a 48-hour truce on Friday.",
			truce.Agree, "KAZ", "TJK", true},
		// A go-between the sentence names as such ("X-brokered talks",
		// "mediated by X") is no side of the deal, even when no partner
		// is named and even after "at".
		{"agreed at body-facilitated talks",
			"Rival Somali clan militias in Galkayo agreed at AU-facilitated talks on Monday to reopen the town market.",
			truce.Agree, "AU", "", false},
		{"agreed at state-brokered talks held in its capital",
			"Eritrea's army agreed at Qatar-brokered talks in Doha on Friday to open two border crossings.",
			truce.Agree, "QAT", "ERI", false},
		{"agreed at state-mediated talks",
			"Congolese rebel leaders agreed at Angola-mediated talks in Luanda on Monday to hand back two seized towns.",
			truce.Agree, "AGO", "COD", false},
		// An international body that tells of a deal between others
		// brokered it.
		{"truce told by a bloc's envoy",
			"Sudan's army and the Rapid Support Forces signed a truce in Jeddah on Sunday, the African Union's envoy announced.",
			truce.Agree, "AU", "RSF", true},
		{"deal told by UN officials",
			"Ethiopia and Eritrea agreed on Monday to reopen their border crossings, UN officials said.",
			truce.Agree, "UN", "ERI", false},
		{"agreement told by a bloc's foreign policy chief",
			"Serbian and Kosovar negotiators reached an agreement on car number plates in Brussels, the EU's foreign policy chief said late on Thursday.",
			truce.Agree, "EU", "SRB", false},
		// A go-between told by the help it gave, in the sentence after
		// the deal.
		{"later which helped broker",
			"Guatemala's government and the teachers' union signed a wage accord in Guatemala City on Friday. Spain, which helped broker the talks, pledged to fund new schools.",
			truce.Agree, "ESP", "GTM", false},
		{"later brokered with help from",
			"Uganda and Rwanda signed a border trade deal in Kigali on Wednesday. Under the deal, brokered with help from Angolan diplomats, the Katuna crossing will reopen next month.",
			truce.Agree, "AGO", "RWA", false},
		{"later had helped to mediate",
			"Armenia and Georgia signed a water-sharing accord in Tbilisi on Monday. Kazakhstan, which had helped to mediate the negotiations, welcomed the deal.",
			truce.Agree, "KAZ", "GEO", false},
		{"deal told by a third state's government",
			"Chile and Bolivia agreed on Tuesday to reopen their border crossings, the Brazilian government said.",
			truce.Agree, "BRA", "BOL", false},
		// A signed text that commits its signers to a truce opens it.
		{"signed a statement, committing to a ceasefire",
			"Sudan's army and the Rapid Support Forces signed a statement of intent in Jeddah on Sunday, committing to a seven-day ceasefire, Saudi mediators said.",
			truce.Agree, "SAU", "RSF", true},
		{"signed a charter, pledging to a truce",
			"Colombia's government and the Gulf Clan signed a charter of understanding in Panama on Friday, pledging to a permanent truce and to further talks, Norwegian facilitators said.",
			truce.Agree, "NOR", "COL", true},
		{"signed a communique, committing to a ceasefire",
			"Armenia and Azerbaijan signed a joint communique in Almaty on Friday, committing to a lasting ceasefire along their border.",
			truce.Agree, "", "AZE", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-02")
			for _, b := range brokeredEvents(x, tt.typ, tt.truce) {
				if tt.mediator != "" && !prefixActor(b.meds, tt.mediator) {
					continue
				}
				if tt.side != "" && !prefixActor(b.ev.Source, tt.side) && !prefixActor(b.ev.Target, tt.side) {
					continue
				}
				if tt.mediator != "" && (prefixActor(b.ev.Source, tt.mediator) || prefixActor(b.ev.Target, tt.mediator)) {
					continue
				}
				return
			}
			t.Errorf("no %s event with mediator %q, side %q, truce %v among %v: %+v", tt.typ, tt.mediator, tt.side, tt.truce, eventTypes(x), x.Events)
		})
	}
}

// A teller that is a side, of a side's country, or the media is no
// broker.
func TestMediate23NoBroker(t *testing.T) {
	tests := []struct{ name, text string }{
		{"media of a side", "Chile and Bolivia agreed on Tuesday to reopen their border crossings, Chilean state television reported."},
		{"government of a side", "Chile and Bolivia agreed on Tuesday to reopen their border crossings, the Bolivian government said."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-02")
			for _, ev := range x.Events {
				if len(ev.Mediators) > 0 {
					t.Errorf("%s event has mediators %+v", ev.Type, ev.Mediators)
				}
			}
		})
	}
}

// A go-between's part told again in a relative clause on it is no new
// talks; a truce it brokered told again, or only tried for, is no new
// truce.
func TestMediate23Retold(t *testing.T) {
	tests := []struct{ name, text, typ string }{
		{"which hosted the talks", "Peru and Bolivia signed a fishing accord in La Paz on Friday. Chile, which hosted the talks, praised both sides.", truce.Consult},
		{"who helped mediate the meeting", "Peruvian ministers and protest leaders agreed on Sunday to lift the road blockades. A Swiss diplomat who helped mediate the meeting said both sides would meet again.", truce.Consult},
		{"which helped broker the talks", "Guatemala's government and the teachers' union signed a wage accord in Guatemala City on Friday. Spain, which helped broker the talks, pledged to fund new schools.", truce.Consult},
		{"trying to broker a ceasefire", "Israeli jets struck Gaza overnight, killing 14 people, and Hamas fired rockets at Ashkelon. Egypt is trying to broker a ceasefire between Israel and Hamas, officials said.", truce.Agree},
		{"failed to broker a truce", "Israeli jets struck Gaza overnight, killing 14 people, and Hamas fired rockets at Ashkelon. Egypt failed to broker a truce on Monday.", truce.Agree},
		{"brokered the ceasefire told before", "Ethiopian troops shelled Eritrean border posts near Zalambessa overnight, killing 12 soldiers, Asmara said. Kenya said it had brokered the ceasefire that ended last year's war.", truce.Agree},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-02")
			for _, ev := range x.Events {
				if ev.Type == tt.typ && ev.Evidence.Start > 0 {
					t.Errorf("%s event from the later sentence: %+v", ev.Type, ev)
				}
			}
		})
	}
}

// The terms of a truce a later sentence tells by pointing back at it.
func TestMediate23Terms(t *testing.T) {
	tests := []struct{ name, text, term string }{
		{"under the deal", "Sudan's army and the Rapid Support Forces signed a seven-day ceasefire in Jeddah on Saturday. Under the deal, both forces must leave hospitals and power stations within 48 hours.", "leave hospitals"},
		{"under its terms", "Kyrgyzstan and Tajikistan agreed to a ceasefire on their border on Sunday. Under its terms, border guards will return to their bases by Tuesday.", "return to their bases"},
		{"under the agreement, after an aside", "The Colombian army and the ELN agreed to a ceasefire in Havana on Friday. Under the agreement, signed with help from Cuba, Norway and Chile, the rebels are to free all hostages within a week.", "the rebels are to free all hostages"},
		{"it commits", "A truce between Ethiopia and Eritrea took effect at dawn on Monday. It commits Eritrean troops to pull back from Badme within 30 days.", "pull back from Badme"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-02")
			for _, cf := range x.Ceasefires {
				for _, term := range cf.Terms {
					if strings.Contains(term, tt.term) {
						return
					}
				}
			}
			t.Errorf("no truce with a term holding %q: %+v", tt.term, x.Ceasefires)
		})
	}
}

// prefixActor reports whether some actor's id starts with p.
func prefixActor(as []truce.Actor, p string) bool {
	return slices.ContainsFunc(as, func(a truce.Actor) bool { return strings.HasPrefix(a.ID, p) })
}
