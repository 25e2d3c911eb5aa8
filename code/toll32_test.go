package code_test

import "testing"

// TestToll32 checks tolls whose victims are told without a figure, in
// sentences of our own: some event of the text carries the toll.
func TestToll32(t *testing.T) {
	checkTolls(t, []tollCase{
		// A verb of wounding whose object lists persons one by one,
		// opened by "a", "the" or a possessive.
		{"wounding possessive and single", "Two men on a scooter threw a grenade at the home of a village councillor in Marawi on Sunday, wounding his bodyguard and a 12-year-old girl, police said.", -1, 2, ""},
		{"wounding definite and figure", "Masked men tossed a grenade into a bakery in Kirkuk on Friday, wounding the baker and two customers.", -1, 3, ""},
		{"wounded single", "A grenade tossed into a checkpoint in Pattani wounded a ranger, police said.", -1, 1, ""},
		{"wounding possessive after killing", "Rebels fired mortars at a market in Goma on Sunday, killing three children and wounding their father.", 3, 1, ""},
		{"wounded possessive second verb", "Bandits killed a village head and wounded his son as they returned from a market in Gusau, police said.", 1, 1, ""},
		// A count set in quotes with its noun, the speaker's own word for
		// the toll, also after "what X described as".
		{"quoted count with noun", "Chad's army said on Monday its jets had struck three hideouts of the rebel group near Faya, killing \"dozens of fighters\".", 12, -1, ""},
		{"quoted figure with noun", "Ghanaian troops raided a militant base near Bawku on Sunday, killing \"over 20 gunmen\", a defence spokesman said.", 20, -1, ""},
		{"described as quoted", "Malian Air Force helicopters bombed an insurgent camp in the Gourma forest, killing what the army described as \"scores of militants\".", 12, -1, ""},
		// One person named by a role after "the" or a possessive,
		// with others added after the name.
		{"possessive role and name", "Soldiers raided the offices of an opposition movement in Bangui on Tuesday, killing its leader Marc Dologuele, the government said.", 1, -1, ""},
		{"group noun modifier no one", "Sudanese jets bombed an insurgent camp near Kutum on Monday, killing fighters, the army said.", -2, -1, ""},
		{"role name and others", "A suicide bomber killed the Taliban governor of Kunar province, Abdul Rahim Sherzad, and at least four other people inside a mosque on Friday.", 5, -1, ""},
		// A passive toll with no killer, in a clause joined by "and"
		// after the act, or before a riot told with "as": the act's toll.
		{"and passive after shelling", "Troops shelled the village of Kamako on Monday, and at least five civilians were killed, residents said.", 5, -1, "ASSAULT heavy-weapons"},
		{"and perfect passive after mob", "Mobs armed with clubs attacked traders and looted their stalls in Accra on Monday, and at least four people have been killed, police said.", 4, -1, "ASSAULT beat"},
		{"killed as rioters", "At least 12 people were killed as rioters looted and burned shops in Kisumu and Nakuru on Friday.", 12, -1, "PROTEST riot"},
		// A list of victims after a toll verb whose items a participle
		// qualifies or "of them" picks from those named before.
		{"list item before participle", "Gunmen shot dead two vaccination workers and a police constable escorting them in Bajaur on Monday.", 3, -1, ""},
		{"list item misread before participle", "Gunmen shot dead two health workers and a constable escorting them in Bajaur on Monday.", 3, -1, ""},
		{"of them and one more", "Militants opened fire on shepherds near Palmyra on Friday, killing six of them and a watchman escorting the flock.", 7, -1, ""},
		// A passive "shot" that says how the victim was hit, not that
		// he died, wounds one.
		{"shot and wounded", "Two farmers were abducted by armed men near Tocoa on Friday, residents said. A third man was shot and wounded as he tried to help them.", -1, 1, ""},
		{"shot in the arm", "Soldiers exchanged fire with rebels near Ilaga for an hour on Sunday, and one soldier was shot in the arm.", -1, 1, ""},
		{"shot several times", "Gunmen ambushed a police patrol outside Kisii on Monday, and an officer was shot several times, police said.", -1, 1, ""},
	})
}
