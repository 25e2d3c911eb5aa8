package code_test

import "testing"

// A frame told as a noun or gerund with its own complement inside an
// opening phrase ("With the signing of a memorandum on the end of
// hostilities, …") does not make the main clause's verb its content: the
// main clause's act is coded.
func TestGsr29OpeningFrame(t *testing.T) {
	wantEvents(t, "AGREE", "", []sidesCase{
		{"signing of a memorandum on", "With the signing of a memorandum of understanding on the end of hostilities, the Colombian government and the ELN rebels have agreed to release all hostages.", "COL", ""},
		{"capitalised memorandum", "With the signing of a Memorandum of Understanding on Cessation of Hostilities, the Nepali government and the Maoist rebels have agreed to free all prisoners.", "NPL", ""},
		{"after a signing", "After the signing of a memorandum on the return of refugees, Kenya and Somalia agreed to reopen the border crossing.", "KEN", ""},
		{"after a demand", "Following its demand for a recount of the ballots, the Kenyan opposition agreed to join talks with the government.", "KEN", ""},
		{"upon a pledge", "Upon the signing of a deal on the exchange of detainees, the Sudanese army and the RSF agreed to open a corridor for aid.", "SDN", ""},
	})
	wantEvents(t, "AGREE", "", []sidesCase{
		{"in a letter demanding", "In a letter demanding the release of the detained soldiers, the Malian junta agreed to meet the Ivorian envoy.", "MLI", "CIV"},
	})
	// A bare noun closing the phrase names the main act itself and keeps
	// its reading ("In a sharp rebuke, …").
	wantEvents(t, "AGREE", "", []sidesCase{
		{"plain agreement", "Kenya and Somalia agreed to reopen the border crossing.", "KEN", ""},
	})
}

// "held villagers as human shields": the verb's subject holds the people
// named between it and "as"; they are its target, not its source.
func TestGsr29HumanShields(t *testing.T) {
	wantEvents(t, "ASSAULT", "abduct", []sidesCase{
		{"progressive holding", "The Burmese army has been holding hundreds of villagers as human shields near the front, a rights group said.", "MMR", "MMR"},
		{"used in an accusation", "The Ukrainian army accused Russian forces of using civilians as human shields in the town.", "RUS", "UKR"},
		{"kept as a shield", "Sudanese militiamen kept the farmers as a human shield during the battle.", "SDN", ""},
	})
}
