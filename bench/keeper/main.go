// Command bench/keeper measures the keeper on the devnet (make bench-keeper):
//
//   - clearing lag: for each of -lag-epochs short epochs with orders, the blocks from the first
//     block stamped at or after the epoch's end to the block that includes its clearing (0: the
//     same block);
//   - -orders orders (default 10,000) in one epoch of -epoch seconds: seconds and blocks from the
//     epoch's end until every order is settled (EpochSettled), by the keepers alone.
//
// Both run -keepers keeper processes (default 4, one per authority as in the campus), taking
// turns; nobody else calls the market.
//
// Each part deploys its own market (test/keeper/fixture). Figures are printed and written as JSON
// to -out (build/bench/keeper.json).
package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/campus-grid/gridchain/chain/devnet"
	"github.com/campus-grid/gridchain/chain/manifest"
	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/keeper"
	"github.com/campus-grid/gridchain/test/keeper/fixture"
)

type result struct {
	ClearLagBlocksMedian float64  `json:"clear_lag_blocks_median"`
	ClearLagBlocks       []uint64 `json:"clear_lag_blocks"`
	LagEpochLength       uint64   `json:"lag_epoch_length_seconds"`
	Settle10000Seconds   *float64 `json:"settle_10000_seconds"`
	Settle10000Blocks    *uint64  `json:"settle_10000_blocks"`
	Orders               int      `json:"orders"`
	OrdersEpochLength    uint64   `json:"orders_epoch_length_seconds"`
	PlaceSeconds         float64  `json:"place_seconds,omitempty"`
	ClearBlock           uint64   `json:"clear_block,omitempty"`
	SettledBlock         uint64   `json:"settled_block,omitempty"`
	Performs             int      `json:"performs,omitempty"`
	Keepers              int      `json:"keepers"`
}

func main() {
	out := flag.String("out", "build/bench/keeper.json", "JSON output")
	defManifest := manifest.DefaultPath
	if env := os.Getenv("DEVNET_MANIFEST"); env != "" {
		defManifest = env
	}
	manifestPath := flag.String("manifest", defManifest, "devnet manifest (default: $DEVNET_MANIFEST or build/devnet/deployment.json)")
	keeperBin := flag.String("keeper", os.Getenv("KEEPER_BIN"), "keeper binary (default: go build ./cmd/keeper)")
	lagEpochs := flag.Int("lag-epochs", 9, "epochs measured for the clearing lag")
	lagEpoch := flag.Uint64("lag-epoch", 12, "epoch length (s) of the lag market")
	orders := flag.Int("orders", 10_000, "orders in the big epoch (0: skip)")
	epoch := flag.Uint64("epoch", 900, "epoch length (s) of the big epoch (production: 900)")
	users := flag.Int("users", 100, "users placing the big epoch's orders (at most 100 orders each)")
	nKeepers := flag.Int("keepers", 4, "keeper processes taking turns (the campus runs one per authority)")
	flag.Parse()
	if err := run(*out, *manifestPath, *keeperBin, *lagEpochs, *lagEpoch, *orders, *epoch, *users, *nKeepers); err != nil {
		fmt.Fprintln(os.Stderr, "bench-keeper:", err)
		os.Exit(1)
	}
}

func run(out, manifestPath, keeperBin string, lagEpochs int, lagEpoch uint64, orders int, epoch uint64, users, nKeepers int) error {
	if nKeepers < 1 {
		return errors.New("-keepers must be at least 1")
	}
	m, err := manifest.Load(manifestPath)
	if err != nil {
		return err
	}
	dep, ok := m.Accounts["deployer"]
	if !ok {
		return errors.New("manifest has no deployer account")
	}
	funder, err := devnet.LoadKey(dep.KeyFile)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "bench-keeper")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if keeperBin == "" {
		keeperBin = filepath.Join(tmp, "keeper")
		cmd := exec.Command("go", "build", "-o", keeperBin, "./cmd/keeper")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			return err
		}
	}
	c, err := ethclient.Dial(m.RPCURLs()[0])
	if err != nil {
		return err
	}
	defer c.Close()
	b := &bench{m: m, c: c, funder: funder, bin: keeperBin, tmp: tmp, keepers: nKeepers}
	res := result{LagEpochLength: lagEpoch, Orders: orders, OrdersEpochLength: epoch, Keepers: nKeepers}

	if lagEpochs > 0 {
		lags, err := b.clearLag(lagEpochs, lagEpoch)
		if err != nil {
			return fmt.Errorf("clearing lag: %w", err)
		}
		res.ClearLagBlocks = lags
		res.ClearLagBlocksMedian = median(lags)
		fmt.Printf("clearing lag (blocks, %d epochs of %d s): %v  median %.1f\n", len(lags), lagEpoch, lags, res.ClearLagBlocksMedian)
	}
	if orders > 0 {
		if err := b.bigEpoch(&res, orders, epoch, users); err != nil {
			return fmt.Errorf("%d orders: %w", orders, err)
		}
		fmt.Printf("%d orders in one %d s epoch: placed in %.0f s; cleared and settled %.0f s (%d blocks) after the epoch end\n",
			orders, epoch, res.PlaceSeconds, *res.Settle10000Seconds, *res.Settle10000Blocks)
	}
	raw, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	fmt.Println(string(raw))
	return os.WriteFile(out, append(raw, '\n'), 0o644)
}

func median(v []uint64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]uint64(nil), v...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	if len(s)%2 == 1 {
		return float64(s[len(s)/2])
	}
	return float64(s[len(s)/2-1]+s[len(s)/2]) / 2
}

type bench struct {
	m       *manifest.Manifest
	c       *ethclient.Client
	funder  *ecdsa.PrivateKey
	bin     string
	tmp     string
	keepers int
}

// deploy deploys a market with one keeper key per authority, as the campus runs it, and starts a
// keeper process for each (turn-taking index i of n, talking first to authority i's node).
func (b *bench) deploy(ctx context.Context, epoch uint64, batch int64) (*fixture.Market, keepers, error) {
	n := b.keepers
	keys := make([]*ecdsa.PrivateKey, n)
	addrs := make([]common.Address, n)
	for i := range keys {
		key, err := crypto.GenerateKey()
		if err != nil {
			return nil, nil, err
		}
		keys[i], addrs[i] = key, crypto.PubkeyToAddress(key.PublicKey)
	}
	mk, err := fixture.Deploy(ctx, b.c, b.funder, fixture.Config{EpochLength: epoch, SettleBatchSize: batch, Keepers: addrs})
	if err != nil {
		return nil, nil, err
	}
	var ps keepers
	for i, key := range keys {
		p, err := b.startKeeper(mk, key, i, n)
		if err != nil {
			ps.stop()
			return nil, nil, err
		}
		ps = append(ps, p)
	}
	return mk, ps, nil
}

// keepers are the keeper processes of one market.
type keepers []*keeperProc

func (ks keepers) stop() {
	for _, p := range ks {
		p.stop()
	}
}

// performs counts the transactions every keeper sent.
func (ks keepers) performs(ctx context.Context, c *ethclient.Client) (int, error) {
	total := 0
	for _, p := range ks {
		nonce, err := c.NonceAt(ctx, p.addr, nil)
		if err != nil {
			return 0, err
		}
		total += int(nonce)
	}
	return total, nil
}

// clearLag places orders in n consecutive epochs and measures each clearing's lag.
func (b *bench) clearLag(n int, epoch uint64) ([]uint64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(n+10)*time.Duration(epoch)*3*time.Second+5*time.Minute)
	defer cancel()
	mk, p, err := b.deploy(ctx, epoch, 100)
	if err != nil {
		return nil, err
	}
	defer p.stop()
	us, err := mk.NewUsers(ctx, 4, new(big.Int).Mul(big.NewInt(1000), fixture.KWh), new(big.Int).Mul(big.NewInt(10_000), fixture.KWh))
	if err != nil {
		return nil, err
	}
	var epochs []uint64
	for len(epochs) < n {
		got, err := mk.PlaceOrders(ctx, fixture.CrossingOrders(us, 2))
		if err != nil {
			return nil, err
		}
		last := uint64(0)
		for e := range got {
			if len(epochs) == 0 || e > epochs[len(epochs)-1] {
				epochs = append(epochs, e)
			}
			last = max(last, e)
		}
		sort.Slice(epochs, func(i, j int) bool { return epochs[i] < epochs[j] })
		if err := fixture.WaitFor(ctx, "next epoch", func(ctx context.Context) (bool, error) {
			h, err := b.c.HeaderByNumber(ctx, nil)
			return err == nil && h.Time >= mk.EpochEnd(last), err
		}); err != nil {
			return nil, err
		}
	}
	epochs, err = mk.WaitBooked(ctx, epochs[0], epochs[len(epochs)-1])
	if err != nil {
		return nil, err
	}
	ev, err := mk.Events(ctx)
	if err != nil {
		return nil, err
	}
	var lags []uint64
	for _, e := range epochs {
		cleared := uint64(0)
		for _, x := range ev {
			if x.Name == "EpochCleared" && x.Epoch == e {
				cleared = x.Block
			}
		}
		if cleared == 0 {
			return nil, fmt.Errorf("epoch %d has no EpochCleared", e)
		}
		first, err := mk.FirstBlockAtOrAfter(ctx, mk.DeployBlock, mk.EpochEnd(e))
		if err != nil {
			return nil, err
		}
		lags = append(lags, cleared-first)
	}
	return lags, nil
}

// bigEpoch places orders (spread over the whole price grid, half buys) from users in one epoch
// and measures clearing plus settlement after the epoch's end.
func (b *bench) bigEpoch(res *result, orders int, epoch uint64, nUsers int) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(epoch)*3*time.Second+20*time.Minute)
	defer cancel()
	if orders > nUsers*100 {
		return fmt.Errorf("%d users place at most %d orders", nUsers, nUsers*100)
	}
	mk, p, err := b.deploy(ctx, epoch, 100)
	if err != nil {
		return err
	}
	defer p.stop()
	us, err := mk.NewUsers(ctx, nUsers, new(big.Int).Mul(big.NewInt(10_000), fixture.KWh), new(big.Int).Mul(big.NewInt(100_000), fixture.KWh))
	if err != nil {
		return err
	}
	perUser := make([][]fixture.Order, nUsers)
	for i := 0; i < orders; i++ {
		u := i % nUsers
		perUser[u] = append(perUser[u], fixture.Order{User: us[u], Buy: i%2 == 1, Amount: fixture.Amount(int64(1 + i%10)),
			Price: fixture.Price(int64((i * 37) % 196))})
	}
	start := time.Now()
	var mu sync.Mutex
	var hashes []common.Hash
	var wg sync.WaitGroup
	errs := make(chan error, nUsers)
	for _, batch := range perUser {
		wg.Add(1)
		go func(batch []fixture.Order) {
			defer wg.Done()
			h, err := mk.SendOrders(ctx, batch)
			if err != nil {
				errs <- err
				return
			}
			mu.Lock()
			hashes = append(hashes, h...)
			mu.Unlock()
		}(batch)
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return err
	}
	rcpts, err := fixture.WaitAll(ctx, b.c, hashes)
	if err != nil {
		return err
	}
	res.PlaceSeconds = time.Since(start).Seconds()
	byEpoch, err := mk.EpochsOf(ctx, rcpts)
	if err != nil {
		return err
	}
	if len(byEpoch) != 1 {
		return fmt.Errorf("orders spread over epochs %v: use a longer -epoch", byEpoch)
	}
	var e uint64
	for x := range byEpoch {
		e = x
	}
	fmt.Printf("%d orders placed in epoch %d in %.0f s; waiting for its end\n", orders, e, res.PlaceSeconds)
	if err := mk.WaitSettled(ctx, e); err != nil {
		return err
	}
	ev, err := mk.Events(ctx)
	if err != nil {
		return err
	}
	for _, x := range ev {
		switch {
		case x.Name == "EpochCleared" && x.Epoch == e:
			res.ClearBlock = x.Block
		case x.Name == "EpochSettled" && x.Epoch == e:
			res.SettledBlock = x.Block
		}
	}
	end := mk.EpochEnd(e)
	first, err := mk.FirstBlockAtOrAfter(ctx, mk.DeployBlock, end)
	if err != nil {
		return err
	}
	h, err := b.c.HeaderByNumber(ctx, new(big.Int).SetUint64(res.SettledBlock))
	if err != nil {
		return err
	}
	secs := float64(h.Time) - float64(end)
	blocks := res.SettledBlock - first
	res.Settle10000Seconds, res.Settle10000Blocks = &secs, &blocks
	if res.Performs, err = p.performs(ctx, b.c); err != nil {
		return err
	}
	return nil
}

// keeperProc is a keeper process.
type keeperProc struct {
	cmd  *exec.Cmd
	addr common.Address
	done chan struct{}
}

func (b *bench) startKeeper(mk *fixture.Market, key *ecdsa.PrivateKey, index, count int) (*keeperProc, error) {
	dir, err := os.MkdirTemp(b.tmp, "keeper")
	if err != nil {
		return nil, err
	}
	keyFile := filepath.Join(dir, "key")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(key))), 0o600); err != nil {
		return nil, err
	}
	dsn := os.Getenv("PG_DSN")
	if dsn == "" {
		dsn = db.DefaultDSN
	}
	cfg := fmt.Sprintf(`id: "bench-%s-%d"
index: %d
count: %d
manifest: %q
key_file: %q
http_addr: "127.0.0.1:0"
poll_interval: 1s
db:
  dsn: %q
upkeeps:
  - name: Trading
    address: %q
    unit_word: 1
    noop_events: ["%s"]
    epoch_clock: true
    clear_action: 1
`, time.Now().UTC().Format("150405"), index, index, count, "", keyFile, dsn, mk.Trading.Hex(), keeper.TradingNoopEvent)
	var rpc, ws string
	for j := range b.m.RPC {
		i := (j + index) % len(b.m.RPC)
		n := b.m.RPC[i]
		if j > 0 {
			rpc += ", "
			ws += ", "
		}
		rpc += fmt.Sprintf("%q", n.RPCURL)
		ws += fmt.Sprintf("%q", n.WSURL)
	}
	cfg += fmt.Sprintf("rpc_urls: [%s]\nws_urls: [%s]\n", rpc, ws)
	cfgFile := filepath.Join(dir, "keeper.yaml")
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		return nil, err
	}
	logFile, err := os.Create(filepath.Join("build", "bench", fmt.Sprintf("keeper-%s-%d.log", mk.Trading.Hex()[:10], index)))
	if err != nil {
		if err := os.MkdirAll(filepath.Join("build", "bench"), 0o755); err != nil {
			return nil, err
		}
		if logFile, err = os.Create(filepath.Join("build", "bench", fmt.Sprintf("keeper-%s-%d.log", mk.Trading.Hex()[:10], index))); err != nil {
			return nil, err
		}
	}
	cmd := exec.Command(b.bin, "-config", cfgFile)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	p := &keeperProc{cmd: cmd, addr: crypto.PubkeyToAddress(key.PublicKey), done: make(chan struct{})}
	go func() {
		_ = cmd.Wait()
		logFile.Close()
		close(p.done)
	}()
	return p, nil
}

func (p *keeperProc) stop() {
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(40 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.done
	}
}
