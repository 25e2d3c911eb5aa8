package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "Qatar has mobilized lobby groups in Washington": rallying backers,
// money or opinion puts no forces on a war footing, and codes no
// MOBILIZE. Reservists, an army or armed groups mobilised still do.
func TestGsr37CivilMobilised(t *testing.T) {
	for _, text := range []string{
		"Qatar has mobilized lobby groups in Washington to press the case of Syrian refugees.",
		"Kenya's ruling party mobilized its supporters in Mombasa ahead of the vote on the new constitution.",
		"Turkey mobilised diplomatic support in Brussels for its bid to join the bloc.",
		"Egypt has mobilized business leaders in London to promote investment in the Suez zone.",
		"The African Development Bank said it had mobilised a further $2 billion for Sudan.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-06-03", truce.Mobilize); len(evs) > 0 {
				t.Errorf("no forces mobilised, got %+v", evs)
			}
		})
	}
	for _, text := range []string{
		"Armenia mobilised its army on Sunday after fighting broke out on the border.",
		"Tajikistan mobilized 15,000 reservists on Thursday along its southern frontier.",
		"The rebels mobilised armed groups in the north on Friday.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-06-03", truce.Mobilize); len(evs) == 0 {
				t.Errorf("forces mobilised, got %+v", mustExtract(t, text, "2024-06-03").Events)
			}
		})
	}
}
