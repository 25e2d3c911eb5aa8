package code_test

// Precision cases common to several blind batches (wire17–wire31).

import (
	"testing"
)

// A court ordering one firm to pay another is no political event: the
// rejection of a firm's argument, a "legal battle" and a season "killed"
// by a delay are the words of a lawsuit. A court's ruling against a
// government stays.
func TestPrec26CommercialLawsuit(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"judge rejects an importer's argument", "2024-06-20",
			"A commercial court in Nairobi ordered a cement importer to pay 80 million shillings to a logistics firm on Monday. The judge rejected the importer's argument that floods had made delivery impossible.", "REJECT", 0},
		{"a legal battle between companies", "2024-06-20",
			"An appeals court in Accra on Friday upheld an order for a cocoa trader to pay $12 million to a Dutch buyer, ending a six-year legal battle between the two companies.", "ASSAULT", 0},
		{"a breach that killed a business", "2024-06-20",
			"The Supreme Court in Quito ordered a brewery to pay 30 million dollars in damages to a bottle maker. The judges said the breach had killed the bottle maker's export business.", "ASSAULT", 0},
		{"a ruling against a government stays", "2024-06-20",
			"A court in Harare ordered the government to pay compensation of 2 million dollars to families of protesters shot by soldiers in 2018. The judge rejected the government's argument that the soldiers had acted in self-defence.", "REJECT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// The noun "cooperation" that another act of its sentence is about (an
// agreement on it, praise for it, a review of it, a charge of breaking
// it) codes no cooperation of its own; forces acting jointly still do.
func TestPrec26CooperationTopic(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"a memorandum on cooperation", "2024-06-20",
			"Ghana and Togo signed a memorandum on naval and customs cooperation in Lomé on Monday.", "COOPERATE", 0},
		{"a cooperation accord", "2024-06-20",
			"Ghana and Togo signed a fisheries and security cooperation accord in Accra on Monday.", "COOPERATE", 0},
		{"praise for cooperation", "2024-06-20",
			"Kenya's interior ministry praised \"the outstanding cooperation\" with Addis Ababa.", "COOPERATE", 0},
		{"a review of cooperation", "2024-06-20",
			"Chile's foreign minister ordered a review of all defence cooperation with Lima on Friday.", "COOPERATE", 0},
		{"cooperation broken", "2024-06-20",
			"A Togolese government spokesman called the closure regrettable and said it broke the spirit of regional cooperation within ECOWAS.", "COOPERATE", 0},
		{"joint patrols stay", "2024-06-20",
			"Ghanaian and Togolese troops launched joint patrols along the Oti river on Monday.", "COOPERATE", 1},
		{"cooperation as the only act stays", "2024-06-20",
			"Ghana and Togo stepped up police cooperation against smugglers on Monday.", "COOPERATE", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// A crowd that disperses of its own accord went home: no force was used
// on it. Police dispersing a crowd, or a crowd dispersed by police, keep
// their force.
func TestPrec26CrowdWentHome(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"the crowd dispersed peacefully", "2024-06-20",
			"Several thousand teachers rallied outside the education ministry in Dodoma on Monday to demand higher pay. The crowd dispersed peacefully before nightfall, organisers said.", "ASSAULT", 0},
		{"the marchers had dispersed", "2024-06-20",
			"Hundreds of farmers marched on the governor's office in Mzuzu on Tuesday. The marchers had dispersed by late afternoon, a police spokesman said.", "PROTEST", 1},
		{"police dispersed the crowd stays", "2024-06-20",
			"Riot police dispersed the crowd in Mzuzu with tear gas on Tuesday.", "COERCE", 1},
		{"dispersed by police stays", "2024-06-20",
			"Hundreds of farmers rallied in Mzuzu on Tuesday before being dispersed with batons by riot police.", "COERCE", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// "Targeting" after a sanction or a cut tells what the measure is aimed
// at, not an attack; after an attack it stays with the attack.
func TestPrec26MeasureAimedAt(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"sanctions targeting officials", "2024-06-20",
			"Canada imposed sweeping sanctions on Eritrea on Monday, targeting officials of the ruling party and two state banks.", "ASSAULT", 0},
		{"sanctions targeting officers", "2024-06-20",
			"The European Union imposed sanctions on Eritrea on Monday, targeting senior army officers accused of abuses in Tigray.", "ASSAULT", 0},
		{"a supply cut targeting casinos", "2024-06-20",
			"Laos cut electricity, internet and fuel supplies to three border towns in Myanmar's Shan state on Tuesday, targeting casinos run by criminal gangs.", "ASSAULT", 0},
		{"an air raid targeting rebels stays", "2024-06-20",
			"Government jets bombed the hills around Kutupalong on Tuesday, targeting rebel positions, residents said.", "ASSAULT", 1},
		{"a shooting targeting passengers stays", "2024-06-20",
			"Gunmen opened fire on a minibus near Quetta on Sunday, targeting Hazara passengers, police said.", "ASSAULT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// A vow to defend, punish or go to court states a resolve, not a pledge
// to cooperate; a vow to respect a truce stays a pledge.
func TestPrec26ResolveVowed(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"vowed to defend the borders", "2024-06-20",
			"Malawi's president vowed on Monday to defend the country's borders by every lawful means.", "AGREE", 0},
		{"vowed that the attackers would face justice", "2024-06-20",
			"The regional police commander condemned the ambush and vowed that the attackers would face justice.", "AGREE", 0},
		{"vowed to take the case to court", "2024-06-20",
			"Opposition leaders denounced the verdict and vowed to take the case to the regional court in Arusha.", "AGREE", 0},
		{"vowed to respect a ceasefire stays", "2024-06-20",
			"The rebel commander vowed on Monday to respect the ceasefire agreed in Kampala.", "AGREE", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}
