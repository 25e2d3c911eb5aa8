package code_test

// A gerund after an aspect verb ("began handing", "continued shelling")
// has the aspect verb's subject, past a relative clause on it.

import (
	"testing"

	"github.com/truce-project/truce"
)

func TestMode35AspectSubject(t *testing.T) {
	checkOneWithdrawal(t, map[string]string{
		"Demonstrators who had occupied the parliament and two ministries in Colombo began handing them back to the authorities.": "LKAPRO",
		"Farmers who had seized the state ranch in Harare started handing it back to the government on Monday.":                   "ZWECVL",
	})
}

// "The agency's director urged …": the officer of a body named before
// speaks for it.
func TestMode35BodyOfficial(t *testing.T) {
	text := "The World Food Programme cut rations for refugees in Chad on Monday. The agency's country director urged donors to close a gap of 40 million dollars."
	found := false
	for _, ev := range mustExtract(t, text, "2024-06-01").Events {
		if ev.Type != truce.Request {
			continue
		}
		found = true
		if len(ev.Source) == 0 || ev.Source[0].ID != "WFP" {
			t.Errorf("source %+v, want WFP", ev.Source)
		}
	}
	if !found {
		t.Errorf("no REQUEST in %q", text)
	}
}
