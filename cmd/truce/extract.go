package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/code"
	"github.com/truce-project/truce/ingest"
)

// extractLine is one line of truce extract's output.
type extractLine struct {
	ID string `json:"id"`
	*truce.Extraction
	Explain []string `json:"explain,omitempty"`
}

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "[FILE…]",
		"Reads text or HTML files (or stdin), or with --jsonl one document per line\n"+
			`{"id","text","published","title","url"}, and writes one JSON line per document.`)
	published := fs.String("published", "", "publication date (YYYY-MM-DD) for documents that carry none")
	jsonl := fs.Bool("jsonl", false, "inputs are JSON Lines documents")
	explain := fs.Bool("explain", false, "add, per event, the rule that fired on which words")
	var dicts listFlag
	fs.Var(&dicts, "dict", "extra actor dictionary file (repeatable)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var pub truce.Article
	if *published != "" {
		t, err := parseDate(*published)
		if err != nil {
			return err
		}
		pub.Published = t
	}
	coder, err := code.Load(dicts...)
	if err != nil {
		return err
	}
	if *explain {
		coder.Trace = e.stderr
	}
	x := &extractor{coder: coder}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed := 0
	handle := func(a *truce.Article, err error) error {
		if err != nil {
			failed++
			fmt.Fprintln(e.stderr, "truce extract:", err)
			return nil
		}
		if a.Published.IsZero() {
			a.Published = pub.Published
		}
		if *explain {
			// The trace of each document under a header naming it, so
			// that one run over many documents can be read apart.
			fmt.Fprintf(e.stderr, "== %s\n", docName(a))
		}
		res, err := x.Extract(ctx, a)
		if err != nil {
			failed++
			fmt.Fprintf(e.stderr, "truce extract: %s: %v\n", a.Origin, err)
			return nil
		}
		line := extractLine{ID: a.ID, Extraction: res}
		if *explain {
			for _, ev := range res.Events {
				line.Explain = append(line.Explain, fmt.Sprintf("%s %s: %s", ev.ID, ev.Type, ev.Rule))
			}
		} else {
			for i := range res.Events {
				res.Events[i].Rule = ""
			}
		}
		return enc.Encode(line)
	}
	r := ingest.NewReader()
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	for _, in := range inputs {
		var err error
		switch {
		case *jsonl && in == "-":
			err = r.ReadJSONL(ctx, "stdin", e.stdin, handle)
		case *jsonl:
			err = readJSONLFile(ctx, r, in, handle)
		case in == "-":
			err = readStdin(e, in, handle)
		default:
			err = r.Read(ctx, in, handle)
		}
		if err != nil {
			return err
		}
	}
	if failed > 0 {
		fmt.Fprintf(e.stderr, "truce extract: %d input(s) failed\n", failed)
		return errReported
	}
	return nil
}

// readStdin reads one text or HTML document from standard input.
func readStdin(e *env, name string, fn func(*truce.Article, error) error) error {
	var b strings.Builder
	sc := bufio.NewReader(e.stdin)
	if _, err := sc.WriteTo(&b); err != nil {
		return fn(nil, fmt.Errorf("read stdin: %w", err))
	}
	text := b.String()
	var a *truce.Article
	var err error
	if looksHTML(text) {
		a, err = ingest.ParseHTML("stdin", []byte(text), "")
	} else {
		a, err = ingest.ParseText("stdin", []byte(text))
	}
	if err != nil {
		return fn(nil, err)
	}
	return fn(a, nil)
}

func looksHTML(s string) bool {
	head := strings.ToLower(strings.TrimSpace(s))
	if len(head) > 512 {
		head = head[:512]
	}
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") || strings.Contains(head, "<body")
}

// docName names a document in traces: its id when it has one, else where
// it came from.
func docName(a *truce.Article) string {
	if a.ID != "" && a.Origin != "" && a.ID != a.Origin {
		return a.ID + " (" + a.Origin + ")"
	}
	if a.ID != "" {
		return a.ID
	}
	return a.Origin
}
