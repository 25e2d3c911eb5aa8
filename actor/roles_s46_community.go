package actor

// communityNounsS46 add to communityWords the forms the news also puts
// between a demonym and a sector noun: the people's noun used as an
// adjective ("Turkish Kurd refugees", "Iraqi Copt families"), the other
// spellings of a people's adjective ("Pakistani Balochi students",
// "Malian Peul herders") and communities the list lacked ("Syrian
// Assyrian villagers", "Egyptian Coptic worshippers"). The demonym still
// names the state whose people they are.
var communityNounsS46 = wordSet(`Kurd Copt Coptic Alevi Ismaili Ahmadi
	Bedouin Balochi Baluchi Peul Fula Sinhala Yezidi Ezidi Assyrian Chaldean
	Maronite Evangelical Anglican Sufi Salafi Kanuri Zaghawa Masalit Hmong
	Uygur Pakhtun`)

// communityWordS46 reports whether w may stand between a demonym and a
// sector noun (see communityWords).
func communityWordS46(w string) bool {
	return communityWords[w] || communityNounsS46[w]
}
