package code_test

import "testing"

// TestWireVocabularySeventh checks trigger and complement rows for
// constructions found missing in blind wire copy, each said in our own
// words with other actors and places, and the look-alikes that must stay
// out: a typ of "" wants no event of notTyp; cease wants the event to open
// a ceasefire.
func TestWireVocabularySeventh(t *testing.T) {
	tests := []struct {
		name, typ, mode string // mode "" is not checked
		notTyp          string
		cease           bool
		text            string
	}{
		// a truce agreed to with a date between verb and truce is the
		// agreement, and opens the ceasefire.
		{"agreed on Sunday morning to a ceasefire", "AGREE", "", "", true,
			"Armenia and Azerbaijan agreed early on Sunday morning to an immediate ceasefire."},
		{"agreed in Doha on a truce", "AGREE", "", "", true,
			"Sudan and South Sudan agreed in Doha on Friday evening to a comprehensive truce along the border."},
		// an app or a platform shut is censorship, not a party outlawed.
		{"banned an app", "COERCE", "censor", "", false,
			"Kabul banned Facebook across the country on Monday."},
		{"blocked the app", "COERCE", "censor", "", false,
			"The Ugandan government blocked the Telegram app on the eve of the vote."},
		{"banned social media", "COERCE", "censor", "", false,
			"Nepal's government banned social media after the student protests."},
		{"banned a party stays a ban", "COERCE", "ban", "", false,
			"Chile's government banned the opposition party on Tuesday."},
		// naming another's act excessive or menacing disapproves of it;
		// the threat or show of force named is not one made.
		{"called quoted disproportionate", "ACCUSE", "disapprove", "", false,
			"In Caracas, the foreign ministry called the sanctions \"disproportionate\" and recalled its envoy."},
		{"called a show of force", "ACCUSE", "disapprove", "", false,
			"Baku called the manoeuvres a show of force aimed at its territory."},
		{"called a quoted direct threat", "ACCUSE", "disapprove", "", false,
			"Georgetown called the decree \"a direct threat\" to its sovereignty."},
		{"called a direct threat is no threat", "", "", "THREATEN", false,
			"Georgetown called the decree \"a direct threat\" to its sovereignty."},
		// a process stopped before it starts refuses to yield, not to meet.
		{"vetoed the opening of talks", "REJECT", "yield", "", false,
			"Hungary on Friday vetoed the opening of membership negotiations with Ukraine."},
		{"blocked the start of talks", "REJECT", "yield", "", false,
			"Greece on Monday blocked the start of membership talks with Albania."},
		// arms found by the authorities are seized, not fired.
		{"discovered rifles and rocket launchers", "COERCE", "seize", "", false,
			"Soldiers later discovered assault rifles, two rocket launchers and boxes of ammunition in the house."},
		{"found rocket launchers is no attack", "", "", "ASSAULT", false,
			"Soldiers later discovered assault rifles, two rocket launchers and boxes of ammunition in the house."},
		{"found mortar rounds", "COERCE", "seize", "", false,
			"Police found mortar rounds and grenade launchers in a truck near Kidal."},
		// a force's stay brought to an end is a withdrawal.
		{"ended its deployment", "RETREAT", "withdraw", "", false,
			"The African Union's regional force ended its two-year deployment in Ituri on Friday."},
		{"terminated its peacekeeping mission", "RETREAT", "withdraw", "", false,
			"The United Nations terminated its peacekeeping mission in the Central African Republic last week."},
		{"an economic mission concluded stays out", "", "", "RETREAT", false,
			"The IMF team concluded its mission to Accra on Thursday."},
		// a single round as the subject of its impact is shelling.
		{"a shell fired by hit", "ASSAULT", "heavy-weapons", "", false,
			"A shell fired by rebel forces hit a market in Kidal on Sunday, killing three women."},
		{"one tank shell fired from", "ASSAULT", "heavy-weapons", "", false,
			"One tank shell fired from the ridge by government troops killed two farmers near Marib."},
		{"the oil firm stays out", "", "", "ASSAULT", false,
			"Shell hit record profits on Thursday as gas prices soared."},
		// what is to be removed or acknowledged sets the request's mode.
		{"urged to dismantle", "REQUEST", "yield", "", false,
			"The Kenyan government urged Addis Ababa to dismantle the checkpoints by Friday."},
		{"demands that acknowledge", "REQUEST", "change", "", false,
			"Rwanda demands that Kinshasa acknowledge the rights of Kinyarwanda speakers."},
		// football told in the words of war codes nothing.
		{"goal besieged is football", "", "", "COERCE", false,
			"Uruguay laid siege to the Chilean goal after the break but could not score."},
		{"town besieged stays", "COERCE", "", "", false,
			"The army laid siege to the town of Bakhmut."},
		{"beat on penalties is football", "", "", "ASSAULT", false,
			"Ghana beat Nigeria on penalties in Saturday's final in Abidjan."},
		{"charm offensive is courtship", "", "", "ASSAULT", false,
			"Baku launched a charm offensive towards European tourists on Monday."},
		{"possessed charm offensive is courtship", "", "", "ASSAULT", false,
			"Turkmenistan's charm offensive toward Chinese buyers continued in Ashgabat."},
		// a party shut out of a gathering is sanctioned, even when the
		// shutting out is told as agreed.
		{"agreed to exclude from summit", "SANCTION", "", "", false,
			"Commonwealth foreign ministers agreed on Monday to exclude Fiji's military ruler, Frank Bainimarama, from the next summit."},
		{"voted to bar from summit", "SANCTION", "", "", false,
			"The Arab League voted to bar Syria's president from its annual summit in Cairo."},
		{"excluded goods stay out", "", "", "SANCTION", false,
			"The ministers agreed to exclude fuel from the new tax."},
		// drills one side holds put its troops in the field.
		{"began exercises", "MOBILIZE", "troops", "", false,
			"Turkey's army began large-scale ground exercises near the Syrian border on Monday."},
		{"staged military drills", "MOBILIZE", "troops", "", false,
			"Belarus staged military drills close to the Lithuanian frontier."},
		// roads, bridges and rail lines blocked by a crowd, in the plural.
		{"blocked bridges", "PROTEST", "obstruct", "", false,
			"Tens of thousands of students blocked three bridges in Bratislava on Saturday."},
		{"blocked motorways", "PROTEST", "obstruct", "", false,
			"Farmers blocked motorways around Lyon with their tractors on Monday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkVocab(t, tt.text, tt.typ, tt.mode, tt.notTyp, tt.cease)
		})
	}
}
