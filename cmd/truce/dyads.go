package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/dyad"
)

func runDyads(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "dyads", "", "Lists pairs of country-level actors with their events by quad class,\n"+
		"Goldstein sum, fatalities, retaliations and escalation (see package dyad).")
	db := fs.String("db", "", "database path (default $TRUCE_DB, then the user's data directory)")
	format := fs.String("format", "table", "output format: table, json or csv")
	limit := fs.Int("limit", 50, "at most this many dyads")
	if err := fs.Parse(args); err != nil {
		return err
	}
	store, err := openStore(ctx, e, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	evs, err := store.MergedEvents(ctx, dyad.MergeOptions{})
	if err != nil {
		return err
	}
	ds := dyad.List(evs)
	if *limit > 0 && len(ds) > *limit {
		ds = ds[:*limit]
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(e.stdout)
		for _, d := range ds {
			if err := enc.Encode(d); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		w := csv.NewWriter(e.stdout)
		w.Write([]string{"a", "b", "events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict",
			"goldstein", "fatalities", "retaliations", "level", "escalation", "first", "last"})
		for _, d := range ds {
			w.Write([]string{d.A, d.B, strconv.Itoa(d.Events), strconv.Itoa(d.ByQuad[0]), strconv.Itoa(d.ByQuad[1]),
				strconv.Itoa(d.ByQuad[2]), strconv.Itoa(d.ByQuad[3]), num(d.Goldstein), strconv.Itoa(d.Fatalities),
				strconv.Itoa(d.Retaliations), num(d.Level), num(d.Escalation), d.First, d.Last})
		}
		w.Flush()
		return w.Error()
	case "table":
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "DYAD\tEVENTS\tQ1/Q2/Q3/Q4\tGOLDSTEIN\tDEAD\tRETAL\tLEVEL\tESCALATION\tFIRST\tLAST")
		for _, d := range ds {
			fmt.Fprintf(tw, "%s-%s\t%d\t%d/%d/%d/%d\t%s\t%d\t%d\t%s\t%s\t%s\t%s\n", d.A, d.B, d.Events,
				d.ByQuad[0], d.ByQuad[1], d.ByQuad[2], d.ByQuad[3], num(d.Goldstein), d.Fatalities, d.Retaliations,
				num(d.Level), num(d.Escalation), d.First, d.Last)
		}
		return tw.Flush()
	}
	return truce.Errorf(truce.EINVALID, "format %q: want table, json or csv", *format)
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
