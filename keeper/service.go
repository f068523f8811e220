// Package keeper is the market maker's automation daemon: on every new head and at every epoch
// end it eth_calls checkUpkeep (from the zero address, as Chainlink Automation nodes do) on each
// configured upkeep (Trading, OracleClient), and when work is due and it is this keeper's turn,
// it simulates performUpkeep from its key and sends it through the transaction manager, again
// and again until no work is left. Several keepers (one per authority) take turns; see Turns.
package keeper

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/chain/manifest"
	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/txmgr"
)

var (
	ErrAlreadyStarted = errors.New("keeper: already started")
	ErrNotStarted     = errors.New("keeper: not started")
)

// Service is a running keeper.
type Service struct {
	cfg Config
	log *zap.Logger

	// Set by the init steps.
	manifest *manifest.Manifest
	key      *ecdsa.PrivateKey
	client   *failoverChain
	pool     *pgxpool.Pool
	store    Store
	txm      *txmgr.Manager
	registry *prometheus.Registry
	metrics  Metrics
	heads    *headSource
	driver   *driver
	httpSrv  *http.Server
	httpLn   net.Listener

	// Options.
	txStore   func(*pgxpool.Pool) (txmgr.Store, error)
	clock     Clock
	afterSend func()

	mu      sync.Mutex
	started bool
	stopped bool
	cancel  context.CancelFunc
	// done is closed when the driver has returned; bg counts the other goroutines Start began
	// (head source, HTTP server).
	done   chan struct{}
	bg     sync.WaitGroup
	failed chan error // see Done
}

// Option adjusts a Service.
type Option func(*Service)

// WithTxStore replaces the transaction manager's store (made from the pool, nil with no_db).
func WithTxStore(f func(*pgxpool.Pool) (txmgr.Store, error)) Option {
	return func(s *Service) { s.txStore = f }
}

// WithAfterSend runs f right after every perform is sent and recorded (test hooks).
func WithAfterSend(f func()) Option { return func(s *Service) { s.afterSend = f } }

// WithClock replaces the wall clock of the epoch timer.
func WithClock(c Clock) Option { return func(s *Service) { s.clock = c } }

// New checks cfg (after filling it from the manifest) and builds a service; Start runs it.
func New(cfg Config, log *zap.Logger, opts ...Option) (*Service, error) {
	s := &Service{cfg: cfg, log: log, clock: systemClock{}, done: make(chan struct{}), failed: make(chan error, 1)}
	for _, o := range opts {
		o(s)
	}
	if err := s.initConfig(); err != nil {
		return nil, err
	}
	return s, nil
}

// Config is the resolved configuration.
func (s *Service) Config() Config { return s.cfg }

func (s *Service) initConfig() error {
	if s.cfg.Manifest != "" {
		m, err := manifest.Load(s.cfg.Manifest)
		if err != nil && (len(s.cfg.RPCURLs) == 0 || len(s.cfg.Upkeeps) == 0 || (s.cfg.KeyFile == "" && s.cfg.Authority != "")) {
			return err
		}
		if err == nil {
			s.manifest = m
		}
	}
	if err := s.cfg.Resolve(s.manifest); err != nil {
		return err
	}
	if s.cfg.KeyFile != "" {
		key, err := loadKey(s.cfg.KeyFile)
		if err != nil {
			return err
		}
		s.key = key
		if s.cfg.ID == "" {
			s.cfg.ID = "keeper-" + strings.ToLower(crypto.PubkeyToAddress(key.PublicKey).Hex())
		}
	}
	if err := s.cfg.Check(); err != nil {
		return fmt.Errorf("keeper config: %w", err)
	}
	s.log = s.log.With(zap.String("keeper", s.cfg.ID), zap.Int("index", s.cfg.Index), zap.Int("count", s.cfg.Count))
	return nil
}

func loadKey(path string) (*ecdsa.PrivateKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read key: %w", err)
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"))
	if err != nil {
		return nil, fmt.Errorf("key %s: %w", path, err)
	}
	return key, nil
}

// Start connects, recovers and starts the driver. A failed start releases what it took.
func (s *Service) Start(ctx context.Context) (err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.started {
		return ErrAlreadyStarted
	}
	defer func() {
		if err != nil {
			s.cleanup(context.WithoutCancel(ctx))
		}
	}()
	for _, step := range []func(context.Context) error{
		s.initMetrics, s.initRPC, s.initDB, s.initTxMgr, s.initDriver, s.initHTTP,
	} {
		if err := step(ctx); err != nil {
			return err
		}
	}
	runCtx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.started = true
	s.bg.Add(1)
	go func() {
		defer s.bg.Done()
		s.heads.run(runCtx)
	}()
	go func() {
		defer close(s.done)
		s.driver.run(runCtx, s.heads.Heads())
	}()
	go s.watchKey(runCtx)
	s.log.Info("keeper started", zap.Stringer("from", s.txm.From()), zap.Int("upkeeps", len(s.driver.runners)),
		zap.String("http", s.httpLn.Addr().String()))
	return nil
}

func (s *Service) initMetrics(context.Context) error {
	s.registry = prometheus.NewRegistry()
	s.registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	s.metrics = NewPrometheusMetrics(s.registry, "gridchain")
	return nil
}

func (s *Service) initRPC(ctx context.Context) error {
	c, err := txmgr.DialMulti(ctx, s.cfg.RPCURLs, s.cfg.TxMgr.NetworkTimeout, s.log.Named("rpc"))
	if err != nil {
		return fmt.Errorf("keeper rpc: %w", err)
	}
	s.client = &failoverChain{MultiClient: c, timeout: s.cfg.TxMgr.NetworkTimeout}
	return nil
}

func (s *Service) initDB(ctx context.Context) error {
	if s.cfg.NoDB {
		s.store = &MemoryStore{}
		return nil
	}
	pool, err := db.Open(ctx, s.cfg.DB, s.log.Named("db"), txmgr.Migrations, Migrations)
	if err != nil {
		return fmt.Errorf("keeper db: %w", err)
	}
	s.pool = pool
	s.store = NewPGStore(pool)
	return nil
}

func (s *Service) initTxMgr(ctx context.Context) error {
	// With a database the transaction manager records every transaction there before sending it
	// (crash safety); without one (no_db) it keeps them in memory.
	var store txmgr.Store = txmgr.NewMemoryStore()
	if s.pool != nil {
		store = txmgr.NewPGStore(s.pool, txmgr.WithLockLog(s.log.Named("txmgr")))
	}
	if s.txStore != nil {
		st, err := s.txStore(s.pool)
		if err != nil {
			return fmt.Errorf("keeper txmgr store: %w", err)
		}
		store = st
	}
	m, err := txmgr.New(s.cfg.TxMgr, s.client.MultiClient, store, txmgr.NewKeySigner(s.key), s.log.Named("txmgr"),
		txmgr.WithMetrics(txmgr.NewPrometheusMetrics(s.registry, "gridchain")), txmgr.WithErrorDecoder(errorDecoder()))
	if err != nil {
		return fmt.Errorf("keeper txmgr: %w", err)
	}
	if err := m.Start(ctx); err != nil {
		return fmt.Errorf("keeper txmgr: %w", err)
	}
	s.txm = m
	return nil
}

func (s *Service) initDriver(context.Context) error {
	afterSend := s.afterSend
	d := &driver{
		keeperID: s.cfg.ID, turns: Turns{Index: s.cfg.Index, Count: s.cfg.Count, GraceBlocks: s.cfg.GraceBlocks},
		chain: s.client, checker: newChecker(s.client, s.txm.Decoder()), sender: txSender{m: s.txm}, store: s.store,
		metrics: s.metrics, clock: s.clock, log: s.log.Named("driver"), afterSend: afterSend, maxSteps: s.cfg.MaxSteps,
		blockPeriod: uint64(s.cfg.BlockPeriod / time.Second),
	}
	for _, uc := range s.cfg.Upkeeps {
		spec := UpkeepSpec{Upkeep: uc.Upkeep(), ClearAction: uc.ClearAction}
		if uc.EpochClock {
			spec.Schedule = s.scheduleFor(uc)
		}
		d.addUpkeep(spec)
	}
	s.driver = d
	s.heads = newHeadSource(s.client, s.cfg.WSURLs, s.cfg.PollInterval, s.log.Named("heads"))
	return nil
}

func (s *Service) initHTTP(context.Context) error {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		if s.Stopped() {
			http.Error(w, "stopped", http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, _ *http.Request) {
		if err := s.Ready(); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
	ln, err := net.Listen("tcp", s.cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("keeper http: %w", err)
	}
	s.httpLn = ln
	s.httpSrv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	s.bg.Add(1)
	go func() {
		defer s.bg.Done()
		if err := s.httpSrv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("http server", zap.Error(err))
		}
	}()
	return nil
}

var (
	ErrNoCheckYet = errors.New("keeper: no successful checkUpkeep yet")
	ErrCheckStale = errors.New("keeper: no successful checkUpkeep recently (nodes unreachable?)")
)

// Ready reports whether the keeper is doing its job: started, not stopped, and a checkUpkeep
// answered recently.
func (s *Service) Ready() error {
	s.mu.Lock()
	started, stopped := s.started, s.stopped
	s.mu.Unlock()
	if !started {
		return ErrNotStarted
	}
	if stopped {
		return txmgr.ErrStopped
	}
	last := s.driver.LastCheck()
	if last.IsZero() {
		return ErrNoCheckYet
	}
	if age := s.clock.Now().Sub(last); age > 10*s.cfg.PollInterval+30*time.Second {
		return fmt.Errorf("%w: last %s ago", ErrCheckStale, age.Round(time.Second))
	}
	return nil
}

// HTTPAddr is where /metrics, /healthz and /readyz are served (known after Start).
func (s *Service) HTTPAddr() string {
	if s.httpLn == nil {
		return ""
	}
	return s.httpLn.Addr().String()
}

// Stop ends the driver (a perform in flight stays recorded and is resumed by the next run),
// stops the transaction manager, closes connections and waits for every goroutine Start began.
// When ctx ends first it still releases everything and reports what it could not wait for.
// Stopping twice is safe.
func (s *Service) Stop(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped || !s.started {
		s.stopped = true
		return nil
	}
	s.stopped = true
	s.cancel()
	var errs []error
	select {
	case <-s.done:
	case <-ctx.Done():
		errs = append(errs, fmt.Errorf("keeper stop: driver still running: %w", ctx.Err()))
	}
	cctx := ctx
	if ctx.Err() != nil {
		// Out of time, but the key, the listener and the connections are released regardless.
		var cancel context.CancelFunc
		cctx, cancel = context.WithTimeout(context.WithoutCancel(ctx), cleanupTimeout)
		defer cancel()
	}
	errs = append(errs, s.cleanup(cctx))
	bgDone := make(chan struct{})
	go func() {
		s.bg.Wait()
		close(bgDone)
	}()
	select {
	case <-bgDone:
	case <-cctx.Done():
		errs = append(errs, fmt.Errorf("keeper stop: head source or http server still running: %w", cctx.Err()))
	}
	return errors.Join(errs...)
}

// cleanupTimeout bounds the release of resources when Stop's own context has run out.
const cleanupTimeout = 5 * time.Second

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stopped
}

func (s *Service) cleanup(ctx context.Context) error {
	var errs []error
	if s.httpSrv != nil {
		errs = append(errs, s.httpSrv.Shutdown(ctx))
	} else if s.httpLn != nil {
		errs = append(errs, s.httpLn.Close())
	}
	if s.txm != nil {
		errs = append(errs, s.txm.Stop(ctx))
	}
	if s.pool != nil {
		s.pool.Close()
	}
	if s.client != nil {
		s.client.Close()
	}
	return errors.Join(errs...)
}
