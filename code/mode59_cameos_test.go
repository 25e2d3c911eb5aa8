package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// mode59Codes returns the CAMEO codes of the events of typ in text.
func mode59Codes(t *testing.T, text, typ string) []string {
	t.Helper()
	var codes []string
	for _, ev := range eventsOf(t, text, "", typ) {
		codes = append(codes, ev.CAMEO)
	}
	return codes
}

// mode59Want checks that text codes exactly one event of typ, with code.
func mode59Want(t *testing.T, text, typ, code string) {
	t.Helper()
	got := mode59Codes(t, text, typ)
	if len(got) != 1 || got[0] != code {
		t.Errorf("%q: want one %s %s, got %v", text, typ, code, got)
	}
}

// Force on a crowd of protesters is violent repression (CAMEO 175),
// whatever the weapon; the mode keeps the means.
func TestMode59ForceOnProtestersIsRepression(t *testing.T) {
	for _, text := range []string{
		"KISUMU, May 4 - Police opened fire on marchers demanding lower bread prices, killing three people, hospital staff said.",
		"LA PAZ, Jan 9 - Soldiers shot dead two students during a demonstration against the new mining law on Thursday, rights groups said.",
	} {
		mode59Want(t, text, "ASSAULT", "175")
		if got := eventsOf(t, text, "", "ASSAULT", "firearms"); len(got) != 1 {
			t.Errorf("%q: the shooting lost its mode", text)
		}
	}
}

// Gunmen shooting at civilians use unconventional violence (CAMEO 180);
// two armed sides fighting stay a fight (190).
func TestMode59GunfireOnCiviliansIsUnconventional(t *testing.T) {
	mode59Want(t, "BAMAKO, Aug 2 - Armed men on motorcycles raided a market in the village of Kobo on Sunday and opened fire on traders, killing nine, local officials said.",
		"ASSAULT", "180")
	mode59Want(t, "JUBA, March 12 - Government troops and rebels fought with rifles near the town of Yei on Sunday, killing six fighters, the army said.",
		"ASSAULT", "190")
}

// A diplomat summoned is an official complaint (CAMEO 114); a criticism
// stays 111.
func TestMode59SummonsIsOfficialComplaint(t *testing.T) {
	for _, text := range []string{
		"OTTAWA, Sept 3 - Canada summoned Peru's ambassador on Tuesday over the detention of two Canadian engineers.",
		"HANOI, Nov 1 - Vietnam's foreign ministry said it had summoned the Chinese charge d'affaires to protest against the seizure of a fishing boat.",
	} {
		mode59Want(t, text, "ACCUSE", "114")
	}
	for _, ev := range eventsOf(t, "OSLO, April 2 - Norway criticised Hungary on Monday over its new media law.", "", "ACCUSE") {
		if ev.CAMEO == "114" {
			t.Errorf("a criticism coded as a summons: %+v", ev)
		}
	}
}

// lex66: a warning of unnamed consequences, with the one warned named or
// the consequences qualified, is a threat (CAMEO 130), not a threat of
// force (138); named economic consequences stay economic.
func TestLex66WarnedOfConsequences(t *testing.T) {
	for _, text := range []string{
		"BERLIN, Feb 8 - Germany warned Belarus of severe consequences if the migrants were pushed over the border again.",
		"TOKYO, June 5 - The prime minister warned of unpredictable consequences for regional security after the missile launch.",
	} {
		got := eventsOf(t, text, "", "THREATEN")
		if len(got) != 1 || got[0].CAMEO != "130" || got[0].Mode == "violence" {
			t.Errorf("%q: want one THREATEN 130 without violence, got %v", text, mode59Brief(got))
		}
	}
	text := "ROME, July 7 - Italy warned Tunisia of harsh economic consequences and sanctions if the boats kept coming."
	for _, ev := range eventsOf(t, text, "", "THREATEN") {
		if ev.Mode == "violence" {
			t.Errorf("%q: economic consequences read as force: %v", text, mode59Brief([]truce.Event{ev}))
		}
	}
}

func mode59Brief(evs []truce.Event) []string {
	var out []string
	for _, ev := range evs {
		out = append(out, ev.Type+" "+ev.Mode+" "+ev.CAMEO)
	}
	return out
}

// lex66: people who escaped, caught again, are arrested (COERCE arrest);
// a town recaptured is still ground retaken.
func TestLex66RecapturedPeopleAreArrested(t *testing.T) {
	for _, text := range []string{
		"DODOMA, Sept 9 - Guards recaptured most of the escaped prisoners in a forest near the jail in Mbeya on Tuesday, police said.",
		"KANO, Oct 4 - Police recaptured twelve of the escapees in the hills outside Kano on Friday, officials said.",
	} {
		if got := eventsOf(t, text, "", "COERCE", "arrest"); len(got) != 1 {
			t.Errorf("%q: want one COERCE arrest, got %d", text, len(got))
		}
		if got := eventsOf(t, text, "", "ASSAULT"); len(got) != 0 {
			t.Errorf("%q: the recapture read as an attack: %v", text, mode59Brief(got))
		}
	}
	text := "GAO, Mali - Malian troops recaptured the town of Ber from the rebels on Tuesday, the army said."
	if got := eventsOf(t, text, "", "COERCE", "arrest"); len(got) != 0 {
		t.Errorf("%q: a town recaptured read as an arrest", text)
	}
}

// Talks held over a hotline or a video link are a call (CONSULT phone).
func TestMode59TalksOverAHotlineAreACall(t *testing.T) {
	for _, text := range []string{
		"NICOSIA, Jan 5 - The two defence ministers held talks over a secure hotline on Monday to ease tension along the border.",
		"QUITO, April 8 - The presidents of Ecuador and Colombia held talks via video link on Tuesday about the border crossings.",
	} {
		if got := eventsOf(t, text, "", "CONSULT", "phone"); len(got) != 1 {
			t.Errorf("%q: want one CONSULT phone, got %v", text, mode59Brief(eventsOf(t, text, "", "CONSULT")))
		}
	}
	text := "LIMA, May 2 - Rebels attacked a convoy on the link road to the mine on Tuesday, police said."
	if got := eventsOf(t, text, "", "CONSULT", "phone"); len(got) != 0 {
		t.Errorf("%q: a road read as a call", text)
	}
}

// Talks agreed to or offered are an intent to meet (CAMEO 036); talks
// offered to others are an intent to mediate (039); talks that are only
// where the accord was reached leave it a bare agreement.
func TestMode59TalksAgreedAreIntentToMeet(t *testing.T) {
	for _, c := range []struct{ text, code string }{
		{"ACCRA, May 3 - Ghana and Togo agreed on Friday to resume talks on their maritime border next month.", "036"},
		{"QUITO, Jan 4 - The rebel commander said his group was ready to hold direct talks with the new government.", "036"},
		{"DOHA, Feb 7 - Qatar offered to host a meeting between the two sides on the prisoner exchange.", "039"},
	} {
		mode59Want(t, c.text, "AGREE", c.code)
	}
	text := "ANKARA, Feb 9 - Meeting in Ankara, Ethiopia and Somalia agreed to set aside their dispute over the port deal."
	for _, code := range mode59Codes(t, text, "AGREE") {
		if code == "036" || code == "039" {
			t.Errorf("%q: the venue read as the talks agreed: %s", text, code)
		}
	}
}
