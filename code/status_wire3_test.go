package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Status and reporter over constructions from blind wire copy, third
// round, in sentences of our own: a defiance vowed is made now; a zero
// relative in an apposition after a condition ("…, a demand Kyiv
// rejected") is told, not supposed; "claiming to have" marks a claim;
// a body described by an apposition that holds a participle ("an armed
// group") still speaks; a country named as speaker is its government;
// a noun "reports" is no report verb; a department speaks for the state.
// status "" and by "" are not checked; by is the reporter's exact id.
func TestStatusWire3(t *testing.T) {
	runStatusCases(t, []statusCase{
		// A defiance vowed is a refusal made now.
		{"vowed to press ahead with", "Niger's military ruler Abdourahamane Tiani vowed to press ahead with the new charter despite sanctions from the regional bloc.", truce.Reject, truce.StatusReported, ""},
		{"vows to press on with", "Hungary's prime minister vows to press on with the referendum on migrant quotas, defying Brussels.", truce.Reject, truce.StatusReported, ""},
		// The verb of a zero relative on an apposition is told, whatever
		// condition the clause before it set.
		{"a demand Ukraine rejected", "Moscow said it would resume grain shipments only if Kyiv lifted its naval blockade of the port, a demand Ukraine rejected.", truce.Reject, truce.StatusReported, ""},
		{"an offer the bloc rejected", "The junta said it would free the detained ministers if ECOWAS lifted its sanctions, an offer the bloc rejected on Friday.", truce.Reject, truce.StatusReported, ""},
		// One state's finding on another's forces accuses them.
		{"has determined that X's army used", "London has determined that Syria's air force used sarin against rebels near Hama in 2017, the Foreign Office said.", truce.Assault, truce.StatusAlleged, ""},
		{"has concluded that X troops shelled", "Kyiv has concluded that Russian troops shelled the Zaporizhzhia nuclear plant last week.", truce.Assault, truce.StatusAlleged, ""},
		// An aside that holds a list still stands between a noun and
		// its future verb.
		{"talks, hosted by A, B and C, will resume", "Negotiations between Bogota and the rebels, mediated by Norway, Chile and Brazil, will resume in Oslo next month.", truce.Consult, truce.StatusPlanned, ""},
		// "claiming to have" marks the claim of whoever makes it.
		{"police claimed to have killed", "Kenyan police claimed to have killed five al-Shabaab militants in a shootout near Mandera on Monday.", truce.Assault, truce.StatusClaimed, ""},
		{"ministry claimed to have destroyed", "Azerbaijan's defence ministry claimed to have destroyed an Armenian artillery position near Lachin on Tuesday.", truce.Assault, truce.StatusClaimed, ""},
		// An apposition that describes the speaker with a participle
		// ("armed", "Iran-backed") is no verb phrase.
		{"X, an armed group, said it had captured", "The Kachin Independence Army, an ethnic Kachin armed group, said on Tuesday it had captured the town of Bhamo after overrunning an army outpost.", truce.Assault, truce.StatusClaimed, "KIA"},
		{"X, an Iran-backed armed movement, said they had shot down", "The Houthis, an Iran-backed armed movement, said on Sunday they had shot down a US drone over Marib.", truce.Assault, truce.StatusClaimed, "HOUTHI"},
		// A country named as the speaker is its government.
		{"Japan said it had resumed", "Japan said on Monday it had resumed defence talks with China after a four-year pause.", truce.Consult, "", "JPNGOV"},
		{"Togo said it had reopened", "Togo said on Friday it had reopened its land border with Ghana after a two-year closure.", "", "", "TGOGOV"},
		{"the two governments said", "Rwanda began deploying 600 soldiers to the Central African Republic on Monday. The Rwandan contingent will conduct joint patrols with Central African troops, the two governments said.", truce.Cooperate, "", "RWAGOV"},
		// A title before a name says the office is held now.
		{"Defence Minister X said, out of the dictionary's dates", "Serbia ordered its army to its highest level of combat readiness on Monday, Defence Minister Milos Vucevic said.", truce.Mobilize, "", "SRBGOV"},
		// "reports of" is a noun, no report verb: the speaker comes later.
		{"citing reports of, minister said", "Lithuania on Friday ordered three Belarusian diplomats to leave the country, citing reports of espionage at the embassy, Foreign Minister Gabrielius Landsbergis said.", truce.Sanction, "", "LTUGOV"},
		// A department speaks for its state.
		{"the foreign affairs department said", "JAKARTA — Indonesia and Malaysia agreed on Tuesday to hold joint naval patrols in the Strait of Malacca, the foreign affairs department said.", truce.Agree, "", "IDNGOV"},
		{"the police department said", "Gunmen shot dead two shopkeepers in the Mexican city of Culiacan on Sunday, the municipal police department said.", truce.Assault, "", "MEXCOP"},
	})
}

// statusCase is one row of the status and reporter tables: text codes an
// event of typ ("" takes the first event) with status status and reported
// by by, the reporter's exact id; status "" and by "" are not checked.
type statusCase struct {
	name, text, typ, status, by string
}

// runStatusCases checks each case in a subtest of its name.
func runStatusCases(t *testing.T, tests []statusCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-20")
			var ev *truce.Event
			if tt.typ == "" && len(x.Events) > 0 {
				ev = &x.Events[0]
			} else {
				ev = eventOfType(x, tt.typ)
			}
			if ev == nil {
				t.Fatalf("no %s event in %q", tt.typ, tt.text)
			}
			if tt.status != "" && ev.Status != tt.status {
				t.Errorf("status = %q, want %q", ev.Status, tt.status)
			}
			if tt.by != "" && (ev.ReportedBy == nil || ev.ReportedBy.ID != tt.by) {
				t.Errorf("reported_by = %+v, want %s", ev.ReportedBy, tt.by)
			}
		})
	}
}
