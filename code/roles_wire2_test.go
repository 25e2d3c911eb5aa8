package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who acts and who is acted on in constructions met in blind wire copy:
// a victim noun followed by a passive participle and "by" ("girls
// abducted by gunmen"), two rulers joined by "and" after "loyal to",
// a crowd as the attacker, a police command named with its state and a
// generic noun that takes the group the story names. Each text is in the
// project's own words; a case passes when some event of the type runs from
// source to target (an empty source or target is not checked).
func TestRolesWire2(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target string
	}{
		// A victim noun with a passive participle and "by": the noun is hit,
		// the "by" phrase acts.
		{"girls abducted by gunmen",
			"Aid workers in Maiduguri said they were caring for scores of girls abducted by Boko Haram militants in Nigeria's Borno state last year.",
			truce.Assault, "BOKOHARAM", "NGACVL"},
		{"girls raped by rebels",
			"A clinic in Goma in eastern Congo said it had cared for eleven girls raped by M23 rebels near Rutshuru last month.",
			truce.Assault, "M23", "CODCVL"},
		// Two rulers joined by "and" after "loyal to" are two sides.
		{"clashes between brigades loyal to a premier and his rival",
			"Gunfights between militias loyal to Prime Minister Abdul Hamid Dbeibah and his rival broke out in the Libyan city of Zawiya on Monday, killing seven people.",
			truce.Assault, "LBYMLT", "LBYGOV"},
		{"fighting between militiamen loyal to two rival ministers",
			"Heavy fighting between militiamen loyal to rival ministers Abdul Hamid Dbeibah and Omar Farouk shook the Libyan port of Misrata on Tuesday, residents said.",
			truce.Assault, "LBYMLT", "LBYGOV"},
		// A generic armed noun with no group named before takes the one
		// the story names next.
		{"gunmen named before their group",
			"Gunmen on motorbikes raided a cattle market near Gao in Mali on Sunday, killing six herders. JNIM fighters withdrew toward the desert after the raid, the army said.",
			truce.Assault, "JNIM", ""},
		{"insurgents named before their group",
			"Insurgents ambushed a police convoy near Mocimboa da Praia in Mozambique on Friday, killing four officers. Islamic State said in a statement that its men had staged the raid.",
			truce.Assault, "ISIS", "MOZCOP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if tt.typ != "" && ev.Type != tt.typ {
					continue
				}
				if (tt.source == "" || probeActor(ev.Source, tt.source)) && (tt.target == "" || probeActor(ev.Target, tt.target)) {
					return
				}
			}
			var got []string
			for _, ev := range x.Events {
				got = append(got, ev.Type+" "+probeIDs(ev.Source)+" -> "+probeIDs(ev.Target))
			}
			t.Errorf("no %s event from %q to %q; got %v", tt.typ, tt.source, tt.target, got)
		})
	}
}
