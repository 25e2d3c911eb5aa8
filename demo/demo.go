package demo

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/truce-project/truce"
)

//go:embed corpus
var corpus embed.FS

// corpusDir is the directory inside the embedded file system that holds the
// articles and their gold files.
const corpusDir = "corpus"

// goldSuffix ends the name of every gold file.
const goldSuffix = ".gold.json"

// header is the part of a gold file that describes the article itself.
type header struct {
	Format    string `json:"format"`
	ID        string `json:"id"`
	TextFile  string `json:"text_file"`
	Published string `json:"published"`
	Title     string `json:"title"`
	URL       string `json:"url"`
}

// Gold returns the corpus as an fs.FS rooted at the corpus directory, so
// that each gold file's text_file resolves beside it, for truce eval.
func Gold() fs.FS {
	sub, err := fs.Sub(corpus, corpusDir)
	if err != nil {
		// fs.Sub fails only on an invalid path, and corpusDir is a constant.
		return corpus
	}
	return sub
}

// GoldFiles lists the gold file names in Gold(), sorted.
func GoldFiles() ([]string, error) {
	entries, err := fs.ReadDir(Gold(), ".")
	if err != nil {
		return nil, fmt.Errorf("read demo corpus: %w", err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), goldSuffix) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names, nil
}

// Articles returns the demo corpus as raw articles, ordered by published
// date and then by id. Each article takes its ID, Title and URL from its
// gold file, its Published date (midnight UTC) from the gold file's
// published field, its Text from the text file the gold file names, and
// Origin "demo/corpus/NAME.txt". Errors name the file at fault.
func Articles() ([]*truce.Article, error) {
	names, err := GoldFiles()
	if err != nil {
		return nil, err
	}
	fsys := Gold()
	arts := make([]*truce.Article, 0, len(names))
	for _, name := range names {
		a, err := readArticle(fsys, name)
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	sort.SliceStable(arts, func(i, j int) bool {
		if !arts[i].Published.Equal(arts[j].Published) {
			return arts[i].Published.Before(arts[j].Published)
		}
		return arts[i].ID < arts[j].ID
	})
	return arts, nil
}

// readArticle loads the article described by the gold file name in fsys.
func readArticle(fsys fs.FS, name string) (*truce.Article, error) {
	origin := path.Join("demo", corpusDir, name)
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("read demo gold %q: %w", origin, err)
	}
	var h header
	if err := json.Unmarshal(b, &h); err != nil {
		return nil, fmt.Errorf("parse demo gold %q: %w", origin, err)
	}
	if h.ID == "" || h.TextFile == "" || h.Published == "" {
		return nil, truce.Errorf(truce.EINVALID, "demo gold %q: id, text_file and published are required", origin)
	}
	pub, err := time.Parse(time.DateOnly, h.Published)
	if err != nil {
		return nil, fmt.Errorf("parse published date of demo gold %q: %w", origin, err)
	}
	textPath := path.Clean(h.TextFile)
	if !fs.ValidPath(textPath) {
		return nil, truce.Errorf(truce.EINVALID, "demo gold %q: text_file %q is not a path inside the corpus", origin, h.TextFile)
	}
	text, err := fs.ReadFile(fsys, textPath)
	if err != nil {
		return nil, fmt.Errorf("read demo text %q: %w", path.Join("demo", corpusDir, textPath), err)
	}
	return &truce.Article{
		ID:        h.ID,
		URL:       h.URL,
		Origin:    path.Join("demo", corpusDir, textPath),
		Title:     h.Title,
		Published: pub.UTC(),
		Text:      string(text),
	}, nil
}
