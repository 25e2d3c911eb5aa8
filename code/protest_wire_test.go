package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// Protests met by force, in sentences of our own: the events a sentence
// must code, each as type, mode ("none" for no mode) and the id of a
// source and a target ("" to accept any), and the types it must not code.
func TestProtestWire(t *testing.T) {
	type want struct{ typ, mode, src, tgt string }
	tests := []struct {
		name  string
		text  string
		want  []want
		avoid []string
	}{
		// A crowd told as protesting in the object of force is a protest
		// of its own beside the force.
		{"dispersed people protesting against",
			"Riot police in Nairobi fired tear gas on Thursday to scatter hundreds of people protesting against a new housing levy.",
			[]want{{truce.Coerce, "", "KENCOP", "KENPRO"}, {truce.Protest, "demo", "KENPRO", "KENGOV"}}, nil},
		{"broke up students rallying",
			"Police in Dhaka used batons and water cannon to break up thousands of students rallying outside the election commission.",
			[]want{{truce.Protest, "demo", "BGDPRO", "BGDGOV"}}, nil},
		// The crowd's demand is what it protests for, no request of its own.
		{"protesters demanding",
			"Serbian police fired pepper spray in Novi Sad on Sunday to push back hundreds of demonstrators demanding that the mayor resign.",
			[]want{{truce.Protest, "demo", "SRBPRO", "SRBGOV"}}, []string{truce.Request}},
		{"protesters outside a building",
			"Zimbabwean police used water cannon to drive back protesters outside the central bank in Harare on Friday.",
			[]want{{truce.Protest, "demo", "ZWEPRO", "ZWEGOV"}}, nil},
		{"cleared protesters from outside",
			"Serbian riot police used pepper spray on Sunday to clear demonstrators from outside the state broadcaster in Belgrade.",
			[]want{{truce.Protest, "demo", "SRBPRO", "SRBGOV"}}, nil},
		// Force told in a relative clause on a protest noun: the protest
		// is the crowd's.
		{"days of demonstrations in which police",
			"Peru's government shelved the mining bill on Friday after three days of demonstrations outside the regional assembly in which police fired tear gas against thousands of farmers.",
			[]want{{truce.Protest, "demo", "PERPRO", "PERGOV"}}, nil},
		// A riot noun that names no one but tells its toll is the riot of
		// the place's protesters.
		{"nights of rioting left dead",
			"Chile imposed a curfew on Saturday after two nights of rioting over metro fares left seven people dead.",
			[]want{{truce.Protest, "riot", "CHLPRO", ""}}, nil},
		{"unrest noun with no toll stays background",
			"The cabinet resigned on Monday after weeks of protests over fuel prices.",
			nil, []string{truce.Protest}},
		// A crowd's brawl with the police is a riot, not a shooting,
		// unless shots are told.
		{"supporters clashed with police",
			"Supporters of the jailed opposition leader clashed with riot police in Mombasa late on Monday, witnesses said.",
			[]want{{truce.Protest, "riot", "KEN", "KENCOP"}}, nil},
		// Force on a crowd not told as protesting is the force alone.
		{"force on a crowd of fans",
			"Police fired tear gas at football fans outside the stadium in Lima on Sunday.",
			nil, []string{truce.Protest}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-20")
			var got []string
			for _, ev := range x.Events {
				got = append(got, ev.Type+"/"+ev.Mode+" "+ids(ev.Source)+"→"+ids(ev.Target))
				for _, a := range tt.avoid {
					if ev.Type == a {
						t.Errorf("coded %s (%s)", a, ev.Rule)
					}
				}
			}
		next:
			for _, w := range tt.want {
				for _, ev := range x.Events {
					if ev.Type == w.typ && (w.mode == "" || ev.Mode == w.mode || w.mode == "none" && ev.Mode == "") &&
						(w.src == "" || strings.Contains(ids(ev.Source), w.src)) && (w.tgt == "" || strings.Contains(ids(ev.Target), w.tgt)) {
						continue next
					}
				}
				t.Errorf("no %+v; got %q", w, got)
			}
		})
	}
}

// ids joins the ids of actors.
func ids(as []truce.Actor) string {
	var s []string
	for _, a := range as {
		s = append(s, a.ID)
	}
	return strings.Join(s, ",")
}
