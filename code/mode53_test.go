package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// One attack on the ground that kills scores of civilians is a massacre
// (CAMEO 202); a smaller toll, a strike from the air, security forces
// shooting at protesters and a toll that only rose keep their own mode.
func TestMode53Massacre(t *testing.T) {
	for _, text := range []string{
		"Armed men on horseback killed at least 90 farmers in three hamlets of Zamfara state, Nigeria, on Sunday night, a local official said.",
		"Soldiers executed about 150 villagers in the town of Moura, Mali, a rights group said.",
		"Militia fighters stormed a camp for displaced families near Bunia and killed more than 60 people with machetes, aid workers said on Tuesday.",
	} {
		if len(eventsOf(t, text, "2024-03-01", truce.Assault, "massacre")) == 0 {
			t.Errorf("%q: no massacre: %+v", text, eventsOf(t, text, "2024-03-01", truce.Assault))
		}
	}
	for _, c := range []struct{ text, mode string }{
		{"Gunmen killed 12 villagers in Zamfara state, Nigeria, on Sunday, police said.", "firearms"},
		{"Soldiers shot dead at least 50 protesters in Khartoum on Monday, medics said.", "firearms"},
		{"An air strike on a market in Idlib killed at least 60 civilians on Monday, rescuers said.", "aerial"},
	} {
		evs := eventsOf(t, c.text, "2024-03-01", truce.Assault)
		if len(evs) == 0 || evs[0].Mode != c.mode {
			t.Errorf("%q: got %+v, want mode %s", c.text, evs, c.mode)
		}
	}
	for _, text := range []string{
		"The toll from last week's attack on a church in Owo, Nigeria, rose to 50 on Monday.",
		"Herders and farmers fought with guns and machetes in Plateau state on Sunday, killing at least 50 villagers, police said.",
	} {
		if evs := eventsOf(t, text, "2024-03-01", truce.Assault, "massacre"); len(evs) != 0 {
			t.Errorf("%q: coded as a massacre: %+v", text, evs)
		}
	}
}

// A bombing the article elsewhere tells was carried out by suicide
// bombers, or a second bomber after a suicide bomber, is a suicide attack;
// a roadside bomb in the same article, and a bomb in an article that tells
// no suicide attack, keep explosives.
func TestMode53SuicideBombings(t *testing.T) {
	for _, text := range []string{
		"Two blasts ripped through a wedding party in the town of Dera on Saturday, killing at least 30 guests, police said. A local militant faction said two of its fighters had detonated explosive vests among the guests.",
		"A suicide bomber blew himself up at a checkpoint outside Mogadishu on Monday, killing six soldiers, officials said. Minutes later a second bomber struck a nearby police station, killing two officers.",
	} {
		evs := eventsOf(t, text, "2024-03-01", truce.Assault)
		if len(evs) == 0 {
			t.Errorf("%q: no attack", text)
		}
		for _, ev := range evs {
			if ev.Mode != "suicide-attack" {
				t.Errorf("%q: %q coded %s, want suicide-attack", text, ev.Evidence.Sentence, ev.Mode)
			}
		}
	}
	for _, c := range []struct{ text, evidence, mode string }{
		{"A suicide bomber blew himself up outside a court in Kabul on Monday, killing four people. On Tuesday a roadside bomb hit an army truck in Kandahar, wounding three soldiers.", "roadside", "explosives"},
		{"A bomb exploded at a bus station in Quetta on Monday, killing five people, police said.", "bus station", "explosives"},
	} {
		found := false
		for _, ev := range eventsOf(t, c.text, "2024-03-01", truce.Assault) {
			if strings.Contains(ev.Evidence.Sentence, c.evidence) {
				found = true
				if ev.Mode != c.mode {
					t.Errorf("%q: coded %s, want %s", ev.Evidence.Sentence, ev.Mode, c.mode)
				}
			}
		}
		if !found {
			t.Errorf("%q: no attack told with %q", c.text, c.evidence)
		}
	}
}

// A crowd broken up with batons, or by men armed with clubs who beat some
// of it, was beaten; tear gas and water cannon alone, or sticks in the
// crowd's hands, stay crowd control.
func TestMode53BatonDispersals(t *testing.T) {
	for _, c := range []struct{ text, mode string }{
		{"Riot police charged the marchers with batons outside the ministry in Kinshasa on Tuesday.", "beat"},
		{"Soldiers and men in plain clothes armed with clubs dispersed hundreds of students in Conakry on Monday, beating several of them.", "beat"},
		{"Police fired tear gas and water cannon to disperse hundreds of teachers in Nairobi on Monday.", "crowd-control"},
		{"Police fired tear gas at youths armed with sticks in Conakry on Monday.", "crowd-control"},
	} {
		var modes []string
		for _, ev := range mustExtract(t, c.text, "2024-03-01").Events {
			if ev.Type == truce.Assault || ev.Type == truce.Coerce {
				modes = append(modes, ev.Mode)
			}
		}
		if len(modes) == 0 || modes[0] != c.mode {
			t.Errorf("%q: modes %v, want %s", c.text, modes, c.mode)
		}
	}
}
