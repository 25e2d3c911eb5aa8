package geo

import "strings"

// wordSet builds a set from space-separated words.
func wordSet(words string) map[string]bool {
	m := make(map[string]bool, 256)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// commonWords are generated (GeoNames) place names that are far more often
// something else in English news: common words, weekdays and months,
// companies and armed groups. A generated name spelled
// like one is never taken for a place; curated rows are not affected, so
// "Jordan" the country and "Nice" the city stay.
var commonWords = wordSet(`
a an and are as at be but by can do for from go has have he her his i if in is it
its me my no not of on one or our out over per see she so than that the their them
then they this to too two up us was we were who why will with you your
able about after again ago all along also am any back been before best both came
come day did does done down each early end even ever far few first found gave get
give goes going good got great had half halfway hard here high how just keep kind
last late lead left less let like little long look lot made make many may mean
more most much must near never new next now off old once only other own part
plenty put real right run said same say says seen set since small so some soon
still such sure take than tell till time told took under upon very want way well
went what when where which while whole why worth yet young
alliance arab army bar base bay bear beach bell bells bishop black blue box branch
bridge brown camp capital cash center central centre chance change charge church
circle city coin college colony commerce concord congress cool corner council
court crystal date deal delta diamond dollar driver eagle earth east economy echo
effort egg energy enterprise equality fair faith fame farm federal ferry field fire
flag force forest fortune freedom friendship front future gap gateway glory gold
golden grace grand grant grants gray green grey grove harbor harbour harmony haven
hazard health heart hill hills home hope hospital house hub humble industry island
joy junction justice kill king lake land landing law liberal liberty lion
lions market media mercy mine mission mobile model money moon mountain nation
national nice north normal ocean office opportunity orange order paradise
paper park patience peace pioneer plain plains plan pleasant point police pool
post power price pride progress prospect providence reading reform republic
red research reserve rich ridge river rock rose royal ruby rural safety sale salt
school sea sector security shell side silver snow south space spring square star
state station stone story strong success summit sun sunrise sunset supreme
surprise tank tea temple theatre time tower trade train trip triumph trust
truth union unity university valley victory view village vine wall war water
welcome well west white wing winner winter wood zone
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november
december christmas easter
honda nokia toyota taliban hamas hezbollah houthi houthis isis nato wagner
abu al el la le de del da di du das dos des
`)

// givenNames are generated place names that are more often a person's
// first name or surname; one counts as a place only for a big town in a
// country the text is about ("David", Panama).
var givenNames = wordSet(`
adam adams adrian alexander alice ali anna anthony arthur benjamin blair bruno
bush charles clinton daniel david donald douglas elizabeth ford franklin george
harris hassan henry hussein jenkins john johnson joseph kennedy khan maria mark
martin mary miller moore morgan morris obama paul scott simon spencer thomas
vance vladimir walker watson wilson
`)

// titles are words that make the name after them a person's: "President
// Jordan", "Gen. Mir", "Mr Ali".
var titles = wordSet(`
mr mrs ms miss dr sir lord lady dame president vice general gen lieutenant lt
colonel col major maj captain capt sergeant sgt commander cmdr admiral adm
minister premier chancellor senator sen rep representative congressman
congresswoman governor gov mayor judge justice ambassador secretary chairman
chairwoman chair chief king queen prince princess sheikh shaikh emir imam mullah
maulana mufti ayatollah pope cardinal bishop rabbi reverend rev father professor
prof coach spokesman spokeswoman spokesperson officer inspector superintendent
commissioner marshal corporal cpl brigadier brig
`)

// placeWords may stand right before a place name without making it part of
// a person's name: "Northern Gaza", "Greater Karachi", "Occupied Jerusalem".
var placeWords = wordSet(`
north south east west northern southern eastern western central northeast
northwest southeast southwest northeastern northwestern southeastern
southwestern upper lower greater inner outer occupied rural urban downtown
metropolitan metro old new the in at on near from to into across outside inside
of and or but for by with after before during via through around between
yesterday today tonight meanwhile however earlier later overnight also then
while when where as since until unlike like both
`)

// stopInitial lists names that are common English words when capitalised
// only because they open a sentence ("May", "Nice", "Split").
var stopInitial = map[string]bool{
	"may": true, "nice": true, "bath": true, "reading": true, "mobile": true,
	"split": true, "buffalo": true, "of": true, "male": true, "sale": true,
	"hull": true, "deal": true, "wells": true, "march": true, "hope": true,
	"orange": true, "independence": true, "union": true, "sake": true,
	"tank": true, "bar": true, "bay": true, "chin": true, "kaya": true,
}

// keepBefore lists capitalised words that may follow a place name without
// making it part of some other proper name: "Kabul Airport", "Pakistan Army",
// "Islamabad High Court".
var keepBefore = map[string]bool{
	"army": true, "armed": true, "air": true, "force": true, "forces": true,
	"police": true, "government": true, "ministry": true, "minister": true,
	"province": true, "provincial": true, "district": true, "state": true,
	"city": true, "region": true, "university": true, "airport": true,
	"border": true, "foreign": true, "defence": true, "defense": true,
	"navy": true, "naval": true, "health": true, "interior": true,
	"high": true, "supreme": true, "court": true, "parliament": true,
	"senate": true, "assembly": true, "cabinet": true, "embassy": true,
	"consulate": true, "national": true, "red": true, "international": true,
	"president": true, "prime": true, "chief": true, "governor": true,
	"military": true, "security": true, "intelligence": true, "valley": true,
	"river": true, "highway": true, "road": true, "port": true, "sea": true,
	"coast": true, "zone": true, "camp": true, "crossing": true,
	"corridor": true, "front": true, "frontier": true, "office": true,
	"authorities": true, "authority": true, "officials": true,
	"commission": true, "central": true, "bank": true, "council": true,
	"muslims": true, "christians": true, "refugees": true,
	"taliban": true, "cricket": true, "media": true, "news": true,
	"east": true, "west": true, "north": true, "south": true,
}

// arabicArticles are the spellings of the Arabic article that open place
// names in English text, often in lower case: "al-Bayda", "el-Fasher",
// "ad-Dawr", "ash-Shaddadi".
var arabicArticles = wordSet(`al el ad ar as ash at az an ed en er es et ez`)

// nameLinks join the parts of a Romance-language place name: "Lanao del
// Sur", "Cerro de Pasco".
var nameLinks = wordSet(`del de do da di du des dos das`)

// regionNouns after a demonym make it a region's name: "Ethiopia's Somali
// region".
var regionNouns = wordSet(`region regional state province`)

// demonyms name a country without naming a place ("Pakistani airstrikes");
// they add the country to a text's focus.
var demonyms = map[string]string{
	"afghan": "AFG", "afghans": "AFG", "pakistani": "PAK", "pakistanis": "PAK",
	"indian": "IND", "indians": "IND", "israeli": "ISR", "israelis": "ISR",
	"palestinian": "PSE", "palestinians": "PSE", "lebanese": "LBN",
	"libyan": "LBY", "libyans": "LBY", "sudanese": "SDN", "ukrainian": "UKR",
	"ukrainians": "UKR", "russian": "RUS", "russians": "RUS", "syrian": "SYR",
	"syrians": "SYR", "yemeni": "YEM", "yemenis": "YEM", "somali": "SOM",
	"nigerian": "NGA", "nigerians": "NGA", "malian": "MLI", "congolese": "COD",
	"iranian": "IRN", "iranians": "IRN", "iraqi": "IRQ", "iraqis": "IRQ",
	"turkish": "TUR", "american": "USA", "americans": "USA", "british": "GBR",
	"chinese": "CHN", "burmese": "MMR", "egyptian": "EGY", "jordanian": "JOR",
	"saudi": "SAU", "qatari": "QAT", "emirati": "ARE", "ethiopian": "ETH",
	"eritrean": "ERI", "chadian": "TCD", "nigerien": "NER", "burkinabe": "BFA",
	"mexican": "MEX", "spanish": "ESP", "venezuelan": "VEN",
	"argentine": "ARG", "argentinian": "ARG", "chilean": "CHL", "egyptians": "EGY",
	"australian": "AUS", "canadian": "CAN", "georgian": "GEO",
	"bangladeshi": "BGD", "french": "FRA", "german": "DEU",
	"philippine": "PHL", "filipino": "PHL", "colombian": "COL", "haitian": "HTI",
	"thai": "THA", "cambodian": "KHM", "vietnamese": "VNM", "korean": "KOR",
	"japanese": "JPN", "indonesian": "IDN", "malaysian": "MYS", "kenyan": "KEN",
	"ugandan": "UGA", "rwandan": "RWA", "tanzanian": "TZA", "cameroonian": "CMR",
	"senegalese": "SEN", "algerian": "DZA", "tunisian": "TUN", "moroccan": "MAR",
	"armenian": "ARM", "azerbaijani": "AZE", "serbian": "SRB", "kosovar": "XKX",
	"polish": "POL", "estonian": "EST", "latvian": "LVA", "lithuanian": "LTU",
	"belarusian": "BLR", "moldovan": "MDA", "romanian": "ROU", "hungarian": "HUN",
	"italian": "ITA", "dutch": "NLD", "belgian": "BEL", "swiss": "CHE",
	"austrian": "AUT", "greek": "GRC", "cypriot": "CYP", "peruvian": "PER",
	"ecuadorian": "ECU", "bolivian": "BOL", "brazilian": "BRA", "cuban": "CUB",
	"honduran": "HND", "guatemalan": "GTM", "salvadoran": "SLV",
	"nicaraguan": "NIC", "panamanian": "PAN", "jamaican": "JAM", "nepali": "NPL",
	"nepalese": "NPL", "kazakh": "KAZ", "uzbek": "UZB", "tajik": "TJK",
	"kyrgyz": "KGZ", "turkmen": "TKM", "mongolian": "MNG", "taiwanese": "TWN",
	"fijian": "FJI", "zimbabwean": "ZWE", "zambian": "ZMB", "malawian": "MWI",
	"mozambican": "MOZ", "angolan": "AGO", "namibian": "NAM", "ghanaian": "GHA",
	"ivorian": "CIV", "guinean": "GIN", "liberian": "LBR", "mauritanian": "MRT",
	"gambian": "GMB", "togolese": "TGO", "beninese": "BEN", "gabonese": "GAB",
	"somalis": "SOM", "kuwaiti": "KWT", "bahraini": "BHR", "omani": "OMN",
	"lankan": "LKA", "bangladeshis": "BGD",
	"tigrayan": "ETH", "ethiopians": "ETH", "kenyans": "KEN", "rohingya": "MMR",
}
