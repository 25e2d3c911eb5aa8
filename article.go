package truce

import "time"

// Article is one news document after ingestion: a cleaned body and what was
// learnt about the document itself.
type Article struct {
	// ID identifies the article: the id given with the input (JSONL), or a
	// hash of its canonical URL, or of its content when it has no URL.
	ID string `json:"id"`
	// URL is where the article was read from, if anywhere; CanonicalURL is
	// its canonical form (rel=canonical, no tracking parameters).
	URL          string `json:"url,omitempty"`
	CanonicalURL string `json:"canonical_url,omitempty"`
	// Origin names the input the article came from: a file path, a URL, a
	// feed URL, "stdin", or "FILE:LINE" for a JSONL line.
	Origin    string    `json:"origin,omitempty"`
	Title     string    `json:"title,omitempty"`
	Byline    string    `json:"byline,omitempty"`
	Published time.Time `json:"published,omitzero"`
	// Text is the body text, navigation and boilerplate lines removed. Every
	// offset in truce's output counts Unicode code points in Text.
	Text string `json:"text"`
	// RepublishedFrom names the outlet the article says it was republished
	// from ("Republished from The Conversation").
	RepublishedFrom string `json:"republished_from,omitempty"`
	// RelatedLinks holds lines that are navigation, not body ("Also Read: …").
	RelatedLinks []string `json:"related_links,omitempty"`
	// ContentHash is the hex SHA-256 of the normalised body text.
	ContentHash string `json:"content_hash,omitempty"`
	// SimHash is a 64-bit simhash over word shingles of Text, used to find
	// near-duplicates (syndicated copies).
	SimHash uint64 `json:"simhash,omitempty"`
	// DuplicateOf is the id of the original when this article is a
	// near-duplicate of one already stored.
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// Fetched is when truce read the article.
	Fetched time.Time `json:"fetched,omitzero"`
}

// Document is what truce learnt about an article itself, as printed under
// "document" by truce extract.
type Document struct {
	Title           string   `json:"title"`
	Byline          string   `json:"byline"`
	Published       string   `json:"published"`
	URL             string   `json:"url"`
	RepublishedFrom string   `json:"republished_from"`
	RelatedLinks    []string `json:"related_links"`
}

// DocumentOf returns the Document view of a.
func DocumentOf(a *Article) Document {
	d := Document{
		Title:           a.Title,
		Byline:          a.Byline,
		URL:             a.URL,
		RepublishedFrom: a.RepublishedFrom,
		RelatedLinks:    a.RelatedLinks,
	}
	if d.RelatedLinks == nil {
		d.RelatedLinks = []string{}
	}
	if !a.Published.IsZero() {
		d.Published = a.Published.Format(time.DateOnly)
	}
	return d
}

// Sentence is one sentence of an article with its tokens. Start and End are
// code-point offsets into Article.Text.
type Sentence struct {
	Index  int     `json:"index"`
	Text   string  `json:"text"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Tokens []Token `json:"tokens,omitempty"`
}

// Token is a word or punctuation mark with its Penn Treebank part-of-speech
// tag. Start and End are code-point offsets into Article.Text.
type Token struct {
	Text  string `json:"text"`
	Tag   string `json:"tag"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}
