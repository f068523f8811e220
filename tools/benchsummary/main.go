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

// named are the figures the issues ask for, in the order the table shows them.
var named = []string{
	"place_order_gas_median", "place_order_gas_p99", "clear_gas_200", "clear_gas_10000",
	"settle_gas_per_order_avg", "claim_gas_max", "check_upkeep_gas_10000",
	"erc20_transfers_per_s", "block_interval_idle_s", "block_interval_load_s", "dropped",
	"ingest_readings_per_s", "gas_per_reading", "relay_latency_blocks",
	"clear_lag_blocks_median", "settle_10000_seconds", "settle_10000_blocks",
	"campus_10000_orders_total_s",
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
	bySource := map[string]map[string]any{}
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
		bySource[strings.TrimSuffix(filepath.Base(f), ".json")] = figures
	}
	if len(bySource) == 0 {
		return fmt.Errorf("no benchmark figures in %s", dir)
	}
	sources := make([]string, 0, len(bySource))
	for src := range bySource {
		sources = append(sources, src)
	}
	sort.Strings(sources)
	summary := map[string]any{}
	from := map[string]string{}
	for _, src := range sources {
		for k, v := range bySource[src] {
			if _, dup := summary[k]; !dup && contains(named, k) {
				summary[k], from[k] = v, src
			}
		}
	}
	// The campus at full scale: 10,000 orders placed through the devnet, then cleared and settled by
	// the keepers after the 15-minute epoch ended (the keeper benchmark runs exactly that).
	if k, ok := bySource["keeper"]; ok {
		place, ok1 := number(k["place_seconds"])
		settle, ok2 := number(k["settle_10000_seconds"])
		if ok1 && ok2 {
			summary["campus_10000_orders_total_s"], from["campus_10000_orders_total_s"] = place+settle, "keeper"
		}
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FIGURE\tVALUE\tTARGET\tMET\tFROM")
	for _, k := range named {
		v, ok := summary[k]
		if !ok {
			fmt.Fprintf(tw, "%s\t(not measured)\t\t\t\n", k)
			continue
		}
		tgt, met := "", ""
		if t, ok := targets[k]; ok {
			if x, isNum := number(v); isNum {
				good := x >= t.bound
				op := ">="
				if t.atMost {
					good, op = x <= t.bound, "<="
				}
				tgt, met = fmt.Sprintf("%s %g", op, t.bound), map[bool]string{true: "yes", false: "NO"}[good]
			}
		}
		fmt.Fprintf(tw, "%s\t%v\t%s\t%s\t%s\n", k, v, tgt, met, from[k])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	summary["by_benchmark"] = bySource
	raw, err := json.MarshalIndent(summary, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "summary.json"), append(raw, '\n'), 0o644)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
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
