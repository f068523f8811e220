// Command meterbridge runs the AMI head-end bridge (see docs/meterbridge.md).
//
//	meterbridge -config meterbridge.yaml     (MB_* environment variables override the file)
package main

import (
	"context"
	"flag"
	"os"
	"runtime/debug"

	"github.com/campus-grid/gridchain/lifecycle"
	"github.com/campus-grid/gridchain/meterbridge"
)

func main() {
	// Batches are short-lived garbage; a larger GC target trades a little memory for CPU that
	// signature recovery needs. GOGC in the environment still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	configPath := flag.String("config", "", "configuration file (yaml, toml or json); MB_* environment variables override it")
	flag.Parse()
	lifecycle.Main("meterbridge", func(context.Context) (*lifecycle.App, error) { return meterbridge.NewApp(*configPath) })
}
