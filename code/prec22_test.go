package code_test

// Precision cases common to several blind batches (wire17–wire22): a
// military campaign named as the setting or object of another act, and an
// attack that describes the actor blamed for it, an attack a denial
// denies, what a party says it wants done, and the lead-up an
// after-clause recalls from a month or more before the news, and a stance
// held now.

import (
	"testing"
)

// A campaign noun names a chapter of a war; it codes an attack only when
// the sentence launches or wages it, or sets its news in it with nothing
// else coded.
func TestPrec22Campaign(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"villagers joined the army's offensive", "2024-05-02",
			"Fulani vigilantes in Kidal joined the army's offensive against the separatists in March.", "ASSAULT", 0},
		{"fled ahead of a rebel offensive", "2024-05-02",
			"Hundreds of police officers fled into Guinea ahead of a rebel offensive on the border town of Kailahun, officials said.", "ASSAULT", 0},
		{"the raid was revenge for an offensive", "2024-05-02",
			"Rebel commanders said the raid on the barracks was revenge for a military offensive near Palma.", "ASSAULT", 1},
		{"announced an offensive", "2024-05-02",
			"Chad's president flew to the lake and announced a new offensive against the jihadists.", "ASSAULT", 0},
		{"a campaign launched as the news stays", "2024-05-02",
			"The Burkinabe army launched an offensive against jihadist camps near Djibo on Saturday.", "ASSAULT", 1},
		{"a campaign that killed stays", "2024-05-02",
			"A government offensive killed 30 civilians in Idlib on Monday.", "ASSAULT", 1},
		{"a campaign joined that killed stays", "2024-05-02",
			"Rebels joined an offensive on Goma that killed dozens of people on Monday.", "ASSAULT", 1},
		{"a campaign waged now stays", "2024-05-02",
			"Turkish troops are pressing an offensive against Kurdish militants in the hills above Zakho.", "ASSAULT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// An attack told to say who an actor is, in a reduced relative or a
// relative clause on that actor, is no news; a blame that is the
// sentence's own act keeps the attack it names.
func TestPrec22BlameDescribed(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"fighters blamed for an attack", "2024-05-02",
			"Kenya closed two border crossings with Somalia on Friday, accusing Mogadishu of sheltering the al-Shabaab fighters blamed for a January attack on a bus near Mandera.", "ASSAULT", 0},
		{"which the capital blames for massacres", "2024-05-02",
			"The Lord's Resistance Army, which Kinshasa blames for a series of massacres in Haut-Uele this month, did not respond.", "ASSAULT", 0},
		{"the closure itself stays", "2024-05-02",
			"Kenya closed two border crossings with Somalia on Friday, accusing Mogadishu of sheltering the al-Shabaab fighters blamed for a January attack on a bus near Mandera.", "COERCE", 1},
		{"a blame as the news keeps the bombing", "2024-05-02",
			"Police blamed Boko Haram for a suicide bombing that killed 12 people at a market in Maiduguri on Sunday.", "ASSAULT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// The use of arms or the aim of an attack that a denial denies, told as a
// gerund after it, is the denial's content: the denial is coded, the
// attack is not. An attack the sentence tells in its own words stays
// beside the denial.
func TestPrec22DeniedContent(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"denied ever using barrel bombs", "2024-05-02",
			"Khartoum denied ever using barrel bombs.", "ASSAULT", 0},
		{"denied firing rockets at the airport", "2024-05-02",
			"The rebels denied firing rockets at the airport and said their fighters had been in Bangui all week.", "ASSAULT", 0},
		{"has denied targeting villages", "2024-05-02",
			"The junta has denied targeting villages in Sagaing.", "ASSAULT", 0},
		{"the denial itself stays", "2024-05-02",
			"Khartoum denied ever using barrel bombs.", "REJECT", 1},
		{"a strike told before the denial stays", "2024-05-02",
			"An air strike on a market in Sagaing killed 20 people on Monday; the junta denied targeting civilians.", "ASSAULT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// What a party says it wants done has not happened; a participle ("wanted
// by", "wanted for fraud") wants nothing, and a verb of its own after the wish is an act.
func TestPrec22Wished(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"wanted the closure lifted: no lifting", "2024-05-02",
			"The Polisario Front rejected the plan, and its envoy said the movement wanted the closure of the Guerguerat crossing lifted first.", "CONCEDE", 0},
		{"wanted the closure lifted: no closure", "2024-05-02",
			"The Polisario Front rejected the plan, and its envoy said the movement wanted the closure of the Guerguerat crossing lifted first.", "COERCE", 0},
		{"wanted a withdrawal", "2024-05-02",
			"A Tigrayan official said the region wanted the withdrawal of Eritrean troops and the reopening of banks before any talks.", "RETREAT", 0},
		{"the rejection stays", "2024-05-02",
			"The Polisario Front rejected the plan, and its envoy said the movement wanted the closure of the Guerguerat crossing lifted first.", "REJECT", 1},
		{"fighters who want the airport shelled it", "2024-05-02",
			"Fighters who want the airport for themselves shelled the runway on Friday, the mission said.", "ASSAULT", 1},
		{"wanted revenge and torched a village", "2024-05-02",
			"The militiamen wanted revenge and torched the village of Tilia on Sunday.", "ASSAULT", 1},
		{"wanted to leave when gunmen opened fire", "2024-05-02",
			"Villagers said they wanted to leave Tillia when gunmen opened fire on the market on Sunday.", "ASSAULT", 1},
		{"wanted for a crime, then extradited", "2024-05-02",
			"A Ghanaian banker wanted for embezzlement was extradited from Portugal on Tuesday.", "COOPERATE", 1},
		{"wanted in another country, then arrested", "2024-05-02",
			"Police in Nairobi arrested a militia leader wanted in Uganda over a string of bombings.", "COERCE", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// What an after-clause recalls from a month or more before the news is
// its backstory; a lead-up a day before is often news of its own.
func TestPrec22MonthsAfter(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"retook a town a year after it was overrun", "2024-05-02",
			"Malian troops retook the town of Boni on Sunday, a year after jihadists overran it.", "ASSAULT", 1},
		{"landed a year after a request for help", "2024-05-02",
			"The first Chadian troops of the African force landed in Mogadishu on Monday, a year after Somalia asked for help against al-Shabaab.", "REQUEST", 0},
		{"the landing itself stays", "2024-05-02",
			"The first Chadian troops of the African force landed in Mogadishu on Monday, a year after Somalia asked for help against al-Shabaab.", "MOBILIZE", 1},
		{"expelled an envoy months after an aid cut", "2024-05-02",
			"Burkina Faso expelled the French ambassador on Tuesday, three months after Paris suspended aid to Ouagadougou.", "SANCTION", 1},
		{"a day after a massacre, the massacre stays", "2024-05-02",
			"Kenya closed its border with Somalia on Friday, a day after gunmen killed 12 people in Mandera.", "ASSAULT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// A position held now, told in the negated or "now" present, is no act;
// the act that takes or changes it, told in the past or the future, is.
func TestPrec22Stance(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"which does not recognise the tribunal", "2024-05-02",
			"Belgrade, which does not recognise the tribunal, said the verdict was political.", "SUPPORT", 0},
		{"a capital which does not recognise a republic", "2024-05-02",
			"Rabat, which does not recognise the Sahrawi republic, walked out of the summit.", "SUPPORT", 0},
		{"only a dozen states now recognise", "2024-05-02",
			"Only a dozen states now recognise Somaliland.", "SUPPORT", 0},
		{"recognised on Friday stays", "2024-05-02",
			"Ethiopia formally recognised Somaliland as an independent state on Friday.", "SUPPORT", 1},
		{"will recognise stays", "2024-05-02",
			"Kenya will recognise Somaliland next month, its foreign minister said.", "SUPPORT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}
