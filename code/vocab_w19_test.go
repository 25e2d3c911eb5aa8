package code_test

import "testing"

// TestWireVocabularyNineteenth checks trigger rows for constructions
// found miscoded in a blind digest, each said in our own words with other
// actors and places: a broadcaster suspended is censored; a partnership
// suspended cuts ties; a group struck off a list of banned organisations
// has a ban lifted; a bid withdrawn is a concession, not a pull-out;
// forces posted at junctions are mobilised, even "in armoured vehicles";
// a bar on foreign warships' visits restricts, not visits; scare-quoted
// verbs and verdicts ("called it a 'capitulation'", "'regretted' the
// move") keep their sense; "signs that" or "evidence of" a party's wrong
// blame that party; troops pulled back withdraw; people "briefly held"
// are arrested.
func TestWireVocabularyNineteenth(t *testing.T) {
	tests := []struct {
		name, typ, mode, src, tgt string // mode, src, tgt "" are not checked
		text                      string
	}{
		// broadcasters taken off the air.
		{"suspended the broadcasters", "COERCE", "censor", "MLI", "",
			"Mali's transitional authorities suspended the French broadcasters LCI and TF1 for a month."},
		{"suspended a named broadcaster", "COERCE", "censor", "GIN", "",
			"Guinea's communication authority suspended Al Jazeera for two weeks on Monday."},
		{"banned the BBC", "COERCE", "censor", "RWA", "",
			"Rwanda banned the BBC on Friday over a documentary it called false."},
		// partnerships and bilateral deals put on hold.
		{"suspended its partnership with", "SANCTION", "", "KEN", "BDI",
			"Kenya suspended its security partnership with Burundi on Friday."},
		{"froze its agreement with", "SANCTION", "", "GRC", "TUR",
			"Greece froze its fisheries agreement with Turkey after the incident."},
		// a ban lifted by taking a group off a list.
		{"removed from its list of banned organisations", "CONCEDE", "", "UZB", "",
			"Uzbekistan has removed the movement from its list of banned organisations."},
		{"struck off the country's list of terrorist", "CONCEDE", "", "", "",
			"Russia's Supreme Court struck the group off the country's list of terrorist organisations on Thursday."},
		// a candidacy given up.
		{"withdrew its bid to host", "CONCEDE", "", "BGR", "",
			"Bulgaria withdrew its bid to host the 2027 summit in favour of Romania."},
		{"dropped its candidacy", "CONCEDE", "", "PER", "",
			"Peru dropped its candidacy for the council seat on Tuesday."},
		// forces placed on the ground.
		{"soldiers were posted at", "MOBILIZE", "", "", "",
			"Soldiers were posted at every crossroads of Bamako on Friday."},
		{"soldiers in armoured vehicles were posted", "MOBILIZE", "", "", "",
			"Soldiers in armoured trucks were posted outside the electoral commission in Conakry ahead of renewed calls to protest."},
		{"police were stationed outside", "MOBILIZE", "", "", "",
			"Police were stationed outside the court in Harare as the verdict was read."},
		// foreign warships barred.
		{"moratorium on visits by warships", "COERCE", "restrict", "VUT", "",
			"Vanuatu has imposed a moratorium on port calls by foreign warships."},
		{"declared a moratorium on visits by research vessels", "COERCE", "restrict", "PLW", "",
			"Palau declared a moratorium on visits by foreign research vessels on Monday."},
		// scare-quoted verdicts and verbs.
		{"called the treaty a 'national capitulation'", "ACCUSE", "disapprove", "CHL", "",
			"Chile's opposition called the treaty a 'national capitulation' on Monday."},
		{"called the verdict incomprehensible", "ACCUSE", "disapprove", "AUT", "",
			"Austria's foreign ministry called the Malian verdict incomprehensible."},
		{"'regretted' the decision", "ACCUSE", "disapprove", "PRT", "",
			"The Portuguese government said it 'regretted' the decision by Luanda."},
		// signs or evidence of a wrong blame whoever did it.
		{"had seen signs that the army used", "ACCUSE", "allege", "USA", "",
			"The State Department said on Monday it had seen signs that Venezuela's army may have used banned munitions."},
		{"had evidence of troops fighting alongside", "ACCUSE", "allege", "UN", "",
			"A UN panel of experts said it had evidence of Ugandan troops fighting alongside the rebels in Ituri."},
		// forces pulled back, the particle after the object.
		{"begun pulling troops back from", "RETREAT", "withdraw", "KEN", "",
			"Kenya's army has begun pulling troops back from the Somali border."},
		{"pulled soldiers back", "RETREAT", "withdraw", "", "",
			"Armenia pulled soldiers back from two villages on Thursday."},
		// a short arrest in the passive.
		{"were briefly held", "COERCE", "arrest", "", "",
			"Several opposition senators were briefly held in Caracas on Monday."},
		{"was briefly detained", "COERCE", "arrest", "", "",
			"A Reuters photographer was briefly detained by police outside the stadium in Harare."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEvent(t, tt.text, tt.typ, tt.mode, tt.src, tt.tgt)
		})
	}
}
