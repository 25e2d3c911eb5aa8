package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestWireVocabularyTwentieth checks trigger rows for constructions found
// miscoded in a blind digest written in a regional paper's register, each
// said in our own words with other actors and places: a verdict of
// disapproval with an intensifier ("very unfortunate") reaches past a long
// object; "described … as" carries the verdicts "called … X" does; an act
// called an attack on sovereignty is disapproval, not an assault; several
// envoys ordered out are expelled; a crowd that blocked streets protests;
// ties ended after "decades of" are cut; a platform blocked in the passive
// is censored; a fugitive asked back for trial is a request for legal help;
// forces that "will leave" withdraw; a single rifle handed over disarms; a
// place put under military control has troops sent in; a host ordering
// another to cut its embassy staff expels; a military pact revoked or
// ended is a sanction, not an agreement.
func TestWireVocabularyTwentieth(t *testing.T) {
	tests := []struct {
		name, typ, mode, src, tgt string // mode, src, tgt "" are not checked
		text                      string
	}{
		// an intensified verdict after a long object.
		{"called the envoy's comments very unfortunate", "ACCUSE", "disapprove", "PER", "",
			"Peru's foreign ministry called the envoy's comments very unfortunate."},
		{"called the decision deeply troubling", "ACCUSE", "disapprove", "NOR", "",
			"Norway's government called the court's decision deeply troubling on Tuesday."},
		// "described … as" a wrong.
		{"described the mass expulsions as disproportionate", "ACCUSE", "disapprove", "CHL", "",
			"Chile described the mass expulsions as disproportionate."},
		{"characterised the raid as a clear provocation", "ACCUSE", "disapprove", "GRC", "",
			"Greece characterised the overflight as a clear provocation on Friday."},
		{"described the tariffs as deeply regrettable", "ACCUSE", "disapprove", "CAN", "",
			"Canada's trade minister described the new tariffs as deeply regrettable."},
		// an act called an attack on a principle.
		{"called the sanctions an attack on its sovereignty", "ACCUSE", "disapprove", "NIC", "",
			"Nicaragua's government called the new sanctions an attack on the nation's sovereignty."},
		{"called the ruling an assault on democracy", "ACCUSE", "disapprove", "BRA", "",
			"Brazil's government called the court's ruling an assault on democracy."},
		{"called the indictment a political attack", "ACCUSE", "disapprove", "", "",
			"Georgia's ruling party called the indictment a political attack and vowed to fight it."},
		// several envoys sent home.
		{"ordering the envoys out", "SANCTION", "expel", "QAT", "",
			"Qatar followed within a day, ordering the Emirati envoys out."},
		{"ordered three envoys to leave", "SANCTION", "expel", "LTU", "",
			"Lithuania ordered three Russian envoys to leave within a week."},
		// a crowd that shut streets.
		{"protesters blocked streets", "PROTEST", "obstruct", "", "",
			"Hundreds of protesters blocked streets in central Tbilisi on Sunday night."},
		{"students blocked avenues", "PROTEST", "obstruct", "", "",
			"Students blocked avenues around the university in Caracas on Thursday."},
		// ties between states ended.
		{"ending seven decades of ties with", "SANCTION", "withdraw", "", "TWN",
			"Nauru switched recognition to Beijing, ending nearly seven decades of ties with Taiwan."},
		{"ended its diplomatic relations with", "SANCTION", "withdraw", "NIC", "",
			"Nicaragua ended its diplomatic relations with the Netherlands on Monday."},
		// a fugitive asked back for trial is legal help asked for.
		{"asked to extradite the banker", "REQUEST", "assist", "PRT", "",
			"Portugal asked Brazil on Friday to extradite the former banker."},
		{"asked to send back the former governor to stand trial", "REQUEST", "assist", "NGA", "GBR",
			"Nigeria has asked Britain to send back the former governor to stand trial in Abuja."},
		// forces to leave, in the future.
		{"soldiers will leave by", "RETREAT", "withdraw", "DNK", "",
			"Danish soldiers will leave Mali by the end of March."},
		{"said the troops would leave", "RETREAT", "withdraw", "ITA", "",
			"The defence minister said Italian troops would leave Niger within weeks."},
		// one weapon given up.
		{"handed over his own rifle", "RETREAT", "disarm", "", "",
			"The FARC commander handed over his own rifle to UN monitors in Cauca on Monday."},
		{"handed in a pistol", "RETREAT", "disarm", "", "",
			"Each ELN fighter handed in a pistol at the camp near Arauca."},
		// a place put under the army.
		{"placed the city under military control", "MOBILIZE", "troops", "", "",
			"Peru's president placed the city of Puno under military control on Sunday."},
		{"put three provinces under army control", "MOBILIZE", "troops", "", "",
			"The Ecuadorian government put three coastal provinces under army control after the prison riots."},
		// a host shrinking another's mission.
		{"ordered to cut its embassy staff", "SANCTION", "expel", "LTU", "BLR",
			"Lithuania ordered Belarus on Friday to cut its embassy staff in Vilnius to six."},
		{"told to slash its diplomatic presence", "SANCTION", "expel", "EST", "",
			"Estonia told Moscow to slash its diplomatic presence."},
		// a military pact torn up.
		{"revoked, with immediate effect, a defence agreement", "SANCTION", "", "MLI", "",
			"Mali revoked, with immediate effect, a defence agreement that let Danish special forces operate in the north."},
		{"ended its military cooperation deal", "SANCTION", "", "SEN", "",
			"Senegal ended its military cooperation deal with Paris last month."},
		// a platform cut off, in the passive.
		{"access to Telegram was blocked by", "COERCE", "censor", "KEN", "",
			"Access to Telegram was blocked by the Kenyan government during the national exams."},
		{"access to social media had been restricted by", "COERCE", "censor", "GIN", "",
			"Access to social media had been restricted by Guinea's military rulers since Friday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEvent(t, tt.text, tt.typ, tt.mode, tt.src, tt.tgt)
		})
	}
}

// TestPactEndedIsNoAgreement: a military pact revoked or ended names an
// agreement made long ago; no new agreement is reached.
func TestPactEndedIsNoAgreement(t *testing.T) {
	for _, text := range []string{
		"Senegal ended its military cooperation deal with Paris last month.",
		"Mali revoked, with immediate effect, a defence agreement that let Danish special forces operate in the north.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-03-01").Events {
				if ev.Type == truce.Agree {
					t.Errorf("got an AGREE %s -> %s", probeIDs(ev.Source), probeIDs(ev.Target))
				}
			}
		})
	}
}
