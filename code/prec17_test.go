package code_test

// Backstory the writer recalls to explain the news (a perfect lasting
// months or years, a past perfect dated to an earlier month, an act in a
// dated relative clause, what the news "follows", a truce that is only a
// backdrop), leave a text gives, and weapon nouns naming an industry.
// None is an event of its own.

import (
	"testing"
)

// Each sentence, published on pub, codes exactly n events of type typ.
func TestBackstoryCodesNoEvent(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		// A perfect lasting months or years is a state, not an act.
		{"a past perfect lasting months", "2025-06-12",
			"Omani officials had mediated between Tehran and Washington for months.", "CONSULT", 0},
		{"a span between auxiliary and verb", "2025-06-12",
			"The Lord's Resistance Army has for decades attacked villages along the border with South Sudan.", "ASSAULT", 0},
		{"a present perfect lasting more than a decade", "2025-06-12",
			"Separatists in the south have fought the army for more than a decade.", "ASSAULT", 0},
		{"fighting for hours is news", "2025-06-12",
			"Rebels fought the army for hours near Sake on Sunday, residents said.", "ASSAULT", 1},
		// A past perfect dated to an earlier month recalls what led up to
		// the news; so does the verb joined to it by "and".
		{"a past perfect dated to an earlier month", "2025-09-10",
			"Kinshasa had expelled Uganda's envoy in May over the border dispute.", "SANCTION", 0},
		{"the verb joined to a dated past perfect", "2025-09-10",
			"Caracas had expelled Argentina's diplomats in July and threatened to shut the consulate in Maracaibo.", "THREATEN", 0},
		{"what a dated past perfect came after", "2025-09-10",
			"Malabo had threatened in March to expel the Gabonese envoy after an attack on its embassy in Libreville.", "ASSAULT", 0},
		{"a past perfect dated to a weekday is news", "2025-09-10",
			"Police had arrested the mayor of Tinos on Tuesday, his lawyer said.", "COERCE", 1},
		// An act in a relative clause dated before the news describes the
		// actor; the news is the main clause.
		{"a relative clause dated earlier this year", "2025-08-20",
			"The militia, which captured Kalehe earlier this year, said on Monday it would join the talks.", "COERCE", 0},
		{"a relative clause dated to an earlier month", "2025-11-03",
			"Bashir, who fled to Ankara in June as RSF fighters stormed the presidential palace in Khartoum, denies the charges.", "ASSAULT", 0},
		{"a relative clause dated to an earlier month, the clause's own verb", "2025-11-03",
			"The RSF, which shelled El Obeid in June, said on Sunday it would join the talks.", "ASSAULT", 0},
		{"a relative clause dated to a weekday is news", "2025-11-03",
			"The gunmen, who stormed the village of Tanout on Sunday, killed six herders, police said.", "ASSAULT", 1},
		// What the news "follows" is its lead-up, told as background;
		// one dated to the day is told for the first time.
		{"an agreement the news follows", "2025-06-12",
			"The withdrawal follows a pact signed by Sudan and South Sudan in Juba last month.", "AGREE", 0},
		{"talks the news follows", "2025-06-12",
			"The handover follows weeks of talks between Sudanese and Chadian army officers.", "CONSULT", 0},
		{"a clash dated to the day stays", "2025-03-05",
			"The curfew follows a clash between Ugandan troops and ADF rebels near Kasindi on March 3.", "ASSAULT", 1},
		// Leave a text gives, or the aim or upshot of an act told before,
		// is no grant of access of its own.
		{"a treaty that would not allow", "2025-06-12",
			"Officials in Nuku'alofa said the treaty would not allow Russian warships to dock at the port.", "RETREAT", 0},
		{"an accord allowing", "2025-06-12",
			"Ghana and Togo signed an accord in Accra on Friday allowing each other's police to pursue suspects across the border.", "RETREAT", 0},
		{"a veto dropped, allowing", "2025-06-12",
			"Slovakia lifted its veto on Tuesday, allowing the bloc's ministers to approve a loan for Moldova.", "RETREAT", 0},
		{"a grant of access stays", "2025-06-12",
			"Iran allowed UN inspectors into the Fordow site on Monday, the agency said.", "RETREAT", 1},
		// A truce that is only the backdrop of another act was made
		// before; one told with its making is news.
		{"an attack despite the truce", "2025-11-03",
			"Two herders were shot dead near Abyei on Sunday despite the truce, local officials said.", "RETREAT", 0},
		{"shelling during a ceasefire", "2025-11-03",
			"The shelling of Kherson came during a week-long ceasefire between the two armies.", "RETREAT", 0},
		{"a truce told with its making stays", "2025-11-03",
			"Fighting raged around Sake on Tuesday despite a truce agreed by Kinshasa and the M23 a day earlier.", "AGREE", 1},
		// "Once" before a past verb sets the act before the news.
		{"an act done once, in a relative clause", "2025-06-12",
			"The former governor says he is the target of cartel bosses he once deported to Guatemala.", "COERCE", 0},
		{"once as a conjunction opens news", "2025-06-12",
			"Police arrested the two men once they landed in Mombasa on Friday.", "COERCE", 1},
		// A weapon noun qualifying the industry or kit that makes it
		// names no strike.
		{"a weapon noun qualifying its makers", "2025-06-12",
			"Washington sanctioned two Chinese drone makers on Thursday for supplying parts to Moscow.", "ASSAULT", 0},
		{"a weapon noun qualifying a factory", "2025-06-12",
			"Inspectors toured a missile factory outside Isfahan on Monday, the agency said.", "ASSAULT", 0},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}
