//go:build integration

// Package e2e runs a short campus on the shared test devnet, every service as its own process
// (meterbridge, metersim, the oracle relayer, four keepers, the trader simulator, the dapp),
// then audits the books from the chain alone and checks the services' PostgreSQL records
// against the chain.
package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/campus-grid/gridchain/audit"
	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/bindings/trading"
	"github.com/campus-grid/gridchain/campus"
	"github.com/campus-grid/gridchain/chain/manifest"
	"github.com/campus-grid/gridchain/metersim"
	"github.com/campus-grid/gridchain/simclock"
	"github.com/campus-grid/gridchain/test/harness"
)

const epochsWanted = 3

// run is a campus started by a test on the shared devnet.
type run struct {
	root       string
	cfg        campus.Config
	m          *manifest.Manifest
	client     *ethclient.Client
	tr         *trading.Trading
	trC        *bind.BoundContract
	c          *campus.Campus
	out        *harness.Output
	stop       context.CancelFunc
	done       chan error
	stopped    bool
	pgDSN      string
	firstEpoch uint64
	started    time.Time
	startBlock uint64
}

// meterKeys are "meterId/" prefixes of the campus's simulated meters.
func (r *run) meterIDs() map[string]bool {
	ids := map[string]bool{}
	for _, m := range metersim.NewMeters(r.cfg.MeterSeed, "CAMPUS", 0, r.cfg.Meters) {
		ids[fmt.Sprintf("%x", m.ID)] = true
	}
	return ids
}

func (r *run) keeperIDs() []string {
	ids := make([]string, r.cfg.Keepers)
	for i := range ids {
		ids[i] = "keeper-" + campus.Authorities[i]
	}
	return ids
}

// startCampus starts a campus on the shared devnet; base offsets its service ports (18480, 19480,
// 19470-19473 and 18080 plus base) so that two runs never collide.
func startCampus(t *testing.T, name string, base int) *run {
	t.Helper()
	root, err := harness.RepoRoot()
	require.NoError(t, err)
	manifestPath := os.Getenv("DEVNET_MANIFEST")
	if manifestPath == "" {
		manifestPath = filepath.Join(root, manifest.DefaultPath)
	}
	m, err := manifest.Load(manifestPath)
	require.NoError(t, err, "the shared devnet must be up (make devnet-up)")
	pgDSN := os.Getenv("PG_DSN")
	require.NotEmpty(t, pgDSN, "PG_DSN must point at the shared PostgreSQL (make pg-up)")

	cfg := campus.DefaultConfig(root)
	cfg.DevnetDir = filepath.Dir(manifestPath)
	cfg.RunDir = filepath.Join(root, "build", "test", name)
	cfg.PGDSN = pgDSN
	cfg.DemoUsers = len(m.Demo)
	cfg.Meters = min(2*len(m.Demo), 24)
	cfg.EpochSeconds = int(m.Market["epochLength"])
	if cfg.EpochSeconds == 0 {
		cfg.EpochSeconds = 20
	}
	// Readings every 8 s standing for 15 minutes each. The campus clock is the campus's own, as
	// `make run` keeps it, but in the run directory: the shared devnet outlives a test run, and each
	// run starts a new campus day as the first run on a new chain does, whatever the wall clock says.
	cfg.MeterInterval = 8 * time.Second
	cfg.Compression = 112.5
	cfg.ClockFile = filepath.Join(cfg.RunDir, "campus-clock.json")
	cfg.MeterbridgeAddr = fmt.Sprintf("127.0.0.1:%d", 18480+base)
	cfg.RelayerAddr = fmt.Sprintf("127.0.0.1:%d", 19480+base)
	cfg.KeeperBasePort = 19470 + base
	cfg.DappAddr = fmt.Sprintf("127.0.0.1:%d", 18080+base)
	cfg.KeepChainRunning = true
	require.NoError(t, os.RemoveAll(cfg.RunDir))

	client, err := ethclient.Dial(m.RPCURLs()[0])
	require.NoError(t, err)
	t.Cleanup(client.Close)
	tradingAddr, err := m.Contract(manifest.Trading)
	require.NoError(t, err)
	r := &run{root: root, cfg: cfg, m: m, client: client, tr: trading.NewTrading(), out: &harness.Output{}, done: make(chan error, 1), pgDSN: pgDSN}
	r.trC = r.tr.Instance(client, tradingAddr)
	r.started = time.Now().Add(-time.Second)
	r.startBlock, err = client.BlockNumber(context.Background())
	require.NoError(t, err)
	start, err := bind.Call(r.trC, &bind.CallOpts{Context: context.Background()}, r.tr.PackCurrentEpoch(), r.tr.UnpackCurrentEpoch)
	require.NoError(t, err)
	r.firstEpoch = start.Epoch.Uint64() + 1 // the first whole epoch of the run

	r.c, err = campus.New(cfg, zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel)), r.out)
	require.NoError(t, err)
	ctx, stop := context.WithCancel(context.Background())
	r.stop = stop
	go func() { r.done <- r.c.Run(ctx) }()
	t.Cleanup(func() {
		r.shutdown(t)
		t.Logf("campus output:\n%s", r.out.String())
	})
	return r
}

// shutdown stops the services (the chain and PostgreSQL stay up for the next suite).
func (r *run) shutdown(t *testing.T) {
	t.Helper()
	if r.stopped {
		return
	}
	r.stopped = true
	r.stop()
	require.NoError(t, <-r.done)
}

// waitSettled waits until epochs [from, to) are settled (or ended empty); it returns how many traded.
func (r *run) waitSettled(t *testing.T, from, to uint64) int {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(time.Duration(to-from+4)*time.Duration(r.cfg.EpochSeconds)*time.Second + 4*time.Minute)
	traded := 0
	for e := from; e < to; {
		select {
		case err := <-r.done:
			r.stopped = true
			t.Fatalf("campus stopped early: %v\n%s", err, r.out.String())
		default:
		}
		require.True(t, time.Now().Before(deadline), "epoch %d not settled in time; campus output:\n%s", e, r.out.String())
		res, err := bind.Call(r.trC, &bind.CallOpts{Context: ctx}, r.tr.PackGetEpochResult(new(big.Int).SetUint64(e)), r.tr.UnpackGetEpochResult)
		if err != nil { // node 0 may be down in a drill
			time.Sleep(time.Second)
			continue
		}
		const settled = 4
		if res.Status == settled || (res.OrderCount.Sign() == 0 && res.EndTime.Int64() < time.Now().Unix()-10) {
			if res.Volume.Sign() > 0 {
				traded++
			}
			e++
			continue
		}
		time.Sleep(time.Second)
	}
	return traded
}

func (r *run) epochResult(t *testing.T, e uint64) trading.ITradingEpochResult {
	t.Helper()
	res, err := bind.Call(r.trC, &bind.CallOpts{Context: context.Background()}, r.tr.PackGetEpochResult(new(big.Int).SetUint64(e)), r.tr.UnpackGetEpochResult)
	require.NoError(t, err)
	return res
}

func (r *run) currentEpoch(t *testing.T) uint64 {
	t.Helper()
	cur, err := bind.Call(r.trC, &bind.CallOpts{Context: context.Background()}, r.tr.PackCurrentEpoch(), r.tr.UnpackCurrentEpoch)
	require.NoError(t, err)
	return cur.Epoch.Uint64()
}

// audit stops the services and audits the books and the services' records.
func (r *run) audit(t *testing.T) *audit.Report {
	t.Helper()
	r.shutdown(t)
	ctx := context.Background()
	head, err := r.client.BlockNumber(ctx)
	require.NoError(t, err)
	contracts := audit.Contracts{}
	contracts.GridToken, _ = r.m.Contract(manifest.GridToken)
	contracts.SettlementToken, _ = r.m.Contract(manifest.SettlementToken)
	contracts.Trading, _ = r.m.Contract(manifest.Trading)
	contracts.OracleClient, _ = r.m.Contract(manifest.OracleClient)
	rep, err := audit.Run(ctx, r.client, contracts, r.m.DeployBlock, head)
	require.NoError(t, err, "audit findings: %v", rep)
	t.Logf("audit at block %d: %d readings, %s GRID minted, %s burned, %d orders, %d epochs cleared, %d settled, %d accounts: balanced",
		rep.Block, rep.Readings, rep.Minted, rep.Burned, rep.Orders, rep.EpochsCleared, rep.EpochsSettled, rep.Accounts)
	require.Positive(t, rep.Readings)
	require.Positive(t, rep.Orders)
	checkRecords(t, ctx, r.client, r.pgDSN, contracts, r.startBlock, head, r.started, r.keeperIDs(), r.meterIDs(), r.m.DeployBlock)
	return rep
}

func TestCampusEndToEnd(t *testing.T) {
	wall := time.Now()
	r := startCampus(t, "e2e", 0)
	// Whatever the hour of the wall clock, a new campus starts in the campus morning and shows a
	// trade within three minutes of being ready.
	_, ready := r.waitLine(t, readyLine, time.Now().Add(10*time.Minute))
	first, _ := r.waitLine(t, epochLine, ready.Add(3*time.Minute))
	simulated := r.firstSimulatedTime(t, ready.Add(3*time.Minute))
	// A trade of an epoch in which the meters' export minted GRID (the shared devnet's prosumers may
	// hold GRID from earlier runs; only daylight on the campus mints more).
	trade, tradedAt := r.waitLine(t, tradeLine, ready.Add(3*time.Minute))
	t.Logf("wall clock at start %s in Bangkok; ready at %s; first trade with minted GRID printed %.1f s after ready:\n%s\n%s",
		wall.In(simclock.Bangkok).Format("15:04:05"), ready.Format("15:04:05"), tradedAt.Sub(ready).Seconds(), first, trade)
	campusHour, err := strconv.Atoi(epochLine.FindStringSubmatch(first)[1])
	require.NoError(t, err)
	require.True(t, campusHour >= 6 && campusHour < 12, "the first epoch line is not in the campus morning: %s", first)
	require.True(t, simulated.Hour() >= 6 && simulated.Hour() < 12, "the meters' first reading is at campus time %s, not in the morning", simulated)

	traded := r.waitSettled(t, r.firstEpoch, r.firstEpoch+epochsWanted)
	require.Positive(t, traded, "no epoch of the run traded; campus output:\n%s", r.out.String())
	r.audit(t)
}

var (
	readyLine = regexp.MustCompile(`campus market dapp: http`)
	epochLine = regexp.MustCompile(`(?m)^epoch +\d+ +\S+ +campus (\d\d):\d\d-.*$`)
	tradeLine = regexp.MustCompile(`(?m)^epoch .* price \d+\.\d+ THB/kWh .* minted (?:[1-9]\d*\.\d+|0\.\d*[1-9]\d*) kWh .*$`)
)

// waitLine waits until the campus prints a line matching re, and returns it and when it was seen
// (within 200 ms); it fails the test at deadline.
func (r *run) waitLine(t *testing.T, re *regexp.Regexp, deadline time.Time) (string, time.Time) {
	t.Helper()
	for {
		if line := re.FindString(r.out.String()); line != "" {
			return line, time.Now()
		}
		select {
		case err := <-r.done:
			r.stopped = true
			t.Fatalf("campus stopped early: %v\n%s", err, r.out.String())
		default:
		}
		require.True(t, time.Now().Before(deadline), "no line matching %q by %s; campus output:\n%s", re, deadline.Format("15:04:05"), r.out.String())
		time.Sleep(200 * time.Millisecond)
	}
}

// firstSimulatedTime waits for the meter simulator's first round of readings (its log) and
// returns the round's campus time; it fails the test at deadline.
func (r *run) firstSimulatedTime(t *testing.T, deadline time.Time) time.Time {
	t.Helper()
	for {
		raw, err := os.ReadFile(filepath.Join(r.cfg.RunDir, "metersim.log"))
		require.NoError(t, err)
		for _, line := range strings.Split(string(raw), "\n") {
			var entry struct {
				Msg           string          `json:"msg"`
				SimulatedTime json.RawMessage `json:"simulatedTime"`
			}
			if json.Unmarshal([]byte(line), &entry) != nil || entry.Msg != "readings posted" {
				continue
			}
			// zap writes a time as epoch seconds or as a string, depending on its encoder.
			var secs float64
			if json.Unmarshal(entry.SimulatedTime, &secs) == nil {
				return time.Unix(0, int64(secs*1e9)).In(simclock.Bangkok)
			}
			var at time.Time
			require.NoError(t, json.Unmarshal(entry.SimulatedTime, &at), "simulatedTime in %s", line)
			return at.In(simclock.Bangkok)
		}
		require.True(t, time.Now().Before(deadline), "no readings in the meter simulator's log by %s:\n%s", deadline.Format("15:04:05"), raw)
		time.Sleep(500 * time.Millisecond)
	}
}

// checkRecords compares the keepers' and the relayer's PostgreSQL records with the chain.
func checkRecords(t *testing.T, ctx context.Context, client *ethclient.Client, dsn string, c audit.Contracts, from, head uint64,
	since time.Time, keepers []string, meters map[string]bool, deployBlock uint64) {
	t.Helper()
	conn, err := pgx.Connect(ctx, dsn)
	require.NoError(t, err)
	defer conn.Close(ctx)

	// Every perform the campus's keepers recorded as performed during the run is a successful
	// transaction on chain.
	rows, err := conn.Query(ctx, `SELECT keeper_id, tx_hash FROM keeper_performs
		WHERE outcome = 'performed' AND tx_hash IS NOT NULL AND keeper_id = ANY($1) AND created_at >= $2`, keepers, since)
	require.NoError(t, err)
	performs := 0
	for rows.Next() {
		var keeper string
		var hash []byte
		require.NoError(t, rows.Scan(&keeper, &hash))
		receipt, err := client.TransactionReceipt(ctx, common.BytesToHash(hash))
		require.NoError(t, err, "keeper %s recorded %x as performed, the chain does not have it", keeper, hash)
		require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status, "keeper %s perform %x", keeper, hash)
		performs++
	}
	require.NoError(t, rows.Err())
	require.Positive(t, performs, "no perform recorded by any keeper")

	// Every reading the campus relayer recorded as final (applied or baseline) was applied on chain,
	// and every reading of the campus's meters applied during the run more than 12 blocks ago is
	// recorded as final.
	onChain := appliedReadings(t, ctx, client, c.OracleClient, deployBlock, head)
	recorded := map[string]bool{}
	rows, err = conn.Query(ctx, `SELECT meter_id, seq FROM oracle.readings
		WHERE relayer = $1 AND final AND status IN ('applied', 'baseline')`, campus.RelayerName)
	require.NoError(t, err)
	for rows.Next() {
		var meter []byte
		var seq int64
		require.NoError(t, rows.Scan(&meter, &seq))
		key := fmt.Sprintf("%x/%d", meter, seq)
		recorded[key] = true
		_, ok := onChain[key]
		require.True(t, ok, "the relayer recorded reading %s as final, the chain never applied it", key)
	}
	require.NoError(t, rows.Err())
	for key, block := range onChain {
		if meters[strings.SplitN(key, "/", 2)[0]] && block >= from && block+12 <= head {
			require.True(t, recorded[key], "reading %s applied on chain in block %d is not final in the relayer's records", key, block)
		}
	}
}

// appliedReadings maps "meterId/seq" of every reading OracleClient applied (or took as a baseline)
// to its block.
func appliedReadings(t *testing.T, ctx context.Context, client *ethclient.Client, oracle common.Address, from, head uint64) map[string]uint64 {
	t.Helper()
	oc := oracleclient.NewOracleClient()
	events := oc.GetABI().Events
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(head),
		Addresses: []common.Address{oracle},
		Topics:    [][]common.Hash{{events["ReadingApplied"].ID, events["BaselineSet"].ID}},
	})
	require.NoError(t, err)
	out := map[string]uint64{}
	for i := range logs {
		lg := &logs[i]
		if ev, err := oc.UnpackReadingAppliedEvent(lg); err == nil {
			out[fmt.Sprintf("%x/%d", ev.MeterId, ev.Seq)] = lg.BlockNumber
		} else if ev, err := oc.UnpackBaselineSetEvent(lg); err == nil {
			out[fmt.Sprintf("%x/%d", ev.MeterId, ev.Seq)] = lg.BlockNumber
		}
	}
	return out
}
