//go:build integration

// Package keeper_test runs real keeper processes (build/bin/keeper, or KEEPER_BIN) against the
// shared devnet and the project-local PostgreSQL. Every test deploys its own market (Registry,
// GridToken, SettlementToken, Trading with 12 s epochs) and its own keeper keys, so it neither
// depends on nor disturbs the manifest's contracts, and the keepers' records are told apart by a
// per-test keeper id.
package keeper_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/keeper"
	"github.com/campus-grid/gridchain/test/harness"
	"github.com/campus-grid/gridchain/test/keeper/fixture"
)

const (
	epochLength = 12
	graceBlocks = 3
	batchSize   = 4 // several settlement batches per epoch
)

var keeperBin, crashKeeperBin string

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "keeper-bin")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	root, err := harness.RepoRoot()
	if err != nil {
		panic(err)
	}
	build := func(out, pkg string) {
		cmd := exec.Command("go", "build", "-tags", "integration", "-o", out, pkg)
		cmd.Dir, cmd.Stdout, cmd.Stderr = root, os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			panic(err)
		}
	}
	keeperBin = os.Getenv("KEEPER_BIN")
	if keeperBin == "" {
		keeperBin = filepath.Join(dir, "keeper")
		build(keeperBin, "./cmd/keeper")
	}
	// The keeper with a crash point: test-only, the shipped binary has none.
	crashKeeperBin = filepath.Join(dir, "crashkeeper")
	build(crashKeeperBin, "./test/keeper/crashkeeper")
	return m.Run()
}

func dsn() string {
	if s := os.Getenv("PG_DSN"); s != "" {
		return s
	}
	return db.DefaultDSN
}

// suite is one test's market, keeper keys and database.
type suite struct {
	t     *testing.T
	net   *harness.Net
	m     *fixture.Market
	keys  []*ecdsa.PrivateKey
	ids   []string
	users []*fixture.User
	pool  *pgxpool.Pool
}

// newSuite deploys a market with keepers keeper keys; those at the unfunded indexes get no coins.
func newSuite(t *testing.T, keepers int, unfunded ...int) *suite {
	t.Helper()
	n := harness.Load(t)
	s := &suite{t: t, net: n}
	stamp := time.Now().UTC().Format("150405.000")
	var addrs []common.Address
	for i := 0; i < keepers; i++ {
		k, err := crypto.GenerateKey()
		require.NoError(t, err)
		s.keys = append(s.keys, k)
		addrs = append(addrs, crypto.PubkeyToAddress(k.PublicKey))
		s.ids = append(s.ids, fmt.Sprintf("%s-%s-%d", t.Name(), stamp, i))
	}
	var broke []common.Address
	for _, i := range unfunded {
		broke = append(broke, addrs[i])
	}
	ctx := harness.Ctx(t, 3*time.Minute)
	m, err := fixture.Deploy(ctx, n.RPC(t), n.Key(t, "deployer"), fixture.Config{
		EpochLength: epochLength, SettleBatchSize: batchSize, Keepers: addrs, Unfunded: broke})
	require.NoError(t, err)
	s.m = m
	s.users, err = m.NewUsers(ctx, 6, new(big.Int).Mul(big.NewInt(1000), fixture.KWh), new(big.Int).Mul(big.NewInt(10_000), fixture.KWh))
	require.NoError(t, err)
	pool, err := db.Open(ctx, db.Config{DSN: dsn(), MaxConns: 4, ConnectTimeout: 10 * time.Second}, zapNop(), keeper.Migrations)
	require.NoError(t, err)
	t.Cleanup(pool.Close)
	s.pool = pool
	return s
}

// keeperProc is a keeper running as its own process.
type keeperProc struct {
	t    *testing.T
	id   string
	cmd  *exec.Cmd
	log  string
	done chan struct{}
	err  error
}

type procOpts struct {
	index, count int
	rpc, ws      []string // endpoints (default: the manifest's RPC nodes)
	env          []string
	bin          string // default: keeperBin
}

func (s *suite) start(i int, o procOpts) *keeperProc {
	t := s.t
	t.Helper()
	if o.count == 0 {
		o.count = len(s.keys)
	}
	if o.rpc == nil {
		o.rpc, o.ws = s.net.Manifest.RPCURLs(), s.net.Manifest.WSURLs()
	}
	if o.ws == nil {
		o.ws = o.rpc
	}
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "key")
	require.NoError(t, os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(s.keys[i]))), 0o600))
	var rpc, ws []string
	for _, u := range o.rpc {
		rpc = append(rpc, fmt.Sprintf("%q", u))
	}
	for _, u := range o.ws {
		ws = append(ws, fmt.Sprintf("%q", u))
	}
	cfg := fmt.Sprintf(`id: %q
index: %d
count: %d
grace_blocks: %d
manifest: ""
rpc_urls: [%s]
ws_urls: [%s]
key_file: %q
poll_interval: 1s
http_addr: "127.0.0.1:0"
log_level: debug
db:
  dsn: %q
txmgr:
  network_timeout: 3s
upkeeps:
  - name: Trading
    address: %q
    unit_word: 1
    noop_events: ["%s"]
    epoch_clock: true
    clear_action: 1
`, s.ids[i], o.index, o.count, graceBlocks, strings.Join(rpc, ", "), strings.Join(ws, ", "), keyFile, dsn(),
		s.m.Trading.Hex(), keeper.TradingNoopEvent)
	cfgFile := filepath.Join(dir, "keeper.yaml")
	require.NoError(t, os.WriteFile(cfgFile, []byte(cfg), 0o600))
	logFile, err := os.Create(filepath.Join(dir, "keeper.log"))
	require.NoError(t, err)
	bin := keeperBin
	if o.bin != "" {
		bin = o.bin
	}
	cmd := exec.Command(bin, "-config", cfgFile)
	cmd.Env = append(os.Environ(), o.env...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	require.NoError(t, cmd.Start())
	p := &keeperProc{t: t, id: s.ids[i], cmd: cmd, log: logFile.Name(), done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		logFile.Close()
		close(p.done)
	}()
	t.Cleanup(func() {
		p.stop()
		if t.Failed() {
			if raw, err := os.ReadFile(p.log); err == nil {
				t.Logf("--- log of %s (last 6000 bytes)\n%s", p.id, tail(raw, 6000))
			}
		}
	})
	return p
}

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

// stop sends SIGTERM and waits for a clean exit.
func (p *keeperProc) stop() {
	select {
	case <-p.done:
		return
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(40 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.done
	}
}

func (p *keeperProc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// placeInEpochs places crossing orders in k consecutive epochs and returns them.
func (s *suite) placeInEpochs(k, pairs int) []uint64 {
	t := s.t
	t.Helper()
	var epochs []uint64
	for len(epochs) < k {
		ctx := harness.Ctx(t, 2*time.Minute)
		got, err := s.m.PlaceOrders(ctx, fixture.CrossingOrders(s.users, pairs))
		require.NoError(t, err)
		for e := range got {
			if len(epochs) == 0 || epochs[len(epochs)-1] < e {
				epochs = append(epochs, e)
			}
		}
		// Wait for the next epoch so the next batch lands in a new one.
		last := epochs[len(epochs)-1]
		harness.WaitFor(t, 3*time.Minute, "next epoch", func(ctx context.Context) (bool, error) {
			h, err := s.m.C.HeaderByNumber(ctx, nil)
			return err == nil && h.Time >= s.m.EpochEnd(last), err
		})
	}
	return epochs
}

// waitSettled waits until every epoch with orders among the placed ones is settled and returns
// those epochs (from the contract: a reorg may have moved orders to another epoch).
func (s *suite) waitSettled(epochs []uint64, timeout time.Duration) []uint64 {
	s.t.Helper()
	ctx := harness.Ctx(s.t, timeout)
	booked, err := s.m.WaitBooked(ctx, epochs[0], epochs[len(epochs)-1])
	require.NoError(s.t, err)
	require.NotEmpty(s.t, booked)
	return booked
}

func (s *suite) events() []fixture.Event {
	s.t.Helper()
	ev, err := s.m.Events(harness.Ctx(s.t, time.Minute))
	require.NoError(s.t, err)
	return ev
}

func count(ev []fixture.Event, name string, epoch uint64) int {
	n := 0
	for _, e := range ev {
		if e.Name == name && e.Epoch == epoch {
			n++
		}
	}
	return n
}

func countName(ev []fixture.Event, name string) int {
	n := 0
	for _, e := range ev {
		if e.Name == name {
			n++
		}
	}
	return n
}

func (s *suite) addr(i int) common.Address { return crypto.PubkeyToAddress(s.keys[i].PublicKey) }

// requireRecordsConsistent checks the keeper's own records against the chain: every transaction
// the key sent is a recorded perform, and no perform is left in flight.
func (s *suite) requireRecordsConsistent(i int) {
	t := s.t
	t.Helper()
	var nonce uint64
	var sent, open int
	// The keeper records a receipt a moment after the chain has it: wait for it to catch up.
	harness.WaitFor(t, time.Minute, "keeper records matching the chain", func(ctx context.Context) (bool, error) {
		var err error
		if nonce, err = s.m.C.NonceAt(ctx, s.addr(i), nil); err != nil {
			return false, err
		}
		err = s.pool.QueryRow(ctx, `SELECT count(*) FILTER (WHERE tx_hash IS NOT NULL),
			count(*) FILTER (WHERE outcome = 'sent') FROM keeper_performs WHERE keeper_id = $1`, s.ids[i]).Scan(&sent, &open)
		return err == nil && open == 0 && int(nonce) == sent, err
	})
	require.Zero(t, open, "no perform left in flight")
	require.Equal(t, int(nonce), sent, "every transaction of the keeper key is one recorded perform")
	ctx := harness.Ctx(t, time.Minute)
	var checks int
	require.NoError(t, s.pool.QueryRow(ctx, `SELECT count(*) FROM keeper_checks WHERE keeper_id = $1`, s.ids[i]).Scan(&checks))
	require.Positive(t, checks)
}

func TestKeeperAloneClearsAndSettles(t *testing.T) {
	s := newSuite(t, 1)
	s.start(0, procOpts{})
	epochs := s.waitSettled(s.placeInEpochs(1, 5), 2*time.Minute)

	ev := s.events()
	for _, e := range epochs {
		require.Equal(t, 1, count(ev, "EpochCleared", e), "epoch %d cleared once", e)
		require.Equal(t, 1, count(ev, "EpochSettled", e), "epoch %d settled", e)
	}
	for _, e := range ev {
		require.Equal(t, s.addr(0), e.From, "only the keeper drives the market")
	}
	require.Zero(t, countName(ev, "UpkeepSkipped"))
	r, err := s.m.Result(harness.Ctx(t, 10*time.Second), epochs[0])
	require.NoError(t, err)
	require.Positive(t, r.Volume.Sign(), "the crossing orders traded")

	// A perform's outcome is recorded at its final receipt (txmgr's depth, 6 blocks), after the
	// chain shows the epoch settled: wait until no perform is left in flight first.
	s.requireRecordsConsistent(0)
	var performed int
	var gas int64
	require.NoError(t, s.pool.QueryRow(harness.Ctx(t, 10*time.Second), `SELECT count(*), COALESCE(sum(gas_used), 0)
		FROM keeper_performs WHERE keeper_id = $1 AND epoch = $2 AND outcome = 'performed'`, s.ids[0], int64(epochs[0])).Scan(&performed, &gas))
	require.GreaterOrEqual(t, performed, 2, "a clearing and settlement batches, recorded with their epoch")
	require.Positive(t, gas)
}

func testTurnTaking(t *testing.T, n int) {
	s := newSuite(t, n)
	for i := 0; i < n; i++ {
		s.start(i, procOpts{index: i, count: n})
	}
	epochs := s.waitSettled(s.placeInEpochs(3, 3), 3*time.Minute)
	ev := s.events()
	for _, e := range epochs {
		require.Equal(t, 1, count(ev, "EpochCleared", e), "epoch %d cleared exactly once", e)
		for _, x := range ev {
			if x.Name == "EpochCleared" && x.Epoch == e {
				require.Equal(t, s.addr(int(e%uint64(n))), x.From, "epoch %d cleared by its primary keeper %d", e, e%uint64(n))
			}
		}
	}
	require.Zero(t, countName(ev, "UpkeepSkipped"), "no keeper did work another had done")
	for i := 0; i < n; i++ {
		s.requireRecordsConsistent(i)
	}
}

func TestTwoKeepersClearEachEpochOnce(t *testing.T)  { testTurnTaking(t, 2) }
func TestFourKeepersClearEachEpochOnce(t *testing.T) { testTurnTaking(t, 4) }

func TestKeeperKilledBetweenSendAndReceipt(t *testing.T) {
	s := newSuite(t, 1)
	p := s.start(0, procOpts{bin: crashKeeperBin})
	epochs := s.placeInEpochs(1, 5)
	harness.WaitFor(t, 2*time.Minute, "keeper exiting right after its first send", func(context.Context) (bool, error) {
		return p.exited(), nil
	})
	var exitErr *exec.ExitError
	require.True(t, errors.As(p.err, &exitErr), "exit: %v", p.err)
	require.Equal(t, 3, exitErr.ExitCode(), "the test hook's exit code")
	var open int
	require.NoError(t, s.pool.QueryRow(harness.Ctx(t, 10*time.Second),
		`SELECT count(*) FROM keeper_performs WHERE keeper_id = $1 AND outcome = 'sent'`, s.ids[0]).Scan(&open))
	require.Equal(t, 1, open, "the perform was recorded as sent before the crash")

	s.start(0, procOpts{})
	epochs = s.waitSettled(epochs, 2*time.Minute)
	ev := s.events()
	for _, e := range epochs {
		require.Equal(t, 1, count(ev, "EpochCleared", e))
	}
	require.Zero(t, countName(ev, "UpkeepSkipped"), "no duplicate perform")
	s.requireRecordsConsistent(0)
}

func TestKeeperDownThreeEpochsClearsBacklogInOrder(t *testing.T) {
	s := newSuite(t, 1)
	epochs := s.placeInEpochs(3, 2)
	require.GreaterOrEqual(t, len(epochs), 3)
	for _, e := range epochs {
		r, err := s.m.Result(harness.Ctx(t, 10*time.Second), e)
		require.NoError(t, err)
		if r.OrderCount.Sign() > 0 {
			require.Less(t, r.Status, uint8(2), "epoch %d waits uncleared while no keeper runs", e)
		}
	}
	s.start(0, procOpts{})
	epochs = s.waitSettled(epochs, 3*time.Minute)
	ev := s.events()
	var cleared []uint64
	for _, e := range ev {
		if e.Name == "EpochCleared" {
			cleared = append(cleared, e.Epoch)
		}
	}
	require.True(t, sort.SliceIsSorted(cleared, func(i, j int) bool { return cleared[i] < cleared[j] }), "cleared in order: %v", cleared)
	require.Equal(t, epochs, cleared, "each backlog epoch cleared exactly once, in order")
	require.Zero(t, countName(ev, "UpkeepSkipped"))
	s.requireRecordsConsistent(0)
}

func TestKeeperGoesOnThroughAnotherNode(t *testing.T) {
	s := newSuite(t, 1)
	t.Cleanup(func() { s.net.EnsureHealthy(t) })
	// The keeper's endpoints are signers 1 and 2, over their IPC sockets (a signer serves no
	// HTTP), so that stopping the first shows the keeper going on through the second; the test's
	// own transactions go through the RPC node.
	ipc := []string{s.net.Manifest.Nodes[1].IPC, s.net.Manifest.Nodes[2].IPC}
	s.start(0, procOpts{rpc: ipc, ws: ipc})
	first := s.waitSettled(s.placeInEpochs(1, 2), 2*time.Minute)

	s.net.StopNode(t, 1)
	second := s.waitSettled(s.placeInEpochs(1, 2), 2*time.Minute)
	s.net.StartNode(t, 1)

	ev := s.events()
	for _, e := range append(first, second...) {
		require.Equal(t, 1, count(ev, "EpochCleared", e))
	}
	s.requireRecordsConsistent(0)
}

// TestUnfundedKeeperClearsOnceFunded: a keeper whose performs the node refuses (its account has no
// coins for gas) records them as send_failed, head after head; once the account is funded the
// same keeper process clears and settles the epoch, without a restart.
func TestUnfundedKeeperClearsOnceFunded(t *testing.T) {
	s := newSuite(t, 1, 0)
	p := s.start(0, procOpts{})
	epochs := s.placeInEpochs(1, 2)
	harness.WaitFor(t, 2*time.Minute, "two refused performs", func(ctx context.Context) (bool, error) {
		var n int
		err := s.pool.QueryRow(ctx, `SELECT count(*) FROM keeper_performs
			WHERE keeper_id = $1 AND outcome = 'send_failed' AND error LIKE '%insufficient funds%'`, s.ids[0]).Scan(&n)
		return err == nil && n >= 2, err
	})
	nonce, err := s.m.C.NonceAt(harness.Ctx(t, 10*time.Second), s.addr(0), nil)
	require.NoError(t, err)
	require.Zero(t, nonce, "nothing of the unfunded keeper was mined")

	require.NoError(t, s.m.Fund(harness.Ctx(t, time.Minute), s.addr(0), new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))))
	epochs = s.waitSettled(epochs, 2*time.Minute)
	require.False(t, p.exited(), "the same process, not a restart")
	ev := s.events()
	for _, e := range epochs {
		require.Equal(t, 1, count(ev, "EpochCleared", e), "epoch %d cleared once", e)
	}
	for _, e := range ev {
		require.Equal(t, s.addr(0), e.From, "by the keeper")
	}
	s.requireRecordsConsistent(0)
}
