package geo

import (
	"math"
	"testing"
)

// TestPlace50Spellings checks spellings of conflict-zone towns that wires
// use and the gazetteer once missed (Kismaayo, Tel Afar, Severodonetsk),
// and that the namesakes elsewhere they could be taken for still win
// where they did.
func TestPlace50Spellings(t *testing.T) {
	checkSpellings(t, MustLoad(t), []spellingCase{
		{"Somali port in Somali spelling", "Al-Shabaab fighters shelled Kismaayo overnight.", "Kismaayo", "SOM", -0.36, 42.55},
		{"Italian-era Somali spelling", "Troops returned to Chisimaio after the rains.", "Chisimaio", "SOM", -0.36, 42.55},
		{"Beledweyne split", "A suicide bomber struck a checkpoint in Beled Weyne.", "Beled Weyne", "SOM", 4.74, 45.20},
		{"Baardheere", "Government forces entered Baardheere without a fight.", "Baardheere", "SOM", 2.34, 42.28},
		{"Xuddur", "The militants besieged Xuddur for months.", "Xuddur", "SOM", 4.12, 43.89},
		{"Burco", "Elders met in Burco to settle the dispute.", "Burco", "SOM", 9.52, 45.53},
		{"Deir el-Zour", "Airstrikes hit oil fields near Deir el-Zour.", "Deir el-Zour", "SYR", 35.34, 40.14},
		{"Maarat al-Nouman", "Barrel bombs fell on Maarat al-Nouman at dawn.", "Maarat al-Nouman", "SYR", 35.65, 36.68},
		{"Jisr al-Shughur", "Rebels overran Jisr al-Shughur in April.", "Jisr al-Shughur", "SYR", 35.81, 36.32},
		{"Khan Sheikhoun", "The chemical attack on Khan Sheikhoun killed scores.", "Khan Sheikhoun", "SYR", 35.44, 36.65},
		{"Tel Abyad", "Kurdish fighters withdrew from Tel Abyad.", "Tel Abyad", "SYR", 36.70, 38.95},
		{"Serekaniye", "Shelling resumed around Serekaniye on Friday.", "Serekaniye", "SYR", 36.85, 40.07},
		{"Al-Mayadeen", "Drones struck a convoy near Al-Mayadeen.", "Al-Mayadeen", "SYR", 35.02, 40.45},
		{"Tabqa", "The dam at Tabqa was seized by the SDF.", "Tabqa", "SYR", 35.84, 38.55},
		{"al-Hol camp", "Women were repatriated from al-Hol camp this week.", "al-Hol camp", "SYR", 36.39, 41.15},
		{"Tel Rifaat", "Turkish artillery shelled Tel Rifaat.", "Tel Rifaat", "SYR", 36.47, 37.09},
		{"Hmeimim", "Drones targeted the Russian base at Hmeimim.", "Hmeimim", "SYR", 35.41, 35.95},
		{"Tel Afar", "Iraqi forces retook Tel Afar in 2017.", "Tel Afar", "IRQ", 36.38, 42.45},
		{"Baiji refinery town", "Fighting closed the refinery at Beiji.", "Beiji", "IRQ", 34.93, 43.49},
		{"Tuz Khurmatu", "Clashes broke out in Tuz Khurmatu after the vote.", "Tuz Khurmatu", "IRQ", 34.89, 44.63},
		{"Hawija", "Militants were driven out of Hawija.", "Hawija", "IRQ", 35.33, 43.77},
		{"Hilla", "A truck bomb exploded in Hilla.", "Hilla", "IRQ", 32.46, 44.42},
		{"Qaraqosh", "Christians returned to Qaraqosh.", "Qaraqosh", "IRQ", 36.27, 43.38},
		{"Sadr City", "Gunmen fired on protesters in Sadr City.", "Sadr City", "IRQ", 33.39, 44.46},
		{"Ain al-Asad", "Rockets struck Ain al-Asad air base.", "Ain al-Asad", "IRQ", 33.79, 42.44},
		{"Mokha", "Coalition ships reached Mokha.", "Mokha", "YEM", 13.32, 43.25},
		{"Taez", "Snipers shot civilians in Taez.", "Taez", "YEM", 13.58, 44.02},
		{"Al-Dali is not Dali in China", "Houthi fighters attacked positions in Al-Dali.", "Al-Dali", "YEM", 13.70, 44.70},
		{"Seiyun", "The airport at Seiyun reopened.", "Seiyun", "YEM", 15.94, 48.79},
		{"Misrata road to Tobruk", "Parliament met in Tobruk on Tuesday.", "Tobruk", "LBY", 32.08, 23.96},
		{"Zawiya", "Militias clashed in Zawiya west of the capital.", "Zawiya", "LBY", 32.75, 12.73},
		{"Marsa el Brega", "Guards shut the terminal at Marsa el Brega.", "Marsa el Brega", "LBY", 30.41, 19.58},
		{"Tarin Kowt", "The Taliban attacked Tarin Kowt.", "Tarin Kowt", "AFG", 32.63, 65.88},
		{"Sheberghan", "A bomb went off in Sheberghan.", "Sheberghan", "AFG", 36.67, 65.75},
		{"Marja", "Marines pushed into Marja in February.", "Marja", "AFG", 31.52, 64.12},
		{"Musa Qala", "British troops held Musa Qala.", "Musa Qala", "AFG", 32.45, 64.74},
		{"Noshki", "Separatists attacked a camp in Noshki.", "Noshki", "PAK", 29.55, 66.02},
		{"Shopian", "A gunfight broke out in Shopian.", "Shopian", "IND", 33.72, 74.83},
		{"Ed Da'ein", "RSF fighters entered Ed Da'ein.", "Ed Da'ein", "SDN", 11.46, 26.13},
		{"Um Rawaba", "Shelling hit Um Rawaba market.", "Um Rawaba", "SDN", 12.91, 31.22},
		{"Kebkabiya", "Aid reached Kebkabiya at last.", "Kebkabiya", "SDN", 13.65, 24.09},
		{"Abyei", "Peacekeepers were killed in Abyei.", "Abyei", "SDN", 9.60, 28.44},
		{"Shire Inda Selassie", "Displaced families sheltered in Shire Inda Selassie.", "Shire Inda Selassie", "ETH", 14.10, 38.28},
		{"Dessie", "Tigrayan forces claimed Dessie.", "Dessie", "ETH", 11.13, 39.63},
		{"Woldiya", "Fighting reached Woldiya.", "Woldiya", "ETH", 11.83, 39.60},
		{"Aguelhok", "Peacekeepers were attacked at Aguelhok.", "Aguelhok", "MLI", 19.46, 0.86},
		{"Sévaré", "Soldiers were deployed to Sévaré.", "Sévaré", "MLI", 14.53, -4.10},
		{"N'Guigmi", "Refugees gathered at N'Guigmi.", "N'Guigmi", "NER", 14.25, 13.11},
		{"Malam Fatori", "Insurgents overran Malam Fatori.", "Malam Fatori", "NGA", 13.67, 13.34},
		{"Fotokol", "Boko Haram raided Fotokol.", "Fotokol", "CMR", 12.37, 14.22},
		{"Oicha", "ADF rebels killed villagers near Oicha.", "Oicha", "COD", 0.70, 29.52},
		{"N'Dele", "Rebels seized N'Dele.", "N'Dele", "CAF", 8.41, 20.65},
		{"Severodonetsk", "Russian forces shelled Severodonetsk.", "Severodonetsk", "UKR", 48.95, 38.49},
		{"Lisichansk", "Ukrainian troops left Lisichansk.", "Lisichansk", "UKR", 48.90, 38.44},
		{"Artemovsk", "Moscow calls the town Artemovsk.", "Artemovsk", "UKR", 48.60, 38.00},
		{"Debaltsevo", "Thousands were trapped in Debaltsevo.", "Debaltsevo", "UKR", 48.34, 38.40},
		{"Gorlovka", "Shells landed in Gorlovka.", "Gorlovka", "UKR", 48.34, 38.05},
		{"Irpen", "The bridge at Irpen was blown.", "Irpen", "UKR", 50.52, 30.25},
		{"Berdyansk", "A landing ship burned at Berdyansk.", "Berdyansk", "UKR", 46.77, 36.80},
		{"Marinka", "Marinka was reduced to ruins.", "Marinka", "UKR", 47.95, 37.51},
		{"Khan Yonis", "Tanks advanced on Khan Yonis.", "Khan Yonis", "PSE", 31.34, 34.31},
		{"Shujaiyeh", "Airstrikes flattened blocks in Shujaiyeh.", "Shujaiyeh", "PSE", 31.50, 34.47},
		{"Bani Suheila", "A house was hit in Bani Suheila.", "Bani Suheila", "PSE", 31.34, 34.32},
		{"Nur Shams", "Troops raided Nur Shams camp.", "Nur Shams", "PSE", 32.31, 35.06},
		{"Ofakim", "Gunmen entered Ofakim on October 7.", "Ofakim", "ISR", 31.31, 34.62},
		{"Ain el-Hilweh", "Clashes erupted in Ain el-Hilweh.", "Ain el-Hilweh", "LBN", 33.54, 35.38},
		{"Arsal", "The army shelled militants outside Arsal.", "Arsal", "LBN", 34.18, 36.42},
		{"Tavoy", "The port was planned near Tavoy.", "Tavoy", "MMR", 14.08, 98.19},
		{"Mrauk-U", "The Arakan Army took Mrauk-U.", "Mrauk-U", "MMR", 20.59, 93.19},
		{"Qazax", "Armenian shells hit Qazax.", "Qazax", "AZE", 41.09, 45.37},
		{"Tskhinval", "Russian troops entered Tskhinval.", "Tskhinval", "GEO", 42.23, 43.97},
		{"Birganj", "Police fired on protesters in Birganj.", "Birganj", "NPL", 27.02, 84.88},
		{"Nepalganj", "A curfew was imposed in Nepalganj.", "Nepalganj", "NPL", 28.05, 81.62},
		{"Petion-Ville", "Gangs attacked Petion-Ville overnight.", "Petion-Ville", "HTI", 18.51, -72.29},
		{"Acapulco", "Gunmen killed five in Acapulco.", "Acapulco", "MEX", 16.85, -99.91},
		// Namesakes that must keep their place.
		{"Samara stays in Russia", "Drones struck a refinery in Samara.", "Samara", "RUS", 53.20, 50.15},
		{"Dzerzhinsk stays in Russia", "A blast hit a plant in Dzerzhinsk.", "Dzerzhinsk", "RUS", 56.24, 43.46},
		{"Nazareth stays in Israel", "Police deployed in Nazareth.", "Nazareth", "ISR", 32.70, 35.30},
		{"Dali stays in China", "Tourists returned to Dali in Yunnan.", "Dali", "CHN", 25.58, 100.21},
		{"Palma stays in Spain", "Protesters marched in Palma.", "Palma", "ESP", 39.57, 2.65},
	})
}

// spellingCase is a place named in a sentence of its own: the spelling
// Find must resolve, to the country given and within 0.2 degrees of the
// point given.
type spellingCase struct {
	name, text, spelling, country string
	lat, lon                      float64
}

// checkSpellings runs the cases as subtests of t.
func checkSpellings(t *testing.T, g *Gazetteer, cases []spellingCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			for _, p := range g.Find(tt.text, Hint{}) {
				if p.Text != tt.spelling && p.Name != tt.spelling {
					continue
				}
				if p.Country != tt.country || math.Abs(p.Lat-tt.lat) > 0.2 || math.Abs(p.Lon-tt.lon) > 0.2 {
					t.Fatalf("Find(%q): %q = %s %s (%.2f, %.2f), want %s near (%.2f, %.2f)",
						tt.text, p.Text, p.Name, p.Country, p.Lat, p.Lon, tt.country, tt.lat, tt.lon)
				}
				return
			}
			t.Fatalf("Find(%q) = %v, want %q in %s", tt.text, g.Find(tt.text, Hint{}), tt.spelling, tt.country)
		})
	}
}
