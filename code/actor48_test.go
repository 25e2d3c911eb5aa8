package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestActor48 covers how generic actor phrases resolve in context: the
// supporters "of the junta" are the street, not the state; the kin "of
// missing soldiers" are civilians, not soldiers; an organ of state "in
// Nairobi" is Kenya's wherever its act lands; and the people the sector
// nouns lacked (a cartel boss, health-care workers, volunteer fighters,
// the Kurdish-led forces of Syria, NATO-led peacekeepers). The cases marked
// "stays" must keep their reading.
func TestActor48(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target string
	}{
		{"supporters of a bare junta are protesters",
			"Hundreds of supporters of the junta marched through Bamako on Friday to back the army.",
			truce.Protest, "MLIPRO", ""},
		{"supporters of a bare government are protesters",
			"Thousands of supporters of the government rallied in Caracas on Saturday.",
			truce.Protest, "VENPRO", ""},
		{"stays: supporters who attack protesters keep the state as doer",
			"Supporters of the government attacked protesters outside the parliament in Colombo on Monday.",
			truce.Assault, "LKAGOV", "LKAPRO"},
		{"families of soldiers are civilians",
			"Families of missing soldiers rallied outside the defence ministry in Kyiv on Sunday.",
			truce.Protest, "UKRPRO", "UKRGOV"},
		{"wives of officers are civilians",
			"Wives of detained officers protested outside the prison in Ankara on Monday.",
			truce.Protest, "TURPRO", ""},
		{"relatives of a group's fighters are civilians",
			"Police beat relatives of Hamas fighters in Gaza on Monday.",
			truce.Assault, "PSECOP", "PSECVL"},
		{"stays: families of no actor are the families",
			"Families of the dead accused the police of opening fire in Imphal on Monday.",
			truce.Accuse, "INDCVL", "INDCOP"},
		{"a court in a capital is that capital's state",
			"The high court in Nairobi blocked the deployment of police officers to Haiti on Friday.",
			"", "KENJUD", ""},
		{"officials in a capital meet abroad",
			"Government officials in Addis Ababa met rebel leaders in Pretoria on Tuesday.",
			truce.Consult, "ETHGOV", ""},
		{"stays: a teller in a capital is no party to what it tells",
			"Russian troops withdrew from an island off Odesa in Ukraine, the defence ministry in Moscow said on Thursday.",
			truce.Retreat, "RUSMIL", "UKR"},
		{"a cartel boss is the cartel's",
			"Police in Guadalajara arrested a cartel boss on Monday.",
			truce.Coerce, "MEXCOP", "MEXCRM"},
		{"health-care workers are the health sector",
			"Healthcare workers marched on parliament in Harare on Tuesday.",
			truce.Protest, "ZWEHLH", ""},
		{"volunteer fighters are a militia, not the jihadists' kind",
			"Volunteer fighters ambushed jihadists near Djibo in Burkina Faso on Tuesday.",
			truce.Assault, "BFAMLT", "BFAREB"},
		{"Kurdish-led forces are the SDF",
			"Kurdish-led forces captured a village from Islamic State fighters near Raqqa in Syria on Friday.",
			truce.Assault, "SDF", ""},
		{"NATO-led peacekeepers are NATO's",
			"NATO-led peacekeepers fired tear gas at Serb protesters in Zvecan in Kosovo on Monday.",
			"", "NATO", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-06-15")
			for _, ev := range x.Events {
				if tt.typ != "" && ev.Type != tt.typ {
					continue
				}
				if (tt.source == "" || hasActor(ev.Source, tt.source)) && (tt.target == "" || hasActor(ev.Target, tt.target)) {
					return
				}
			}
			t.Errorf("no %s event from %s to %s in %+v", tt.typ, tt.source, tt.target, x.Events)
		})
	}
}
