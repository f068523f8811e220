//go:build integration

// Command crashkeeper is cmd/keeper with the crash point the keeper integration tests need; it is
// built by those tests only, never shipped. It exits with status 3 right after its first perform
// is sent and recorded, as a power cut would: no cleanup.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/campus-grid/gridchain/keeper"
	"github.com/campus-grid/gridchain/lifecycle"
)

func main() {
	configPath := flag.String("config", "", "configuration file")
	flag.Parse()
	lifecycle.Main("keeper", func(context.Context) (*lifecycle.App, error) {
		return keeper.NewApp(*configPath, keeper.WithAfterSend(func() {
			fmt.Fprintln(os.Stderr, "crashkeeper: exiting right after a send")
			os.Exit(3)
		}))
	})
}
