// Command attache is the Attache Discord bot: it digests diplomatic news into
// quick looks, posts morning editions and sends keyword alerts.
//
// Run `attache -h` for the subcommands. main only parses the process
// environment and hands over to Main, which tests drive directly.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := &Main{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Getenv: os.Getenv,
	}
	os.Exit(m.Run(ctx, os.Args[1:]))
}
