// Command oracle runs the oracle relayer (see docs/relayer.md).
//
//	oracle -config oracle.yaml     (ORACLE_* environment variables override the file)
package main

import (
	"context"
	"flag"

	"github.com/campus-grid/gridchain/lifecycle"
	"github.com/campus-grid/gridchain/oracle"
)

func main() {
	configPath := flag.String("config", "", "configuration file (yaml, toml or json); ORACLE_* environment variables override it")
	flag.Parse()
	lifecycle.Main("oracle", func(context.Context) (*lifecycle.App, error) { return oracle.NewApp(*configPath) })
}
