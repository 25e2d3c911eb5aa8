package code_test

import (
	"testing"
)

// TestVocabularyProbe4 probes the trigger lexicon with wordings found
// missing or miscoded by probes in other areas: coups and seizures of
// power, agreements told in the passive with "between" naming the parties,
// missile launches into the sea, arms sent to another state, boycotted
// talks, proposed meetings, support for a deed named as a noun, aid told by
// its amount or cargo, and mass detentions. Each lead is said several ways,
// in our own words, so that the rows hold for wire copy written by others.
func TestVocabularyProbe4(t *testing.T) {
	tests := []struct {
		typ, mode string // mode "" is not checked
		text      string
	}{
		// coups and seizures of power (COERCE)
		{"COERCE", "", "Mutinous officers staged a coup in Conakry on Sunday."},
		{"COERCE", "", "Army officers in Ouagadougou launched a coup against the president on Friday."},
		{"COERCE", "", "Troops loyal to a rebel general attempted a coup in La Paz on Wednesday."},
		{"COERCE", "", "Junior officers carried out a putsch in Bamako on Tuesday."},
		// agreements with the parties after "between" (AGREE)
		{"AGREE", "", "A prisoner swap deal was reached between Russia and Ukraine on Friday."},
		// missiles fired into the sea (MOBILIZE show of force)
		{"MOBILIZE", "", "North Korea fired two ballistic missiles into the sea off its east coast on Thursday."},
		{"MOBILIZE", "", "Pyongyang launched a missile into waters near Japan on Sunday."},
		{"MOBILIZE", "", "North Korea test-fired a long-range missile on Friday."},
		{"MOBILIZE", "", "North Korea fired a barrage of cruise missiles off its west coast on Monday."},
		{"MOBILIZE", "", "China fired missiles into waters around Taiwan during the drills."},
		// arms sent to another state (AID)
		{"AID", "", "The Netherlands delivered F-16 fighter jets to Ukraine on Monday."},
		{"AID", "", "Washington shipped Patriot missile batteries to Kyiv last month."},
		{"AID", "", "Iran supplied drones to Russia for use in Ukraine, officials said."},
		{"AID", "", "Britain gave Ukraine long-range cruise missiles on Thursday."},
		{"AID", "", "France will send Caesar howitzers to Armenia, its defence minister said."},
		// boycotted talks (REJECT meet or PROTEST boycott)
		{"REJECT", "", "The opposition boycotted the peace talks in Addis Ababa on Monday."},
		{"REJECT", "", "Rebel delegates boycotted the negotiations in Doha."},
		{"REJECT", "", "Armenia boycotted the summit in Minsk on Thursday."},
		// proposed meetings (REQUEST meet)
		{"REQUEST", "", "Serbia's president proposed a meeting with Kosovo's prime minister in Brussels."},
		{"REQUEST", "", "Seoul proposed talks with Pyongyang on family reunions."},
		{"REQUEST", "", "Kyiv proposed a summit with Moscow to end the war."},
		{"REQUEST", "", "Greece suggested a summit with Turkey on the disputed waters."},
		{"REQUEST", "", "The Turkish president called for a meeting with the Greek prime minister."},
		// support for a deed named as a noun (SUPPORT)
		{"SUPPORT", "", "Washington welcomed the release of the hostages by Hamas on Monday."},
		{"SUPPORT", "", "The European Union hailed the signing of the peace deal between Armenia and Azerbaijan."},
		{"SUPPORT", "", "China backed the plan for a ceasefire in Gaza."},
		{"SUPPORT", "", "Britain welcomed the withdrawal of Russian troops from the Kherson region."},
		{"SUPPORT", "", "Canada praised the handover of the prisoners to Colombia."},
		{"SUPPORT", "", "India endorsed the proposal for a regional security pact."},
		// aid told by amount or cargo (AID, or AGREE for a pledge)
		{"AGREE", "", "Norway pledged $30 million to Somalia for drought relief."},
		{"AGREE", "", "The World Bank pledged $500 million to Pakistan for flood recovery."},
		{"AID", "", "Saudi Arabia sent aid to Syria after the earthquake."},
		{"AID", "", "Qatar sent humanitarian aid to Gaza on Monday."},
		{"AID", "", "The Red Crescent delivered 60 tonnes of food to Aleppo on Sunday."},
		{"AID", "", "Egypt delivered 200 tonnes of flour to Khan Younis."},
		{"AID", "", "Algeria sent shipments of fuel to Lebanon after the blackout."},
		{"AID", "", "Kuwait shipped 5,000 tonnes of humanitarian aid to Sudan."},
		{"AID", "", "Japan donated $10 million to Myanmar for the refugees."},
		{"AID", "", "The UAE flew medical supplies to Khartoum on Wednesday."},
		{"AID", "", "Turkey sent relief convoys to Idlib on Friday."},
		// mass detentions (COERCE arrest)
		{"COERCE", "arrest", "Police in Dhaka detained some 800 more opposition activists on Saturday."},
		{"COERCE", "arrest", "Security forces in Tehran arrested hundreds more protesters overnight."},
		{"COERCE", "arrest", "Turkish police detained about 1,500 more people after the protests."},
		{"COERCE", "arrest", "Police in Minsk rounded up dozens of opposition supporters."},
		{"COERCE", "arrest", "Egyptian authorities detained more than 2,000 people after the rallies."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2025-10-22", tt.typ, tt.mode)
		})
	}
}

// TestVocabularyProbe4Guards checks that the same words in sport,
// business and everyday speech code nothing.
func TestVocabularyProbe4Guards(t *testing.T) {
	for _, text := range []string{
		"Signing the striker was a coup for the club, the manager said.",
		"The new contract was a marketing coup for the airline.",
		"The company pledged to cut its emissions by half by 2030.",
		"Fans boycotted the match over ticket prices.",
		"The firm pledged $5 million to a new research centre.",
		"The courier delivered 40 parcels to the office on Monday.",
		"The mayor welcomed the opening of the new library.",
		"The club hailed the signing of its new goalkeeper.",
		"The coach proposed a meeting with the parents on Friday.",
		"The fans backed the plan for a new stadium.",
		"The striker fired the ball into the net in the final minute.",
		"The board ousted the chief executive on Monday.",
		"Prosecutors accused the general of staging a coup in 2019.",
	} {
		t.Run(text, func(t *testing.T) {
			x := mustExtract(t, text, "2025-10-22")
			for _, ev := range x.Events {
				t.Errorf("unexpected %s/%s event (cameo %s)", ev.Type, ev.Mode, ev.CAMEO)
			}
		})
	}
}
