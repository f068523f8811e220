// Package oracle is the oracle relayer: it follows meterbridge's stream of signed meter readings
// and OracleClient's energy data requests, and brings the readings on-chain through the
// transaction manager. Its cursor and every submission live in PostgreSQL, written before
// anything is sent, so a crash, a restart or a reorg loses nothing and sends nothing twice; a
// submission counts as final only at the confirmation depth. See docs/relayer.md.
package oracle

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/txmgr"
)

var (
	ErrAlreadyStarted = errors.New("oracle relayer already started")
	ErrChainMismatch  = errors.New("node chain id differs from chain_id")
	ErrNameInUse      = errors.New("another relayer process runs with this name on this database")
)

// Option adjusts a Service.
type Option func(*Service)

// WithHooks runs h at the driver's crash points (tests: a test binary makes the process exit
// there; production has none).
func WithHooks(h Hooks) Option { return func(s *Service) { s.hooks = h } }

// Service is a running relayer.
type Service struct {
	cfg     Config
	log     *zap.Logger
	metrics *PromMetrics
	hooks   Hooks

	pool     *pgxpool.Pool
	nameLock *db.WriterLock
	rpcs     []*rpc.Client
	multi    *txmgr.MultiClient
	key      *ecdsa.PrivateKey
	txm      *txmgr.Manager
	store    *PGStore
	bridge   *BridgeClient
	driver   *Driver
	server   *http.Server
	listener net.Listener

	started  atomic.Bool
	stopped  atomic.Bool
	stopOnce sync.Once
	stopErr  error
	cancel   context.CancelFunc
	loopDone chan struct{}
	failed   chan error   // a lock lost for good: the process must stop
	lastOK   atomic.Int64 // unix nanos of the last tick without error
	lastErr  atomic.Value // string
}

// New checks the configuration.
func New(cfg Config, log *zap.Logger, opts ...Option) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("oracle config: %w", err)
	}
	cfg.TxMgr.Confirmations = cfg.Confirmations
	s := &Service{cfg: cfg, log: log.With(zap.String("relayer", cfg.Name)), failed: make(chan error, 1)}
	for _, o := range opts {
		o(s)
	}
	return s, nil
}

// Addr is the address the health and metrics server listens on (after Start).
func (s *Service) Addr() string {
	if s.listener == nil {
		return ""
	}
	return s.listener.Addr().String()
}

// Start runs the init steps, starts the transaction manager (which claims the key and re-sends
// what it had in flight), settles submissions a previous run left open, then starts the driver
// loop and the HTTP server. A failed start undoes what it began.
func (s *Service) Start(ctx context.Context) (err error) {
	if !s.started.CompareAndSwap(false, true) {
		return ErrAlreadyStarted
	}
	defer func() {
		if err != nil {
			s.cleanup(context.Background())
		}
	}()
	s.metrics = NewPromMetrics()
	for _, step := range []struct {
		name string
		f    func(context.Context) error
	}{
		{"database", s.initDB}, {"chain", s.initChain}, {"key", s.initKey}, {"txmgr", s.initTxMgr},
		{"bridge", s.initBridge}, {"driver", s.initDriver}, {"http", s.initHTTP},
	} {
		if err := step.f(ctx); err != nil {
			return fmt.Errorf("oracle start: %s: %w", step.name, err)
		}
	}
	if err := s.driver.Recover(ctx); err != nil {
		return fmt.Errorf("oracle start: recover submissions: %w", err)
	}
	runCtx, cancel := context.WithCancel(context.Background())
	s.cancel, s.loopDone = cancel, make(chan struct{})
	go s.loop(runCtx)
	go s.watchLocks(runCtx)
	go func() {
		if err := s.server.Serve(s.listener); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("http server", zap.Error(err))
		}
	}()
	s.log.Info("oracle relayer started", zap.Stringer("operator", s.txm.From()), zap.String("listen", s.Addr()),
		zap.Stringer("oracle_client", s.cfg.OracleClient), zap.String("bridge", s.cfg.Bridge.URL),
		zap.Int("batch_size", s.cfg.BatchSize), zap.Uint64("confirmations", s.cfg.Confirmations))
	return nil
}

func (s *Service) initDB(ctx context.Context) error {
	pool, err := db.Open(ctx, s.cfg.DB, s.log, txmgr.Migrations, Migrations)
	if err != nil {
		return err
	}
	s.pool = pool
	// The relayer's rows are its own only while one process works on them: a second process
	// with the same name would take the first one's unsent submissions for crash leftovers. The
	// lock is held for the relayer's whole life, across database restarts (db.WriterLock).
	lock, err := db.AcquireWriterLock(ctx, pool, "oracle relayer "+s.cfg.Name, s.log)
	if errors.Is(err, db.ErrLockHeld) {
		return fmt.Errorf("%w: %q: %w", ErrNameInUse, s.cfg.Name, err)
	}
	if err != nil {
		return err
	}
	s.nameLock = lock
	s.store = NewPGStore(pool, s.cfg.Name)
	return nil
}

// watchLocks ends the relayer when its name or its key is lost for good to another process.
func (s *Service) watchLocks(ctx context.Context) {
	name, txm := s.nameLock, s.txm
	var err error
	select {
	case <-ctx.Done():
		return
	case <-name.Lost():
		err = fmt.Errorf("%w: %w", ErrNameInUse, name.Err())
	case <-txm.Lost():
		err = fmt.Errorf("transaction manager: %w", txm.Err())
	}
	s.cancel() // no further pass: the rows and the nonces belong to the other process now
	s.failed <- err
}

// Done yields an error when the relayer cannot go on: its name or its key was taken by another
// process while the database connection was down (lifecycle.Ender).
func (s *Service) Done() <-chan error { return s.failed }

// initChain dials every endpoint (HTTP dials lazily) and checks the chain id on the first that
// answers.
func (s *Service) initChain(ctx context.Context) error {
	for _, u := range s.cfg.RPCURLs {
		c, err := rpc.DialContext(ctx, u)
		if err != nil {
			return fmt.Errorf("dial %s: %w", u, err)
		}
		s.rpcs = append(s.rpcs, c)
	}
	var errs []error
	checked := false
	for i, c := range s.rpcs {
		var id string
		cctx, cancel := context.WithTimeout(ctx, s.cfg.TxMgr.NetworkTimeout)
		err := c.CallContext(cctx, &id, "eth_chainId")
		cancel()
		if err != nil {
			errs = append(errs, fmt.Errorf("chain id from %s: %w", s.cfg.RPCURLs[i], err))
			continue
		}
		if got := mustHexUint(id); got != s.cfg.ChainID {
			return fmt.Errorf("%w: %s says %d, configured %d", ErrChainMismatch, s.cfg.RPCURLs[i], got, s.cfg.ChainID)
		}
		checked = true
		break
	}
	if !checked {
		return errors.Join(errs...)
	}
	var err error
	s.multi, err = txmgr.DialMulti(ctx, s.cfg.RPCURLs, s.cfg.TxMgr.NetworkTimeout, s.log)
	return err
}

func mustHexUint(s string) uint64 {
	var v uint64
	_, _ = fmt.Sscanf(strings.TrimPrefix(s, "0x"), "%x", &v)
	return v
}

func (s *Service) initKey(context.Context) error {
	raw, err := os.ReadFile(s.cfg.KeyFile)
	if err != nil {
		return err
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"))
	if err != nil {
		return fmt.Errorf("key_file %s: %w", s.cfg.KeyFile, err)
	}
	s.key = key
	return nil
}

func (s *Service) initTxMgr(ctx context.Context) error {
	store := txmgr.NewPGStore(s.pool, txmgr.WithLockLog(s.log.Named("txmgr")))
	dec, err := txmgr.NewErrorDecoder(&oracleclient.OracleClientMetaData, &registry.RegistryMetaData)
	if err != nil {
		return err
	}
	m, err := txmgr.New(s.cfg.TxMgr, s.multi, store, txmgr.NewKeySigner(s.key), s.log.Named("txmgr"),
		txmgr.WithMetrics(txmgr.NewPrometheusMetrics(s.metrics.Registry, "oracle")), txmgr.WithErrorDecoder(dec))
	if err != nil {
		return err
	}
	if err := m.Start(ctx); err != nil {
		return err
	}
	s.txm = m
	return nil
}

func (s *Service) initBridge(context.Context) error {
	b, err := NewBridgeClient(s.cfg.Bridge)
	if err != nil {
		return err
	}
	s.bridge = b
	return nil
}

func (s *Service) initDriver(context.Context) error {
	c := s.cfg
	dc := DriverConfig{BatchSize: c.BatchSize, FetchLimit: c.Bridge.PageSize, MaxInFlight: c.MaxInFlight,
		Confirmations: c.Confirmations, SubmitDelayBlocks: c.SubmitDelayBlocks, MaxAttempts: c.MaxAttempts,
		StartCursor: c.StartCursor, StartBlock: c.StartBlock, LogRange: c.LogRange, Requests: c.Requests}
	sender := &ManagerSender{M: s.txm, Store: txmgr.NewPGStore(s.pool)}
	chain := NewEthChain(s.rpcs, c.OracleClient, c.Registry)
	chain.Timeout = c.TxMgr.NetworkTimeout
	s.driver = NewDriver(dc, s.log, s.store, s.bridge, chain, sender,
		s.metrics, c.OracleClient, "oracle/"+c.Name+"/", s.hooks)
	return nil
}

func (s *Service) initHTTP(context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return err
	}
	s.listener = ln
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", s.readyz)
	mux.Handle("GET /metrics", s.metrics.Handler())
	s.server = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	return nil
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body) // the client went away: nothing left to tell it
}

// readyz is ready when the database answers and the driver completed a pass recently.
func (s *Service) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	body := map[string]any{"database": "ok", "driver": "ok"}
	status := http.StatusOK
	if err := s.pool.Ping(ctx); err != nil {
		status, body["database"] = http.StatusServiceUnavailable, err.Error()
	}
	stale := max(10*s.cfg.PollInterval, 15*time.Second)
	if last := s.lastOK.Load(); last == 0 || time.Since(time.Unix(0, last)) > stale {
		status = http.StatusServiceUnavailable
		msg := "no successful pass yet"
		if e, ok := s.lastErr.Load().(string); ok && e != "" {
			msg = e
		}
		body["driver"] = msg
	}
	writeJSON(w, status, body)
}

func (s *Service) loop(ctx context.Context) {
	defer close(s.loopDone)
	t := time.NewTicker(s.cfg.PollInterval)
	defer t.Stop()
	failing := false
	for {
		err := s.driver.Tick(ctx)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			s.lastErr.Store(err.Error())
			if !failing {
				s.log.Warn("driver pass failed", zap.Error(err))
			} else {
				s.log.Debug("driver pass failed", zap.Error(err))
			}
			failing = true
		default:
			if failing {
				s.log.Info("driver pass succeeded again")
			}
			failing = false
			s.lastOK.Store(time.Now().UnixNano())
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Stop ends the driver loop (the current pass finishes), stops the transaction manager (open
// transactions stay recorded for the next start) and closes everything. Stopping twice is safe.
func (s *Service) Stop(ctx context.Context) error {
	s.stopOnce.Do(func() {
		s.stopped.Store(true)
		if s.cancel != nil {
			s.cancel()
			select {
			case <-s.loopDone:
			case <-ctx.Done():
				s.stopErr = fmt.Errorf("oracle stop: driver: %w", ctx.Err())
			}
		}
		s.stopErr = errors.Join(s.stopErr, s.cleanup(ctx))
		s.log.Info("oracle relayer stopped")
	})
	return s.stopErr
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }

func (s *Service) cleanup(ctx context.Context) error {
	var errs []error
	if s.server != nil {
		if err := s.server.Shutdown(ctx); err != nil {
			errs = append(errs, fmt.Errorf("http: %w", err))
		}
	} else if s.listener != nil {
		s.listener.Close()
	}
	if s.txm != nil {
		if err := s.txm.Stop(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	if s.multi != nil {
		s.multi.Close()
	}
	for _, c := range s.rpcs {
		c.Close()
	}
	if s.nameLock != nil {
		s.nameLock.Release(ctx)
		s.nameLock = nil
	}
	if s.pool != nil {
		s.pool.Close()
	}
	return errors.Join(errs...)
}
