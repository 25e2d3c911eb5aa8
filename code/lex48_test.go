package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestLex48FreeVerb checks that the bare verb "free", after a modal or
// "to", and its -ing form code a release of the captives named, by the
// subject; sentences of our own.
func TestLex48FreeVerb(t *testing.T) {
	tests := []struct {
		name, text, source, target string
		status                     string
	}{
		{"will free", "Venezuela will free 40 Colombian fishermen it detained last month.", "VENGOV", "COL", truce.StatusPlanned},
		{"began freeing", "Ethiopian authorities began freeing hundreds of Tigrayan detainees on Monday.", "ETHGOV", "ETH", truce.StatusReported},
		{"is to free", "Under the accord, the militia is to free 12 Malian soldiers it captured in March.", "", "MLI", truce.StatusPlanned},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-05-01", truce.Retreat, "release")
			if len(evs) != 1 {
				t.Fatalf("want one release, got %d: %+v", len(evs), evs)
			}
			ev := evs[0]
			if tt.source != "" && !hasActor(ev.Source, tt.source) {
				t.Errorf("source %v, want %s", probeIDs(ev.Source), tt.source)
			}
			if !hasActor(ev.Target, tt.target) {
				t.Errorf("target %v, want %s", probeIDs(ev.Target), tt.target)
			}
			if ev.Status != tt.status {
				t.Errorf("status %s, want %s", ev.Status, tt.status)
			}
		})
	}
}

// TestLex48FreeAdjective checks that "free" as an adjective, and a
// release that is only the content of a promise, code no release.
func TestLex48FreeAdjective(t *testing.T) {
	for _, text := range []string{
		"Observers said the vote in Nairobi was free and fair.",
		"Kenya and Uganda signed a free trade agreement on Monday.",
		"Rights groups in Ankara defended the right to free speech.",
		"The junta made no commitment to free the jailed opposition leaders.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-01", truce.Retreat, "release"); len(evs) != 0 {
				t.Errorf("want no release, got %+v", evs)
			}
		})
	}
}

// TestLex48Tariffs checks that a tariff announced with "will" or "would"
// is the trade measure (COERCE restrict, planned), and that the same
// words with a condition in the sentence stay a threat.
func TestLex48Tariffs(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target string
		status                          string
	}{
		{"said it would impose", "India said on Monday it would impose a 25% tariff on steel from Vietnam from June 1.", truce.Coerce, "INDGOV", "VNM", truce.StatusPlanned},
		{"will put", "Kenya will put a 10 percent tariff on Ugandan sugar from next month.", truce.Coerce, "KENGOV", "UGA", truce.StatusPlanned},
		{"if clause", "Brazil said it would impose tariffs on Argentine wheat if Buenos Aires kept its export ban.", truce.Threaten, "BRAGOV", "ARG", truce.StatusReported},
		{"until clause", "Japan will slap duties on South Korean chips until Seoul lifts its curbs on exports.", truce.Threaten, "JPNGOV", "KOR", truce.StatusReported},
		{"warned", "Indonesia warned it would impose duties on Malaysian palm oil.", truce.Threaten, "IDNGOV", "MYS", truce.StatusReported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-05-01")
			var got []truce.Event
			for _, ev := range x.Events {
				if ev.Type == truce.Coerce || ev.Type == truce.Threaten || ev.Type == truce.Sanction {
					got = append(got, ev)
				}
			}
			if len(got) != 1 {
				t.Fatalf("want one trade measure or threat, got %d: %+v", len(got), got)
			}
			ev := got[0]
			if ev.Type != tt.typ || ev.Mode != "restrict" {
				t.Errorf("got %s %s, want %s restrict", ev.Type, ev.Mode, tt.typ)
			}
			if !hasActor(ev.Source, tt.source) || !hasActor(ev.Target, tt.target) {
				t.Errorf("got %v -> %v, want %s -> %s", probeIDs(ev.Source), probeIDs(ev.Target), tt.source, tt.target)
			}
			if ev.Status != tt.status {
				t.Errorf("status %s, want %s", ev.Status, tt.status)
			}
		})
	}
}

// TestLex48CoordinatedPast checks that a past verb the tagger reads as an
// adjective after "and", joined to an active verb before it and followed
// by its object, codes its act: the irregular "beat", and a "deployed"
// after a first verb tagged as a participle.
func TestLex48CoordinatedPast(t *testing.T) {
	tests := []struct {
		name, text, typ, mode, target string
	}{
		{"surrounded and beat", "Settlers surrounded and beat Palestinian farmers near Hebron on Saturday.", truce.Assault, "beat", "PSE"},
		{"chased and beat", "Men in plain clothes chased and beat three Ugandan journalists in Kampala on Monday.", truce.Assault, "beat", "UGA"},
		{"blocked and deployed", "Authorities in Kenya blocked social media and deployed hundreds of soldiers in the capital on Monday.", truce.Mobilize, "troops", "KEN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-05-01", tt.typ, tt.mode)
			if len(evs) != 1 {
				t.Fatalf("want one %s %s, got %d: %+v", tt.typ, tt.mode, len(evs), evs)
			}
			if !hasActor(evs[0].Target, tt.target) {
				t.Errorf("target %v, want %s", probeIDs(evs[0].Target), tt.target)
			}
		})
	}
}

// TestLex48CoordinatedToll checks that a toll verb after a killing joined
// by "and" stays the killing's toll: one assault, not two.
func TestLex48CoordinatedToll(t *testing.T) {
	evs := eventsOf(t, "Gunmen killed 12 villagers and injured 9 in Zamfara on Tuesday.", "2024-05-01", truce.Assault)
	if len(evs) != 1 {
		t.Fatalf("want one assault, got %d: %+v", len(evs), evs)
	}
}

// TestLex48InstitutedNoun checks that a measure noun set going by a verb
// of ordering, with "a" or "an" between, codes the measure by the one who
// orders it; a noun only wished for codes nothing.
func TestLex48InstitutedNoun(t *testing.T) {
	tests := []struct {
		name, text, typ, mode, source string
	}{
		{"ordered an investigation", "Kenya's president ordered an investigation on Tuesday.", truce.Accuse, "investigate", "KENGOV"},
		{"opened an inquiry", "Sierra Leone's justice ministry opened an inquiry on Friday.", truce.Accuse, "investigate", "SLEGOV"},
		{"announced a curfew", "The Ghanaian army announced a curfew in Bawku after the clashes.", truce.Coerce, "curfew", "GHAMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-05-01", tt.typ, tt.mode)
			if len(evs) != 1 {
				t.Fatalf("want one %s %s, got %d: %+v", tt.typ, tt.mode, len(evs), evs)
			}
			if !hasActor(evs[0].Source, tt.source) {
				t.Errorf("source %v, want %s", probeIDs(evs[0].Source), tt.source)
			}
		})
	}
	if evs := eventsOf(t, "The families in Lagos said they wanted an investigation.", "2024-05-01", truce.Accuse, "investigate"); len(evs) != 0 {
		t.Errorf("a wished-for inquiry: want none, got %+v", evs)
	}
}

// TestLex48EnvoysSent checks that a delegation, mission or panel sent to
// a capital codes a planned visit by the sender to the state there, and
// that a peacekeeping mission sent is no visit.
func TestLex48EnvoysSent(t *testing.T) {
	tests := []struct {
		name, text, source, target string
	}{
		{"would send a delegation", "Kenya said it would send a delegation to Mogadishu next week.", "KENGOV", "SOM"},
		{"will send a mission of", "The African Union will send a mission of former presidents to Bamako on Friday.", "AU", "MLI"},
		{"high-level delegation", "Ghana said it would send a high-level delegation to Ouagadougou to meet the junta.", "GHAGOV", "BFA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-05-01", truce.Consult, "visit")
			if len(evs) != 1 {
				t.Fatalf("want one visit, got %d: %+v", len(evs), evs)
			}
			ev := evs[0]
			if !hasActor(ev.Source, tt.source) || !hasActor(ev.Target, tt.target) {
				t.Errorf("got %v -> %v, want %s -> %s", probeIDs(ev.Source), probeIDs(ev.Target), tt.source, tt.target)
			}
			if ev.Status != truce.StatusPlanned {
				t.Errorf("status %s, want planned", ev.Status)
			}
		})
	}
	if evs := eventsOf(t, "Brazil sent a peacekeeping mission to Haiti in 2004.", "2004-06-01", truce.Consult, "visit"); len(evs) != 0 {
		t.Errorf("a peacekeeping mission: want no visit, got %+v", evs)
	}
}

// TestLex48ForcedEntry checks that a crowd forcing its way into a
// building codes a riot, and that armed men breaking a door down do not.
func TestLex48ForcedEntry(t *testing.T) {
	for _, text := range []string{
		"Hundreds of students smashed their way into the education ministry in Dhaka on Monday.",
		"Angry farmers broke down the gates of the regional council in Lille on Tuesday.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-01", truce.Protest, "riot"); len(evs) != 1 {
				t.Errorf("want one riot, got %d: %+v", len(evs), evs)
			}
		})
	}
	if evs := eventsOf(t, "Gunmen broke down the door of the mayor's house in Iguala on Friday.", "2024-05-01", truce.Protest); len(evs) != 0 {
		t.Errorf("armed men: want no protest, got %+v", evs)
	}
}

// TestLex48EnergyWithheld checks that energy sales or deliveries stopped
// to another code a sanction by the one who stops them, and that supplies
// an attack cut code none.
func TestLex48EnergyWithheld(t *testing.T) {
	tests := []struct {
		name, text, source, target, status string
	}{
		{"would stop selling", "Algeria said it would stop selling gas to Spain.", "DZAGOV", "ESP", truce.StatusPlanned},
		{"suspended deliveries", "Russia suspended gas deliveries to Moldova on Monday.", "RUSGOV", "MDA", truce.StatusReported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-05-01", truce.Sanction, "restrict")
			if len(evs) != 1 {
				t.Fatalf("want one sanction, got %d: %+v", len(evs), evs)
			}
			ev := evs[0]
			if !hasActor(ev.Source, tt.source) || !hasActor(ev.Target, tt.target) {
				t.Errorf("got %v -> %v, want %s -> %s", probeIDs(ev.Source), probeIDs(ev.Target), tt.source, tt.target)
			}
			if ev.Status != tt.status {
				t.Errorf("status %s, want %s", ev.Status, tt.status)
			}
		})
	}
	if evs := eventsOf(t, "A drone strike cut power supplies to Kharkiv on Monday.", "2024-05-01", truce.Sanction); len(evs) != 0 {
		t.Errorf("supplies an attack cut: want no sanction, got %+v", evs)
	}
}
