package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		wantBody    string
		wantRelated []string
		wantFrom    string
		wantByline  string
	}{
		{
			name: "also read and read more lines",
			in: "Shelling resumed at dawn.\n\nAlso Read: Why the last truce collapsed\n\n" +
				"Residents fled north.\nREAD MORE - Timeline of the conflict\n",
			wantBody:    "Shelling resumed at dawn.\n\nResidents fled north.",
			wantRelated: []string{"Also Read: Why the last truce collapsed", "READ MORE - Timeline of the conflict"},
		},
		{
			name:        "related, see also, recommended with bullets",
			in:          "• Related: Envoy arrives in Cairo\n» See also: Map of the front\nRecommended | Five things to know\nThe envoy met both sides.",
			wantBody:    "The envoy met both sides.",
			wantRelated: []string{"• Related: Envoy arrives in Cairo", "» See also: Map of the front", "Recommended | Five things to know"},
		},
		{
			name:        "share, subscribe, follow and click prompts",
			in:          "Share this article\nThe vote was delayed.\nSubscribe to our newsletter for daily briefings\nFollow us on Telegram and X\nClick here to read the full statement",
			wantBody:    "The vote was delayed.",
			wantRelated: []string{"Share this article", "Subscribe to our newsletter for daily briefings", "Follow us on Telegram and X", "Click here to read the full statement"},
		},
		{
			name:     "republished from The Conversation",
			in:       "Drones struck the depot twice.\n\nRepublished from The Conversation under a Creative Commons license.",
			wantBody: "Drones struck the depot twice.",
			wantFrom: "The Conversation",
		},
		{
			name:     "this article is republished from",
			in:       "Drones struck the depot twice.\nThis article is republished from The Conversation. Read the original article.",
			wantBody: "Drones struck the depot twice.",
			wantFrom: "The Conversation",
		},
		{
			name:     "originally published on",
			in:       "This article was originally published on Harbour Times\nThe port was closed for a week.",
			wantBody: "The port was closed for a week.",
			wantFrom: "Harbour Times",
		},
		{
			name:       "derivative work authored by",
			in:         "The talks ended without a deal.\nThis article is a derivative work from the original authored by Amin Saikal, Adjunct Professor of Social Sciences.",
			wantBody:   "The talks ended without a deal.",
			wantByline: "Amin Saikal",
		},
		{
			name:       "by line at the top",
			in:         "By Mariam Haddad, Staff Reporter\n\nThe council met on Monday.",
			wantBody:   "The council met on Monday.",
			wantByline: "Mariam Haddad",
		},
		{
			name:     "sentences that look like bylines or attribution stay",
			in:       "By Tuesday, the fighting had spread to three districts.\nBy The Numbers\nThe report, written by UN investigators, was published on Monday.\nThis article of the accord was disputed.\nRelated developments in the south worried diplomats.\nFollow-up talks are planned.",
			wantBody: "By Tuesday, the fighting had spread to three districts.\nBy The Numbers\nThe report, written by UN investigators, was published on Monday.\nThis article of the accord was disputed.\nRelated developments in the south worried diplomats.\nFollow-up talks are planned.",
		},
		{
			name:     "lines kept exactly, CRLF normalised, trailing spaces trimmed",
			in:       "\n\n  Indented line stays indented.  \r\nSecond   line  keeps   inner spaces.\r\n\r\n\r\nThird after two blanks.\n\n",
			wantBody: "  Indented line stays indented.\nSecond   line  keeps   inner spaces.\n\n\nThird after two blanks.",
		},
		{
			name:        "blank lines around a removed line collapse",
			in:          "First paragraph.\n\nAlso read: elsewhere\n\nSecond paragraph.",
			wantBody:    "First paragraph.\n\nSecond paragraph.",
			wantRelated: []string{"Also read: elsewhere"},
		},
		{name: "empty", in: "", wantBody: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, related, from, by := Clean(tt.in)
			if body != tt.wantBody {
				t.Errorf("body\n%q\nwant\n%q", body, tt.wantBody)
			}
			if !slices.Equal(related, tt.wantRelated) {
				t.Errorf("related %q, want %q", related, tt.wantRelated)
			}
			if from != tt.wantFrom {
				t.Errorf("republished from %q, want %q", from, tt.wantFrom)
			}
			if by != tt.wantByline {
				t.Errorf("byline %q, want %q", by, tt.wantByline)
			}
			// Cleaning is idempotent.
			if again, rel, _, _ := Clean(body); again != body || len(rel) != 0 {
				t.Errorf("Clean(body) = %q, %q", again, rel)
			}
		})
	}
}

// article is a text of our own, long enough for simhash to be stable.
const simArticle = `Heavy fighting broke out on Thursday between the army and fighters of a separatist movement in the hills north of the provincial capital, officials said, days after a ceasefire brokered by neighbouring states was supposed to take effect.
The provincial governor said at least nine soldiers and an unknown number of fighters had been killed in clashes that began before dawn near a bridge on the main highway. The separatists said in a statement that the army had attacked their positions first and that they had only defended themselves.
Residents of three villages near the bridge fled towards the capital on foot and in trucks, carrying what they could. A doctor at the district hospital said more than twenty wounded people had been brought in by the afternoon, most of them with shrapnel wounds.
Diplomats from the mediating states urged both sides to respect the truce they signed last month and offered to send observers to the area. The government said it remained committed to the agreement but would not tolerate attacks on its forces.
The ceasefire was meant to open the way to talks on the status of the region, where a rebellion has simmered for more than a decade. Previous agreements collapsed within weeks, each time with both sides blaming the other for the first shot.
Aid agencies warned that the renewed fighting would cut off food deliveries to thousands of displaced families living in camps along the highway, and called on the parties to allow safe passage for convoys.`

const otherArticle = `The central bank raised its main interest rate by half a percentage point on Wednesday, the third increase this year, as policymakers tried to slow inflation that has been driven by the cost of imported fuel and food.
The governor told a news conference that prices were rising faster than expected and that the bank was ready to act again if needed. Economists had expected a smaller increase, and the currency strengthened after the announcement.
Business groups said higher borrowing costs would hurt small firms that were still recovering from last year's slowdown, while unions called for wage increases to keep pace with prices. The finance ministry said it would publish a revised budget next month.
Analysts said the decision showed the bank wanted to protect its credibility after inflation overshot its target for eighteen months in a row. Mortgage lenders are expected to pass on the increase within weeks.`

func TestSimHash(t *testing.T) {
	edited := strings.Replace(simArticle, "at least nine soldiers", "at least ten soldiers", 1)
	edited = strings.Replace(edited, "Heavy fighting", "HEAVY FIGHTING", 1)
	edited = strings.ReplaceAll(edited, "\n", "\n\n")
	tests := []struct {
		name string
		a, b string
		near bool
	}{
		{"identical", simArticle, simArticle, true},
		{"lightly edited copy", simArticle, edited, true},
		{"copy with a related line appended", simArticle, simArticle + "\nAlso read: rates", true},
		{"different articles", simArticle, otherArticle, false},
		{"article and its first paragraph", simArticle, strings.SplitN(simArticle, "\n", 2)[0], false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ha, hb := SimHash(tt.a), SimHash(tt.b)
			if got := NearDuplicate(ha, hb); got != tt.near {
				t.Errorf("NearDuplicate(%016x, %016x) = %v, want %v", ha, hb, got, tt.near)
			}
		})
	}
	if SimHash("") != 0 || SimHash("  ,. ") != 0 {
		t.Error("simhash of a text without words is not 0")
	}
	if SimHash("two words") == 0 {
		t.Error("simhash of a short text is 0")
	}
}

func TestNearDuplicateThreshold(t *testing.T) {
	tests := []struct {
		name string
		a, b uint64
		want bool
	}{
		{"equal", 0xdeadbeef, 0xdeadbeef, true},
		{"three bits", 0, 0b111, true},
		{"four bits", 0, 0b1111, false},
		{"all bits", 0, ^uint64(0), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NearDuplicate(tt.a, tt.b); got != tt.want {
				t.Errorf("NearDuplicate = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestNormalizeURL(t *testing.T) {
	tests := []struct {
		name, in, want string
		wantErr        bool
	}{
		{name: "lower-case host and scheme", in: "HTTPS://News.Example.COM/World/Story", want: "https://news.example.com/World/Story"},
		{name: "drop fragment", in: "https://example.com/a#comments", want: "https://example.com/a"},
		{name: "drop tracking parameters", in: "https://example.com/a?utm_source=x&UTM_Medium=y&fbclid=1&gclid=2&id=7", want: "https://example.com/a?id=7"},
		{name: "only tracking parameters", in: "https://example.com/a?utm_campaign=z", want: "https://example.com/a"},
		{name: "sort remaining parameters", in: "https://example.com/a?b=2&a=1", want: "https://example.com/a?a=1&b=2"},
		{name: "default port", in: "http://example.com:80/a", want: "http://example.com/a"},
		{name: "other port kept", in: "http://example.com:8080/a", want: "http://example.com:8080/a"},
		{name: "empty path", in: "https://example.com", want: "https://example.com/"},
		{name: "relative", in: "/world/story", wantErr: true},
		{name: "garbage", in: "http://[::1", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NormalizeURL(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("NormalizeURL(%q) error %v, want error %v", tt.in, err, tt.wantErr)
			}
			if err != nil {
				if truce.ErrorCode(err) != truce.EINVALID {
					t.Errorf("code %q", truce.ErrorCode(err))
				}
				return
			}
			if got != tt.want {
				t.Errorf("NormalizeURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFinish(t *testing.T) {
	tests := []struct {
		name      string
		in        truce.Article
		wantID    string // "" to check it is derived
		wantCanon string
		wantBy    string
	}{
		{
			name:      "id from canonical URL",
			in:        truce.Article{URL: "https://Example.com/x?utm_source=a#f", Text: "Body.", Byline: "By  Jane   Doe"},
			wantCanon: "https://example.com/x",
			wantBy:    "Jane Doe",
		},
		{
			name: "id from content without URL",
			in:   truce.Article{Text: "Body text only."},
		},
		{
			name:   "given id kept",
			in:     truce.Article{ID: "doc-7", Text: "Body."},
			wantID: "doc-7",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.in
			Finish(&a)
			checkArticle(t, &a)
			if a.CanonicalURL != tt.wantCanon {
				t.Errorf("canonical %q, want %q", a.CanonicalURL, tt.wantCanon)
			}
			if tt.wantID != "" && a.ID != tt.wantID {
				t.Errorf("id %q, want %q", a.ID, tt.wantID)
			}
			if tt.wantID == "" {
				if len(a.ID) != 16 {
					t.Errorf("id %q is not 16 hex digits", a.ID)
				}
				if tt.wantCanon == "" && a.ID != a.ContentHash[:16] {
					t.Errorf("id %q is not the content hash prefix", a.ID)
				}
			}
			if a.Byline != tt.wantBy {
				t.Errorf("byline %q, want %q", a.Byline, tt.wantBy)
			}
			b := a
			Finish(&b)
			if b.ID != a.ID || b.Text != a.Text || b.ContentHash != a.ContentHash || len(b.RelatedLinks) != len(a.RelatedLinks) {
				t.Errorf("Finish is not idempotent: %+v vs %+v", a, b)
			}
		})
	}
	// Same text with different formatting has the same content hash.
	x := truce.Article{Text: "One  two\nthree"}
	y := truce.Article{Text: "One two three"}
	Finish(&x)
	Finish(&y)
	if x.ContentHash != y.ContentHash {
		t.Error("content hash depends on white space")
	}
}

// TestSimHashSingleWordEdits checks the property dedup relies on: most
// one-word edits of an article of a few hundred words stay within 3 bits.
// Simhash is statistical, so this asserts a share, not every edit.
func TestSimHashSingleWordEdits(t *testing.T) {
	words := strings.Fields(simArticle)
	h := SimHash(simArticle)
	near := 0
	for i := range words {
		edited := slices.Clone(words)
		edited[i] = "replaced"
		if NearDuplicate(h, SimHash(strings.Join(edited, " "))) {
			near++
		}
	}
	if share := float64(near) / float64(len(words)); share < 0.75 {
		t.Errorf("%d of %d one-word edits are near-duplicates (%.0f%%), want at least 75%%", near, len(words), 100*share)
	}
}
