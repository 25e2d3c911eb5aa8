package code_test

// What a careful coder leaves out: opinion, rumour, history, business
// news and other sentences that name no event.

import (
	"testing"

	"github.com/truce-project/truce"
)

func TestNoEventsFromOpinion(t *testing.T) {
	for _, text := range []string{
		"A lasting settlement requires regional support for Afghan civil society.",
		"Islamabad must rethink its decades-old strategy toward Kabul.",
		"The earthquake destroyed hundreds of homes in Kunar province.",
		"A bus plunged into a ravine in the Andes on Sunday, killing 20 passengers, police said.",
		"The earthquake struck eastern Afghanistan on Sunday, killing 800 people.",
		"A gas explosion in a residential building in Moscow killed four people on Tuesday, emergency officials said.",
		"The champion knocked out his challenger in the third round of the heavyweight bout in Riyadh on Saturday.",
		"Film crews shot battle scenes with blank rounds on the outskirts of Belgrade for a new war movie.",
		"Navy warships sank a decommissioned frigate with missiles during a live-fire exercise off the coast on Tuesday.",
		"A leopard attacked and killed a six-year-old boy on the edge of a forest near Pune on Monday, officials said.",
		"Rwanda began a week of mourning on Sunday to mark 30 years since the 1994 genocide, in which militias killed about 800,000 people.",
		"Morocco and Spain agreed a goalless draw in the tournament's opening match on Friday.",
		"Kenya's biggest dairy producer agreed on Monday to buy a majority stake in a Ugandan rival.",
		"In the film's final episode, broadcast on Sunday, the fictional American president signs a peace deal with Russia.",
	} {
		x := mustExtract(t, text, "2025-10-22")
		for _, ev := range x.Events {
			if ev.Type == truce.Assault || ev.Type == truce.Support || ev.Type == truce.Agree {
				t.Errorf("%q: unexpected %s event %+v", text, ev.Type, ev)
			}
		}
	}
}

// An obligation is a demand only when a named actor voices it; the
// writer's or an unnamed analyst's "must" is opinion.
func TestObligationNeedsASpeaker(t *testing.T) {
	for _, text := range []string{
		"Islamabad must rethink its decades-old strategy toward Kabul.",
		"Analysts said the government should rethink its approach to the border.",
		"The region should brace for a hard winter, Pakistan's weather office said.",
	} {
		x := mustExtract(t, text, "2025-10-22")
		for _, ev := range x.Events {
			if ev.Type == truce.Request {
				t.Errorf("%q: unexpected demand %+v", text, ev)
			}
		}
	}
}

// A trigger noun that qualifies another noun names no event: "the US aid
// agency" gives no AID event.
func TestCompoundNouns(t *testing.T) {
	x := mustExtract(t, "The US aid agency suspended food assistance to Ethiopia on Thursday.", "2025-10-22")
	for _, ev := range x.Events {
		if ev.Type == truce.Aid {
			t.Errorf("unexpected AID event %+v", ev)
		}
	}
}

// What a rumour says happened is not an event.
func TestRumours(t *testing.T) {
	x := mustExtract(t, "Police in Kampala dismissed as false rumours spreading on WhatsApp that an opposition legislator had been arrested on Thursday.", "2025-10-22")
	for _, ev := range x.Events {
		if ev.Type == truce.Coerce {
			t.Errorf("unexpected arrest %+v", ev)
		}
	}
}

// History is dated as such, and only history: how long an act lasts, a gap
// since the last time, or a date inside a relative clause does not make
// the act background.
func TestHistoryAndDurations(t *testing.T) {
	tests := []struct {
		name, text, typ string
		want            bool
	}{
		{"a duration after the verb", "The Treasury responded on Wednesday by suspending for six months its ban on dealings with the state oil company.", truce.Retreat, true},
		{"a duration before a participle", "Ethiopia suspended the Norwegian Refugee Council for three months, accusing it of spreading misinformation about the war.", truce.Accuse, true},
		{"a gap since the last time", "Donald Trump and Kim Jong Un held their first talks in five years on Monday at Panmunjom.", truce.Consult, true},
		{"since in a relative clause", "The Polisario Front, which has fought for independence since the 1970s, condemned Morocco's decision on Friday.", truce.Accuse, true},
		{"a comparison since a war", "Russia announced on Wednesday a partial mobilisation of reservists, the first since World War Two.", truce.Mobilize, true},
		{"a perfect reaches back", "Rebels have fought the army in the region for two decades.", truce.Assault, false},
		{"an anniversary", "Ten years after gunmen stormed the college, survivors gathered on Wednesday to read the names of the dead.", truce.Assault, false},
		{"an inquiry's finding of an old act", "A UN inquiry concluded on Tuesday that government troops shelled a clinic in Idlib in March 2019.", truce.Assault, true},
		{"investigators report an old attack", "Militiamen burned a village near Bunia in June 2020, killing 30 people, investigators from the United Nations said on Monday.", truce.Assault, true},
		{"a war's toll to date", "The separatist rebellion has killed some 6,000 people, rights groups say.", truce.Assault, false},
		{"a recent since is news", "Bandits have killed 11 farmers since Sunday in Katsina state, police said.", truce.Assault, true},
		{"a finding that dates a verdict", "The court determined that the militia had massacred 40 villagers near Djugu in 2019.", truce.Assault, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			if got := eventOfType(x, tt.typ) != nil; got != tt.want {
				t.Errorf("%s event: %v, want %v (%+v)", tt.typ, got, tt.want, x.Events)
			}
		})
	}
}

// Business news with no state, IGO or armed group codes nothing, whatever
// the verb: deals, walk-outs and suits between companies are commerce.
func TestBusinessNews(t *testing.T) {
	for _, text := range []string{
		"The carmaker called off talks on a merger with its rival on Friday, shareholders said.",
		"Two supermarket chains agreed to a merger on Tuesday, sending their shares higher.",
	} {
		if x := mustExtract(t, text, "2025-10-22"); len(x.Events) > 0 {
			t.Errorf("%q: events %+v, want none", text, x.Events)
		}
	}
}

// TestZeroTollIsNotTheNews checks that a toll of zero ("no one was
// killed") does not make an event the document's main one, as a death
// toll does.
func TestZeroTollIsNotTheNews(t *testing.T) {
	x := mustExtract(t, "Rebels shelled the town of Kadugli on Monday, residents said. "+
		"A grenade was thrown at a market in Dilling on Tuesday, but no one was killed, police said.", "2024-05-10")
	if len(x.Events) != 2 {
		t.Fatalf("%d events, want 2: %+v", len(x.Events), x.Events)
	}
	if f := x.Events[1].Fatalities; f == nil || f.Max != 0 {
		t.Errorf("second event's toll = %+v, want a read zero", f)
	}
	if got := x.Events[0].Mode; got != "heavy-weapons" {
		t.Errorf("main event's mode = %q, want the shelling (heavy-weapons)", got)
	}
}
