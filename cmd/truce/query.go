package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/ceasefire"
	"github.com/truce-project/truce/dyad"
	"github.com/truce-project/truce/export"
)

func runEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "events", "", "Lists stored events, newest first.")
	db := fs.String("db", "", "database path (default $TRUCE_DB, then the user's data directory)")
	since := fs.String("since", "", "only events on or after this date (YYYY-MM-DD)")
	until := fs.String("until", "", "only events on or before this date (YYYY-MM-DD)")
	country := fs.String("country", "", "only events in or involving this country (ISO3, e.g. PAK)")
	actorF := fs.String("actor", "", "only events with this actor (id prefix such as TTP or AFGGOV, or a name)")
	typ := fs.String("type", "", "only events of this PLOVER type (e.g. ASSAULT)")
	limit := fs.Int("limit", 1000, "at most this many events")
	format := fs.String("format", "table", "output format: table, json, csv or geojson")
	merged := fs.Bool("merged", false, "merge reports of the same event from different articles into one, with every source")
	if err := fs.Parse(args); err != nil {
		return err
	}
	f := truce.EventFilter{Country: strings.ToUpper(*country), Actor: *actorF, Type: strings.ToUpper(*typ), Limit: *limit}
	var err error
	if *since != "" {
		if f.Since, err = parseDate(*since); err != nil {
			return err
		}
	}
	if *until != "" {
		if f.Until, err = parseDate(*until); err != nil {
			return err
		}
	}
	store, err := openStore(ctx, e, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	if *merged {
		// Merge among every event that passes the filters, then cut.
		f.Limit = maxMergedEvents
	}
	evs, err := store.Events(ctx, f)
	if err != nil {
		return err
	}
	if *merged {
		evs = mergeEvents(evs, *limit)
	}
	return export.WriteEvents(e.stdout, *format, evs)
}

func runArticles(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "articles", "", "Lists stored articles, or searches their text with -q.")
	db := fs.String("db", "", "database path (default $TRUCE_DB, then the user's data directory)")
	q := fs.String("q", "", "full-text search query")
	limit := fs.Int("limit", 100, "at most this many articles")
	format := fs.String("format", "table", "output format: table, json or csv")
	if err := fs.Parse(args); err != nil {
		return err
	}
	store, err := openStore(ctx, e, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	var as []*truce.Article
	if *q != "" {
		as, err = store.Search(ctx, *q, *limit)
	} else {
		as, err = store.Articles(ctx, truce.ArticleFilter{Limit: *limit})
	}
	if err != nil {
		return err
	}
	return export.WriteArticles(e.stdout, *format, as)
}

func runCeasefires(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ceasefires", "", "Lists the ceasefire registry: every truce, merged across the articles\n"+
		"that report it, with its state, history and violations.")
	db := fs.String("db", "", "database path (default $TRUCE_DB, then the user's data directory)")
	format := fs.String("format", "table", "output format: table or json")
	asOf := fs.String("now", "", "judge declared durations as of this date (YYYY-MM-DD; default: the latest date stored)")
	raw := fs.Bool("raw", false, "list the declarations as extracted from each article instead")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var o ceasefire.Options
	if *asOf != "" {
		t, err := parseDate(*asOf)
		if err != nil {
			return err
		}
		o.Now = t
	}
	store, err := openStore(ctx, e, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	if *raw {
		cfs, err := store.Ceasefires(ctx)
		if err != nil {
			return err
		}
		return writeCeasefires(e, *format, cfs)
	}
	reg, err := store.Registry(ctx, o)
	if err != nil {
		return err
	}
	cfs := make([]*truce.Ceasefire, len(reg))
	for i := range reg {
		cfs[i] = &reg[i]
	}
	return writeCeasefires(e, *format, cfs)
}

func writeCeasefires(e *env, format string, cfs []*truce.Ceasefire) error {
	switch format {
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, c := range cfs {
			if err := enc.Encode(c); err != nil {
				return err
			}
		}
		return nil
	case "table":
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ANNOUNCED\tSTATE\tPARTIES\tMEDIATORS\tHOURS\tTERMS")
		for _, c := range cfs {
			hours := ""
			if c.DurationHours > 0 {
				hours = fmt.Sprint(c.DurationHours)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", c.Announced, c.State, names(c.Parties), names(c.Mediators),
				hours, strings.Join(c.Terms, "; "))
			for _, h := range c.History {
				fmt.Fprintf(tw, "\t  %s %s\t\t\t\t%s\n", h.Date, h.State, clip(h.Evidence, 80))
			}
			for _, v := range c.Violations {
				fmt.Fprintf(tw, "\t  violation %s\t%s\t%s\t%s\t%s\n", v.Date, v.Kind, actorName(v.Accused), "by "+actorName(v.AccusedBy), countText(v.Count))
			}
		}
		return tw.Flush()
	}
	return truce.Errorf(truce.EINVALID, "format %q: want table or json", format)
}

func actorName(a *truce.Actor) string {
	if a == nil {
		return "?"
	}
	return a.ID
}

func countText(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%d claimed", n)
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func names(as []truce.Actor) string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return strings.Join(out, ", ")
}

// maxMergedEvents bounds how many filtered events --merged reads to merge.
const maxMergedEvents = 200000

// mergeEvents merges reports of the same event (dyad.Merge) and keeps the
// first limit, newest first as truce events lists them.
func mergeEvents(evs []*truce.Event, limit int) []*truce.Event {
	flat := make([]truce.Event, len(evs))
	for i, ev := range evs {
		flat[i] = *ev
	}
	merged, _ := dyad.Merge(flat, dyad.MergeOptions{})
	out := make([]*truce.Event, len(merged))
	for i := range merged {
		out[i] = &merged[i]
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date > out[j].Date })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}
