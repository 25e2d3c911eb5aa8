package code_test

import "testing"

// TestPlaceTownInTheRegion checks a town the gazetteer lacks named after
// a place noun and placed by "in the … region": the act was in the town,
// not across the region.
func TestPlaceTownInTheRegion(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"village of, in the province", "Militiamen torched the village of Bakwanga-Lita in the Ituri province on Saturday, killing 11 people, a local official said.", "", "", "COD", "Bakwanga-Lita"},
		{"town of, in the directed region", "Rebels overran the town of Sorkolé in the northern Tillabéri region on Tuesday after a two-day battle with the army.", "", "", "NER", "Sorkolé"},
		{"near, in the state", "Bandits abducted 30 travellers near Gidan Tudu in the Zamfara state on Monday, police said.", "", "", "NGA", "Gidan Tudu"},
	})
}

// TestPlaceAccuserSeat checks an accuser placed in a town ("lawmakers in
// X accused the army of killing …") when the act is told later in the
// sentence with a place of its own: the act was there, not where the
// accusers sit.
func TestPlaceAccuserSeat(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"accused, with a when clause", "Rights groups in Abuja on Tuesday accused the army of killing 14 farmers when troops raided the village of Tungan Kudu in the Niger state last week.", "", "Tungan Kudu", "NGA", ""},
		{"accused, a region named with the", "Activists in Khartoum accused the paramilitaries of killing 40 villagers when fighters stormed the village of Um Kadada in the North Darfur state on Monday.", "", "Um Kadada", "SDN", ""},
	})
}

// TestPlaceSiteInTown checks a site the gazetteer knows (an airport, a
// plant, a prison) named with the town it lies in: the act was in the
// town.
func TestPlaceSiteInTown(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"airport in the capital", "Jamaica deployed 150 soldiers to Toussaint Louverture airport in Port-au-Prince on Friday to guard the runway.", "", "Port-au-Prince", "HTI", ""},
		{"air base, with a comma", "Two rockets hit Al Udeid Air Base, near Doha, on Monday night, Qatar's defence ministry said.", "", "Doha", "QAT", ""},
		{"a prison outside a town", "Israeli guards beat three Palestinian detainees at Ofer Prison near Ramallah last month, a rights group said.", "", "Ramallah", "PSE", ""},
	})
}

// TestPlaceMeasuredByDirection checks a place the gazetteer lacks named
// first and then placed by a comma and a direction from a known place
// ("Zenda, north of the Hentz river"): the act was at the first name. A
// plural place noun ("the villages of") or "hamlet" introduces the name
// as surely as "the village of".
func TestPlaceMeasuredByDirection(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a hamlet, east of a region", "Militants torched houses in the hamlet of Dar Kouli, east of the Catatumbo region, on Monday, villagers said.", "", "Dar Kouli", "COL", ""},
		{"villages of, south of a valley", "Soldiers found two rocket launchers between the villages of Ain Kfar and Majdal Tarshish, south of the Bekaa Valley, on Sunday.", "", "Ain Kfar", "LBN", ""},
		{"near, just north of a city", "Gunmen kidnapped 12 farmers near Tsaunin Kudu, just north of Kaduna, on Friday.", "", "Tsaunin Kudu", "NGA", ""},
	})
}

// TestPlaceAroundUnknown checks a place the gazetteer lacks named after
// "around": fighting or shelling "around Zenda" was at Zenda.
func TestPlaceAroundUnknown(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"positions around", "Syrian army artillery pounded rebel positions around Jabal Kurdna throughout the weekend, activists said.", "", "Jabal Kurdna", "SYR", ""},
		{"clashes around", "Sudanese troops clashed with RSF fighters around Umm Sideira on Sunday, residents said.", "", "Umm Sideira", "SDN", ""},
	})
}

// TestCountryNotOfForeignAllies checks rebels and civilians named by
// sector only in a story set in one country, facing its army and a
// foreign group fighting beside it: they are of the story's country, not
// of the group's home.
func TestCountryNotOfForeignAllies(t *testing.T) {
	tests := []struct {
		name, text string
		typ, side  string // the event type and the side ("source" or "target") to check
		want       string
	}{
		{"rebel accuser", "Central African troops said on Monday they had retaken Bambari. The rebel spokesman accused the army and its Wagner allies of air raids that killed civilians near the town.", "ACCUSE", "source", "CAFREB"},
		{"civilian victims", "Central African troops said on Monday they had retaken Bambari. The rebel spokesman accused the army and its Wagner allies of air raids that killed civilians near the town.", "ASSAULT", "target", "CAFCVL"},
		{"rebel commander near a known town", "Libyan army units said they had pushed back an offensive near Sirte. A rebel commander accused the army and its Wagner allies of shelling that killed civilians in the area.", "ACCUSE", "source", "LBYREB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-20")
			var got []string
			for _, ev := range x.Events {
				if ev.Type != tt.typ {
					continue
				}
				side := ev.Source
				if tt.side == "target" {
					side = ev.Target
				}
				for _, a := range side {
					if a.ID == tt.want {
						return
					}
					got = append(got, a.ID)
				}
			}
			t.Errorf("%s %s = %v, want %s", tt.typ, tt.side, got, tt.want)
		})
	}
}

// TestPlaceDependentTerritory checks an act of a sovereign state that
// names no place, told in a story set in one of its overseas
// territories: it is placed in the territory, not in the metropole.
func TestPlaceDependentTerritory(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a curfew after unrest in the territory", "Protesters blocked roads in Nouméa and Dumbéa for a second day on Monday. France declared a curfew from Tuesday, officials said.", "declared", "", "NCL", ""},
		{"a ban after clashes on the island", "Protesters clashed with police in Nuuk and Sisimiut on Friday. Denmark banned all public gatherings on Saturday.", "banned", "", "GRL", ""},
		{"a curfew by the federal government", "Riot police fired tear gas at protesters in San Juan and Ponce on Friday. Washington imposed a curfew on Saturday.", "imposed", "", "PRI", ""},
	})
}

// TestPlaceOnTheRoadTo checks an act "on the road to" a town: it is
// placed at the town the road leads to, the nearest place the text
// gives, whether the gazetteer knows the town or not.
func TestPlaceOnTheRoadTo(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"an unknown town", "Gunmen ambushed a police convoy on the road to Kibatiro on Sunday, killing four officers.", "", "Kibatiro", "", ""},
		{"on the main road", "Militants planted a bomb on the main road to Djibo that killed six soldiers on Monday.", "", "Djibo", "BFA", ""},
		{"a killing on the road", "Jihadists killed nine civilians on the road to Kaya on Tuesday, local officials said.", "", "Kaya", "BFA", ""},
	})
}

// TestPlaceTerritoryNamed checks a dependent territory with its own ISO
// code named as the place of an act: the act is there, not in the
// metropole, and not left unplaced.
func TestPlaceTerritoryNamed(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"police in an island territory", "Police fired tear gas at protesters in Bermuda on Monday.", "", "Bermuda", "BMU", ""},
		{"gendarmes sent to a territory", "France sent 300 gendarmes to Mayotte on Tuesday to fight gang violence.", "", "Mayotte", "MYT", ""},
		{"a riot in an overseas department", "Rioters torched a police station in French Guiana overnight.", "", "French Guiana", "GUF", ""},
	})
}

// TestPlaceTakenGround checks a place the gazetteer lacks named as the
// object of a verb or noun that takes or enters ground ("entered Zenda",
// "overran Zenda", "the recapture of Zenda"): the act was there.
func TestPlaceTakenGround(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"entered a neighbouring village", "Myanmar troops entered neighbouring Ban Kho Lak on Sunday and burned 40 houses.", "", "Ban Kho Lak", "MMR", ""},
		{"overran a village", "Jihadist fighters overran Ouro Gueladjo on Tuesday after a night of clashes with the Burkinabe army.", "", "Ouro Gueladjo", "BFA", ""},
		{"the recapture of", "The recapture of Ngadjibe by Chadian soldiers ended a week of fighting with Boko Haram.", "", "Ngadjibe", "TCD", ""},
	})
}
