package actor

import "testing"

// TestFindActor47 covers the people and bodies of conflict news that the
// sector nouns lacked: wardens, foreign military instructors, reservists
// (whose side a force named before them decides), men in uniform, a general
// named by his command, lawmakers by title, local councils, prosecutors'
// offices, electoral bodies, a bishops' conference, a civic committee and a
// bar association.
func TestFindActor47(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		{"a prison warden", "Gunmen shot dead a warden outside the jail.", "2024-06-01",
			[]want{{"Gunmen", "", "REB", KindSector}, {"warden", "", "COP", KindSector}}},
		{"foreign military instructors", "Russian military instructors arrived in the capital.", "2024-06-01",
			[]want{{"Russian military instructors", "RUSMIL", "MIL", KindDemonym}}},
		{"police reservists are police", "Five police reservists were killed.", "2024-06-01",
			[]want{{"police reservists", "", "COP", KindSector}}},
		{"men in uniform", "Men in uniform abducted a journalist.", "2024-06-01",
			[]want{{"Men in uniform", "", "MIL", KindSector}, {"journalist", "", "MED", KindSector}}},
		{"a general by his command", "The general in charge of the capital ordered a curfew.", "2024-06-01",
			[]want{{"general in charge", "", "MIL", KindSector}}},
		{"a lawmaker by title", "A Colombian congressman was shot dead.", "2024-06-01",
			[]want{{"Colombian congressman", "COLLEG", "LEG", KindDemonym}}},
		{"a town's council", "Protesters set fire to the municipal council.", "2024-06-01",
			[]want{{"Protesters", "", "PRO", KindSector}, {"municipal council", "", "GOV", KindSector}}},
		{"a prosecutor's office", "The state prosecutor's office said six were killed.", "2024-06-01",
			[]want{{"prosecutor's office", "", "JUD", KindSector}}},
		{"electoral authorities", "Brazil urged Venezuela's electoral authorities to publish the results.", "2024-08-01",
			[]want{{"Brazil", "BRA", "", KindCountry}, {"Venezuela's electoral authorities", "VENGOV", "GOV", KindCountry}}},
		{"a bishops' conference", "The Catholic bishops' conference called for calm.", "2024-06-01",
			[]want{{"bishops' conference", "", "REL", KindSector}}},
		{"a civic committee", "The civic committee called a strike.", "2024-06-01",
			[]want{{"civic committee", "", "PRO", KindSector}}},
		{"a bar association", "The bar association called a strike.", "2024-06-01",
			[]want{{"bar association", "", "CVL", KindSector}}},
	}
	checkFind(t, d, tests)
}
