package code_test

import "testing"

// TestPlaceParliament checks acts at a national parliament that the
// sentence does not place in a town: they happened in the capital, not at
// a town another clause names nor in the country at large.
func TestPlaceParliament(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"stormed with another act elsewhere", "Hundreds of farmers stormed parliament on Monday to protest against a new land law, and police later fired tear gas in the port city of Mombasa.", "", "Nairobi", "KEN", ""},
		{"outside a parliament its demonym names", "Students gathered outside the Zambian parliament on Friday to demand lower fees, while others marched in Ndola.", "", "Lusaka", "ZMB", ""},
		{"a regional parliament is no country's", "Hundreds of farmers stormed the regional parliament on Monday to protest against a new land law, and police later fired tear gas in the port city of Mombasa.", "", "Mombasa", "KEN", ""},
		{"a national assembly its country named by another clause", "Hundreds of miners broke into the National Assembly on Thursday to protest against a mining law, while truckers blocked roads near Arequipa.", "", "Lima", "PER", ""},
	})
}

// TestPlaceFirstLevelUnits checks first-level units the gazetteer lacked
// (South Sudan's states, Haiti's departments, Ethiopia's newer regions,
// Colombia's departments): an event placed only by one is in it and in
// its country.
func TestPlaceFirstLevelUnits(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a South Sudanese state", "Armed youths attacked a cattle camp in Jonglei state on Saturday, a local official said.", "", "Jonglei", "SSD", ""},
		{"a state named with a direction", "Soldiers looted shops in Central Equatoria on Thursday, residents said.", "", "Central Equatoria", "SSD", ""},
		{"a Haitian department named again", "Gangs burned a clinic in Haiti on Monday. The ministry said it had sent troops to the Centre department.", "troops", "Centre Department", "HTI", ""},
		{"an Ethiopian region", "Unidentified gunmen killed six road workers in Benishangul-Gumuz on Wednesday.", "", "Benishangul-Gumuz", "ETH", ""},
		{"a Colombian department", "Dissident fighters ambushed an army patrol in Valle del Cauca on Friday, killing two soldiers.", "", "Valle del Cauca", "COL", ""},
	})
}

// TestPlaceDestination checks deportations and extraditions whose
// sentence names the country people were sent to: the act happened in
// the country they left, not in the one named after "to".
func TestPlaceDestination(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a deportation by a named state", "Malaysia deported 60 Rohingya refugees to Myanmar on Thursday despite protests from rights groups.", "", "Malaysia", "MYS", ""},
		{"a passive extradition", "A former Guatemalan army general was extradited to the United States on Friday to face drug charges.", "", "Guatemala", "GTM", ""},
		{"an extradition of a former minister", "Former Salvadoran defence minister Rafael Mena was extradited to Spain on Tuesday.", "", "El Salvador", "SLV", ""},
	})
}

// TestPlaceCarriedOn checks a physical act told right after an act at a
// village the gazetteer lacks or at a province, in a sentence that names
// no place: it happened there too, not only in the country.
func TestPlaceCarriedOn(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"after an unknown village", "Gunmen stormed the village of Tabkoura on Sunday, Niger's army said. Nine villagers were killed when the attackers opened fire on a crowd.", "Nine villagers", "Tabkoura", "NER", ""},
		{"after a province", "Rival clans clashed in Gedo region on Monday. Five people were killed when the militiamen opened fire on a market, elders said.", "Five people", "Gedo", "SOM", ""},
		{"after a village named with its district", "Soldiers burned houses in the village of Kipupu in South Kivu on Tuesday. Two farmers were shot dead when the troops fired on residents who tried to flee.", "Two farmers", "Kipupu", "COD", ""},
	})
}

// TestPlaceTownPartNamedByNoun checks a part of a capital that a noun
// qualifies ("the market district of Strelsau"): the place preposition
// before it still reaches the capital, which is where, not an actor.
func TestPlaceTownPartNamedByNoun(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a market district of a capital", "Rioters looted shops in the market district of Nairobi on Monday.", "", "Nairobi", "KEN", ""},
		{"a business district of a capital", "A car bomb exploded in the business district of Mogadishu on Sunday, killing four people.", "", "Mogadishu", "SOM", ""},
	})
}
