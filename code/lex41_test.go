package code_test

// A line of communication cut, told in the passive with a place phrase or
// a list of places between its subject and the verb, is censorship; a road
// cut or talks suspended are not.

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

func TestLex41PassiveCut(t *testing.T) {
	for _, text := range []string{
		"Phone and internet lines in Kisumu and Nakuru were cut off overnight.",
		"Mobile data across the northern districts of Kenya has been switched off since Friday.",
		"Broadband in Nairobi was disrupted for a second day.",
		"Internet services in Mombasa, Malindi and Lamu had been suspended since Sunday.",
	} {
		t.Run(text[:30], func(t *testing.T) {
			evs := eventsOf(t, text, "2024-06-01", truce.Coerce, "censor")
			if len(evs) != 1 {
				t.Fatalf("want one censor event in %q, got %+v", text, evs)
			}
			if src := evs[0].Source; len(src) == 0 || !strings.HasPrefix(src[0].ID, "KEN") {
				t.Errorf("source in %q: %+v, want the Kenyan state", text, src)
			}
		})
	}
}

func TestLex41PassiveCutNoLine(t *testing.T) {
	for text, want := range map[string]int{
		"The main road from Kisumu to Nakuru was cut by floods on Monday.": 0,
		"The talks in Nairobi were suspended after the attack.":            0,
		"Power supplies in Mombasa were disrupted for a second day.":       0,
		// the blackout is one act; the classes suspended after it are no
		// second one.
		"After the internet blackout in Kenya, classes were suspended across the province.": 1,
	} {
		t.Run(text[:30], func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-06-01", truce.Coerce, "censor"); len(evs) != want {
				t.Errorf("want %d censor events in %q, got %+v", want, text, evs)
			}
		})
	}
}

// A plea to donors asks for aid (REQUEST assist), with no target needed.
func TestLex41DonorPlea(t *testing.T) {
	for text, src := range map[string]string{
		"UNICEF on Monday called on international donors to fund its response in Sudan.":    "UNICEF",
		"Refugee leaders in Kenya appealed to donor countries for more tents and blankets.": "",
	} {
		t.Run(text[:30], func(t *testing.T) {
			var got []truce.Event
			for _, ev := range mustExtract(t, text, "2024-06-01").Events {
				if ev.Type == truce.Request && ev.Mode == "assist" {
					got = append(got, ev)
				}
			}
			if len(got) != 1 {
				t.Fatalf("want one request for aid in %q, got %+v", text, got)
			}
			if src != "" && (len(got[0].Source) == 0 || got[0].Source[0].ID != src) {
				t.Errorf("source in %q: %+v, want %s", text, got[0].Source, src)
			}
		})
	}
}
