package nlp

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

func TestSplit(t *testing.T) {
	p := MustPipeline(t)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two plain sentences", "Shells fell on the town. Residents fled.", []string{"Shells fell on the town.", "Residents fled."}},
		{"military ranks", "Lt. Gen. Asif Khan and Col. Rana met Maj. Ali, Capt. Noor and Sgt. Baig.", []string{"Lt. Gen. Asif Khan and Col. Rana met Maj. Ali, Capt. Noor and Sgt. Baig."}},
		{"civil titles", "Gov. Ali and Sen. Reed met Rep. Khan, Dr. Aziz, Mr. Shah, Mrs. Shah, Ms. Bibi and Prof. Nasr.", []string{"Gov. Ali and Sen. Reed met Rep. Khan, Dr. Aziz, Mr. Shah, Mrs. Shah, Ms. Bibi and Prof. Nasr."}},
		{"places", "They prayed at St. Mary's near Mt. Elgon.", []string{"They prayed at St. Mary's near Mt. Elgon."}},
		{"department", "The Justice Dept. said so. The State Dept. Press Office did not.", []string{"The Justice Dept. said so.", "The State Dept. Press Office did not."}},
		{"month before day", "The truce began on Oct. 15 and ended on Dec. 2. Fighting resumed.", []string{"The truce began on Oct. 15 and ended on Dec. 2.", "Fighting resumed."}},
		{"month at the end", "The talks were held in Jan. They failed.", []string{"The talks were held in Jan.", "They failed."}},
		{"number sign", "Resolution No. 2231 was cited.", []string{"Resolution No. 2231 was cited."}},
		{"companies", "Acme Inc. and Beta Corp. signed, as did Gamma Ltd. and Delta Co. on Monday.", []string{"Acme Inc. and Beta Corp. signed, as did Gamma Ltd. and Delta Co. on Monday."}},
		{"company ends sentence", "The drones were made by Acme Inc. The company declined to comment.", []string{"The drones were made by Acme Inc.", "The company declined to comment."}},
		{"versus and latin", "It was Pakistan vs. India, e.g. in 1999, i.e. Kargil.", []string{"It was Pakistan vs. India, e.g. in 1999, i.e. Kargil."}},
		{"initial", "Donald J. Trump spoke to George W. Bush.", []string{"Donald J. Trump spoke to George W. Bush."}},
		{"initialism then lowercase", "The U.S. envoy met U.N. officials and U.K. diplomats.", []string{"The U.S. envoy met U.N. officials and U.K. diplomats."}},
		{"initialism then name", "The U.S. Army and the U.N. Security Council and the E.U. Commission.", []string{"The U.S. Army and the U.N. Security Council and the E.U. Commission."}},
		{"initialism then a command", "U.S. Africa Command said a drone strike killed 27 militants.", []string{"U.S. Africa Command said a drone strike killed 27 militants."}},
		{"initialism then an agency", "Agents of the U.S. Drug Enforcement Administration and U.S. Homeland Security arrested him.", []string{"Agents of the U.S. Drug Enforcement Administration and U.S. Homeland Security arrested him."}},
		{"initialism ends sentence", "The envoy left the U.S. Officials said he would return.", []string{"The envoy left the U.S.", "Officials said he would return."}},
		{"initialism before pronoun", "He flew to the U.K. He landed at noon.", []string{"He flew to the U.K.", "He landed at noon."}},
		{"clock then lowercase", "The blast came at 6 a.m. local time and another at 9 p.m. on Friday.", []string{"The blast came at 6 a.m. local time and another at 9 p.m. on Friday."}},
		{"clock ends sentence", "The blast came at 6 a.m. Police arrived later.", []string{"The blast came at 6 a.m.", "Police arrived later."}},
		{"decimals", "Aid of USD 7.5 billion was pledged for a 2.5 km strip. It arrived.", []string{"Aid of USD 7.5 billion was pledged for a 2.5 km strip.", "It arrived."}},
		{"curly quote after stop", "He said: “We will respond.” The army agreed.", []string{"He said: “We will respond.”", "The army agreed."}},
		{"curly single quote", "She said ‘enough.’ Then she left.", []string{"She said ‘enough.’", "Then she left."}},
		{"straight quote", `"We will respond." The army agreed.`, []string{`"We will respond."`, "The army agreed."}},
		{"question inside quote", "“Why now?” he asked. Nobody knew.", []string{"“Why now?” he asked.", "Nobody knew."}},
		{"exclamation and question", "Stop! Who goes there? Nobody.", []string{"Stop!", "Who goes there?", "Nobody."}},
		{"newline always splits", "Dateline KABUL\nThe attack began at dawn", []string{"Dateline KABUL", "The attack began at dawn"}},
		{"newline mid sentence", "Mr.\nSmith", []string{"Mr.", "Smith"}},
		{"blank lines and spaces", "  \n\n  One.  \n  Two.  ", []string{"One.", "Two."}},
		{"ellipsis", "They waited... Then the shelling began.", []string{"They waited...", "Then the shelling began."}},
		{"personal initials", "Prime Minister K.P. Sharma Oli met J.R. Ortiz in Kathmandu.", []string{"Prime Minister K.P. Sharma Oli met J.R. Ortiz in Kathmandu."}},
		{"place initialism ends sentence", "Troops left the U.A.E. Officials confirmed it.", []string{"Troops left the U.A.E.", "Officials confirmed it."}},
		{"hyphen after initialism", "U.S.-backed forces advanced.", []string{"U.S.-backed forces advanced."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := p.Split(tt.text)
			checkSentences(t, tt.text, got)
			var texts []string
			for _, s := range got {
				texts = append(texts, s.Text)
			}
			if len(texts) != len(tt.want) {
				t.Fatalf("Split(%q) = %q, want %q", tt.text, texts, tt.want)
			}
			for i := range texts {
				if texts[i] != tt.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, texts[i], tt.want[i])
				}
			}
		})
	}
}

// checkSentences checks the invariants of sentences split from text:
// indexes in order, offsets in code points, increasing and non-overlapping,
// Text equal to the span, no newline inside, tokens inside their sentence.
func checkSentences(tb testing.TB, text string, got []truce.Sentence) {
	tb.Helper()
	r := []rune(text)
	last := 0
	for i, s := range got {
		if s.Index != i {
			tb.Errorf("sentence %d has Index %d", i, s.Index)
		}
		if s.Start < last || s.End <= s.Start || s.End > len(r) {
			tb.Fatalf("sentence %d span [%d,%d) out of order or range (last end %d, len %d)", i, s.Start, s.End, last, len(r))
		}
		if string(r[s.Start:s.End]) != s.Text {
			tb.Errorf("sentence %d Text %q, span holds %q", i, s.Text, string(r[s.Start:s.End]))
		}
		for _, c := range s.Text {
			if c == '\n' {
				tb.Errorf("sentence %d spans a newline: %q", i, s.Text)
			}
		}
		tl := s.Start
		for j, tk := range s.Tokens {
			if tk.Start < tl || tk.End <= tk.Start || tk.End > s.End {
				tb.Fatalf("sentence %d token %d span [%d,%d) out of order or outside [%d,%d)", i, j, tk.Start, tk.End, s.Start, s.End)
			}
			if string(r[tk.Start:tk.End]) != tk.Text {
				tb.Errorf("token %q, span holds %q", tk.Text, string(r[tk.Start:tk.End]))
			}
			if tk.Tag == "" {
				tb.Errorf("token %q has no tag", tk.Text)
			}
			tl = tk.End
		}
		last = s.End
	}
	if !utf8.ValidString(text) {
		return
	}
}

func TestSplitNewsFile(t *testing.T) {
	p := MustPipeline(t)
	text := MustRead(t, "news.txt")
	got := p.Analyze(text)
	checkSentences(t, text, got)
	// 16 paragraphs; seven hold two sentences each.
	if len(got) != 23 {
		for _, s := range got {
			t.Log(s.Text)
		}
		t.Fatalf("got %d sentences, want 23", len(got))
	}
}

// TestSplitSeedArticle checks the sentence invariants on the project's
// evaluation article, read in place; it skips when the file is absent.
func TestSplitSeedArticle(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "eval", "seed", "article.txt"))
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	p := MustPipeline(t)
	got := p.Analyze(string(b))
	checkSentences(t, string(b), got)
	if len(got) < 10 {
		t.Errorf("got %d sentences from the seed article", len(got))
	}
}
