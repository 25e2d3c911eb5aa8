package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/truce-project/truce/ceasefire"
	"github.com/truce-project/truce/code"
	"github.com/truce-project/truce/sqlite"
	"github.com/truce-project/truce/watch"
)

func runWatch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "watch", "[FEED_URL…]",
		"Polls feeds politely until interrupted: a conditional GET per feed every\n"+
			"--interval, backing off when a feed fails, and brings new articles through\n"+
			"the pipeline into the store. Feeds named here are recorded in the store, so a\n"+
			"later run (or truce serve --watch) resumes them where it stopped. One line\n"+
			"of progress per poll.\n\n"+
			"When a poll stores something new, the ceasefire registry is rebuilt and every\n"+
			"change (a truce that appears or changes state, a newly linked violation) is\n"+
			"printed as a JSON line and, with a webhook (--webhook, else $TRUCE_WEBHOOK,\n"+
			"else \"webhook\" in the config file), POSTed to it with retries.")
	db := fs.String("db", "", "database path (default $TRUCE_DB, then the user's data directory)")
	wf := addWatchFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	feeds, err := wf.feedList()
	if err != nil {
		return err
	}
	feeds = append(feeds, fs.Args()...)
	store, err := openStore(ctx, e, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	if len(feeds) == 0 {
		recorded, err := store.Feeds(ctx)
		if err != nil {
			return err
		}
		if len(recorded) == 0 {
			fs.Usage()
			return errors.New("watch: no feeds: name some with --feed or --feeds")
		}
	}
	return watchStore(ctx, e, store, wf, feeds)
}

// watchStore polls feeds (and those recorded) into store until ctx is
// done, with a progress line per poll and alerts on stdout.
func watchStore(ctx context.Context, e *env, store *sqlite.Store, wf *watchFlags, feeds []string) error {
	logger := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	w, err := wf.watcher(e, store, logger)
	if err != nil {
		return err
	}
	w.OnPoll = func(r watch.Result) { fmt.Fprintln(e.stdout, "watch:", r) }
	fmt.Fprintf(e.stderr, "truce watch: polling every %s; interrupt to stop\n", w.Interval)
	return w.Run(ctx, feeds)
}

// watchFlags are the flags truce watch and truce serve --watch share.
type watchFlags struct {
	feeds     listFlag
	feedsFile string
	interval  time.Duration
	hostDelay time.Duration
	dicts     listFlag
	webhook   string
	// allowPrivate lets feeds, pages and the webhook be on loopback and
	// private addresses, and webhookBackoff shortens the wait before a
	// webhook retry; only tests set them, there is no flag.
	allowPrivate   bool
	webhookBackoff time.Duration
}

func addWatchFlags(fs *flag.FlagSet) *watchFlags {
	wf := &watchFlags{}
	fs.Var(&wf.feeds, "feed", "feed URL to poll (repeatable)")
	fs.StringVar(&wf.feedsFile, "feeds", "", "file listing feed URLs, one a line (# starts a comment)")
	fs.DurationVar(&wf.interval, "interval", watch.DefaultInterval, "time between two polls of a feed")
	fs.DurationVar(&wf.hostDelay, "host-delay", watch.DefaultHostDelay, "least time between two requests to one host")
	fs.Var(&wf.dicts, "dict", "extra actor dictionary file (repeatable)")
	fs.StringVar(&wf.webhook, "webhook", "", "URL to POST ceasefire alerts to (default $TRUCE_WEBHOOK, then the config file's \"webhook\")")
	return wf
}

// feedList returns the feeds named with --feed and in the --feeds file.
func (wf *watchFlags) feedList() ([]string, error) {
	feeds := append([]string(nil), wf.feeds...)
	if wf.feedsFile == "" {
		return feeds, nil
	}
	f, err := os.Open(wf.feedsFile)
	if err != nil {
		return nil, fmt.Errorf("read feed list: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if err := watch.CheckURL(line); err != nil {
			return nil, fmt.Errorf("feed list %s:%d: %w", wf.feedsFile, n, err)
		}
		feeds = append(feeds, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read feed list %s: %w", wf.feedsFile, err)
	}
	return feeds, nil
}

// watcher builds the watcher over store with the pipeline after ingest,
// and its alerter: alerts go to e.stdout and to the webhook, if one is
// configured. Fetches and webhook posts refuse non-public addresses.
func (wf *watchFlags) watcher(e *env, store *sqlite.Store, logger *slog.Logger) (*watch.Watcher, error) {
	hook, err := webhookFrom(e, wf.webhook)
	if err != nil {
		return nil, err
	}
	coder, err := code.Load(wf.dicts...)
	if err != nil {
		return nil, err
	}
	w := watch.New(store, &extractor{coder: coder})
	w.Logger = logger
	if wf.allowPrivate {
		w.Client = watch.NewClient(watch.ClientOptions{AllowPrivate: true})
	}
	if wf.interval > 0 {
		w.Interval = wf.interval
	}
	if wf.hostDelay > 0 {
		w.HostDelay = wf.hostDelay
	}
	n := &ceasefire.Notifier{Out: e.stdout, URL: hook,
		Client: watch.NewClient(watch.ClientOptions{AllowPrivate: wf.allowPrivate, Timeout: webhookTimeout})}
	n.Backoff = wf.webhookBackoff
	w.Alerts = watch.NewAlerter(store, n)
	return w, nil
}

// webhookTimeout bounds one webhook request.
const webhookTimeout = 10 * time.Second

// webhookFrom returns the webhook for alerts: the flag's value, else
// TRUCE_WEBHOOK, else the config file's; "" when none is set. EINVALID for
// a URL that is not http(s).
func webhookFrom(e *env, flagValue string) (string, error) {
	hook, from := flagValue, "--webhook"
	if hook == "" {
		hook, from = e.getenv("TRUCE_WEBHOOK"), "TRUCE_WEBHOOK"
	}
	if hook == "" {
		c, err := loadConfig(e)
		if err != nil {
			return "", err
		}
		hook, from = c.Webhook, "the config file's webhook"
	}
	if hook == "" {
		return "", nil
	}
	if err := watch.CheckURL(hook); err != nil {
		return "", fmt.Errorf("webhook from %s: %w", from, err)
	}
	return hook, nil
}
