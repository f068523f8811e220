// Command relay measures the relay latency at idle: blocks from a reading's acceptance by
// meterbridge (its 200 answer) to the block in which OracleClient minted its GRID, with
// meterbridge and the oracle relayer running as real processes on the devnet. It writes
// build/bench/relay.json (relay_latency_blocks: the median; also max and every sample) and sets
// relay_latency_blocks in build/bench/readings.json, next to the other reading-path figures.
//
//	go run ./bench/relay -samples 10 -out build/bench/relay.json
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/campus-grid/gridchain/metersim"
	"github.com/campus-grid/gridchain/test/oracle/oracleit"
)

func main() {
	samples := flag.Int("samples", 10, "readings to time, one at a time")
	out := flag.String("out", "build/bench/relay.json", "result file")
	target := flag.Float64("target", 3, "the requirement: median latency in blocks at most this")
	flag.Parse()
	if err := run(*samples, *out, *target); err != nil {
		fmt.Fprintln(os.Stderr, "bench/relay:", err)
		os.Exit(1)
	}
}

func run(samples int, out string, target float64) error {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	root, err := os.Getwd()
	if err != nil {
		return err
	}
	runID := fmt.Sprintf("bench%d", time.Now().UnixNano()%1_000_000_000)
	env, err := oracleit.Load(ctx, root, filepath.Join(root, "build", "test", "oracle", runID))
	if err != nil {
		return err
	}
	defer env.Close()
	if err := env.Build(ctx); err != nil {
		return err
	}
	campus, err := env.NewCampus(ctx, runID, 1)
	if err != nil {
		return err
	}
	bridge, err := env.StartMeterbridge(ctx, runID)
	if err != nil {
		return err
	}
	defer bridge.Stop(30 * time.Second) //nolint:errcheck // best effort at exit
	cursor, err := bridge.Horizon(ctx)
	if err != nil {
		return err
	}
	key, err := env.Key("oracleOperator")
	if err != nil {
		return err
	}
	keyFile, err := env.WriteKey("oracle-operator", key)
	if err != nil {
		return err
	}
	relayer, err := env.StartRelayer(ctx, bridge, oracleit.RelayerOpts{Name: runID, KeyFile: keyFile, StartCursor: cursor})
	if err != nil {
		return err
	}
	defer relayer.Stop(30 * time.Second) //nolint:errcheck // best effort at exit
	meter := campus.IDs()

	// The baseline reading mints nothing; time the readings after it.
	var lat []uint64
	for i := 0; i <= samples; i++ {
		// Start each sample on a fresh block, as a reading arriving at a random moment would.
		startHead, err := env.Eth.BlockNumber(ctx)
		if err != nil {
			return err
		}
		if err := oracleit.Poll(ctx, time.Minute, 50*time.Millisecond, "next block", func(ctx context.Context) (bool, error) {
			h, err := env.Eth.BlockNumber(ctx)
			return h > startHead, err
		}); err != nil {
			return err
		}
		rs, err := campus.Rounds(1, 2)
		if err != nil {
			return err
		}
		if err := campus.Post(ctx, bridge, rs, 1); err != nil {
			return err
		}
		accepted, err := env.Eth.BlockNumber(ctx)
		if err != nil {
			return err
		}
		key := fmt.Sprintf("%s/%d", rs[0].MeterID, rs[0].Seq)
		var minted uint64
		if err := oracleit.Poll(ctx, 2*time.Minute, 100*time.Millisecond, "reading "+key+" on chain", func(ctx context.Context) (bool, error) {
			_, blocks, err := env.Applied(ctx, accepted-min(accepted, 2), meter)
			minted = blocks[key]
			return minted != 0, err
		}); err != nil {
			return err
		}
		if i == 0 {
			continue
		}
		l := minted - min(minted, accepted)
		lat = append(lat, l)
		fmt.Printf("sample %2d: accepted at head %d, minted in block %d: %d blocks\n", i, accepted, minted, l)
	}
	ok, why, err := campus.Settled(ctx, 0)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("GRID does not match the metered export: %s", why)
	}
	sorted := append([]uint64(nil), lat...)
	sort.Slice(sorted, func(a, b int) bool { return sorted[a] < sorted[b] })
	median := float64(sorted[len(sorted)/2])
	if len(sorted)%2 == 0 {
		median = float64(sorted[len(sorted)/2-1]+sorted[len(sorted)/2]) / 2
	}
	res := map[string]any{
		"relay_latency_blocks":     median,
		"relay_latency_blocks_max": sorted[len(sorted)-1],
		"relay_latency_samples":    lat,
		"relay_latency_target":     target,
		"block_period_seconds":     2,
	}
	raw, _ := json.MarshalIndent(res, "", "  ")
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(out, append(raw, '\n'), 0o644); err != nil {
		return err
	}
	// The combined figures file for the reading path (meterbridge and OracleClient write theirs).
	if err := metersim.MergeJSON(filepath.Join(filepath.Dir(out), "readings.json"), map[string]any{"relay_latency_blocks": median}); err != nil {
		return err
	}
	fmt.Printf("relay latency at idle: median %.1f blocks, max %d blocks over %d readings (target <= %.0f) -> %s\n",
		median, sorted[len(sorted)-1], len(lat), target, out)
	if median > target {
		return fmt.Errorf("median relay latency %.1f blocks is above the target of %.0f", median, target)
	}
	return nil
}
