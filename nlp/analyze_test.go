package nlp

import (
	"strings"
	"sync"
	"testing"
)

func TestAnalyze(t *testing.T) {
	p := MustPipeline(t)
	tests := []struct {
		name string
		text string
		// want lists "text/TAG" for each token; "text/" leaves the tag unchecked.
		want string
	}{
		{"plain", "Pakistani jets struck Kabul on Thursday.", "Pakistani/ jets/NNS struck/VBD Kabul/NNP on/IN Thursday/NNP ./."},
		{"count", "At least 23 people were killed.", "At/IN least/JJS 23/CD people/NNS were/VBD killed/VBN ./."},
		{"contraction and possessive", "Pakistan’s army didn't reply.", "Pakistan/NNP ’s/POS army/NN did/VBD n't/RB reply/VB ./."},
		{"quotes", "“We will respond,” he said.", "“/`` We/PRP will/MD respond/VB ,/, ”/'' he/PRP said/VBD ./."},
		{"straight quotes", `He said "no" twice.`, "He/PRP said/VBD \"/`` no/ \"/'' twice/ ./."},
		{"single straight quotes", "They called it a 'kidnapping' in the '90s.", "They/ called/ it/ a/ '/ kidnapping/ '/ in/ the/ '90s/ ./"},
		{"title and initialism", "Gen. Munir visited the U.S.", "Gen./NNP Munir/NNP visited/VBD the/DT U.S./NNP"},
		{"money and percent", "It cost $7.5 billion, or 12% more.", "It/PRP cost/VBD $/$ 7.5/CD billion/CD ,/, or/CC 12/CD %/NN more/ ./."},
		{"dashes and brackets", "The group—the TTP (banned) —fled.", "The/DT group/NN —/: the/DT TTP/NNP (/( banned/ )/) —/: fled/ ./."},
		{"ellipsis", "They waited...", "They/PRP waited/VBD .../:"},
		{"hyphenated measure", "A 2,600-kilometer border.", "A/DT 2,600-kilometer/ border/NN ./."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := p.Analyze(tt.text)
			checkSentences(t, tt.text, got)
			if len(got) != 1 {
				t.Fatalf("got %d sentences, want 1", len(got))
			}
			want := strings.Fields(tt.want)
			toks := got[0].Tokens
			var have []string
			for _, tk := range toks {
				have = append(have, tk.Text+"/"+tk.Tag)
			}
			if len(toks) != len(want) {
				t.Fatalf("tokens %q, want %q", have, want)
			}
			for i, w := range want {
				text, tag, _ := strings.Cut(w, "/")
				if toks[i].Text != text || (tag != "" && toks[i].Tag != tag) {
					t.Errorf("token %d = %s, want %s (all: %q)", i, have[i], w, have)
				}
			}
		})
	}
}

func TestAnalyzeCodePointOffsets(t *testing.T) {
	p := MustPipeline(t)
	text := "Ceasefire in Khyber Pakhtunkhwa — “fragile”.\nΣ Café naïve ünïcödé, 23 killed."
	got := p.Analyze(text)
	checkSentences(t, text, got)
	if len(got) != 2 {
		t.Fatalf("got %d sentences, want 2", len(got))
	}
	// "—", "“" and "”" take three bytes each but one code point.
	if want := strings.Index(text, "Σ") - 3*2; got[1].Start != want {
		t.Errorf("second sentence starts at %d, want %d", got[1].Start, want)
	}
	if tk := got[1].Tokens[len(got[1].Tokens)-2]; tk.Text != "killed" || tk.Start != want1(text, "killed") {
		t.Errorf("token %q at %d, want killed at %d", tk.Text, tk.Start, want1(text, "killed"))
	}
}

func TestAnalyzeConcurrent(t *testing.T) {
	p := MustPipeline(t)
	text := MustRead(t, "news.txt")
	want := p.Analyze(text)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := p.Analyze(text)
			for i := range want {
				for j := range want[i].Tokens {
					if got[i].Tokens[j] != want[i].Tokens[j] {
						t.Errorf("concurrent run differs at sentence %d token %d", i, j)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

// want1 returns the code-point offset of the first sub in text.
func want1(text, sub string) int {
	return len([]rune(text[:strings.Index(text, sub)]))
}
