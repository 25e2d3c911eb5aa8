package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"

	truhttp "github.com/truce-project/truce/http"
	"github.com/truce-project/truce/sqlite"
	"github.com/truce-project/truce/watch"
)

// defaultAddr is where truce serve listens unless told otherwise: loopback
// only, since the dashboard has no login.
const defaultAddr = "127.0.0.1:8080"

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "",
		"Serves the JSON API (/api/v1, described at /api/v1/openapi.json) and the web\n"+
			"dashboard over the store until interrupted. The write endpoints (POST\n"+
			"/api/v1/feeds, /api/v1/ingest) need Authorization: Bearer $TRUCE_TOKEN and are\n"+
			"off when TRUCE_TOKEN is unset. With --watch it also polls the feeds, as truce\n"+
			"watch does, and prints ceasefire alerts (and POSTs them to --webhook, else\n"+
			"$TRUCE_WEBHOOK, else the config file's \"webhook\") when new articles change\n"+
			"the registry; so does an ingest through the API.")
	db := fs.String("db", "", "database path (default $TRUCE_DB, then the user's data directory)")
	addr := fs.String("addr", defaultAddr, "address to listen on, HOST:PORT")
	withWatch := fs.Bool("watch", false, "also poll the feeds (those recorded, those named with --feed and --feeds)")
	wf := addWatchFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("serve: unexpected argument %q", fs.Arg(0))
	}
	store, err := openStore(ctx, e, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	o := serveOptions{addr: *addr, flags: wf}
	if *withWatch {
		o.watch = wf
	}
	return serveStore(ctx, e, store, o)
}

// serveOptions says how serveStore serves.
type serveOptions struct {
	addr string
	// watch, when set, runs a watcher beside the server.
	watch *watchFlags
	// flags, when set and watch is not, configure the watcher that serves
	// the write endpoints (its webhook, dictionaries).
	flags *watchFlags
	// ready, when set, receives the address listened on.
	ready func(addr string)
}

// serveStore serves store until ctx is done, with a watcher beside it when
// o.watch is set; the write endpoints are on when TRUCE_TOKEN is set.
func serveStore(ctx context.Context, e *env, store *sqlite.Store, o serveOptions) error {
	logger := slog.New(slog.NewTextHandler(e.stderr, nil))
	srv, err := truhttp.NewServer(store, logger)
	if err != nil {
		return err
	}
	token, err := tokenFrom(e)
	if err != nil {
		return err
	}
	var w *watch.Watcher
	if token != "" || o.watch != nil {
		wf := o.watch
		if wf == nil {
			wf = o.flags
		}
		if wf == nil {
			wf = &watchFlags{}
		}
		if w, err = wf.watcher(e, store, logger); err != nil {
			return err
		}
		srv.Writer, srv.Token = w, token
		// The baseline of the alerts: what is stored when the server starts.
		if err := w.Alerts.Prime(ctx); err != nil {
			return err
		}
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return fmt.Errorf("serve: listen on %s: %w", o.addr, err)
	}
	fmt.Fprintf(e.stderr, "truce serve: dashboard at http://%s/ (writes %s)\n", ln.Addr(), onOff(token != ""))
	if o.ready != nil {
		o.ready(ln.Addr().String())
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	watchErr := make(chan error, 1)
	if o.watch != nil {
		feeds, err := o.watch.feedList()
		if err != nil {
			ln.Close()
			return err
		}
		go func() {
			err := w.Run(ctx, feeds)
			if err != nil {
				cancel() // a dead store stops the server too
			}
			watchErr <- err
		}()
	} else {
		watchErr <- nil
	}
	serr := srv.Serve(ctx, ln)
	cancel()
	return errors.Join(serr, <-watchErr)
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off: set TRUCE_TOKEN to enable"
}
