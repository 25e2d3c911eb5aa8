// Command truce reads news and keeps a sourced, structured record of
// political violence and diplomacy. See README.md for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) && !errors.Is(err, errReported) {
			fmt.Fprintln(os.Stderr, "truce:", err)
		}
		os.Exit(exitCode(err))
	}
}

// errReported is returned when the failures were already printed, item by
// item, and only the exit code is left to set.
var errReported = errors.New("some inputs failed")

func exitCode(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

// command is one subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what a subcommand may use of the outside world.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

var commands = map[string]command{
	"extract":    {"code documents without a store, one JSON line per document", runExtract},
	"demo":       {"ingest the built-in demo corpus into a fresh store and print what it found", runDemo},
	"ingest":     {"read files, folders, URLs and feeds into the store", runIngest},
	"articles":   {"list or search stored articles", runArticles},
	"events":     {"query stored events", runEvents},
	"ceasefires": {"list the ceasefire registry: state, history, violations", runCeasefires},
	"dyads":      {"list pairs of adversaries with their escalation", runDyads},
	"timeline":   {"print the daily timeline and retaliation chains of a dyad", runTimeline},
	"eval":       {"score extraction against gold files", runEval},
	"version":    {"print the version of truce and of its dictionaries", runVersion},
	"serve":      {"serve the JSON API and the web dashboard", runServe},
	"watch":      {"poll feeds into the store, politely, until interrupted", runWatch},
}

// run is the whole program, with its inputs and outputs passed in.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return flag.ErrHelp
		}
		return nil
	}
	c, ok := commands[args[0]]
	if !ok {
		usage(stderr)
		return fmt.Errorf("unknown command %q", args[0])
	}
	return c.run(ctx, e, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: truce COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-11s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'truce COMMAND -h' for a command's flags.")
}

// newFlags returns a flag set that prints its usage to the command's stderr.
func newFlags(e *env, name, args, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: truce %s [flags] %s\n\n%s\n\nflags:\n", name, args, about)
		fs.PrintDefaults()
	}
	return fs
}

// listFlag collects a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return fmt.Sprint([]string(*l)) }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }
