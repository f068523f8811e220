// Command meterbridge-bench measures meterbridge ingestion end to end over HTTP: a throwaway
// PostgreSQL cluster at its default durability settings (fsync, synchronous_commit on), the
// meterbridge binary as its own process, and metersim's load generator posting a corpus signed
// before the timing starts. It merges {"ingest_readings_per_s": N} into -out.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/campus-grid/gridchain/meterbridge"
	"github.com/campus-grid/gridchain/metersim"
	"github.com/campus-grid/gridchain/test/meterbridge/pgtmp"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "meterbridge-bench:", err)
		os.Exit(1)
	}
}

func run() error {
	bin := flag.String("meterbridge", "build/bin/meterbridge", "meterbridge binary")
	meters := flag.Int("meters", 4000, "meters")
	perMeter := flag.Int("per-meter", 63, "readings per meter")
	workers := flag.Int("workers", 4, "concurrent posters")
	batch := flag.Int("batch", 1000, "readings per request")
	out := flag.String("out", "build/bench/readings.json", "JSON file to merge the result into")
	min := flag.Float64("min", 0, "fail when below this many readings/s")
	pprofAddr := flag.String("pprof", "", "let meterbridge serve pprof on this address")
	flag.Parse()

	dir, err := os.MkdirTemp("", "meterbridge-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	port, err := pgtmp.FreePort()
	if err != nil {
		return err
	}
	pg, err := pgtmp.New(filepath.Join(dir, "pg"), port)
	if err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	defer pg.Destroy() //nolint:errcheck // best-effort cleanup of a temp cluster

	const seed, prefix, chainID = "meterbridge-bench", "BENCH", 1337
	registry := common.HexToAddress("0x00000000000000000000000000000000000b3c4e")
	var table []meterbridge.StaticMeter
	for _, m := range metersim.NewMeters(seed, prefix, 0, *meters) {
		table = append(table, meterbridge.StaticMeter{ID: m.ID, Signer: m.Signer})
	}
	metersFile := filepath.Join(dir, "meters.json")
	raw, err := json.Marshal(table)
	if err != nil {
		return err
	}
	if err := os.WriteFile(metersFile, raw, 0o600); err != nil {
		return err
	}
	tok := make([]byte, 16)
	if _, err := rand.Read(tok); err != nil {
		return err
	}
	token := hex.EncodeToString(tok)
	mbPort, err := pgtmp.FreePort()
	if err != nil {
		return err
	}
	url := fmt.Sprintf("http://127.0.0.1:%d", mbPort)
	cmd := exec.Command(*bin)
	cmd.Env = append(os.Environ(),
		"MB_LISTEN=127.0.0.1:"+fmt.Sprint(mbPort), "MB_DB_DSN="+pg.DSN(), "MB_DB_MAX_CONNS=16",
		"MB_REGISTRY_SOURCE=static", "MB_REGISTRY_METERS_FILE="+metersFile,
		"MB_REGISTRY_CHAIN_ID="+fmt.Sprint(chainID), "MB_REGISTRY_ADDRESS="+registry.Hex(),
		"MB_HEAD_ENDS=bench:"+token, "MB_LOG_LEVEL=warn", "MB_INGEST_MAX_BATCH="+fmt.Sprint(*batch), "MB_PPROF_LISTEN="+*pprofAddr)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start meterbridge: %w", err)
	}
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGTERM) // the process may have exited already
		_ = cmd.Wait()
	}()
	if err := waitReady(url, 60*time.Second); err != nil {
		return err
	}

	cfg := metersim.BenchConfig{
		Sim: metersim.Config{Seed: seed, Prefix: prefix, Meters: *meters, Interval: 15 * time.Minute, Compression: 1,
			ChainID: chainID, Registry: registry, MaxBatch: *batch},
		PerMeter: *perMeter, Workers: *workers,
	}
	t0 := time.Now()
	corpus, err := metersim.BuildCorpus(cfg)
	if err != nil {
		return err
	}
	fmt.Printf("corpus: %d readings from %d meters signed and encoded in %.1fs (not timed)\n",
		corpus.Readings, *meters, time.Since(t0).Seconds())
	pgData := filepath.Join(dir, "pg", "data")
	mb0, pg0, gen0 := procCPU(cmd.Process.Pid), clusterCPU(pgData), selfCPU()
	res, err := metersim.RunBench(context.Background(), metersim.NewClient(url, token, *workers, false), corpus)
	mbCPU, pgCPU, genCPU := procCPU(cmd.Process.Pid)-mb0, clusterCPU(pgData)-pg0, selfCPU()-gen0
	fmt.Printf("ingest: %d readings verified and committed in %.2fs over HTTP: %.0f readings/s (%d concurrent posters, batches of %d)\n",
		res.Accepted, res.Seconds, res.ReadingsPerSec, res.Workers, *batch)
	if err != nil {
		return err
	}
	perK := func(d time.Duration) float64 { return d.Seconds() * 1000 / float64(res.Accepted) }
	cpuPerReading := (mbCPU + pgCPU + genCPU).Seconds() / float64(res.Accepted)
	fmt.Printf("cpu per 1000 readings: meterbridge %.3fs, postgres %.3fs, load generator %.3fs; "+
		"all three on an otherwise idle %d-core machine: at most %.0f readings/s\n",
		perK(mbCPU), perK(pgCPU), perK(genCPU), runtime.NumCPU(), float64(runtime.NumCPU())/cpuPerReading)

	// Every acknowledged reading is in the database.
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pg.DSN())
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	var stored int
	var fsync, syncCommit string
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM meterbridge.readings").Scan(&stored); err != nil {
		return err
	}
	if err := conn.QueryRow(ctx, "SELECT current_setting('fsync'), current_setting('synchronous_commit')").Scan(&fsync, &syncCommit); err != nil {
		return err
	}
	fmt.Printf("database: %d readings stored (fsync=%s, synchronous_commit=%s)\n", stored, fsync, syncCommit)
	if stored != res.Readings {
		return fmt.Errorf("%d readings stored, %d acknowledged", stored, res.Readings)
	}
	if err := metersim.MergeJSON(*out, map[string]any{"ingest_readings_per_s": int64(res.ReadingsPerSec), "ingest": map[string]any{
		"readings": res.Readings, "seconds": res.Seconds, "workers": res.Workers, "batch": *batch, "meters": *meters,
		"cpu_s_per_1000":           map[string]float64{"meterbridge": perK(mbCPU), "postgres": perK(pgCPU), "loadgen": perK(genCPU)},
		"idle_machine_bound_per_s": int64(float64(runtime.NumCPU()) / cpuPerReading),
	}}); err != nil {
		return err
	}
	fmt.Printf("wrote %s\n", *out)
	if res.ReadingsPerSec < *min {
		return fmt.Errorf("%.0f readings/s is below the target of %.0f", res.ReadingsPerSec, *min)
	}
	return nil
}

func waitReady(url string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		resp, err := http.Get(url + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return errors.Join(errors.New("meterbridge not ready"), err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
