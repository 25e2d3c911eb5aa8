package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// rolesX74Case is a sentence in the project's own words with the sides a
// careful coder gives its event of type typ: src and tgt are ids or, with
// three letters, a country whose actors all count; "" leaves a side
// unchecked.
type rolesX74Case struct{ text, typ, src, tgt string }

// rolesX74Check codes each case and reports an event of the type whose
// sides are not the ones wanted.
func rolesX74Check(t *testing.T, cases []rolesX74Case) {
	t.Helper()
	for _, c := range cases {
		evs := eventsOf(t, c.text, "2024-03-01", c.typ)
		if len(evs) == 0 {
			t.Errorf("%q: no %s event", c.text, c.typ)
			continue
		}
		ok := false
		for _, ev := range evs {
			if (c.src == "" || hasActor(ev.Source, c.src)) && (c.tgt == "" || hasActor(ev.Target, c.tgt)) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: %s sides %s -> %s, want %s -> %s", c.text, c.typ, rolesX74IDs(evs[0].Source), rolesX74IDs(evs[0].Target), c.src, c.tgt)
		}
	}
}

func rolesX74IDs(as []truce.Actor) string {
	ids := make([]string, 0, len(as))
	for _, a := range as {
		ids = append(ids, a.ID)
	}
	return "[" + strings.Join(ids, ",") + "]"
}

// An actor inside "came under … fire" fired it; the settlement that came
// under it is where the people hit live.
func TestRolesX74CameUnder(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"The town of Kupiansk came under heavy Russian bombardment on Friday.", truce.Assault, "RUS", "UKR"},
		{"Several Lebanese villages came under Israeli artillery fire overnight.", truce.Assault, "ISR", "LBN"},
		{"Kramatorsk came under a Russian missile attack on Sunday.", truce.Assault, "RUS", "UKR"},
		{"Southern Lebanon came under heavy Israeli bombardment on Saturday.", truce.Assault, "ISR", "LBN"},
		{"A Pakistani border post came under Afghan mortar fire on Friday.", truce.Assault, "AFG", "PAK"},
	})
}

// A weapon fired at a place is not whom it is aimed at: the place's
// people are; a salvo noun or a count before the weapons changes nothing.
func TestRolesX74FiredAtPlace(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"The Houthis launched drones at the Saudi city of Jizan overnight.", truce.Assault, "HOUTHI", "SAUCVL"},
		{"Russia launched drones at Kyiv overnight.", truce.Assault, "RUS", "UKRCVL"},
		{"Russia launched dozens of drones at the Ukrainian capital overnight.", truce.Assault, "RUS", "UKR"},
		{"Russia launched a wave of missiles at Ukraine's energy grid overnight.", truce.Assault, "RUS", "UKR"},
		{"Iran fired a salvo of missiles at Israel on Tuesday.", truce.Assault, "IRN", "ISR"},
		{"Russia launched dozens of missiles at Kyiv overnight.", truce.Assault, "RUS", "UKR"},
	})
}

// "the Israeli town of X": a demonym of the place's own country does not
// stop the place from being what was attacked.
func TestRolesX74DemonymTown(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Hezbollah fired rockets at the Israeli town of Kiryat Shmona on Sunday.", truce.Assault, "HEZBOLLAH", "ISR"},
		{"Hamas fighters fired rockets at the Israeli city of Ashdod.", truce.Assault, "HAMAS", "ISR"},
		{"The Houthi rebels fired a ballistic missile at the Saudi border city of Najran.", truce.Assault, "HOUTHI", "SAU"},
	})
}

// A weapon fired by someone at a place: the place is what was aimed at,
// not the launcher's own country.
func TestRolesX74LauncherThenPlace(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Israel shot down a rocket fired by Hamas at Ashkelon on Monday.", truce.Assault, "HAMAS", "ISR"},
		{"Saudi air defences intercepted a drone launched by the Houthis toward Jizan.", truce.Assault, "HOUTHI", "SAU"},
	})
}

// An attack noun that hits something in a named place: the place's
// people are the target.
func TestRolesX74StrikeHitInPlace(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"An Israeli air strike hit a building in Beirut's southern suburbs on Tuesday evening.", truce.Assault, "ISR", "LBN"},
		{"A Russian drone strike hit a power plant in the Kharkiv region overnight.", truce.Assault, "RUS", "UKR"},
	})
}

// "X, which is backed by Y": the relative's antecedent is whom the
// passive verb is about.
func TestRolesX74RelativePassive(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"M23 rebels, who are supported by Rwanda, shelled the town of Sake on Monday.", truce.Support, "RWA", "M23"},
		{"The Houthis, who are backed by Tehran, attacked a Greek tanker in the Red Sea.", truce.Support, "IRN", "HOUTHI"},
		{"The SDF, which is backed by the United States, arrested dozens of Islamic State suspects in Raqqa.", truce.Support, "USA", "SDF"},
	})
}

// "at the hands of X" names the doer of a passive act.
func TestRolesX74AtTheHandsOf(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Three aid workers were killed at the hands of RSF fighters in Darfur.", truce.Assault, "RSF", ""},
		{"Dozens of migrants were tortured at the hands of Libyan militias near Zawiya.", truce.Assault, "LBY", ""},
	})
}

// What was fired from somewhere and then hit a named town: the town's
// people are the target, the land it came from the source.
func TestRolesX74FiredFromThenHit(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Rockets fired from Lebanon hit the Israeli town of Metula on Sunday.", truce.Assault, "LBN", "ISR"},
		{"A string of drone attacks blamed on Ukraine hit oil refineries in southern Russia.", truce.Assault, "UKR", "RUS"},
	})
}

// Probe sentences of the round that now pass: a relative clause on the
// doer, and a missile fired by one side at another's capital.
func TestRolesX74ProbeSides(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Hezbollah, which is backed by Iran, fired rockets at the Israeli town of Kiryat Shmona on Sunday.", truce.Assault, "HEZBOLLAH", "ISR"},
		{"Saudi Arabia intercepted a ballistic missile fired by the Houthis at Riyadh.", truce.Assault, "HOUTHI", "SAU"},
		{"The town of Kupiansk came under heavy Russian bombardment on Friday.", truce.Assault, "RUS", "UKR"},
		{"The attack on the Kenyan army base was carried out by al-Shabaab, police said.", truce.Assault, "ALSHABAAB", "KEN"},
	})
}
