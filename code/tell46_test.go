package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// One elder tells as elders do, a civilian of the place the act was in
// (actor/data/sectors.tsv, tell46); "elderly" names no elder, and a teller
// named otherwise keeps its own sector.
func TestTell46LoneElder(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"an elder after the act",
			"Gunmen shelled a cattle market near Beledweyne in Somalia on Sunday, killing three traders, an elder said.",
			"cattle market", truce.Assault, truce.StatusReported, "SOMCVL"},
		{"an elder with a place before the verb",
			"One elder in Hiran region said militants had shelled a cattle market near Beledweyne, killing three traders.",
			"cattle market", truce.Assault, truce.StatusReported, "SOMCVL"},
		{"elderly is no elder",
			"Gunmen shot dead an elderly shepherd near Beledweyne in Somalia on Sunday, police said.",
			"shepherd", truce.Assault, truce.StatusReported, "SOMCOP"},
		{"a named office keeps its sector",
			"Gunmen shelled a cattle market near Beledweyne in Somalia on Sunday, killing three traders, the district commissioner said.",
			"cattle market", truce.Assault, truce.StatusReported, "SOMGOV"},
	})
}
