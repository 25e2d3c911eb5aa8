package ingest

import (
	"strings"
	"testing"
	"time"

	"github.com/truce-project/truce"
)

func TestParseHTML(t *testing.T) {
	tests := []struct {
		name          string
		page          []byte
		pageURL       string
		wantTitle     string
		wantByline    string
		wantPublished time.Time
		wantCanonical string
		wantURL       string
		wantStart     string   // the body starts with this
		wantEnd       string   // the body ends with this
		notInBody     []string // page furniture that must not be in the body
		wantRelated   []string
		wantErr       string
	}{
		{
			name:          "news article",
			page:          MustReadFile(t, "article.html"),
			wantTitle:     "Border crossing reopens after week of clashes",
			wantByline:    "Farah Qureshi",
			wantPublished: time.Date(2025, 10, 21, 3, 30, 0, 0, time.UTC),
			wantCanonical: "https://news.example.org/world/border-crossing-reopens?id=42",
			wantURL:       "https://news.example.org/world/border-crossing-reopens?id=42",
			wantStart:     "Trucks carrying fruit and cement rolled through",
			wantEnd:       "antibiotics during the shelling.",
			notInBody:     []string{"Home", "Privacy policy", "Most popular", "Share this article", "Also Read", "dataLayer", "font-family", "Search the Courier", "All rights reserved"},
			wantRelated:   []string{"Also Read: Why earlier talks between the neighbours failed"},
		},
		{
			name:          "page URL given, relative canonical",
			page:          []byte(`<html><head><link rel="canonical" href="/story/9"><meta name="date" content="2025-01-02"></head><body><article><p>Two soldiers were wounded when their patrol hit a roadside bomb, the army said on Thursday.</p></article></body></html>`),
			pageURL:       "https://www.example.com/amp/story/9?utm_source=feed",
			wantPublished: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC),
			wantCanonical: "https://www.example.com/story/9",
			wantURL:       "https://www.example.com/amp/story/9?utm_source=feed",
			wantStart:     "Two soldiers were wounded",
			wantEnd:       "the army said on Thursday.",
		},
		{
			name:      "meta charset windows-1252",
			page:      []byte("<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 talks</title></head><body><p>Envoys met at a caf\xe9 and called the plan \x93workable\x94.</p></body></html>"),
			wantTitle: "Café talks",
			wantStart: "Envoys met at a café and called the plan “workable”.",
		},
		{
			name:      "fragment without html or body tags",
			page:      []byte("<p>Police dispersed a crowd outside the electoral commission with water cannon.</p>"),
			wantStart: "Police dispersed a crowd",
		},
		{name: "no body text", page: MustReadFile(t, "nobody.html"), wantErr: "page.html: no body text"},
		{name: "empty page", page: []byte("  \n"), wantErr: "page.html: empty document"},
		{name: "binary", page: MustReadFile(t, "binary.png"), wantErr: "page.html: binary content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML("page.html", tt.page, tt.pageURL)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || truce.ErrorCode(err) != truce.EINVALID {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			if tt.wantTitle != "" && a.Title != tt.wantTitle {
				t.Errorf("title %q, want %q", a.Title, tt.wantTitle)
			}
			if a.Byline != tt.wantByline {
				t.Errorf("byline %q, want %q", a.Byline, tt.wantByline)
			}
			if !a.Published.Equal(tt.wantPublished) {
				t.Errorf("published %v, want %v", a.Published, tt.wantPublished)
			}
			if a.CanonicalURL != tt.wantCanonical {
				t.Errorf("canonical %q, want %q", a.CanonicalURL, tt.wantCanonical)
			}
			if a.URL != tt.wantURL {
				t.Errorf("url %q, want %q", a.URL, tt.wantURL)
			}
			if !strings.HasPrefix(a.Text, tt.wantStart) || !strings.HasSuffix(a.Text, tt.wantEnd) {
				t.Errorf("body\n%s\nwant start %q and end %q", a.Text, tt.wantStart, tt.wantEnd)
			}
			for _, s := range tt.notInBody {
				if strings.Contains(a.Text, s) {
					t.Errorf("body contains %q", s)
				}
			}
			if len(tt.wantRelated) > 0 && strings.Join(a.RelatedLinks, "|") != strings.Join(tt.wantRelated, "|") {
				t.Errorf("related %q, want %q", a.RelatedLinks, tt.wantRelated)
			}
		})
	}
}

func TestParseHTMLParagraphs(t *testing.T) {
	a, err := ParseHTML("a.html", MustReadFile(t, "article.html"), "")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 5 {
		t.Fatalf("%d paragraphs, want 5:\n%s", len(paras), a.Text)
	}
	if a.Published.Format(time.DateOnly) != "2025-10-21" {
		t.Errorf("published %v", a.Published)
	}
}

func TestParseHTMLTooDeep(t *testing.T) {
	page := "<html><body><script>var x = 1;</script>" + strings.Repeat("<div><font>", 600) +
		"Rival militias agreed to a local truce after days of street fighting." + "</body></html>"
	a, err := ParseHTML("deep.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "Rival militias agreed to a local truce after days of street fighting." {
		t.Errorf("text %q", a.Text)
	}
	if _, err := ParseHTML("deep.html", []byte(strings.Repeat("<div>", 600)), ""); err == nil || !strings.HasPrefix(err.Error(), "deep.html: parse HTML") {
		t.Errorf("err = %v", err)
	}
}
