// Command benchsummary merges the figures of every benchmark (build/bench/*.json, one flat JSON
// object each) into build/bench/summary.json and prints them as one table, with the targets the
// issues set and whether each is met.
//
//	go run ./tools/benchsummary build/bench
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
)

// target is the bound an issue sets on a figure: at most (max) or at least (min).
type target struct {
	bound  float64
	atMost bool
}

var targets = map[string]target{
	"place_order_gas_median":   {110_000, true},
	"place_order_gas_p99":      {145_000, true},
	"clear_gas_10000":          {1_500_000, true},
	"settle_gas_per_order_avg": {40_000, true},
	"claim_gas_max":            {90_000, true},
	"check_upkeep_gas_10000":   {10_000_000, true},
	"gas_per_reading":          {60_000, true},
	"ingest_readings_per_s":    {25_000, false},
	"relay_latency_blocks":     {3, true},
	"clear_lag_blocks_median":  {1, true},
	"dropped":                  {0, true},
}

func main() {
	dir := "build/bench"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	if err := run(dir); err != nil {
		fmt.Fprintln(os.Stderr, "benchsummary:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return err
	}
	summary := map[string]any{}
	source := map[string]string{}
	for _, f := range files {
		if filepath.Base(f) == "summary.json" {
			continue
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		var figures map[string]any
		if err := json.Unmarshal(raw, &figures); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		for k, v := range figures {
			summary[k] = v
			source[k] = strings.TrimSuffix(filepath.Base(f), ".json")
		}
	}
	if len(summary) == 0 {
		return fmt.Errorf("no benchmark figures in %s", dir)
	}
	keys := make([]string, 0, len(summary))
	for k := range summary {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FIGURE\tVALUE\tTARGET\tMET\tFROM")
	for _, k := range keys {
		tgt, met := "", ""
		if t, ok := targets[k]; ok {
			if v, isNum := number(summary[k]); isNum {
				ok := v >= t.bound
				op := ">="
				if t.atMost {
					ok, op = v <= t.bound, "<="
				}
				tgt, met = fmt.Sprintf("%s %g", op, t.bound), map[bool]string{true: "yes", false: "NO"}[ok]
			}
		}
		fmt.Fprintf(tw, "%s\t%v\t%s\t%s\t%s\n", k, summary[k], tgt, met, source[k])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	raw, err := json.MarshalIndent(summary, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "summary.json"), append(raw, '\n'), 0o644)
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}
