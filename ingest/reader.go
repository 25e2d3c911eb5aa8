package ingest

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/truce-project/truce"
)

// DefaultMaxBytes is the default size limit of one input document.
const DefaultMaxBytes = 10 << 20

// DefaultUserAgent is sent with every HTTP request unless Reader.UserAgent
// says otherwise.
const DefaultUserAgent = "truce/0.1 (+https://github.com/truce-project/truce)"

// Reader reads inputs into articles. The zero value is not usable; use
// NewReader.
type Reader struct {
	// MaxBytes bounds one input document (a file, a page, a JSONL line).
	// Larger documents are reported with code truce.ETOOLARGE and never held
	// in memory whole. Zero means DefaultMaxBytes.
	MaxBytes int64
	// Client fetches URLs and feeds.
	Client *http.Client
	// Now is the clock that sets Article.Fetched.
	Now func() time.Time
	// UserAgent is sent with HTTP requests.
	UserAgent string
	// Stdin is read for the input "-".
	Stdin io.Reader
}

// NewReader returns a Reader with a 10 MiB limit per document, an HTTP
// client with a 30 s timeout, the system clock, truce's user agent and the
// process's standard input.
func NewReader() *Reader {
	return &Reader{
		MaxBytes:  DefaultMaxBytes,
		Client:    &http.Client{Timeout: 30 * time.Second},
		Now:       time.Now,
		UserAgent: DefaultUserAgent,
		Stdin:     os.Stdin,
	}
}

func (r *Reader) maxBytes() int64 {
	if r.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return r.MaxBytes
}

func (r *Reader) now() time.Time {
	if r.Now == nil {
		return time.Now()
	}
	return r.Now()
}

// Read reads one input and calls fn for every article in it, or with an
// error for every input or document that could not be read.
//
// input is "-" for standard input (HTML, a feed or plain text, by
// sniffing), an http(s) URL (an HTML page, or a feed when the Content-Type
// or the body says RSS/Atom/JSON feed: then every item becomes an article,
// its link fetched when the item has less than 80 words of its own), a file,
// or a directory, read recursively in lexical order. In a directory, hidden
// files and folders are skipped, and so are files other than .txt, .text,
// .md (text), .html, .htm, .xhtml (HTML), .jsonl (JSONL) and .xml, .rss,
// .atom (feeds); a file named explicitly is read whatever its extension.
//
// Errors passed to fn are *truce.Error values naming the input ("path",
// "URL", "path:LINE"): ENOTFOUND for a missing file or a 404, ETOOLARGE
// beyond MaxBytes, EINVALID otherwise. Read returns a non-nil error only
// when fn returns one (then it stops at once) or ctx is done.
func (r *Reader) Read(ctx context.Context, input string, fn func(*truce.Article, error) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	switch {
	case input == "-":
		return r.readStdin(ctx, fn)
	case isURL(input):
		return r.readURL(ctx, input, fn)
	}
	info, err := os.Stat(input)
	if err != nil {
		code := truce.EINVALID
		if errors.Is(err, fs.ErrNotExist) {
			code = truce.ENOTFOUND
		}
		return fn(nil, inputError(code, input, unwrapPath(err), "cannot open"))
	}
	if !info.IsDir() {
		return r.readFile(ctx, input, kindOf(input), fn)
	}
	return filepath.WalkDir(input, func(path string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			if path == input {
				return fn(nil, inputError(truce.EINVALID, path, unwrapPath(err), "cannot read directory"))
			}
			if ferr := fn(nil, inputError(truce.EINVALID, path, unwrapPath(err), "cannot read")); ferr != nil {
				return ferr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != input && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		k := kindByExt(path)
		if k == kindNone || !(d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0) {
			return nil
		}
		return r.readFile(ctx, path, k, fn)
	})
}

// unwrapPath drops the *fs.PathError around err, whose path the message
// already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// kind is how a document is parsed.
type kind int

const (
	kindNone kind = iota
	kindSniff
	kindText
	kindHTML
	kindJSONL
	kindFeed
)

// kindByExt returns the kind of a file found in a directory walk, kindNone
// for files to skip.
func kindByExt(path string) kind {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text", ".md":
		return kindText
	case ".html", ".htm", ".xhtml":
		return kindHTML
	case ".jsonl":
		return kindJSONL
	case ".xml", ".rss", ".atom":
		return kindFeed
	}
	return kindNone
}

// kindOf returns the kind of a file named explicitly: by extension, else
// by sniffing its content.
func kindOf(path string) kind {
	if k := kindByExt(path); k != kindNone {
		return k
	}
	return kindSniff
}

// readFile reads one file of kind k.
func (r *Reader) readFile(ctx context.Context, path string, k kind, fn func(*truce.Article, error) error) error {
	f, err := os.Open(path)
	if err != nil {
		code := truce.EINVALID
		if errors.Is(err, fs.ErrNotExist) {
			code = truce.ENOTFOUND
		}
		return fn(nil, inputError(code, path, unwrapPath(err), "cannot open"))
	}
	defer f.Close()
	if k == kindJSONL {
		var fnErr error
		err := r.ReadJSONL(ctx, path, f, func(a *truce.Article, err error) error {
			fnErr = fn(a, err)
			return fnErr
		})
		if err != nil && err != fnErr && ctx.Err() == nil {
			return fn(nil, err)
		}
		return err
	}
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() > r.maxBytes() {
		return fn(nil, r.tooLarge(path))
	}
	data, err := r.readAll(path, f)
	if err != nil {
		return fn(nil, err)
	}
	return r.emitDoc(ctx, path, data, "", k, "", fn)
}

func (r *Reader) tooLarge(name string) error {
	return inputError(truce.ETOOLARGE, name, nil, "larger than the %d-byte limit", r.maxBytes())
}

// readAll reads rd up to MaxBytes, with memory bounded by MaxBytes+1.
func (r *Reader) readAll(name string, rd io.Reader) ([]byte, error) {
	max := r.maxBytes()
	data, err := io.ReadAll(io.LimitReader(rd, max+1))
	if err != nil {
		return nil, inputError(truce.EINVALID, name, unwrapPath(err), "read")
	}
	if int64(len(data)) > max {
		return nil, r.tooLarge(name)
	}
	return data, nil
}

// readStdin reads standard input as one document: a feed, HTML or plain
// text, by sniffing.
func (r *Reader) readStdin(ctx context.Context, fn func(*truce.Article, error) error) error {
	in := r.Stdin
	if in == nil {
		in = os.Stdin
	}
	data, err := r.readAll("stdin", in)
	if err != nil {
		return fn(nil, err)
	}
	return r.emitDoc(ctx, "stdin", data, "", kindSniff, "", fn)
}

// emitDoc parses one document of kind k and hands the result to fn. For a
// feed every item is handed on.
func (r *Reader) emitDoc(ctx context.Context, name string, data []byte, pageURL string, k kind, contentType string, fn func(*truce.Article, error) error) error {
	if k == kindSniff {
		k = sniff(data)
	}
	var a *truce.Article
	var err error
	switch k {
	case kindFeed:
		return r.readFeed(ctx, name, data, fn)
	case kindHTML:
		a, err = parseHTML(name, data, pageURL, contentType)
	default:
		a, err = ParseText(name, data)
		if a != nil && pageURL != "" {
			a.URL = pageURL
			a.ID = "" // derive it from the URL
			Finish(a)
		}
	}
	if a != nil {
		a.Fetched = r.now()
	}
	return fn(a, err)
}

// sniff tells HTML, feeds and plain text apart by their first bytes.
func sniff(data []byte) kind {
	if looksLikeFeed(data) {
		return kindFeed
	}
	if strings.HasPrefix(http.DetectContentType(data), "text/html") {
		return kindHTML
	}
	return kindText
}
