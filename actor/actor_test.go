package actor

import (
	"testing"
	"time"
)

// MustLoad loads the dictionary with the given user files or fails the test.
func MustLoad(tb testing.TB, extra ...string) *Dictionary {
	tb.Helper()
	d, err := Load(extra...)
	if err != nil {
		tb.Fatalf("Load(%q): %v", extra, err)
	}
	return d
}

// MustDate parses a YYYY-MM-DD date or fails the test.
func MustDate(tb testing.TB, s string) time.Time {
	tb.Helper()
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// want is an expected mention: its text, id, sector and kind.
type want struct {
	text, id, sector, kind string
}

func TestFind(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		{"demonym and sector noun", "Pakistani soldiers were killed.", "2025-10-12",
			[]want{{"Pakistani soldiers", "PAKMIL", "MIL", KindDemonym}}},
		{"afghan refugees", "Afghan refugees crossed at Torkham.", "2025-10-12",
			[]want{{"Afghan refugees", "AFGREF", "REF", KindDemonym}}},
		{"israeli forces", "Israeli forces raided the camp.", "2025-10-12",
			[]want{{"Israeli forces", "ISRMIL", "MIL", KindDemonym}}},
		{"a sector noun inside an organisation's name", "The Kenyan Detainees' Welfare Society said inmates were beaten.", "2025-10-12",
			[]want{{"Kenyan", "KEN", "", KindDemonym}, {"inmates", "", "CVL", KindSector}}},
		{"bare demonym", "Pakistani border posts came under fire.", "2025-10-12",
			[]want{{"Pakistani", "PAK", "", KindDemonym}}},
		{"bare sector nouns", "Militants attacked and civilians fled.", "2025-10-12",
			[]want{{"Militants", "", "REB", KindSector}, {"civilians", "", "CVL", KindSector}}},
		{"a sector noun as modifier of a spokesman", "An insurgent spokesman denied it.", "2025-10-12",
			[]want{{"insurgent spokesman", "", "REB", KindSector}}},
		{"a sector noun as modifier of workers", "Three police deminers and two army medics died.", "2025-10-12",
			[]want{{"police deminers", "", "COP", KindSector}, {"army medics", "", "MIL", KindSector}}},
		{"the noun after counter- or anti- is no actor", "A counter-insurgency unit and anti-gang police raided it.", "2025-10-12",
			[]want{{"unit", "", "MIL", KindSector}, {"police", "", "COP", KindSector}}},
		{"a hyphenated deminer is no miner", "Two de-miners were hurt.", "2025-10-12",
			[]want{{"de-miners", "", "AID", KindSector}}},
		{"government forces keep the head noun", "Government troops and opposition fighters met.", "2025-10-12",
			[]want{{"Government", "", "GOV", KindSector}, {"troops", "", "MIL", KindSector}, {"opposition", "", "OPP", KindSector}, {"fighters", "", "REB", KindSector}}},
		{"a modifier does not claim a body or an office", "The military government sacked the police minister.", "2025-10-12",
			[]want{{"military", "", "MIL", KindSector}, {"government", "", "GOV", KindSector}, {"police", "", "COP", KindSector}, {"minister", "", "GOV", KindSector}}},
		{"a modifier does not claim captives", "Militia hostages were freed.", "2025-10-12",
			[]want{{"Militia", "", "MLT", KindSector}, {"hostages", "", "CVL", KindSector}}},
		{"capital as metonym", "Islamabad denies the claim, Kabul says.", "2025-10-12",
			[]want{{"Islamabad", "PAKGOV", "GOV", KindCapital}, {"Kabul", "AFGGOV", "GOV", KindCapital}}},
		{"kiev and kyiv", "Kyiv and Kiev are one city; Moscow replied.", "2025-10-12",
			[]want{{"Kyiv", "UKRGOV", "GOV", KindCapital}, {"Kiev", "UKRGOV", "GOV", KindCapital}, {"Moscow", "RUSGOV", "GOV", KindCapital}}},
		{"jerusalem is israel", "Jerusalem rejected the proposal.", "2025-10-12",
			[]want{{"Jerusalem", "ISRGOV", "GOV", KindCapital}}},
		{"seats of government", "The Kremlin and the White House spoke; the Pentagon did not.", "2025-10-12",
			[]want{{"Kremlin", "RUSGOV", "GOV", KindCapital}, {"White House", "USAGOV", "GOV", KindCapital}, {"Pentagon", "USAMIL", "MIL", KindCapital}}},
		{"title and person", "Taliban Foreign Minister Amir Khan Muttaqi said so.", "2025-10-12",
			[]want{{"Taliban Foreign Minister Amir Khan Muttaqi", "AFGGOV", "GOV", KindPerson}}},
		{"country title person", "US Secretary of State Marco Rubio called.", "2025-10-12",
			[]want{{"US Secretary of State Marco Rubio", "USAGOV", "GOV", KindPerson}}},
		{"possessive title person", "Pakistan's Defence Minister Khawaja Asif warned Kabul.", "2025-10-12",
			[]want{{"Pakistan's Defence Minister Khawaja Asif", "PAKGOV", "GOV", KindPerson}, {"Kabul", "AFGGOV", "GOV", KindCapital}}},
		{"army chief", "Field Marshal Asim Munir visited troops.", "2025-10-12",
			[]want{{"Field Marshal Asim Munir", "PAKMIL", "MIL", KindPerson}, {"troops", "", "MIL", KindSector}}},
		{"person alias", "Hemedti's RSF fighters took El Fasher.", "2025-10-12",
			[]want{{"Hemedti", "RSF", "REB", KindPerson}, {"RSF fighters", "RSF", "REB", KindGroup}}},
		{"burhan", "Abdel Fattah al-Burhan met Guterres.", "2025-10-12",
			[]want{{"Abdel Fattah al-Burhan", "SDNMIL", "MIL", KindPerson}, {"Guterres", "UN", "IGO", KindPerson}}},
		{"the US and us", "The US told us that the U.S. would act.", "2025-10-12",
			[]want{{"US", "USA", "", KindCountry}, {"U.S.", "USA", "", KindCountry}}},
		{"lower-case us alone", "Let us hope, said the man from us.", "2025-10-12", nil},
		{"acronym only as written", "The AA seized a base; aa is not a group.", "2025-10-12",
			[]want{{"AA", "AA", "REB", KindGroup}}},
		{"group with the", "the TTP claimed it and the Taliban denied it", "2025-10-12",
			[]want{{"TTP", "TTP", "REB", KindGroup}, {"Taliban", "AFGGOV", "GOV", KindGroup}}},
		{"possessive", "Pakistan's airstrikes hit Afghanistan's east.", "2025-10-12",
			[]want{{"Pakistan", "PAK", "", KindCountry}, {"Afghanistan", "AFG", "", KindCountry}}},
		{"curly apostrophe possessive", "The Taliban’s spokesman denied it.", "2025-10-12",
			[]want{{"Taliban’s spokesman", "AFGGOV", "GOV", KindGroup}}},
		{"possessive sector", "Pakistan’s army said.", "2025-10-12",
			[]want{{"Pakistan’s army", "PAKMIL", "MIL", KindCountry}}},
		{"country names", "Türkiye and Turkey, the DRC and DR Congo, Britain and the UK, Ivory Coast and Côte d'Ivoire, Burma.", "2025-10-12",
			[]want{{"Türkiye", "TUR", "", KindCountry}, {"Turkey", "TUR", "", KindCountry}, {"DRC", "COD", "", KindCountry},
				{"DR Congo", "COD", "", KindCountry}, {"Britain", "GBR", "", KindCountry}, {"UK", "GBR", "", KindCountry},
				{"Ivory Coast", "CIV", "", KindCountry}, {"Côte d'Ivoire", "CIV", "", KindCountry}, {"Burma", "MMR", "", KindCountry}}},
		{"longest country name", "the Democratic Republic of the Congo and Guinea-Bissau", "2025-10-12",
			[]want{{"Democratic Republic of the Congo", "COD", "", KindCountry}, {"Guinea-Bissau", "GNB", "", KindCountry}}},
		{"hyphenated pair", "the Pakistan-Afghanistan border", "2025-10-12",
			[]want{{"Pakistan", "PAK", "", KindCountry}, {"Afghanistan", "AFG", "", KindCountry}}},
		{"demonyms", "Sudanese, Congolese and Emirati officials", "2025-10-12",
			[]want{{"Sudanese", "SDN", "", KindDemonym}, {"Congolese", "COD", "", KindDemonym}, {"Emirati officials", "AREGOV", "GOV", KindDemonym}}},
		{"jordan the country", "Jordan condemned the strike.", "2025-10-12",
			[]want{{"Jordan", "JOR", "", KindCountry}}},
		{"jordan after a function word", "In Jordan, protesters gathered.", "2025-10-12",
			[]want{{"Jordan", "JOR", "", KindCountry}, {"protesters", "", "PRO", KindSector}}},
		{"jordan the person", "Michael Jordan scored; a man named Jordan Peterson spoke.", "2025-10-12", nil},
		{"washington post", "The Washington Post reported from Washington.", "2025-10-12",
			[]want{{"Washington Post", "USAMED", "MED", KindGroup}, {"Washington", "USAGOV", "GOV", KindCapital}}},
		// An outlet's people are media of the outlet's country, wherever
		// they work.
		{"an outlet's reporters", "Iranian police held a New York Times correspondent and two BBC reporters in Tehran.", "2025-10-12",
			[]want{{"Iranian police", "IRNCOP", "COP", KindDemonym}, {"New York Times correspondent", "USAMED", "MED", KindGroup},
				{"BBC reporters", "GBRMED", "MED", KindGroup}, {"Tehran", "IRNGOV", "GOV", KindCapital}}},
		// A body a country owns is its own; the bare Security Council is
		// the UN's.
		{"a country's security council", "Kazakhstan's Security Council met after Pakistan's National Security Council did; the Security Council voted.", "2025-10-12",
			[]want{{"Kazakhstan's Security Council", "KAZGOV", "GOV", KindCountry}, {"Pakistan's National Security Council", "PAKGOV", "GOV", KindCountry},
				{"Security Council", "UNSC", "IGO", KindOrg}}},
		{"a supreme security council without its country", "The Supreme National Security Council said it would respond.", "2025-10-12",
			[]want{{"Supreme National Security Council", "", "GOV", KindSector}}},
		// A national army whose name holds another group's alias is the
		// country's army.
		{"national defence forces", "The South Sudan People's Defence Forces and the Rwanda Defence Force patrolled.", "2025-10-12",
			[]want{{"South Sudan People's Defence Forces", "SSDMIL", "MIL", KindGroup}, {"Rwanda Defence Force", "RWAMIL", "MIL", KindCountry}}},
		// A national Red Crescent or Red Cross society is its country's;
		// the bare Red Cross is the ICRC.
		{"national red crescent societies", "The Turkish Red Crescent, Bangladesh's Red Crescent and the Red Cross sent teams.", "2025-10-12",
			[]want{{"Turkish Red Crescent", "TURAID", "AID", KindDemonym}, {"Bangladesh's Red Crescent", "BGDAID", "AID", KindCountry},
				{"Red Cross", "ICRC", "NGO", KindOrg}}},
		{"un nuclear inspectors", "Tehran expelled two U.N. nuclear inspectors.", "2025-10-12",
			[]want{{"Tehran", "IRNGOV", "GOV", KindCapital}, {"U.N. nuclear inspectors", "IAEA", "IGO", KindOrg}}},
		// People linked to an armed or criminal group are the group's.
		{"suspects linked to a group", "Troops held two suspects affiliated with Boko Haram and four youths tied to the outlawed MS-13.", "2025-10-12",
			[]want{{"Troops", "", "MIL", KindSector}, {"suspects affiliated with Boko Haram", "BOKOHARAM", "REB", KindGroup},
				{"youths tied to the outlawed MS-13", "MS13", "CRM", KindGroup}}},
		{"people linked to a ruling movement are not it", "Officials linked to the Taliban met.", "2025-10-12",
			[]want{{"Officials", "", "GOV", KindSector}, {"Taliban", "AFGGOV", "GOV", KindGroup}}},
		// The AU's council is the bare Peace and Security Council; the
		// UN's Security Council is no part of its name.
		{"the au's security council", "The Peace and Security Council suspended Niger.", "2025-10-12",
			[]want{{"Peace and Security Council", "AU", "IGO", KindOrg}, {"Niger", "NER", "", KindCountry}}},
		// Staff "from" an organisation are its own, as staff "of" it.
		{"troops from an organisation", "Troops from the African Union and officials from the OSCE arrived.", "2025-10-12",
			[]want{{"Troops from the African Union", "AU", "IGO", KindOrg}, {"officials from the OSCE", "OSCE", "IGO", KindOrg}}},
		// A noun that only describes an act is no actor.
		{"a gang rape has no gang", "Villagers described gang rapes and crowd-control weapons; militiamen gang-raped two girls.", "2025-10-12",
			[]want{{"Villagers", "", "CVL", KindSector}, {"militiamen", "", "MLT", KindSector}, {"girls", "", "CVL", KindSector}}},
		{"a gang that rapes is still a gang", "A gang raided the farm.", "2025-10-12",
			[]want{{"gang", "", "CRM", KindSector}}},
		{"a state news agency", "Moscow banned a Georgian news agency; Xinhua and TASS reported it.", "2025-10-12",
			[]want{{"Moscow", "RUSGOV", "GOV", KindCapital}, {"Georgian news agency", "GEOMED", "MED", KindDemonym},
				{"Xinhua", "CHNMED", "MED", KindGroup}, {"TASS", "RUSMED", "MED", KindGroup}}},
		{"an opposition party and its leader", "Maulana Fazlur Rehman of the Jamiat Ulema-e-Islam met FNDC leaders.", "2025-10-12",
			[]want{{"Maulana Fazlur Rehman", "PAKOPP", "OPP", KindPerson}, {"Jamiat Ulema-e-Islam", "PAKOPP", "OPP", KindGroup},
				{"FNDC leaders", "FNDC", "OPP", KindGroup}}},
		{"media premises", "Gunmen burned a Somali radio station and the newsroom of a weekly.", "2025-10-12",
			[]want{{"Gunmen", "", "REB", KindSector}, {"Somali radio station", "SOMMED", "MED", KindDemonym}, {"newsroom", "", "MED", KindSector}}},
		{"a bloc named by its region's ministers", "Southeast Asian foreign ministers and Arab leaders met.", "2025-10-12",
			[]want{{"Southeast Asian foreign ministers", "ASEAN", "IGO", KindOrg}, {"Arab leaders", "ARABLEAGUE", "IGO", KindOrg}}},
		{"a cabinet attorney general", "US Attorney General Merrick Garland spoke.", "2023-05-01",
			[]want{{"US Attorney General Merrick Garland", "USAGOV", "GOV", KindPerson}}},
		{"a person strapped with explosives", "A teenager strapped with explosives was stopped at the gate.", "2025-10-12",
			[]want{{"teenager strapped with explosives", "", "REB", KindSector}}},
		{"sector case-insensitive", "SOLDIERS and Police officers and Displaced People", "2025-10-12",
			[]want{{"SOLDIERS", "", "MIL", KindSector}, {"Police officers", "", "COP", KindSector}, {"Displaced People", "", "REF", KindSector}}},
		{"a lower-case head of state", "the emir and the sultan received the king", "2025-10-12",
			[]want{{"emir", "", "GOV", KindSector}, {"sultan", "", "GOV", KindSector}, {"king", "", "GOV", KindSector}}},
		{"capitalised heads of state are names", "Martin Luther King and Sultan Ahmed, a shopkeeper, spoke to the Shah Rukh fan club.", "2025-10-12", nil},
		{"a lower-case cleric", "the mufti and a bishop", "2025-10-12",
			[]want{{"mufti", "", "REL", KindSector}, {"bishop", "", "REL", KindSector}}},
		{"security forces are police", "Pakistani security forces killed militants.", "2025-10-12",
			[]want{{"Pakistani security forces", "PAKCOP", "COP", KindDemonym}, {"militants", "", "REB", KindSector}}},
		{"org", "UNHCR and the World Health Organization, NATO and the EU.", "2025-10-12",
			[]want{{"UNHCR", "UNHCR", "IGO", KindOrg}, {"World Health Organization", "WHO", "IGO", KindOrg}, {"NATO", "NATO", "IGO", KindOrg}, {"EU", "EU", "IGO", KindOrg}}},
		{"the UN's rights office under the UN, its acronym its own", "the UN human rights office and OHCHR", "2025-10-12",
			[]want{{"UN human rights office", "UN", "IGO", KindOrg}, {"OHCHR", "OHCHR", "IGO", KindOrg}}},
		{"ngo", "Doctors Without Borders and the ICRC", "2025-10-12",
			[]want{{"Doctors Without Borders", "MSF", "NGO", KindOrg}, {"ICRC", "ICRC", "NGO", KindOrg}}},
		{"criminal group", "the Sinaloa Cartel and CJNG clashed", "2025-10-12",
			[]want{{"Sinaloa Cartel", "SINALOA", "CRM", KindGroup}, {"CJNG", "CJNG", "CRM", KindGroup}}},
		{"state institution group", "the ISI and the IDF", "2025-10-12",
			[]want{{"ISI", "PAKSPY", "SPY", KindGroup}, {"IDF", "ISRMIL", "MIL", KindGroup}}},
		{"us federal agencies", "the CIA briefed the FBI", "2025-10-12",
			[]want{{"CIA", "USASPY", "SPY", KindGroup}, {"FBI", "USACOP", "COP", KindGroup}}},
		{"a demonym and rights group", "a Ugandan rights group", "2025-10-12",
			[]want{{"Ugandan rights group", "UGANGO", "NGO", KindDemonym}}},
		{"a non-state role keeps its sector", "Members of the Koglweogo militia and BYC leaders met.", "2025-10-12",
			[]want{{"Koglweogo militia", "BFAMLT", "MLT", KindGroup}, {"BYC leaders", "PAKPRO", "PRO", KindGroup}}},
		{"an owner's demonym names no actor", "Rockets hit a Chinese-run clinic and a Qatar-funded school; Iran-backed militias fired them.", "2025-10-12",
			[]want{{"clinic", "", "HLH", KindSector}, {"school", "", "EDU", KindSector}, {"Iran", "IRN", "", KindCountry}, {"militias", "", "MLT", KindSector}}},
		{"a name that describes a thing names no actor", "Crowds waved EU flags and Ukrainian banners; Iranian-made drones and US dollars were seized.", "2025-10-12",
			[]want{{"Crowds", "", "CVL", KindSector}, {"drones", "", "MIL", KindSector}}},
		{"a sponsor of a body names no actor", "The Iran-aligned movement and the Moscow-backed party spoke; Iran-backed militias fired.", "2025-10-12",
			[]want{{"Iran", "IRN", "", KindCountry}, {"militias", "", "MLT", KindSector}}},
		{"a sector noun before a group's name is the group", "the opposition CNL party and the rebel M23", "2025-10-12",
			[]want{{"opposition CNL", "BDIOPP", "OPP", KindGroup}, {"rebel M23", "M23", "REB", KindGroup}}},
		{"staff of an organisation", "Nurses of Médecins Sans Frontières and aid workers of the ICRC left; soldiers of Hamas stayed.", "2025-10-12",
			[]want{{"Nurses of Médecins Sans Frontières", "MSF", "NGO", KindOrg}, {"aid workers of the ICRC", "ICRC", "NGO", KindOrg}, {"soldiers", "", "MIL", KindSector}, {"Hamas", "HAMAS", "REB", KindGroup}}},
		{"group noun", "TTP militants attacked a checkpoint", "2025-10-12",
			[]want{{"TTP militants", "TTP", "REB", KindGroup}}},
		{"pakistani taliban is ttp", "the Pakistani Taliban", "2025-10-12",
			[]want{{"Pakistani Taliban", "TTP", "REB", KindGroup}}},
		{"government forces", "Afghan government forces", "2025-10-12",
			[]want{{"Afghan government forces", "AFGMIL", "MIL", KindDemonym}}},
		{"word boundaries", "Pakistanis, Pakistani, Pakistan; Omanis; Nigerien and Nigerian", "2025-10-12",
			[]want{{"Pakistanis", "PAKCVL", "CVL", KindDemonym}, {"Pakistani", "PAK", "", KindDemonym}, {"Pakistan", "PAK", "", KindCountry},
				{"Omanis", "OMNCVL", "CVL", KindDemonym}, {"Nigerien", "NER", "", KindDemonym}, {"Nigerian", "NGA", "", KindDemonym}}},
		{"no match inside words", "Iranians dialled; Indiana and Omaha are not countries.", "2025-10-12",
			[]want{{"Iranians", "IRNCVL", "CVL", KindDemonym}}},
		{"a community word after a demonym", "Iranian Kurdish opposition groups and Iraqi Sunni militias", "2025-10-12",
			[]want{{"Iranian Kurdish opposition", "IRNOPP", "OPP", KindDemonym}, {"Iraqi Sunni militias", "IRQMLT", "MLT", KindDemonym}}},
		{"dangling title dropped", "General strikes and Field Marshal rank are no actors.", "2025-10-12", nil},
		{"a splinter of a demobilised group", "A patrol was ambushed by dissidents of the former FARC.", "2025-10-12",
			[]want{{"dissidents of the former FARC", "COLREB", "REB", KindGroup}}}, // roles_t62: no one splinter
		{"the students of a university, not the university", "Troops fired on college students and pupils near a university.", "2025-10-12",
			[]want{{"Troops", "", "MIL", KindSector}, {"college students", "", "EDU", KindSector}, {"pupils", "", "EDU", KindSector}, {"university", "", "EDU", KindSector}}},
		{"crowd nouns", "Youths and herdsmen fought; nationalists cheered.", "2025-10-12",
			[]want{{"Youths", "", "CVL", KindSector}, {"herdsmen", "", "CVL", KindSector}, {"nationalists", "", "PRO", KindSector}}},
		{"a national detachment", "The Zambian detachment left on Monday.", "2025-10-12",
			[]want{{"Zambian detachment", "ZMBMIL", "MIL", KindDemonym}}},
		{"a detachment of someone else's people", "A detachment of riot police and a detachment of the UN arrived.", "2025-10-12",
			[]want{{"riot police", "", "COP", KindSector}, {"UN", "UN", "IGO", KindOrg}}},
		{"bomb disposal people are police", "Bomb disposal experts and a bomb squad defused it.", "2025-10-12",
			[]want{{"Bomb disposal experts", "", "COP", KindSector}, {"bomb squad", "", "COP", KindSector}}},
		{"a lone aircraft", "A gunship and a warplane circled while a helicopter landed.", "2025-10-12",
			[]want{{"gunship", "", "MIL", KindSector}, {"warplane", "", "MIL", KindSector}, {"helicopter", "", "MIL", KindSector}}},
		{"places of worship", "A pagoda, a monastery and two temples were burned.", "2025-10-12",
			[]want{{"pagoda", "", "REL", KindSector}, {"monastery", "", "REL", KindSector}, {"temples", "", "REL", KindSector}}},
		{"a courthouse", "Rioters torched the courthouse.", "2025-10-12",
			[]want{{"Rioters", "", "PRO", KindSector}, {"courthouse", "", "JUD", KindSector}}},
		{"empty", "", "2025-10-12", nil},
	}
	checkFind(t, d, tests)
}

func TestFindRolesByDate(t *testing.T) {
	d := MustLoad(t)
	tests := []struct {
		name, text, date    string
		id, country, sector string
	}{
		{"taliban before takeover", "the Taliban", "2021-08-14", "TAL", "AFG", "REB"},
		{"taliban on takeover day", "the Taliban", "2021-08-15", "AFGGOV", "AFG", "GOV"},
		{"taliban later", "the Taliban", "2025-10-15", "AFGGOV", "AFG", "GOV"},
		{"islamic emirate", "the Islamic Emirate", "2023-01-01", "AFGGOV", "AFG", "GOV"},
		{"taliban regime before", "the Taliban regime", "2001-10-07", "TAL", "AFG", "REB"},
		{"taliban forces before", "Taliban forces", "2019-06-01", "TAL", "AFG", "REB"},
		{"taliban forces after", "Taliban forces", "2025-10-15", "AFGMIL", "AFG", "MIL"},
		{"taliban fighters after", "Taliban fighters", "2022-01-01", "AFGMIL", "AFG", "MIL"},
		{"afghan taliban fighters after", "Afghan Taliban fighters", "2025-10-15", "AFGMIL", "AFG", "MIL"},
		{"afghan taliban fighters before", "Afghan Taliban fighters", "2015-10-15", "TAL", "AFG", "REB"},
		{"hts before", "HTS", "2024-12-07", "HTS", "SYR", "REB"},
		{"hts after", "HTS", "2024-12-08", "SYRGOV", "SYR", "GOV"},
		{"hts fighters after", "HTS fighters", "2025-01-10", "SYRMIL", "SYR", "MIL"},
		{"hezb-e-islami before its deal", "Hezb-e-Islami", "2016-09-28", "AFGREB", "AFG", "REB"},
		{"hezb-e-islami after its deal", "Hizb-i-Islami", "2016-09-29", "AFGOPP", "AFG", "OPP"},
		{"donetsk republic before annexation", "the Donetsk People's Republic", "2015-02-01", "UKRREB", "UKR", "REB"},
		{"aqim is its own branch", "AQIM", "2013-01-20", "AQIM", "DZA", "REB"},
		{"trump first term", "Donald Trump", "2018-05-01", "USAGOV", "USA", "GOV"},
		{"trump between terms", "Donald Trump", "2023-05-01", "", "USA", ""},
		{"trump second term", "Trump", "2025-10-15", "USAGOV", "USA", "GOV"},
		{"biden in office", "Joe Biden", "2022-02-24", "USAGOV", "USA", "GOV"},
		{"biden out", "Joe Biden", "2025-10-15", "", "USA", ""},
		{"khan reported days after his fall", "Imran Khan", "2022-04-12", "PAKGOV", "PAK", "GOV"},
		{"khan weeks after his fall", "Imran Khan", "2022-04-20", "", "PAK", ""},
		{"khawaja asif minister", "Khawaja Asif", "2024-03-04", "PAKGOV", "PAK", "GOV"},
		{"muttaqi before office", "Amir Khan Muttaqi", "2021-09-06", "", "AFG", ""},
		{"jolani as hts", "Abu Mohammed al-Jolani", "2020-01-01", "HTS", "SYR", "REB"},
		{"sharaa as president", "Ahmed al-Sharaa", "2025-01-01", "SYRGOV", "SYR", "GOV"},
		{"role to group", "Qassam Brigades", "2024-01-01", "HAMAS", "PSE", "REB"},
		{"rajoelina second term", "Andry Rajoelina", "2024-06-01", "MDGGOV", "MDG", "GOV"},
		{"rajoelina after his ouster", "Rajoelina", "2025-11-01", "", "MDG", ""},
		{"saab as a businessman", "Alex Saab", "2023-12-20", "VENBUS", "VEN", "BUS"},
		{"saab as a minister", "Alex Saab", "2024-11-01", "VENGOV", "VEN", "GOV"},
		{"irfaan ali before office", "Irfaan Ali", "2019-06-01", "", "GUY", ""},
		{"irfaan ali as president", "Mohamed Irfaan Ali", "2023-12-14", "GUYGOV", "GUY", "GOV"},
		{"xiomara castro in office", "Xiomara Castro", "2023-03-26", "HNDGOV", "HND", "GOV"},
		{"xiomara castro after her term", "Xiomara Castro", "2026-03-01", "", "HND", ""},
		{"fico between terms", "Robert Fico", "2020-01-01", "", "SVK", ""},
		{"fico third term", "Fico", "2024-05-15", "SVKGOV", "SVK", "GOV"},
		{"conille after his dismissal", "Garry Conille", "2024-12-01", "", "HTI", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := d.Find(tt.text, MustDate(t, tt.date))
			if len(got) != 1 {
				t.Fatalf("Find(%q) = %v, want one mention", tt.text, got)
			}
			a := got[0].Actor
			if a.ID != tt.id || a.Country != tt.country || a.Sector != tt.sector {
				t.Errorf("Find(%q, %s) = %s/%s/%s, want %s/%s/%s", tt.text, tt.date, a.ID, a.Country, a.Sector, tt.id, tt.country, tt.sector)
			}
		})
	}
}

func TestFindZeroDateIsToday(t *testing.T) {
	d := MustLoad(t)
	got := d.Find("the Taliban", time.Time{})
	want := d.Find("the Taliban", time.Now())
	if len(got) != 1 || len(want) != 1 || got[0].Actor != want[0].Actor {
		t.Errorf("zero date gives %v, today gives %v", got, want)
	}
}

func TestLookup(t *testing.T) {
	d := MustLoad(t)
	tests := []struct {
		name, id, date          string
		ok                      bool
		wantID, country, sector string
	}{
		{"group", "TTP", "2025-10-15", true, "TTP", "PAK", "REB"},
		{"country", "PAK", "2025-10-15", true, "PAK", "PAK", ""},
		{"state actor", "AFGGOV", "2025-10-15", true, "AFGGOV", "AFG", "GOV"},
		{"taliban before", "TAL", "2020-01-01", true, "TAL", "AFG", "REB"},
		{"taliban after", "TAL", "2022-01-01", true, "AFGGOV", "AFG", "GOV"},
		{"org", "UN", "2025-10-15", true, "UN", "", "IGO"},
		{"person", "Mark Rutte", "2025-10-15", true, "NATO", "", "IGO"},
		{"unknown", "NOPE", "2025-10-15", false, "", "", ""},
		{"unknown sector", "PAKXYZ", "2025-10-15", false, "", "", ""},
		{"unknown country", "QQQGOV", "2025-10-15", false, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := d.Lookup(tt.id, MustDate(t, tt.date))
			if ok != tt.ok {
				t.Fatalf("Lookup(%q) ok = %v, want %v", tt.id, ok, tt.ok)
			}
			if !ok {
				return
			}
			if a.ID != tt.wantID || a.Country != tt.country || a.Sector != tt.sector || a.Name == "" {
				t.Errorf("Lookup(%q) = %+v, want %s/%s/%s with a name", tt.id, a, tt.wantID, tt.country, tt.sector)
			}
		})
	}
}

func TestCountry(t *testing.T) {
	d := MustLoad(t)
	for iso, name := range map[string]string{"PAK": "Pakistan", "AFG": "Afghanistan", "COD": "Democratic Republic of the Congo", "TUR": "Türkiye", "PSE": "Palestine"} {
		if got, ok := d.Country(iso); !ok || got != name {
			t.Errorf("Country(%q) = %q, %v; want %q", iso, got, ok, name)
		}
	}
	if _, ok := d.Country("XXX"); ok {
		t.Error("Country(XXX) ok, want unknown")
	}
}

func TestVersion(t *testing.T) {
	if v := MustLoad(t).Version(); v != "2025.11" {
		t.Errorf("Version() = %q, want 2025.11", v)
	}
}

func TestFindConcurrent(t *testing.T) {
	d := MustLoad(t)
	date := MustDate(t, day)
	lines := []string{"Pakistani soldiers and Afghan refugees", "Taliban Foreign Minister Amir Khan Muttaqi", "The Côte d’Ivoire government"}
	want := make([][]Mention, len(lines))
	for i, l := range lines {
		want[i] = d.Find(l, date)
	}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			ok := true
			for n := 0; n < 200; n++ {
				i := n % len(lines)
				got := d.Find(lines[i], date)
				if len(got) != len(want[i]) || got[0] != want[i][0] {
					ok = false
				}
			}
			done <- ok
		}()
	}
	for g := 0; g < 4; g++ {
		if !<-done {
			t.Error("concurrent Find gave a different answer")
		}
	}
}

// findCase is one sentence and the mentions Find must return for it, in
// order, on date.
type findCase struct {
	name string
	text string
	date string
	want []want
}

// checkFind runs Find on each case and compares each mention's text, id,
// sector and kind; it also checks that offsets and the actor's text agree
// with the mention and that every known actor has a name.
func checkFind(t *testing.T, d *Dictionary, tests []findCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := d.Find(tt.text, MustDate(t, tt.date))
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q) = %d mentions %v, want %d %v", tt.text, len(got), got, len(tt.want), tt.want)
			}
			for i, m := range got {
				w := tt.want[i]
				if m.Text != w.text || m.Actor.ID != w.id || m.Actor.Sector != w.sector || m.Kind != w.kind {
					t.Errorf("mention %d = {%q %s %s %s}, want {%q %s %s %s}", i, m.Text, m.Actor.ID, m.Actor.Sector, m.Kind, w.text, w.id, w.sector, w.kind)
				}
				if tt.text[m.Start:m.End] != m.Text || m.Actor.Text != m.Text {
					t.Errorf("mention %d: offsets [%d,%d) give %q, text %q, actor text %q", i, m.Start, m.End, tt.text[m.Start:m.End], m.Text, m.Actor.Text)
				}
				if m.Actor.ID != "" && m.Actor.Name == "" {
					t.Errorf("mention %d (%s) has no name", i, m.Actor.ID)
				}
			}
		})
	}
}
