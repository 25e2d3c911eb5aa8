package code_test

// Precision cases found in wire21 that recur in news of any story: words
// said before the news in a perfect relative clause on the object of an
// act, a participle ranking someone among others, acts summed up as a
// trend in a present perfect, and verbs a fronted past date governs
// through "and".

import (
	"testing"
)

// Each text, published on pub, codes exactly n events of type typ.
func TestPrec21Backstory(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		// Words said in a perfect relative clause on an act's object are
		// backstory; the act itself stays.
		{"bloggers who had criticised a treaty", "2024-03-11",
			"Police in Dushanbe arrested nine bloggers who had criticised a water treaty with Kazakhstan, a rights group said on Monday.", "ACCUSE", 0},
		{"the treaty the bloggers criticised", "2024-03-11",
			"Police in Dushanbe arrested nine bloggers who had criticised a water treaty with Kazakhstan, a rights group said on Monday.", "AGREE", 0},
		{"the arrest itself stays", "2024-03-11",
			"Police in Dushanbe arrested nine bloggers who had criticised a water treaty with Kazakhstan, a rights group said on Monday.", "COERCE", 1},
		{"officers who have demanded higher pay", "2024-03-11",
			"The junta in Conakry dismissed 30 officers who have demanded higher pay.", "REQUEST", 0},
		{"students who had threatened a strike", "2024-03-11",
			"Riot police detained dozens of students who had threatened a strike at the university in Harare.", "THREATEN", 0},
		// A participle ranking someone among others tells no new act.
		{"the first ex-leader deported", "2024-03-11",
			"She becomes the first former Peruvian prime minister deported from Spain.", "COERCE", 0},
		{"the highest-ranking commander captured", "2024-03-11",
			"General Sokolov was the highest-ranking Russian commander captured by Ukrainian forces.", "COERCE", 0},
		{"a ranked noun with an auxiliary stays", "2024-03-11",
			"The first aid convoy was attacked by gunmen near Kosti on Monday.", "ASSAULT", 1},
		// A comma relative on a name tells that party's stand, and stays.
		{"a capital which has accused its neighbour", "2024-03-11",
			"The shipment is likely to anger Asmara, which has accused Khartoum of arming rebels.", "ACCUSE", 1},
		// The main clause past a relative one is news.
		{"prisoners who had been held were freed", "2024-03-11",
			"Three Britons who had been held in Tehran were freed on Friday.", "RETREAT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// A date that opens a sentence governs every verb its subject goes on to
// with "and"; acts summed up as a trend in a present perfect tell no act.
func TestPrec21History(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"a fronted year over two joined verbs", "2024-03-11",
			"In March 2004 Janjaweed militiamen stormed the market town of Tawila in North Darfur and killed more than 70 villagers.", "ASSAULT", 0},
		{"years after, over two joined verbs", "2024-03-11",
			"Twenty years after Khmer Rouge cadres seized the capital of Cambodia and executed hundreds of officials, survivors gathered in Phnom Penh.", "ASSAULT", 0},
		{"a joined verb without a fronted date stays", "2024-03-11",
			"Janjaweed militiamen stormed the market town of Tawila in North Darfur on Monday and killed more than 70 villagers.", "ASSAULT", 1},
		// Acts summed up as a trend in a present perfect are background.
		{"a province that has suffered frequent ambushes", "2024-03-11",
			"The province of Cabo Delgado has suffered frequent ambushes by Islamist insurgents.", "ASSAULT", 0},
		{"a valley that has seen shelling since spring", "2024-03-11",
			"The Tavush valley has seen heavy shelling by Azerbaijani troops since last spring.", "ASSAULT", 0},
		{"a militia that has stepped up raids since", "2024-03-11",
			"The militia has stepped up its raids on Fulani herders since the army withdrew.", "ASSAULT", 0},
		{"a region under growing attack", "2024-03-11",
			"Togo, whose Savanes region has come under growing attack from jihadists since 2022, is recruiting soldiers.", "ASSAULT", 0},
		{"a past perfect attack stays", "2024-03-11",
			"Nigerian troops had come under attack from bandits near Gusau on Sunday, the army said.", "ASSAULT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}
