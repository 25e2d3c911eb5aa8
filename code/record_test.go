package code_test

// What a coded record holds when one happening is told several ways:
// ceasefires and their mediators, competing tolls, one event per telling,
// places carried from the sentence before.

import (
	"testing"

	"github.com/truce-project/truce"
)

func TestCeasefire(t *testing.T) {
	text := "Pakistan and Afghanistan agreed to a 48-hour ceasefire brokered by Qatar on Wednesday. " +
		"The truce commits both sides to respect each other's borders."
	x := mustExtract(t, text, "2025-10-15")
	if len(x.Ceasefires) != 1 {
		t.Fatalf("ceasefires = %+v, want 1", x.Ceasefires)
	}
	cf := x.Ceasefires[0]
	if cf.DurationHours != 48 {
		t.Errorf("duration = %d, want 48", cf.DurationHours)
	}
	if !hasActor(cf.Mediators, "QAT") {
		t.Errorf("mediators = %+v, want QAT", cf.Mediators)
	}
	if !hasActor(cf.Parties, "PAK") || !hasActor(cf.Parties, "AFG") {
		t.Errorf("parties = %+v, want PAK and AFG", cf.Parties)
	}
	if len(cf.Terms) == 0 {
		t.Errorf("no terms")
	}
	found := false
	for _, ev := range x.Events {
		if ev.CeasefireID == cf.ID {
			found = true
		}
	}
	if !found {
		t.Errorf("no event declares ceasefire %s", cf.ID)
	}
}

// Mediators named by a noun ("the AU's mediator", "Qatari mediators", "as
// guarantors") broker the truce and are not parties to it.
func TestCeasefireMediatorNouns(t *testing.T) {
	tests := []struct {
		name, text, mediator, party string
	}{
		{"possessor", "The army and the rebels agreed to a ceasefire on Monday, the African Union's mediator said in Nairobi.", "AU", ""},
		{"demonym", "Qatari mediators said on Tuesday that Israel and Hamas had agreed to a four-day truce.", "QAT", "HAMAS"},
		{"as guarantors", "Israel and Hamas agreed to a ceasefire on Wednesday, with Egypt and Qatar as guarantors.", "EGY", "ISR"},
		{"from", "Sudan's army and the RSF agreed to a week-long truce, mediators from Saudi Arabia said on Saturday.", "SAU", "RSF"},
		{"acting as", "Armenia and Azerbaijan agreed on Sunday to a truce in Karabakh, with Russia and Turkey acting as guarantors.", "TUR", "AZE"},
		{"serve as, a sentence later", "Mali's junta and the Tuareg rebels signed a ceasefire on Monday. Algeria will serve as mediator in the talks that follow.", "DZA", "MLI"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-02")
			if len(x.Ceasefires) == 0 {
				t.Fatalf("no ceasefire in %+v", x.Events)
			}
			cf := x.Ceasefires[0]
			if !hasActor(cf.Mediators, tt.mediator) {
				t.Errorf("mediators = %+v, want %s", cf.Mediators, tt.mediator)
			}
			if hasActor(cf.Parties, tt.mediator) {
				t.Errorf("parties = %+v include the mediator %s", cf.Parties, tt.mediator)
			}
			if tt.party != "" && !hasActor(cf.Parties, tt.party) {
				t.Errorf("parties = %+v, want %s", cf.Parties, tt.party)
			}
		})
	}
}

// Talks and deals a third party brokered carry it as their mediator, not
// as a side; a coalition some state leads brokers nothing.
func TestTalksMediators(t *testing.T) {
	tests := []struct {
		name, text, typ, mediator string
	}{
		{"hosted by", "Armenia and Azerbaijan agreed to reopen two border crossings after talks hosted by Kazakhstan on Friday.", truce.Agree, "KAZ"},
		{"-led talks", "Kenya and Somalia agreed to restore diplomatic relations after three days of African Union-led negotiations in Addis Ababa.", truce.Agree, "AU"},
		{"brokered by", "Serbia and Kosovo signed an agreement on trade in a deal brokered by the European Union on Monday.", truce.Agree, "EU"},
		{"a led coalition", "The Saudi-led coalition struck Houthi positions near Marib on Sunday.", truce.Assault, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-02")
			for _, ev := range x.Events {
				if ev.Type != tt.typ {
					continue
				}
				if tt.mediator == "" {
					if len(ev.Mediators) > 0 {
						t.Errorf("mediators = %+v, want none", ev.Mediators)
					}
					return
				}
				if !hasActor(ev.Mediators, tt.mediator) {
					t.Errorf("mediators = %+v, want %s", ev.Mediators, tt.mediator)
				}
				if hasActor(ev.Source, tt.mediator) || hasActor(ev.Target, tt.mediator) {
					t.Errorf("sides %+v / %+v include the mediator %s", ev.Source, ev.Target, tt.mediator)
				}
				return
			}
			t.Fatalf("no %s event in %+v", tt.typ, x.Events)
		})
	}
}

// A place the gazetteer does not know still locates the event by its words,
// with precision "none", and the event is not lost.
func TestUnresolvedPlaceKeepsItsText(t *testing.T) {
	x := mustExtract(t, "Rebels of the M23 attacked army positions near Qwertzuvillage on Sunday, killing four soldiers.", "2025-03-03")
	for _, ev := range x.Events {
		if ev.Type != truce.Assault {
			continue
		}
		if ev.Location == nil || ev.Location.Precision != "none" || ev.Location.Text != "Qwertzuvillage" {
			t.Errorf("location = %+v, want the unresolved name with precision none", ev.Location)
		}
		return
	}
	t.Fatalf("no ASSAULT event in %+v", x.Events)
}

// Competing tolls are kept with their claimants; the toll is the lowest, and
// a noun that names the attack again ("in fighting that …") adds no event.
func TestCompetingClaims(t *testing.T) {
	x := mustExtract(t, "Rebel fighters attacked an army base near Goma on Sunday, in fighting that the army said killed 9 of its soldiers and that the rebels said killed 40.", "2025-03-03")
	var assaults []truce.Event
	for _, ev := range x.Events {
		if ev.Type == truce.Assault {
			assaults = append(assaults, ev)
		}
	}
	if len(assaults) != 1 {
		t.Fatalf("%d ASSAULT events, want 1: %+v", len(assaults), assaults)
	}
	ev := assaults[0]
	if ev.Fatalities == nil || ev.Fatalities.Min != 9 {
		t.Errorf("fatalities = %+v, want the lower claim, 9", ev.Fatalities)
	}
	if len(ev.Claims) != 2 || ev.Claims[0].Count.Min != 9 || ev.Claims[1].Count.Min != 40 {
		t.Fatalf("claims = %+v, want 9 and 40", ev.Claims)
	}
	if by := ev.Claims[0].By; by == nil || by.Sector != "MIL" {
		t.Errorf("first claim by %+v, want the army", by)
	}
}

// An agreement's content is not coded beside it.
func TestAgreementContent(t *testing.T) {
	x := mustExtract(t, "Iran and Saudi Arabia agreed on Friday to restore diplomatic relations and reopen their embassies within two months.", "2023-03-10")
	for _, ev := range x.Events {
		if ev.Type != truce.Agree {
			t.Errorf("unexpected %s event %+v", ev.Type, ev)
		}
	}
}

// An attack told twice in one sentence is one event: "with grenades",
// ", an attack that killed", "after days of fighting".
func TestOneAttackPerTelling(t *testing.T) {
	for _, text := range []string{
		"Separatists attacked a gendarmerie checkpoint near Buea in Cameroon with grenades on Wednesday night.",
		"Two of its members detonated explosive belts among mourners in Kerman, an attack that killed 95 people.",
		"Mozambican troops retook parts of Palma after days of fighting with Islamic State-linked insurgents.",
		"A drone strike by the Turkish army killed two PKK commanders in northern Iraq on Saturday.",
	} {
		x := mustExtract(t, text, "2025-10-22")
		n := 0
		for _, ev := range x.Events {
			if ev.Type == truce.Assault {
				n++
			}
		}
		if n > 1 {
			t.Errorf("%q: %d ASSAULT events, want at most one: %+v", text, n, x.Events)
		}
	}
}

// One meeting told twice in a sentence is one event.
func TestOneMeetingPerTelling(t *testing.T) {
	x := mustExtract(t, "The foreign ministers of India and Pakistan met on the sidelines of the summit in Astana.", "2025-10-22")
	n := 0
	for _, ev := range x.Events {
		if ev.Type == truce.Consult {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d CONSULT events, want one: %+v", n, x.Events)
	}
}

// "urged both sides": a demand of the two sides, not dropped for want of a
// named target.
func TestBothSides(t *testing.T) {
	x := mustExtract(t, "Egypt and Qatar called on both sides to return to negotiations in Cairo next week.", "2025-10-22")
	for _, ev := range x.Events {
		if ev.Type == truce.Request && hasActor(ev.Source, "EGY") {
			return
		}
	}
	t.Errorf("no demand by Egypt in %+v", x.Events)
}

// "A and B pledged to …": a joint promise binds each party to the other, so
// one is the source and the other the target.
func TestJointPledge(t *testing.T) {
	tests := []struct {
		name, text, a, b string
	}{
		{"two states pledge to reopen a border", "Ghana and Togo pledged on Monday to reopen their shared border to traders.", "GHA", "TGO"},
		{"two governments promise to curb raids", "The governments of Chad and Niger promised at talks in Ndjamena to curb cross-border raids.", "TCD", "NER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if ev.Type != truce.Agree {
					continue
				}
				if hasActor(ev.Source, tt.a) && hasActor(ev.Target, tt.b) || hasActor(ev.Source, tt.b) && hasActor(ev.Target, tt.a) {
					return
				}
			}
			t.Errorf("no AGREE between %s and %s in %+v", tt.a, tt.b, x.Events)
		})
	}
}

// One happening told with two triggers is one event, with what each adds:
// the manner from a when-clause, the purpose of a visit; and a date that
// only sets a comparison does not date it.
func TestOneTelling(t *testing.T) {
	tests := []struct {
		name, text, typ, mode, target, date string
	}{
		{"a when-clause tells the manner", "Security forces killed at least 40 people in the town on Friday when they fired on worshippers leaving a mosque.",
			truce.Assault, "firearms", "", "2025-10-17"},
		{"a passive toll in the next sentence is the clash's", "Soldiers clashed with separatist fighters near Bamenda on Monday. The army said four fighters were killed and two soldiers wounded.",
			truce.Assault, "firearms", "", "2025-10-20"},
		{"agreeing to a truce is an agreement", "Thailand and Cambodia agreed to an immediate ceasefire on Monday after five days of border fighting.",
			truce.Agree, "ceasefire", "KHM", "2025-10-20"},
		{"arriving for a visit is one visit to the host", "Kenya's foreign minister arrived in Addis Ababa on Monday for a three-day visit, the first by a Kenyan minister since talks broke down in 2019.",
			truce.Consult, "visit", "ETH", "2025-10-20"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			n := 0
			for _, ev := range x.Events {
				if ev.Type == tt.typ {
					n++
				}
			}
			ev := eventOfType(x, tt.typ)
			switch {
			case n != 1:
				t.Fatalf("%d %s events, want 1: %+v", n, tt.typ, x.Events)
			case ev.Mode != tt.mode:
				t.Errorf("mode = %q, want %q", ev.Mode, tt.mode)
			case tt.target != "" && !hasActor(ev.Target, tt.target):
				t.Errorf("target = %+v, want %s", ev.Target, tt.target)
			case ev.Date != tt.date:
				t.Errorf("date = %s, want %s", ev.Date, tt.date)
			}
		})
	}
}

// A crowd's violence against property or the state is a riot, by people
// of the place where it happens; its violence against people is not.
func TestRiots(t *testing.T) {
	tests := []struct {
		name, text, typ, source string
	}{
		{"crowds looting", "In the capital, crowds looted shops and torched businesses owned by the king's allies on Tuesday.", truce.Protest, ""},
		{"protesters at a foreign embassy are the host's", "Hundreds of protesters stormed Denmark's embassy in Baghdad before dawn on Thursday.", truce.Protest, "IRQPRO"},
		{"an attack after an angry crowd's grievance", "Protesters angry at the killings attacked the Belgian embassy in Kinshasa on Tuesday.", truce.Protest, "CODPRO"},
		{"an adjective phrase after the crowd is no subject", "Demonstrators furious at the loss of Bukavu to M23 rebels attacked the embassies of Belgium and Kenya in Kinshasa on Wednesday.", truce.Protest, "CODPRO"},
		{"a mob's attack on people", "A mob beat two men to death in a village near Sokoto on Friday.", truce.Assault, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			ev := eventOfType(x, tt.typ)
			if ev == nil {
				t.Fatalf("no %s event in %+v", tt.typ, x.Events)
			}
			if tt.typ == truce.Protest && ev.Mode != "riot" {
				t.Errorf("mode = %q, want riot", ev.Mode)
			}
			if tt.source != "" && !hasActor(ev.Source, tt.source) {
				t.Errorf("source = %+v, want %s", ev.Source, tt.source)
			}
		})
	}
}

// A physical act told with no place of its own happens in the town the
// sentence before put its event, when its actors fit that town.
func TestPlaceFromTheSentenceBefore(t *testing.T) {
	x := mustExtract(t, "Protesters set fire to a police station in Mombasa on Monday. Police fired tear gas to disperse them.", "2025-10-22")
	ev := eventOfType(x, truce.Coerce)
	if ev == nil || ev.Location == nil || ev.Location.Name != "Mombasa" {
		t.Errorf("tear gas event %+v, want it in Mombasa", ev)
	}
}

// What a state's security service or parliament does with no place named
// happens at home, not in the country of those it acts on.
func TestSecurityServiceActsAtHome(t *testing.T) {
	tests := []struct {
		name, text, typ, country string
	}{
		{"a spy agency's arrests of foreigners", "Egypt's intelligence service said on Monday it had arrested 12 Sudanese nationals on suspicion of spying.",
			truce.Coerce, "EGY"},
		{"a security service detains diplomats", "Azerbaijan's State Security Service detained two Iranian diplomats on Thursday, accusing them of espionage.",
			truce.Coerce, "AZE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			ev := eventOfType(x, tt.typ)
			if ev == nil {
				t.Fatalf("no %s event: %+v", tt.typ, x.Events)
			}
			if ev.Location == nil || ev.Location.Country != tt.country {
				t.Errorf("location = %+v, want in %s", ev.Location, tt.country)
			}
		})
	}
}

// An agreement whose content is a halt to fighting opens a ceasefire though
// it names no truce; a halt to cooperation does not.
func TestAgreedHaltIsACeasefire(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"halt to military operations", "Armenia and Azerbaijan agreed on Thursday to an immediate halt to all military operations along their shared border.", true},
		{"stop firing", "Thailand and Cambodia agreed late on Monday to stop all firing along the disputed frontier, officials in Bangkok said.", true},
		{"silence the guns", "Sudan's army and the Rapid Support Forces signed a pact in Jeddah on Friday to silence their guns in Khartoum.", true},
		{"end of cooperation is no truce", "Mali and Niger agreed on Tuesday to end military cooperation with France.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-02")
			declared := false
			for _, ev := range x.Events {
				if ev.Type == truce.Agree && ev.CeasefireID != "" {
					declared = true
				}
			}
			if declared != tt.want || (len(x.Ceasefires) > 0) != tt.want {
				t.Errorf("agreement declares a ceasefire = %v (%d ceasefires), want %v; events %+v", declared, len(x.Ceasefires), tt.want, x.Events)
			}
		})
	}
}

// A response cue ("in retaliation for", "in response to") marks the act
// before it as the response and names in its object the act answered;
// the act answered is no response itself.
func TestRetaliationNamedInTheSentence(t *testing.T) {
	tests := []struct {
		name, text, response, answered string
	}{
		{"expulsion for an expulsion", "Estonia expelled a Russian attaché on Friday in retaliation for Moscow's expulsion of an Estonian envoy in March.", "EST", "RUS"},
		{"strike for a bombing, cue after the place", "Turkish jets bombed PKK positions in the Qandil mountains of northern Iraq on Sunday, in response to a car bombing that killed nine soldiers in Hakkari.", "TUR", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-02")
			byID := map[string]truce.Event{}
			for _, ev := range x.Events {
				byID[ev.ID] = ev
			}
			var resp *truce.Event
			for n, ev := range x.Events {
				if len(ev.Source) > 0 && ev.Source[0].ID[:3] == tt.response && ev.RetaliatesFor != "" {
					resp = &x.Events[n]
				}
			}
			if resp == nil {
				t.Fatalf("no response by %s: %+v", tt.response, x.Events)
			}
			ans, ok := byID[resp.RetaliatesFor]
			if !ok || ans.ID == resp.ID || ans.RetaliatesFor != "" {
				t.Fatalf("response answers %q (%+v)", resp.RetaliatesFor, ans)
			}
			if tt.answered != "" && (len(ans.Source) == 0 || ans.Source[0].ID[:3] != tt.answered) {
				t.Errorf("answered act's source = %+v, want %s", ans.Source, tt.answered)
			}
		})
	}
}

// The act a response cue names is what is answered, not a response:
// "the raids were reprisal for X's shelling" marks no response on the
// shelling.
func TestAnsweredActIsNoResponse(t *testing.T) {
	x := mustExtract(t, "Tigrayan fighters ambushed an army convoy near Adigrat on Sunday. "+
		"A rebel spokesman said the raids were reprisal for Ethiopian air strikes on Mekelle earlier in the week.", "2025-06-02")
	for _, ev := range x.Events {
		if ev.Type == truce.Assault && ev.RetaliatesFor != "" {
			t.Errorf("answered act %+v marked as a response", ev)
		}
	}
}

// "Yemen's warring factions swapped prisoners": a two-sided act whose
// subject is a country's own warring sides, with captives as its object,
// is between the state and its armed opposition.
func TestInternalSidesSwap(t *testing.T) {
	x := mustExtract(t, "Ethiopia's warring parties swapped hundreds of captives near Mekelle on Sunday.", "2025-06-02")
	for _, ev := range x.Events {
		if ev.Type == truce.Retreat && hasActor(ev.Source, "ETH") && hasActor(ev.Target, "ETHREB") {
			return
		}
	}
	t.Errorf("no prisoner exchange between ETH and ETHREB in %+v", x.Events)
}
