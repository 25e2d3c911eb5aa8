package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "spies hacked into the ministry's computers", "hackers defaced the
// agency's websites": an intrusion into computers or a defacement of web
// pages is a cyber operation on their owner (CAMEO 170). The hacking of
// people with blades is not read so.
func TestGsr38CyberIntrusion(t *testing.T) {
	cases := []struct{ text, target string }{
		{"Agents of the Iranian government hacked into the computers of Israeli defence officials, officials said on Monday.", "ISR"},
		{"Chinese spies have tried to hack into the networks of the Australian parliament, the government said.", "AUS"},
		{"Russian hackers hacked into the email accounts of German lawmakers, the Bundestag said.", "DEU"},
		{"Pro-Russian hackers defaced dozens of Estonian government websites on Tuesday.", "EST"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-02", truce.Coerce, "cyber")
			if len(evs) == 0 {
				t.Fatalf("no cyber operation coded in %+v", mustExtract(t, c.text, "2024-05-02").Events)
			}
			if !hasActor(evs[0].Target, c.target) {
				t.Errorf("target %+v, want %s", evs[0].Target, c.target)
			}
		})
	}
	for _, text := range []string{
		"Militiamen hacked two farmers to death with machetes in the village.",
		"Rebels hacked the villagers with machetes on Sunday.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-02", truce.Coerce, "cyber"); len(evs) > 0 {
				t.Errorf("a blade attack read as hacking computers: %+v", evs)
			}
		})
	}
}

// "may halt its mediation if the fighting goes on": a penalty a state says
// it may impose on a condition is a threat, as with "will … if"; without
// the condition it stays a possibility. "European Community" is the
// European Union's former name.
func TestGsr38MayOnCondition(t *testing.T) {
	cases := []struct{ text, source string }{
		{"The European Union may suspend aid to Mali if the junta delays the election, the commissioner said on Tuesday.", "EU"},
		{"Washington could cut military aid to Egypt if the army refuses to hand over power, a senator said.", "USA"},
		{"The African Union may halt its mediation between the two rivals if the fighting continues, its envoy said.", "AU"},
		{"The European Community might cut its aid to Kenya unless the election is rerun, a Dutch diplomat said on Friday.", "EU"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-02", truce.Threaten)
			if len(evs) == 0 {
				t.Fatalf("no threat coded in %+v", mustExtract(t, c.text, "2024-05-02").Events)
			}
			if !hasActor(evs[0].Source, c.source) {
				t.Errorf("source %+v, want %s", evs[0].Source, c.source)
			}
		})
	}
	for _, text := range []string{
		"Japan may suspend its loans to Myanmar, a spokesman said.",
		"Japan may not suspend its loans to Myanmar even if the generals keep the opposition leader in jail, a spokesman said.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-02", truce.Threaten); len(evs) > 0 {
				t.Errorf("no condition held over anyone, got %+v", evs)
			}
		})
	}
}
