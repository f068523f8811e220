// Command keeper runs the market maker's automation daemon (see docs/keeper.md).
//
//	keeper -config keeper.yaml     (KEEPER_* environment variables override the file)
package main

import (
	"context"
	"flag"

	"github.com/campus-grid/gridchain/keeper"
	"github.com/campus-grid/gridchain/lifecycle"
)

func main() {
	configPath := flag.String("config", "", "configuration file (yaml, toml or json); KEEPER_* environment variables override it")
	flag.Parse()
	lifecycle.Main("keeper", func(context.Context) (*lifecycle.App, error) { return keeper.NewApp(*configPath) })
}
