package main

import (
	"context"
	"fmt"
	"runtime/debug"

	"github.com/truce-project/truce/actor"
)

func runVersion(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "version", "", "Prints the version of truce and of its embedded dictionaries.")
	if err := fs.Parse(args); err != nil {
		return err
	}
	v := "devel"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		v = bi.Main.Version
	}
	d, err := actor.Load()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "truce %s\nactor dictionary %s\n", v, d.Version())
	return nil
}
