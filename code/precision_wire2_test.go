package code_test

// Extra events in sentences that do tell an event: a word inside the act,
// or beside it, read as a second act of its own.

import (
	"testing"
)

// Each sentence codes exactly n events of type typ: the act once, and no
// second event from a word that only names it again or frames it.
func TestNoExtraEventBesideTheAct(t *testing.T) {
	tests := []struct {
		name, text, typ string
		n               int
	}{
		// A deal "struck" somewhere: the participle of making a deal, no attack.
		{"a deal noun with struck after a comma",
			"Some 400 detainees were released under the agreement, struck in Oman in March between the government and the rebels.", "ASSAULT", 0},
		{"a deal noun with struck right after it",
			"Riyadh freed hundreds of Houthi prisoners on Friday under a bargain struck in Muscat last month with the rebels.", "ASSAULT", 0},
		// "in a wave of arrests": the act just told, named again as one of
		// a run of its kind.
		{"detentions told again as a wave of arrests",
			"Taliban authorities have detained at least nine Afghan employees of the World Food Programme, along with staff of two charities, in a wave of arrests across Kabul, Herat and Kandahar, the UN said on Friday.", "COERCE", 1},
		{"detentions told again right after the act",
			"Police in Minsk detained more than 200 protesters in a wave of arrests, the Viasna rights group said.", "COERCE", 1},
		{"killings told again as part of a series of attacks",
			"Militants shot dead six soldiers at a checkpoint in Tillaberi on Monday as part of a series of attacks on the army.", "ASSAULT", 1},
		// "after weeks of protests": protests summed up by their span, told
		// as the cause of the act the sentence reports.
		{"a resignation bowing to months of protests",
			"Peru's interior minister quit on Wednesday, bowing to three months of nationwide protests against Peru's political elite.", "PROTEST", 0},
		{"a resignation after days of protests",
			"Kyrgyzstan's prime minister resigned on Tuesday after days of protests against the election results in Bishkek.", "PROTEST", 0},
		{"protests told in their own right with a clause",
			"Kenya's finance bill was dropped on Wednesday after a week of protests in Nairobi in which police shot dead 22 people.", "PROTEST", 1},
		// "armed" describing the people a sentence is about: no arming.
		{"armed after between",
			"Clashes between armed Dinka and Nuer tribesmen killed 19 people in Jonglei state on Saturday, officials said.", "MOBILIZE", 0},
		{"armed at the start of the sentence",
			"Armed vigilantes attacked a camp for displaced people near Bunia on Friday, killing six, aid workers said.", "MOBILIZE", 0},
		{"armed as a verb still codes",
			"The Sudanese army armed tribal militias in Blue Nile state this week, a UN panel of experts said on Tuesday.", "MOBILIZE", 1},
		// The weapon a passive attack was done with: one attack.
		{"struck by a tear gas canister",
			"A student died in Yangon on Friday after being struck by a tear gas canister, his family said.", "ASSAULT", 1},
		{"hit by tear gas grenades",
			"Two miners were wounded in Lima after being hit by tear gas grenades fired by police, a union leader said.", "ASSAULT", 1},
		// A charge told before, named again as what a denial answers.
		{"the accusation a rejection answers, after an expulsion",
			"Niger's junta on Monday told two Beninese envoys to leave within 72 hours, accusing them of spying. Cotonou rejected the accusation as groundless.", "ACCUSE", 1},
		{"the accusation a rejection answers, after a finding",
			"Poland expelled a Belarusian diplomat on Friday after prosecutors concluded that Minsk had organised sabotage on a rail line near Lublin. Belarus rejected the accusation and vowed to respond.", "ACCUSE", 0},
		{"a rejected accusation told with its own content still codes",
			"Kigali on Tuesday rejected the accusation by Kinshasa that Rwandan troops had crossed into North Kivu.", "ACCUSE", 1},
		// One bloc's members "meeting in" a city: the setting of the act
		// they took there, no meeting between parties.
		{"a bloc's leaders meeting in a city",
			"East African leaders meeting in Arusha on Friday ordered the deployment of a regional force to eastern Congo.", "CONSULT", 0},
		{"meeting in a city opening the sentence",
			"Meeting in Addis Ababa on Monday, the African Union's peace council suspended Gabon from the bloc.", "CONSULT", 0},
		{"two parties meeting in a city still meet",
			"Kenyan and Somali ministers meeting in Nairobi on Monday agreed to reopen the border crossing at Mandera.", "CONSULT", 1},
		// A coup told in a relative clause names who the actors are.
		{"officers who seized power as the subject",
			"The officers who seized power in Conakry last Sunday rejected the deadline, saying in a televised statement that they would not hand over to civilians.", "COERCE", 0},
		{"a junta which took power as the object",
			"Washington on Friday suspended aid to the junta, which took power in Bamako on Tuesday, and called for elections.", "COERCE", 0},
		{"a coup told as news still codes",
			"Army officers seized power in Libreville on Wednesday and placed the president under house arrest.", "COERCE", 1}, // one coup, as the arrest (prec70_coup.go)
		{"a dated rally still codes",
			"Thousands of students rallied in Dhaka on Monday after weeks of tension over job quotas.", "PROTEST", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, "2025-06-12", tt.typ, tt.n)
	}
}

// typeCountCase is a text and how many events of a type it must yield,
// published on that day.
type typeCountCase struct {
	name, published, text, typ string
	n                          int
}

// runTypeCounts checks each case with wantTypeCount.
func runTypeCounts(t *testing.T, tests []typeCountCase) {
	t.Helper()
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.published, tt.typ, tt.n)
	}
}

// wantTypeCount checks that text, published on the given day, codes
// exactly n events of type typ, and logs what it coded when not.
func wantTypeCount(t *testing.T, name, text, published, typ string, n int) {
	t.Helper()
	x := mustExtract(t, text, published)
	got := 0
	for _, ev := range x.Events {
		if ev.Type == typ {
			got++
		}
	}
	if got != n {
		t.Errorf("%s: %q: %d %s events, want %d", name, text, got, typ, n)
		for _, ev := range x.Events {
			t.Logf("  %s %s (rule %s)", ev.Type, ev.Mode, ev.Rule)
		}
	}
}
