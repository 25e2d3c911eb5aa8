package code_test

import "testing"

// Strikers named with their strike in an aside protest by the act the
// clause goes on to tell: a march is demo, a blockade obstruct.
func TestMode70StrikersAct(t *testing.T) {
	for _, c := range []struct{ text, mode string }{
		{"NAIROBI, May 2 - Nurses' unions, on strike for a month over pay, blocked the main highway outside Nairobi on Friday.", "obstruct"},
		{"DHAKA, July 9 - Dockworkers in Chittagong, on strike since June 3, marched through the port city on Monday to demand higher wages.", "demo"},
		{"LA PAZ, Oct 14 - Miners and transport workers, on strike since September over fuel and food prices, blocked roads into the capital.", "obstruct"},
	} {
		if got := eventsOf(t, c.text, "", "PROTEST", c.mode); len(got) == 0 {
			t.Errorf("%q: want a PROTEST %s", c.text, c.mode)
		}
		if got := eventsOf(t, c.text, "", "PROTEST", "boycott"); len(got) != 0 {
			t.Errorf("%q: the strike aside kept boycott", c.text)
		}
	}
}

// A strike told as the clause's own act stays boycott.
func TestMode70StrikeAloneStaysBoycott(t *testing.T) {
	text := "LAGOS, Feb 6 - Doctors in Lagos went on strike on Monday over unpaid salaries."
	if got := eventsOf(t, text, "", "PROTEST", "boycott"); len(got) != 1 {
		t.Errorf("%q: want one PROTEST boycott, got %d", text, len(got))
	}
}
