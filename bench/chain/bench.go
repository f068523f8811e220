package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/chain/deployer"
	"github.com/campus-grid/gridchain/chain/devnet"
	"github.com/campus-grid/gridchain/chain/manifest"
)

// Config of one benchmark run.
type Config struct {
	Manifest  string
	Transfers int
	Senders   int
	Timeout   time.Duration
	// Hold pauses sealing on every node while the transfers are sent.
	Hold bool
}

// Result is what build/bench/chain.json holds.
type Result struct {
	TransfersPerS      float64 `json:"erc20_transfers_per_s"`
	BlockIntervalIdleS float64 `json:"block_interval_idle_s"`
	BlockIntervalLoadS float64 `json:"block_interval_load_s"`
	Dropped            int     `json:"dropped"`
	Transfers          int     `json:"transfers"`
	MaxInFlight        int     `json:"max_in_flight"`
	Held               bool    `json:"held"`
	Reverted           int     `json:"reverted"`
	Blocks             int     `json:"blocks"`
	MaxTxsPerBlock     int     `json:"max_txs_per_block"`
	GasPerTransfer     uint64  `json:"gas_per_transfer"`
	ChainSeconds       float64 `json:"chain_seconds"`
	SendSeconds        float64 `json:"send_seconds"`
	WallSeconds        float64 `json:"wall_seconds"`
}

var (
	tip    = big.NewInt(2_000_000_000)   // 2 gwei, above geth's default miner floor of 1 gwei
	feeCap = big.NewInt(200_000_000_000) // 200 gwei: far above any base fee the run can reach
	// Each bench account holds far more GRID than it sends; the transfers go around a ring.
	gridPerSender = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	gasPerSender  = new(big.Int).Mul(big.NewInt(1_000), big.NewInt(1e18))
	transferValue = big.NewInt(1e15) // 0.001 GRID
)

type bench struct {
	cfg     Config
	out     io.Writer
	m       *manifest.Manifest
	chainID *big.Int
	clients []*ethclient.Client
	keys    []*ecdsa.PrivateKey
	addrs   []common.Address
	grid    *gridtoken.GridToken
	gridC   *bind.BoundContract
}

// Run prepares the bench accounts, measures the idle interval, pushes the transfers and waits
// until they are all mined (or the timeout).
func Run(ctx context.Context, cfg Config, out io.Writer) (*Result, error) {
	if cfg.Transfers <= 0 || cfg.Senders <= 0 {
		return nil, errors.New("transfers and senders must be positive")
	}
	m, err := manifest.Load(cfg.Manifest)
	if err != nil {
		return nil, err
	}
	b := &bench{cfg: cfg, out: out, m: m, chainID: new(big.Int).SetUint64(m.ChainID), grid: gridtoken.NewGridToken()}
	for _, url := range m.RPCURLs() {
		c, err := ethclient.DialContext(ctx, url)
		if err != nil {
			return nil, fmt.Errorf("dial %s: %w", url, err)
		}
		defer c.Close()
		b.clients = append(b.clients, c)
	}
	gridAddr, err := m.Contract(manifest.GridToken)
	if err != nil {
		return nil, err
	}
	b.gridC = b.grid.Instance(b.clients[0], gridAddr)
	// Deterministic bench keys: registered and funded once, reused by later runs (devnet only).
	for i := 0; i < cfg.Senders; i++ {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("campus-grid bench sender %d", i))))
		if err != nil {
			return nil, err
		}
		b.keys = append(b.keys, key)
		b.addrs = append(b.addrs, crypto.PubkeyToAddress(key.PublicKey))
	}
	wallStart := time.Now()
	if err := b.prepare(ctx); err != nil {
		return nil, fmt.Errorf("prepare bench accounts: %w", err)
	}
	res := &Result{Transfers: cfg.Transfers}
	if res.BlockIntervalIdleS, err = b.idleInterval(ctx); err != nil {
		return nil, err
	}
	fmt.Fprintf(out, "idle median block interval: %.2f s\n", res.BlockIntervalIdleS)
	if err := b.load(ctx, res); err != nil {
		return nil, err
	}
	res.WallSeconds = time.Since(wallStart).Seconds()
	return res, nil
}

// prepare registers the bench accounts, gives them native coin for gas and GRID to send. GRID
// is minted by the deployer (governance) granting itself the minter role for the occasion and
// revoking it afterwards.
func (b *bench) prepare(ctx context.Context) error {
	client := b.clients[0]
	reg := registry.NewRegistry()
	regAddr, err := b.m.Contract(manifest.Registry)
	if err != nil {
		return err
	}
	regC := reg.Instance(client, regAddr)
	call := &bind.CallOpts{Context: ctx}
	registrar, err := b.accountKey(deployer.KeyRegistrar)
	if err != nil {
		return err
	}
	funder, err := b.accountKey(deployer.KeyDeployer)
	if err != nil {
		return err
	}
	var pending []*types.Transaction
	regOpts := bind.NewKeyedTransactor(registrar, b.chainID)
	regNonce, err := client.PendingNonceAt(ctx, regOpts.From)
	if err != nil {
		return err
	}
	fundNonce, err := client.PendingNonceAt(ctx, crypto.PubkeyToAddress(funder.PublicKey))
	if err != nil {
		return err
	}
	var needGrid []common.Address
	for i, a := range b.addrs {
		ok, err := bind.Call(regC, call, reg.PackIsUserVerified(a), reg.UnpackIsUserVerified)
		if err != nil {
			return err
		}
		if !ok {
			regOpts.Nonce = new(big.Int).SetUint64(regNonce)
			tx, err := bind.Transact(regC, regOpts, reg.PackRegisterUser(a, deployer.UserProsumer, fmt.Sprintf("bench meter %d", i)))
			if err != nil {
				return fmt.Errorf("register bench account %d: %w", i, err)
			}
			regNonce++
			pending = append(pending, tx)
		}
		coin, err := client.BalanceAt(ctx, a, nil)
		if err != nil {
			return err
		}
		if coin.Cmp(new(big.Int).Div(gasPerSender, big.NewInt(2))) < 0 {
			tx, err := b.sign(funder, fundNonce, a, gasPerSender, nil, 21000)
			if err != nil {
				return err
			}
			if err := client.SendTransaction(ctx, tx); err != nil {
				return fmt.Errorf("fund bench account %d: %w", i, err)
			}
			fundNonce++
			pending = append(pending, tx)
		}
		bal, err := bind.Call(b.gridC, call, b.grid.PackBalanceOf(a), b.grid.UnpackBalanceOf)
		if err != nil {
			return err
		}
		if bal.Cmp(new(big.Int).Div(gridPerSender, big.NewInt(2))) < 0 {
			needGrid = append(needGrid, a)
		}
	}
	if err := b.waitAll(ctx, pending); err != nil {
		return err
	}
	if len(needGrid) == 0 {
		return nil
	}
	gov := bind.NewKeyedTransactor(funder, b.chainID)
	gov.Nonce = new(big.Int).SetUint64(fundNonce)
	grant, err := bind.Transact(b.gridC, gov, b.grid.PackGrantRole(deployer.MinterRole, gov.From))
	if err != nil {
		return fmt.Errorf("grant minter: %w", err)
	}
	fundNonce++
	if err := b.waitAll(ctx, []*types.Transaction{grant}); err != nil {
		return err
	}
	pending = pending[:0]
	for _, a := range needGrid {
		gov.Nonce = new(big.Int).SetUint64(fundNonce)
		tx, err := bind.Transact(b.gridC, gov, b.grid.PackMint(a, gridPerSender, crypto.Keccak256Hash([]byte("bench"))))
		if err != nil {
			return fmt.Errorf("mint: %w", err)
		}
		fundNonce++
		pending = append(pending, tx)
	}
	gov.Nonce = new(big.Int).SetUint64(fundNonce)
	gov.GasLimit = 100_000
	revoke, err := bind.Transact(b.gridC, gov, b.grid.PackRevokeRole(deployer.MinterRole, gov.From))
	if err != nil {
		return fmt.Errorf("revoke minter: %w", err)
	}
	pending = append(pending, revoke)
	fmt.Fprintf(b.out, "prepared %d bench accounts (minted GRID to %d)\n", len(b.addrs), len(needGrid))
	return b.waitAll(ctx, pending)
}

func (b *bench) accountKey(name string) (*ecdsa.PrivateKey, error) {
	a, ok := b.m.Accounts[name]
	if !ok || a.KeyFile == "" {
		return nil, fmt.Errorf("manifest has no key for %s", name)
	}
	return devnet.LoadKey(a.KeyFile)
}

func (b *bench) sign(key *ecdsa.PrivateKey, nonce uint64, to common.Address, value *big.Int, data []byte, gas uint64) (*types.Transaction, error) {
	return types.SignNewTx(key, types.LatestSignerForChainID(b.chainID), &types.DynamicFeeTx{
		ChainID: b.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Value: value, Data: data,
	})
}

func (b *bench) waitAll(ctx context.Context, txs []*types.Transaction) error {
	for _, tx := range txs {
		for {
			r, err := b.clients[0].TransactionReceipt(ctx, tx.Hash())
			if err == nil {
				if r.Status != types.ReceiptStatusSuccessful {
					return fmt.Errorf("setup tx %s reverted", tx.Hash())
				}
				break
			}
			if !errors.Is(err, ethereum.NotFound) {
				return err
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(200 * time.Millisecond):
			}
		}
	}
	return nil
}

// idleInterval is the median interval between the most recent idle blocks (waiting for more
// when the chain was busy). Idle: under 1% of the gas limit used, so that the odd transaction of
// a service running on the shared devnet does not count as load.
func (b *bench) idleInterval(ctx context.Context) (float64, error) {
	const want = 10
	var intervals []float64
	err := devnet.Poll(ctx, time.Second, "collecting idle blocks", func(ctx context.Context) (bool, error) {
		intervals = intervals[:0]
		head, err := b.clients[0].HeaderByNumber(ctx, nil)
		if err != nil {
			return false, err
		}
		h := head
		for len(intervals) < want && h.Number.Uint64() > 1 {
			parent, err := b.clients[0].HeaderByHash(ctx, h.ParentHash)
			if err != nil {
				return false, err
			}
			if idle(h) && idle(parent) {
				intervals = append(intervals, float64(h.Time-parent.Time))
			} else if len(intervals) > 0 {
				break // only a contiguous idle stretch
			}
			h = parent
		}
		return len(intervals) >= want, nil
	})
	if err != nil {
		return 0, err
	}
	return median(intervals), nil
}

// load pre-signs the transfers, sends them through all nodes and waits until they are mined.
func (b *bench) load(ctx context.Context, res *Result) error {
	client := b.clients[0]
	ring := func(i int) common.Address { return b.addrs[(i+1)%len(b.addrs)] }
	gas, err := client.EstimateGas(ctx, ethereum.CallMsg{
		From: b.addrs[0], To: ptr(b.gridC.Address()), Data: b.grid.PackTransfer(ring(0), transferValue),
	})
	if err != nil {
		return fmt.Errorf("estimate transfer gas: %w", err)
	}
	res.GasPerTransfer = gas
	gasLimit := gas + gas/5

	// Pre-sign: sender s sends its share with consecutive nonces.
	per := (b.cfg.Transfers + len(b.keys) - 1) / len(b.keys)
	startNonce := make([]uint64, len(b.keys))
	signed := make([][][]byte, len(b.keys))
	hashes := make([]common.Hash, 0, b.cfg.Transfers)
	total := 0
	for s, key := range b.keys {
		if startNonce[s], err = client.PendingNonceAt(ctx, b.addrs[s]); err != nil {
			return err
		}
		for k := 0; k < per && total < b.cfg.Transfers; k++ {
			tx, err := b.sign(key, startNonce[s]+uint64(k), b.gridC.Address(), nil, b.grid.PackTransfer(ring(s), transferValue), gasLimit)
			if err != nil {
				return err
			}
			raw, err := tx.MarshalBinary()
			if err != nil {
				return err
			}
			signed[s] = append(signed[s], raw)
			hashes = append(hashes, tx.Hash())
			total++
		}
	}
	fmt.Fprintf(b.out, "pre-signed %d transfers from %d accounts (%d gas each)\n", total, len(b.keys), gas)

	sampler := b.sampleTxPool(ctx)
	defer sampler.stop()
	if b.cfg.Hold {
		if err := b.miners(ctx, "miner_stop"); err != nil {
			return err
		}
		// Sealing must resume whatever happens below.
		defer func() { _ = b.miners(context.WithoutCancel(ctx), "miner_start") }()
		res.Held = true
	}
	startHead, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	// Each node gets the transactions of its share of the senders, in nonce order, in batches.
	sendStart := time.Now()
	var wg sync.WaitGroup
	sendErrs := make([]error, len(b.clients))
	for node := range b.clients {
		wg.Add(1)
		go func(node int) {
			defer wg.Done()
			sendErrs[node] = b.sendShare(ctx, node, signed)
		}(node)
	}
	wg.Wait()
	res.SendSeconds = time.Since(sendStart).Seconds()
	if err := errors.Join(sendErrs...); err != nil {
		fmt.Fprintf(b.out, "send errors: %v\n", err)
	}
	fmt.Fprintf(b.out, "sent %d transfers in %.1f s; waiting for them to be mined\n", total, res.SendSeconds)
	if b.cfg.Hold {
		// Every transfer sits in the pools before sealing resumes.
		err := devnet.Poll(ctx, 250*time.Millisecond, "transfers reaching the pool", func(context.Context) (bool, error) {
			return sampler.max() >= total, nil
		})
		if err != nil {
			fmt.Fprintf(b.out, "pool of node 0 holds %d of %d\n", sampler.max(), total)
		}
		if err := b.miners(ctx, "miner_start"); err != nil {
			return err
		}
	}

	// Mined when every sender's confirmed nonce reached the end of its share.
	wctx, cancel := context.WithTimeout(ctx, b.cfg.Timeout)
	defer cancel()
	mined := 0
	err = devnet.Poll(wctx, 500*time.Millisecond, "transfers mined", func(ctx context.Context) (bool, error) {
		mined = 0
		for s := range b.keys {
			n, err := client.NonceAt(ctx, b.addrs[s], nil)
			if err != nil {
				return false, err
			}
			mined += int(min(n-startNonce[s], uint64(len(signed[s]))))
		}
		return mined == total, nil
	})
	res.Dropped = total - mined
	res.MaxInFlight = sampler.max()
	if err != nil && res.Dropped == 0 {
		return err
	}
	endHead, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	return b.measure(ctx, res, startHead.Number.Uint64(), endHead.Number.Uint64(), hashes)
}

func (b *bench) sendShare(ctx context.Context, node int, signed [][][]byte) error {
	const batch = 250
	var elems []rpc.BatchElem
	var errs []error
	flush := func() {
		if len(elems) == 0 {
			return
		}
		if err := b.clients[node].Client().BatchCallContext(ctx, elems); err != nil {
			errs = append(errs, err)
		}
		for _, e := range elems {
			if e.Error != nil && len(errs) < 5 {
				errs = append(errs, e.Error)
			}
		}
		elems = elems[:0]
	}
	longest := 0
	for _, txs := range signed {
		longest = max(longest, len(txs))
	}
	for k := 0; k < longest; k++ {
		for s := node; s < len(signed); s += len(b.clients) {
			if k < len(signed[s]) {
				var hash common.Hash
				elems = append(elems, rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Encode(signed[s][k])}, Result: &hash})
				if len(elems) == batch {
					flush()
				}
			}
		}
	}
	flush()
	return errors.Join(errs...)
}

// measure reads the blocks that carried the load: throughput over chain time, the median block
// interval under load, and reverts (from the receipts).
func (b *bench) measure(ctx context.Context, res *Result, from, to uint64, hashes []common.Hash) error {
	want := make(map[common.Hash]bool, len(hashes))
	for _, h := range hashes {
		want[h] = true
	}
	type blk struct {
		number, time uint64
		ours         int
	}
	var blocks []blk
	for n := from; n <= to; n++ {
		block, err := b.clients[0].BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return err
		}
		ours := 0
		for _, tx := range block.Transactions() {
			if want[tx.Hash()] {
				ours++
			}
		}
		blocks = append(blocks, blk{n, block.Time(), ours})
	}
	first, last := -1, -1
	mined := 0
	for i, x := range blocks {
		if x.ours > 0 {
			if first < 0 {
				first = i
			}
			last = i
			mined += x.ours
			res.MaxTxsPerBlock = max(res.MaxTxsPerBlock, x.ours)
		}
	}
	if first < 1 { // blocks[0] is the head from before the first send
		return errors.New("no bench transfer was mined")
	}
	// With sealing held, the first loaded block's interval is the pause itself: leave it out and
	// count that block's time as a median interval.
	loadStart := first
	if res.Held {
		loadStart = first + 1
	}
	var intervals []float64
	for i := loadStart; i <= last; i++ {
		intervals = append(intervals, float64(blocks[i].time-blocks[i-1].time))
	}
	res.Blocks = last - first + 1
	res.BlockIntervalLoadS = median(intervals)
	res.ChainSeconds = float64(blocks[last].time - blocks[first-1].time)
	if res.Held {
		res.ChainSeconds = float64(blocks[last].time-blocks[first].time) + res.BlockIntervalLoadS
	}
	res.TransfersPerS = float64(mined) / res.ChainSeconds

	// Every mined transfer must have succeeded.
	const batch = 500
	for k := 0; k < len(hashes); k += batch {
		chunk := hashes[k:min(k+batch, len(hashes))]
		receipts := make([]*types.Receipt, len(chunk))
		elems := make([]rpc.BatchElem, len(chunk))
		for i, h := range chunk {
			elems[i] = rpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{h}, Result: &receipts[i]}
		}
		if err := b.clients[0].Client().BatchCallContext(ctx, elems); err != nil {
			return fmt.Errorf("receipts: %w", err)
		}
		for i, r := range receipts {
			if elems[i].Error == nil && r != nil && r.Status != types.ReceiptStatusSuccessful {
				res.Reverted++
			}
		}
	}
	return nil
}

// miners calls method (miner_stop or miner_start) on every node over its IPC socket.
func (b *bench) miners(ctx context.Context, method string) error {
	var errs []error
	for _, node := range b.m.Nodes {
		if node.IPC == "" {
			return fmt.Errorf("%s: manifest has no IPC path for %s", method, node.Name)
		}
		c, err := rpc.DialIPC(ctx, node.IPC)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s on %s: %w", method, node.Name, err))
			continue
		}
		if err := c.CallContext(ctx, nil, method); err != nil {
			errs = append(errs, fmt.Errorf("%s on %s: %w", method, node.Name, err))
		}
		c.Close()
	}
	return errors.Join(errs...)
}

// poolSampler records the largest txpool (pending + queued) node 0 reported.
type poolSampler struct {
	mu      sync.Mutex
	biggest int
	cancel  context.CancelFunc
	done    chan struct{}
}

func (p *poolSampler) max() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.biggest
}

func (p *poolSampler) stop() {
	p.cancel()
	<-p.done
}

func (b *bench) sampleTxPool(ctx context.Context) *poolSampler {
	ctx, cancel := context.WithCancel(ctx)
	p := &poolSampler{cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(p.done)
		c, err := rpc.DialIPC(ctx, b.m.Nodes[0].IPC)
		if err != nil {
			return
		}
		defer c.Close()
		for {
			var st struct{ Pending, Queued hexutil.Uint64 }
			if err := c.CallContext(ctx, &st, "txpool_status"); err == nil {
				p.mu.Lock()
				p.biggest = max(p.biggest, int(st.Pending+st.Queued))
				p.mu.Unlock()
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(200 * time.Millisecond):
			}
		}
	}()
	return p
}

func idle(h *types.Header) bool { return h.GasUsed*100 < h.GasLimit }

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64{}, xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func ptr[T any](v T) *T { return &v }
