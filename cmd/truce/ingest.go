package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/code"
	"github.com/truce-project/truce/ingest"
)

// tally counts what an ingest run did.
type tally struct {
	read, added, dups, near, events, failed int
}

func (t tally) String() string {
	return fmt.Sprintf("%d read: %d new, %d duplicate, %d near-duplicate; %d events stored; %d failed",
		t.read, t.added, t.dups, t.near, t.events, t.failed)
}

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "PATH|URL…",
		"Reads files, folders (recursively), URLs and RSS/Atom feeds into the store,\n"+
			"deduplicated. Re-ingesting the same input changes nothing.")
	db := fs.String("db", "", "database path (default $TRUCE_DB, then the user's data directory)")
	published := fs.String("published", "", "publication date (YYYY-MM-DD) for documents that carry none")
	jsonl := fs.Bool("jsonl", false, "treat every file input as JSON Lines")
	var dicts listFlag
	fs.Var(&dicts, "dict", "extra actor dictionary file (repeatable)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("ingest: name at least one PATH or URL")
	}
	var pub truce.Article
	if *published != "" {
		t, err := parseDate(*published)
		if err != nil {
			return err
		}
		pub.Published = t
	}
	store, err := openStore(ctx, e, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	coder, err := code.Load(dicts...)
	if err != nil {
		return err
	}
	x := &extractor{coder: coder}
	bar := newProgress(e.stderr)
	var t tally
	handle := func(a *truce.Article, err error) error {
		if err != nil {
			t.failed++
			bar.clear()
			fmt.Fprintln(e.stderr, "truce ingest:", err)
			return nil
		}
		t.read++
		if a.Published.IsZero() {
			a.Published = pub.Published
		}
		res, err := x.Extract(ctx, a)
		if err != nil {
			t.failed++
			bar.clear()
			fmt.Fprintf(e.stderr, "truce ingest: %s: %v\n", a.Origin, err)
			return nil
		}
		put, err := store.PutArticle(ctx, a, res)
		if err != nil {
			return fmt.Errorf("store %s: %w", a.Origin, err)
		}
		t.count(put)
		bar.show(t)
		return nil
	}
	r := ingest.NewReader()
	for _, in := range fs.Args() {
		var err error
		if *jsonl {
			err = readJSONLFile(ctx, r, in, handle)
		} else {
			err = r.Read(ctx, in, handle)
		}
		if err != nil {
			return err
		}
	}
	bar.clear()
	fmt.Fprintln(e.stdout, "ingest:", t)
	if t.failed > 0 {
		return errReported
	}
	return nil
}

func (t *tally) count(p truce.PutResult) {
	switch p.Status {
	case truce.PutNew:
		t.added++
		t.events += p.Events
	case truce.PutDuplicate:
		t.dups++
	case truce.PutNearDuplicate:
		t.near++
		t.events += p.Events
	}
}

func readJSONLFile(ctx context.Context, r *ingest.Reader, path string, fn func(*truce.Article, error) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(nil, truce.Errorf(truce.ENOTFOUND, "%s: %v", path, err))
	}
	defer f.Close()
	return r.ReadJSONL(ctx, path, f, fn)
}
