package actor

import "testing"

// TestFindActor46ForceKeepsSector: a group the dictionary codes as a
// state's police, army or intelligence keeps that sector before a noun
// for its people ("officers", "personnel", "agents", "soldiers"), though
// those nouns alone are soldiers; a group that is its state's government
// still takes the noun's ("HTS fighters" after December 2024 are Syria's army).
func TestFindActor46ForceKeepsSector(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		{"police personnel", "CRPF personnel fired on the crowd.", "2019-08-05",
			[]want{{"CRPF personnel", "INDCOP", "COP", KindGroup}, {"crowd", "", "CVL", KindSector}}},
		{"national guard officers", "Rosgvardia officers detained the marchers.", "2022-03-01",
			[]want{{"Rosgvardia officers", "RUSCOP", "COP", KindGroup}, {"marchers", "", "PRO", KindSector}}},
		{"paramilitary police soldiers", "Frontier Corps soldiers raided the compound.", "2022-03-01",
			[]want{{"Frontier Corps soldiers", "PAKCOP", "COP", KindGroup}}},
		{"a government's fighters are its army", "HTS fighters raided the compound.", "2025-03-01",
			[]want{{"HTS fighters", "SYRMIL", "MIL", KindGroup}}},
	}
	checkFind(t, d, tests)
}
