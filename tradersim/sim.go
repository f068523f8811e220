package tradersim

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/bindings/settlementtoken"
	"github.com/campus-grid/gridchain/bindings/trading"
	"github.com/campus-grid/gridchain/chain/manifest"
	"github.com/campus-grid/gridchain/txmgr"
)

// Errors of the simulator's configuration.
var (
	ErrNoManifest = errors.New("tradersim: manifest path is empty")
	ErrNoTraders  = errors.New("tradersim: the manifest lists no demo users")
	ErrBadPoll    = errors.New("tradersim: poll interval must be positive")
)

const (
	userTypeProsumer = 1
	kwh              = 1e18
)

// Config of the trader simulator.
type Config struct {
	ManifestPath string        `mapstructure:"manifest"`
	Seed         uint64        `mapstructure:"seed"`
	PollInterval time.Duration `mapstructure:"poll_interval"`
	// MaxTraders limits how many demo users trade (0: all).
	MaxTraders int `mapstructure:"max_traders"`
	// TopUpBelow tops a consumer's cTHB up (from the settlement operator key, when the manifest has
	// it) when its balance falls below this many THB.
	TopUpBelow int64        `mapstructure:"top_up_below_thb"`
	TxMgr      txmgr.Config `mapstructure:"txmgr"`
}

// DefaultConfig trades with every demo user of build/devnet/deployment.json.
func DefaultConfig() Config {
	tx := txmgr.DefaultConfig()
	tx.Confirmations = 1
	return Config{
		ManifestPath: manifest.DefaultPath,
		Seed:         1,
		PollInterval: 2 * time.Second,
		TopUpBelow:   50,
		TxMgr:        tx,
	}
}

// Check rejects unusable settings.
func (c Config) Check() error {
	if c.ManifestPath == "" {
		return ErrNoManifest
	}
	if c.PollInterval <= 0 {
		return ErrBadPoll
	}
	return c.TxMgr.Check()
}

type trader struct {
	name     string
	addr     common.Address
	prosumer bool
	strategy Strategy
	mgr      *txmgr.Manager
	rng      *rand.Rand
}

// Sim places the orders of every simulated trader, once per epoch.
type Sim struct {
	cfg      Config
	log      *zap.Logger
	m        *manifest.Manifest
	client   *txmgr.MultiClient
	trading  *trading.Trading
	tradingC *bind.BoundContract
	grid     *gridtoken.GridToken
	gridC    *bind.BoundContract
	thb      *settlementtoken.SettlementToken
	thbC     *bind.BoundContract
	traders  []*trader
	operator *txmgr.Manager
	// epochLength is the market's epoch.
	epochLength time.Duration

	stop    chan struct{}
	done    chan struct{}
	stopped sync.Once
	looping atomic.Bool // the loop runs (and will close done)
}

// New loads the manifest, dials the nodes and prepares one transaction manager per trader.
func New(ctx context.Context, cfg Config, log *zap.Logger) (*Sim, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	m, err := manifest.Load(cfg.ManifestPath)
	if err != nil {
		return nil, err
	}
	s := &Sim{cfg: cfg, log: log, m: m, stop: make(chan struct{}), done: make(chan struct{})}
	if err := s.initContracts(ctx); err != nil {
		return nil, err
	}
	if err := s.initTraders(ctx); err != nil {
		s.client.Close()
		return nil, err
	}
	return s, nil
}

func (s *Sim) initContracts(ctx context.Context) error {
	client, err := txmgr.DialMulti(ctx, s.m.RPCURLs(), 10*time.Second, s.log)
	if err != nil {
		return fmt.Errorf("dial nodes: %w", err)
	}
	s.client = client
	addrs := map[string]common.Address{}
	for _, name := range []string{manifest.Trading, manifest.GridToken, manifest.SettlementToken, manifest.Registry} {
		a, err := s.m.Contract(name)
		if err != nil {
			client.Close()
			return err
		}
		addrs[name] = a
	}
	backend := client.Clients()[0]
	s.trading = trading.NewTrading()
	s.tradingC = s.trading.Instance(backend, addrs[manifest.Trading])
	s.grid = gridtoken.NewGridToken()
	s.gridC = s.grid.Instance(backend, addrs[manifest.GridToken])
	s.thb = settlementtoken.NewSettlementToken()
	s.thbC = s.thb.Instance(backend, addrs[manifest.SettlementToken])
	length, err := bind.Call(s.tradingC, &bind.CallOpts{Context: ctx}, s.trading.PackEpochLength(), s.trading.UnpackEpochLength)
	if err != nil {
		client.Close()
		return fmt.Errorf("read epoch length: %w", err)
	}
	s.epochLength = time.Duration(length.Int64()) * time.Second
	return nil
}

func (s *Sim) newManager(key *ecdsa.PrivateKey, name string) (*txmgr.Manager, error) {
	dec, err := txmgr.NewErrorDecoder(&trading.TradingMetaData, &gridtoken.GridTokenMetaData, &settlementtoken.SettlementTokenMetaData)
	if err != nil {
		return nil, err
	}
	return txmgr.New(s.cfg.TxMgr, s.client, txmgr.NewMemoryStore(), txmgr.NewKeySigner(key), s.log.With(zap.String("trader", name)), txmgr.WithErrorDecoder(dec))
}

func (s *Sim) initTraders(ctx context.Context) error {
	if len(s.m.Demo) == 0 {
		return ErrNoTraders
	}
	regAddr, _ := s.m.Contract(manifest.Registry)
	reg := registry.NewRegistry()
	regC := reg.Instance(s.client.Clients()[0], regAddr)
	for i, acct := range s.m.Demo {
		if s.cfg.MaxTraders > 0 && i >= s.cfg.MaxTraders {
			break
		}
		key, err := loadKey(acct.KeyFile)
		if err != nil {
			return fmt.Errorf("trader %s: %w", acct.Name, err)
		}
		user, err := bind.Call(regC, &bind.CallOpts{Context: ctx}, reg.PackGetUser(acct.Address), reg.UnpackGetUser)
		if err != nil {
			return fmt.Errorf("trader %s: read registry: %w", acct.Name, err)
		}
		mgr, err := s.newManager(key, acct.Name)
		if err != nil {
			return err
		}
		s.traders = append(s.traders, &trader{
			name:     acct.Name,
			addr:     acct.Address,
			prosumer: user.UserType == userTypeProsumer,
			strategy: Strategy(i % int(strategyCount)),
			mgr:      mgr,
			rng:      rand.New(rand.NewPCG(s.cfg.Seed, uint64(i))),
		})
	}
	if op, ok := s.m.Accounts["settlementOperator"]; ok && op.KeyFile != "" {
		key, err := loadKey(op.KeyFile)
		if err == nil {
			s.operator, err = s.newManager(key, "settlementOperator")
		}
		if err != nil {
			return fmt.Errorf("settlement operator: %w", err)
		}
	}
	return nil
}

func loadKey(path string) (*ecdsa.PrivateKey, error) {
	if path == "" {
		return nil, errors.New("no key file in the manifest")
	}
	return crypto.LoadECDSA(path)
}

// Start starts every trader's transaction manager, approves Trading once, and begins trading.
func (s *Sim) Start(ctx context.Context) error {
	started := []*txmgr.Manager{}
	managers := s.managers()
	for _, mgr := range managers {
		if err := mgr.Start(ctx); err != nil {
			for _, m := range started {
				_ = m.Stop(ctx)
			}
			s.client.Close()
			return err
		}
		started = append(started, mgr)
	}
	if err := s.approveAll(ctx); err != nil {
		_ = s.stopManagers(ctx)
		return err
	}
	s.looping.Store(true)
	go s.loop()
	return nil
}

func (s *Sim) managers() []*txmgr.Manager {
	out := make([]*txmgr.Manager, 0, len(s.traders)+1)
	for _, t := range s.traders {
		out = append(out, t.mgr)
	}
	if s.operator != nil {
		out = append(out, s.operator)
	}
	return out
}

// Stop ends trading and the transaction managers. Safe to call twice, and after a failed Start.
func (s *Sim) Stop(ctx context.Context) error {
	var err error
	s.stopped.Do(func() {
		close(s.stop)
		if s.looping.Load() {
			<-s.done
		}
		err = s.stopManagers(ctx)
		s.client.Close()
	})
	return err
}

// Stopped reports whether Stop has run.
func (s *Sim) Stopped() bool {
	select {
	case <-s.stop:
		return true
	default:
		return false
	}
}

func (s *Sim) stopManagers(ctx context.Context) error {
	var errs []error
	for _, m := range s.managers() {
		errs = append(errs, m.Stop(ctx))
	}
	return errors.Join(errs...)
}

var maxAllowance = new(big.Int).Lsh(big.NewInt(1), 255)

func (s *Sim) approveAll(ctx context.Context) error {
	tradingAddr, _ := s.m.Contract(manifest.Trading)
	gridAddr, _ := s.m.Contract(manifest.GridToken)
	thbAddr, _ := s.m.Contract(manifest.SettlementToken)
	opts := &bind.CallOpts{Context: ctx}
	var wg sync.WaitGroup
	errs := make([]error, len(s.traders))
	for i, t := range s.traders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, tok := range []struct {
				addr common.Address
				c    *bind.BoundContract
			}{{gridAddr, s.gridC}, {thbAddr, s.thbC}} {
				allowance, err := bind.Call(tok.c, opts, s.grid.PackAllowance(t.addr, tradingAddr), s.grid.UnpackAllowance)
				if err != nil {
					errs[i] = err
					return
				}
				if allowance.Cmp(new(big.Int).Rsh(maxAllowance, 1)) > 0 {
					continue
				}
				to := tok.addr
				if _, err := t.mgr.Send(ctx, txmgr.Candidate{To: &to, Data: s.grid.PackApprove(tradingAddr, maxAllowance), Label: "approve"}); err != nil {
					errs[i] = fmt.Errorf("%s approve: %w", t.name, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func (s *Sim) loop() {
	defer close(s.done)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		<-s.stop
		cancel()
	}()
	ticker := time.NewTicker(s.cfg.PollInterval)
	defer ticker.Stop()
	lastEpoch := int64(-1)
	var waiting []*trader // prosumers of lastEpoch waiting for GRID to offer
	for {
		epoch, end, err := s.currentEpoch(ctx)
		left := time.Until(end)
		switch {
		case err != nil:
			if ctx.Err() == nil {
				s.log.Warn("read current epoch", zap.Error(err))
			}
		case left <= 2*s.cfg.PollInterval:
		case int64(epoch) != lastEpoch:
			lastEpoch = int64(epoch)
			waiting = s.tradeEpoch(ctx, epoch, s.traders, s.mayWait(left))
		case len(waiting) > 0:
			waiting = s.tradeEpoch(ctx, epoch, waiting, s.mayWait(left))
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

func (s *Sim) currentEpoch(ctx context.Context) (uint64, time.Time, error) {
	out, err := bind.Call(s.tradingC, &bind.CallOpts{Context: ctx}, s.trading.PackCurrentEpoch(), s.trading.UnpackCurrentEpoch)
	if err != nil {
		return 0, time.Time{}, err
	}
	return out.Epoch.Uint64(), time.Unix(out.EndTime.Int64(), 0), nil
}

// mayWait tells whether a prosumer with nothing to offer yet may wait for its rooftop's export to
// be minted, with left of the epoch to go: during the first half of the epoch. Readings are minted
// all through an epoch (a campus morning's first GRID arrives at any moment of one), and an offer
// made as soon as it is there trades in this epoch rather than the next.
func (s *Sim) mayWait(left time.Duration) bool {
	return left > s.epochLength/2
}

// tradeEpoch has each of traders place one order for the epoch; a prosumer with no GRID to offer
// waits while wait holds and buys a little otherwise. It returns the traders still waiting.
func (s *Sim) tradeEpoch(ctx context.Context, epoch uint64, traders []*trader, wait bool) []*trader {
	opts := &bind.CallOpts{Context: ctx}
	rules, err := bind.Call(s.tradingC, opts, s.trading.PackMarketRules(new(big.Int).SetUint64(epoch)), s.trading.UnpackMarketRules)
	if err != nil {
		s.log.Warn("read market rules", zap.Uint64("epoch", epoch), zap.Error(err))
		return nil
	}
	last, err := bind.Call(s.tradingC, opts, s.trading.PackLastTradedPrice(), s.trading.UnpackLastTradedPrice)
	if err != nil {
		s.log.Warn("read last price", zap.Error(err))
		return nil
	}
	g := Grid{Floor: rules.PriceFloor, Ceiling: rules.PriceCeiling, Tick: rules.PriceTick, Quantum: rules.AmountQuantum, MinAmount: rules.MinOrderAmount}
	var wg sync.WaitGroup
	var mu sync.Mutex
	placed, skipped := 0, 0
	var waiting []*trader
	for _, t := range traders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok, waits, err := s.tradeOne(ctx, t, g, last, epoch, wait)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err != nil:
				skipped++
				if ctx.Err() == nil {
					s.log.Warn("order not placed", zap.String("trader", t.name), zap.Uint64("epoch", epoch), zap.Error(err))
				}
			case ok:
				placed++
			case waits:
				waiting = append(waiting, t)
			default:
				skipped++
			}
		}()
	}
	wg.Wait()
	if placed > 0 || len(traders) == len(s.traders) {
		s.log.Info("traders placed orders", zap.Uint64("epoch", epoch), zap.Int("orders", placed), zap.Int("idle", skipped),
			zap.Int("waitingForGRID", len(waiting)))
	}
	return waiting
}

// tradeOne places t's order for the epoch. It returns whether an order was placed, and whether
// t, a prosumer with no GRID to offer yet, waits (only when wait holds).
func (s *Sim) tradeOne(ctx context.Context, t *trader, g Grid, last *big.Int, epoch uint64, wait bool) (placed, waits bool, err error) {
	opts := &bind.CallOpts{Context: ctx}
	tradingAddr, _ := s.m.Contract(manifest.Trading)
	var order *Order
	if t.prosumer {
		bal, err := bind.Call(s.gridC, opts, s.grid.PackBalanceOf(t.addr), s.grid.UnpackBalanceOf)
		if err != nil {
			return false, false, err
		}
		order = SellOrder(t.rng, t.strategy, g, bal, last)
		if order == nil && wait {
			return false, true, nil
		}
	}
	if order == nil {
		funds, err := s.funds(ctx, t)
		if err != nil {
			return false, false, err
		}
		// A building needs 0.2 to 1.5 kWh in the epoch; a prosumer without surplus buys a little.
		need := mulFloat(big.NewInt(kwh), 0.2+1.3*t.rng.Float64())
		order = BuyOrder(t.rng, t.strategy, g, need, funds, last)
	}
	if order == nil {
		return false, false, nil
	}
	data := s.trading.PackCreateBuyOrder(order.Amount, order.LimitPrice)
	label := "createBuyOrder"
	if order.Sell {
		data = s.trading.PackCreateSellOrder(order.Amount, order.LimitPrice)
		label = "createSellOrder"
	}
	if _, err := t.mgr.Queue(ctx, txmgr.Candidate{To: &tradingAddr, Data: data, Label: label, Key: fmt.Sprintf("order-%d-%s", epoch, t.name)}); err != nil {
		return false, false, err
	}
	return true, false, nil
}

// funds returns the trader's cTHB, topping it up first when it runs low and the operator key is known.
func (s *Sim) funds(ctx context.Context, t *trader) (*big.Int, error) {
	opts := &bind.CallOpts{Context: ctx}
	bal, err := bind.Call(s.thbC, opts, s.thb.PackBalanceOf(t.addr), s.thb.UnpackBalanceOf)
	if err != nil || s.operator == nil {
		return bal, err
	}
	if bal.Cmp(new(big.Int).Mul(big.NewInt(s.cfg.TopUpBelow), big.NewInt(kwh))) >= 0 {
		return bal, nil
	}
	thbAddr, _ := s.m.Contract(manifest.SettlementToken)
	amount := new(big.Int).Mul(big.NewInt(500), big.NewInt(kwh))
	ref := crypto.Keccak256Hash([]byte(fmt.Sprintf("tradersim top-up %s %d", t.name, time.Now().UnixNano())))
	if _, err := s.operator.Send(ctx, txmgr.Candidate{To: &thbAddr, Data: s.thb.PackTopUp(t.addr, amount, ref), Label: "topUp"}); err != nil {
		return nil, fmt.Errorf("top up %s: %w", t.name, err)
	}
	return new(big.Int).Add(bal, amount), nil
}
