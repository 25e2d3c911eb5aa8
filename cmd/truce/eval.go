package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/code"
	"github.com/truce-project/truce/demo"
	"github.com/truce-project/truce/eval"
)

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval", "GOLD…",
		"Scores extraction against gold files (truce-gold/1, or PLOVER's gold-standard\n"+
			"records) and prints precision, recall and F1 per field.")
	format := fs.String("format", "text", "report format: text or json")
	withDemo := fs.Bool("demo", false, "also score the built-in demo corpus")
	var dicts listFlag
	fs.Var(&dicts, "dict", "extra actor dictionary file (repeatable)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 && !*withDemo {
		fs.Usage()
		return errors.New("eval: name at least one gold file (or --demo)")
	}
	var docs []*eval.Document
	for _, path := range fs.Args() {
		d, err := eval.LoadFile(path)
		if err != nil {
			return err
		}
		docs = append(docs, d...)
	}
	if *withDemo {
		names, err := demo.GoldFiles()
		if err != nil {
			return err
		}
		for _, n := range names {
			d, err := eval.LoadFS(demo.Gold(), n)
			if err != nil {
				return err
			}
			docs = append(docs, d...)
		}
	}
	coder, err := code.Load(dicts...)
	if err != nil {
		return err
	}
	x := &extractor{coder: coder}
	rep, err := eval.Run(ctx, docs, func(ctx context.Context, a *truce.Article) (*truce.Article, *truce.Extraction, error) {
		res, err := x.Extract(ctx, a)
		return a, res, err
	})
	if err != nil {
		return err
	}
	switch *format {
	case "json":
		return rep.WriteJSON(e.stdout)
	case "text":
		return rep.WriteText(e.stdout)
	}
	return fmt.Errorf("eval: format %q: want text or json", *format)
}
