package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/ceasefire"
	"github.com/truce-project/truce/code"
	"github.com/truce-project/truce/demo"
	"github.com/truce-project/truce/export"
)

func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "demo", "",
		"Ingests the built-in demo corpus into a fresh store and prints the events and\n"+
			"ceasefires it found.")
	db := fs.String("db", "", "database path (default: a fresh temporary database)")
	format := fs.String("format", "table", "output format for events: table, json, csv or geojson")
	serve := fs.Bool("serve", false, "then serve the dashboard until interrupted")
	addr := fs.String("addr", defaultAddr, "with --serve, the address to listen on, HOST:PORT")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("demo: unexpected argument %q", fs.Arg(0))
	}
	path := *db
	if path == "" {
		dir, err := os.MkdirTemp("", "truce-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "demo.db")
	}
	arts, err := demo.Articles()
	if err != nil {
		return err
	}
	coder, err := code.Load()
	if err != nil {
		return err
	}
	x := &extractor{coder: coder}
	store, err := openStore(ctx, e, path)
	if err != nil {
		return err
	}
	defer store.Close()
	var t tally
	for _, a := range arts {
		t.read++
		res, err := x.Extract(ctx, a)
		if err != nil {
			return fmt.Errorf("demo article %s: %w", a.Origin, err)
		}
		put, err := store.PutArticle(ctx, a, res)
		if err != nil {
			return fmt.Errorf("store demo article %s: %w", a.Origin, err)
		}
		t.count(put)
	}
	fmt.Fprintf(e.stderr, "demo: %s (store %s)\n", t, path)
	evs, err := store.Events(ctx, truce.EventFilter{Limit: 10000})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d events\n", len(evs))
	if err := export.WriteEvents(e.stdout, *format, evs); err != nil {
		return err
	}
	// The registry: one truce however many articles told it, with its
	// history and violations.
	reg, err := store.Registry(ctx, ceasefire.Options{})
	if err != nil {
		return err
	}
	cfs := make([]*truce.Ceasefire, len(reg))
	for i := range reg {
		cfs[i] = &reg[i]
	}
	fmt.Fprintf(e.stdout, "\n%d ceasefires\n", len(cfs))
	if err := writeCeasefires(e, "table", cfs); err != nil {
		return err
	}
	if *serve {
		return serveStore(ctx, e, store, serveOptions{addr: *addr})
	}
	return nil
}
