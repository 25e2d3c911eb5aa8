package ingest

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

func TestParseText(t *testing.T) {
	tests := []struct {
		name      string
		in        []byte
		wantTitle string
		wantText  string // exact body, when set
		contains  string // substring of the body, when set
		wantErr   string // substring of the error message, when set
		wantCode  string
	}{
		{
			name:     "single paragraph has no title",
			in:       []byte("Gunmen attacked a police post near the border on Saturday, killing two officers.\n"),
			wantText: "Gunmen attacked a police post near the border on Saturday, killing two officers.",
		},
		{
			name:      "short first line and blank line make a title",
			in:        []byte("Police post attacked\n\nGunmen attacked a police post near the border on Saturday.\n"),
			wantTitle: "Police post attacked",
			wantText:  "Gunmen attacked a police post near the border on Saturday.",
		},
		{
			name:     "first line ending in a full stop is body",
			in:       []byte("Gunmen attacked a police post.\n\nTwo officers died.\n"),
			wantText: "Gunmen attacked a police post.\n\nTwo officers died.",
		},
		{
			name:     "first line without a blank line after it is body",
			in:       []byte("Police post attacked\nGunmen attacked a police post near the border.\n"),
			wantText: "Police post attacked\nGunmen attacked a police post near the border.",
		},
		{
			name:      "question headline is a title",
			in:        []byte("Will the truce hold?\n\nDiplomats are cautious.\n"),
			wantTitle: "Will the truce hold?",
			wantText:  "Diplomats are cautious.",
		},
		{
			name:     "CRLF and trailing spaces",
			in:       []byte("One line.   \r\nTwo lines.\t\r\n"),
			wantText: "One line.\nTwo lines.",
		},
		{
			name:     "UTF-8 BOM removed",
			in:       []byte("\xEF\xBB\xBFKabul said the strike hit a house."),
			wantText: "Kabul said the strike hit a house.",
		},
		{
			name:     "Windows-1252 curly quotes and e acute",
			in:       []byte("The \x93peace plan\x94 was signed at the caf\xe9."),
			wantText: "The \u201cpeace plan\u201d was signed at the café.",
		},
		{
			name:     "Latin-1 text is converted",
			in:       []byte("Talks in Bogot\xe1 and S\xe3o Paulo resumed."),
			wantText: "Talks in Bogotá and São Paulo resumed.",
		},
		{
			name:     "valid UTF-8 is kept",
			in:       []byte("Talks in Bogotá resumed — “slowly”."),
			wantText: "Talks in Bogotá resumed — “slowly”.",
		},
		{
			name:     "UTF-16 with BOM is converted",
			in:       []byte{0xFF, 0xFE, 'O', 0, 'k', 0, '.', 0},
			wantText: "Ok.",
		},
		{name: "empty", in: nil, wantErr: "doc.txt: empty document", wantCode: truce.EINVALID},
		{name: "white space only", in: []byte(" \n\t\r\n "), wantErr: "doc.txt: empty document", wantCode: truce.EINVALID},
		{name: "NUL bytes are binary", in: []byte("PK\x03\x04\x00\x00text"), wantErr: "doc.txt: binary content, not text", wantCode: truce.EINVALID},
		{name: "control characters are binary", in: []byte("\x01\x02\x03\x04abc\x05\x06\x07\x08"), wantErr: "binary content", wantCode: truce.EINVALID},
		{name: "only navigation", in: []byte("Read more: elsewhere\nShare this article\n"), wantErr: "no body text", wantCode: truce.EINVALID},
		{
			name:     "navigation removed, attribution read",
			in:       MustReadFile(t, "article.txt"),
			contains: "about 300 prisoners before the end of the month.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText("doc.txt", tt.in)
			if tt.wantErr != "" {
				if err == nil {
					t.Fatalf("ParseText = %q, want error %q", a.Text, tt.wantErr)
				}
				if !strings.Contains(err.Error(), tt.wantErr) || truce.ErrorCode(err) != tt.wantCode {
					t.Fatalf("error %q (code %s), want %q (code %s)", err, truce.ErrorCode(err), tt.wantErr, tt.wantCode)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			if a.Title != tt.wantTitle && tt.contains == "" {
				t.Errorf("title %q, want %q", a.Title, tt.wantTitle)
			}
			if tt.wantText != "" && a.Text != tt.wantText {
				t.Errorf("text\n%q\nwant\n%q", a.Text, tt.wantText)
			}
			if tt.contains != "" && !strings.Contains(a.Text, tt.contains) {
				t.Errorf("text %q lacks %q", a.Text, tt.contains)
			}
			if a.Origin != "doc.txt" {
				t.Errorf("origin %q", a.Origin)
			}
		})
	}
}

func TestParseTextFile(t *testing.T) {
	a, err := ParseText("article.txt", MustReadFile(t, "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Talks on prisoner exchange stall in Geneva" {
		t.Errorf("title %q", a.Title)
	}
	if a.RepublishedFrom != "The Lakeside Review" {
		t.Errorf("republished from %q", a.RepublishedFrom)
	}
	if len(a.RelatedLinks) != 2 || a.RelatedLinks[0] != "Read more: How the last exchange was arranged" {
		t.Errorf("related %q", a.RelatedLinks)
	}
	if strings.Contains(a.Text, "Share") || strings.Contains(a.Text, "Creative Commons") || strings.HasPrefix(a.Text, "Talks on") {
		t.Errorf("text keeps navigation, attribution or title:\n%s", a.Text)
	}
	if !strings.HasPrefix(a.Text, "Negotiators from the two governments") || !strings.HasSuffix(a.Text, "end of the month.") {
		t.Errorf("text:\n%s", a.Text)
	}
}

func TestDecodeTextErrorsAreTyped(t *testing.T) {
	_, err := ParseText("x.bin", MustReadFile(t, "binary.png"))
	var te *truce.Error
	if !errors.As(err, &te) || te.Code != truce.EINVALID || te.Error() != "x.bin: binary content, not text" {
		t.Fatalf("err = %#v", err)
	}
}

// TestSeedArticle reads the project's founding document, when present. Its
// body lines must be kept exactly; its "Also Read:" lines are related links
// and its closing attribution gives the byline and the outlet.
func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile("../../shared/eval/seed/article.txt")
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	a, err := ParseText("article.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	var body []string
	nav := 0
	for _, l := range strings.Split(strings.TrimRight(string(raw), "\n"), "\n") {
		switch {
		case strings.HasPrefix(l, "Also Read:"):
			nav++
		case strings.HasPrefix(l, "This article is a derivative work"):
		default:
			body = append(body, strings.TrimRight(l, " "))
		}
	}
	if want := strings.Join(body, "\n"); a.Text != want {
		t.Errorf("seed body changed: %d lines kept, want %d", strings.Count(a.Text, "\n")+1, len(body))
	}
	if len(a.RelatedLinks) != nav || nav == 0 {
		t.Errorf("%d related links, want %d", len(a.RelatedLinks), nav)
	}
	if a.Byline != "Amin Saikal" || a.RepublishedFrom != "The Conversation" || a.Title != "" {
		t.Errorf("byline %q, republished from %q, title %q", a.Byline, a.RepublishedFrom, a.Title)
	}
}
