package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who acts and who is acted on in constructions met in the fifth round of
// blind wire copy: the forces an international body sends are not its
// target ("the AU will deploy monitors, including Kenyan police"); where
// they go is ("… to Gambia"), and with nowhere named, the state that asked
// for them; a complaint made "to protest" after a summons is the
// summoner's, aimed at the envoy's state; a weapon word in "air and
// artillery strikes" is neither side. Each text is in the project's own words; a case passes when
// some event of the type runs from source to target (an empty source or
// target is not checked) and no event of the type has notTarget as its
// target.
func TestRolesWire5(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notTarget string
	}{
		{"a bloc sends member forces: they are not the target",
			"The African Union said it would deploy monitors, including Kenyan police officers.",
			truce.Mobilize, "AU", "", "KENCOP"},
		{"a bloc sends member forces to a state",
			"ECOWAS deployed Nigerian soldiers to Gambia on Thursday.",
			truce.Mobilize, "ECOWAS", "GMB", "NGAMIL"},
		{"past a parenthetical of whose troops, to the state",
			"NATO will send peacekeepers, including Italian troops, to Serbia.",
			truce.Mobilize, "NATO", "SRB", "ITAMIL"},
		{"forces sent with no destination go to who asked",
			"Lebanon's prime minister asked the Arab League for help on Monday after clashes in Tripoli. The Arab League said it would dispatch troops, including Egyptian soldiers, within days.",
			truce.Mobilize, "ARABLEAGUE", "LBN", "EGYMIL"},
		// "X summoned Y's envoy to protest …": the summoner protests, to
		// the envoy's government, however the envoy is titled.
		{"summoned a deputy chief of mission to protest",
			"Hanoi summoned Cambodia's deputy chief of mission on Monday to protest what it called hostile acts.",
			truce.Accuse, "VNMGOV", "KHMGOV", ""},
		{"called in a diplomat to protest an arrest",
			"Nairobi called in a senior Ugandan diplomat to protest the arrest of two Kenyan opposition figures.",
			truce.Accuse, "KENGOV", "UGAGOV", "KENOPP"},
		// "launched air and artillery strikes against X": the weapon word
		// names the arms; the clause's subject strikes, at X.
		{"air and artillery strikes against camps of a group",
			"Kenya's army launched air and artillery strikes on Monday against camps of al-Shabaab in southern Somalia's Gedo region, a military spokesman said.",
			truce.Assault, "KENMIL", "ALSHABAAB", "SOMMIL"},
		{"air and artillery strikes against hideouts in a neighbour's region",
			"Chad's army launched air and artillery strikes against Boko Haram hideouts in Niger's Diffa region.",
			truce.Assault, "TCDMIL", "BOKOHARAM", "NERMIL"},
		{"drone and artillery strikes stay one event",
			"Ethiopia's army launched drone and artillery strikes on Friday against bases of the TPLF in Tigray.",
			truce.Assault, "ETHMIL", "TPLF", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, "", tt.notTarget)
		})
	}
}

// wantSides checks that text (published 2025-11-26) codes an event of type
// typ ("" any) from source to target ("" checks nothing), and that no event
// of that type has notSource as source or notTarget as target.
func wantSides(t *testing.T, text, typ, source, target, notSource, notTarget string) {
	t.Helper()
	x := mustExtract(t, text, "2025-11-26")
	found := false
	for _, ev := range x.Events {
		if typ != "" && ev.Type != typ {
			continue
		}
		if notTarget != "" && probeActor(ev.Target, notTarget) {
			t.Errorf("%s event aimed at %s", ev.Type, notTarget)
		}
		if notSource != "" && probeActor(ev.Source, notSource) {
			t.Errorf("%s event by %s", ev.Type, notSource)
		}
		if (source == "" || probeActor(ev.Source, source)) && (target == "" || probeActor(ev.Target, target)) {
			found = true
		}
	}
	if found {
		return
	}
	var got []string
	for _, ev := range x.Events {
		got = append(got, ev.Type+" "+probeIDs(ev.Source)+" -> "+probeIDs(ev.Target))
	}
	t.Errorf("no %s event from %q to %q; got %v", typ, source, target, got)
}
