package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/dyad"
)

// timeline is the JSON answer of truce timeline.
type timeline struct {
	A      string       `json:"a"`
	B      string       `json:"b"`
	Days   []dyad.Day   `json:"days"`
	Chains []dyad.Chain `json:"chains"`
}

func runTimeline(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "timeline", "A B", "Prints the daily timeline of the dyad of countries A and B (ISO3, e.g. PAK AFG):\n"+
		"events by quad class, Goldstein sum, fatalities, intensity, level and escalation,\n"+
		"then its retaliation chains.")
	db := fs.String("db", "", "database path (default $TRUCE_DB, then the user's data directory)")
	format := fs.String("format", "table", "output format: table, json or csv")
	window := fs.Int("window", dyad.DefaultWindow, "days within which a strike back counts as retaliation")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return truce.Errorf(truce.EINVALID, "timeline: want two actors, e.g. truce timeline PAK AFG")
	}
	p := dyad.NewPair(fs.Arg(0), fs.Arg(1))
	store, err := openStore(ctx, e, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	evs, err := store.MergedEvents(ctx, dyad.MergeOptions{})
	if err != nil {
		return err
	}
	tl := timeline{A: p.A, B: p.B, Days: dyad.Series(evs, p.A, p.B), Chains: dyad.Chains(evs, p.A, p.B, *window)}
	if tl.Chains == nil {
		tl.Chains = []dyad.Chain{}
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", " ")
		return enc.Encode(tl)
	case "csv":
		w := csv.NewWriter(e.stdout)
		w.Write([]string{"date", "events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict",
			"goldstein", "fatalities", "intensity", "level", "escalation"})
		for _, d := range tl.Days {
			w.Write([]string{d.Date, strconv.Itoa(d.Events), strconv.Itoa(d.ByQuad[0]), strconv.Itoa(d.ByQuad[1]),
				strconv.Itoa(d.ByQuad[2]), strconv.Itoa(d.ByQuad[3]), num(d.Goldstein), strconv.Itoa(d.Fatalities),
				num(d.Intensity), num(d.Level), num(d.Escalation)})
		}
		w.Flush()
		return w.Error()
	case "table":
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "DATE\tEVENTS\tQ1/Q2/Q3/Q4\tGOLDSTEIN\tDEAD\tINTENSITY\tLEVEL\tESCALATION\n")
		for _, d := range tl.Days {
			fmt.Fprintf(tw, "%s\t%d\t%d/%d/%d/%d\t%s\t%d\t%s\t%s\t%s\n", d.Date, d.Events, d.ByQuad[0], d.ByQuad[1],
				d.ByQuad[2], d.ByQuad[3], num(d.Goldstein), d.Fatalities, num(d.Intensity), num(d.Level), num(d.Escalation))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		for i, c := range tl.Chains {
			var steps []string
			for _, l := range c.Links {
				mark := ""
				if l.Explicit {
					mark = " (said)"
				}
				steps = append(steps, fmt.Sprintf("%s %s→%s%s", l.Date, l.From, l.To, mark))
			}
			fmt.Fprintf(e.stdout, "retaliation chain %d: %s\n", i+1, strings.Join(steps, "  ⇒  "))
		}
		return nil
	}
	return truce.Errorf(truce.EINVALID, "format %q: want table, json or csv", *format)
}
