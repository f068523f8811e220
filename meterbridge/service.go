// Package meterbridge is the AMI head-end bridge: an HTTP API that takes batches of signed meter
// readings, verifies each signature against the meter's key in the Registry and its counters
// against the meter's previous reading, stores them in PostgreSQL and serves them to relayers.
package meterbridge

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/meterbridge/store"
	"github.com/campus-grid/gridchain/reading"
)

var (
	ErrAlreadyStarted = errors.New("meterbridge already started")
	ErrChainMismatch  = errors.New("node chain id differs from registry.chain_id")
)

// WriterLockName is meterbridge's single-writer lock: it allocates reading ids in memory, so one
// process only may write a database.
const WriterLockName = "meterbridge"

// Service is a running meterbridge.
type Service struct {
	cfg     Config
	log     *zap.Logger
	metrics Metrics

	pool     *pgxpool.Pool
	lock     *db.WriterLock
	failed   chan error // see Done
	store    store.Store
	meters   *MeterTable
	follower *Follower
	eth      *ethclient.Client
	ingester *Ingester
	api      *API
	server   *http.Server
	listener net.Listener
	pprof    *http.Server

	started  atomic.Bool
	stopped  atomic.Bool
	stopOnce sync.Once
	stopErr  error
	cancel   context.CancelFunc
	wg       sync.WaitGroup
}

// New checks the configuration. m may be nil (Prometheus metrics).
func New(cfg Config, log *zap.Logger, m Metrics) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("meterbridge config: %w", err)
	}
	if m == nil {
		m = NewPromMetrics()
	}
	return &Service{cfg: cfg, log: log, metrics: m, failed: make(chan error, 1)}, nil
}

// Start opens the database (waiting for it up to StartupTimeout), applies the migrations, loads
// the meters, and serves HTTP. On failure everything begun is undone.
func (s *Service) Start(ctx context.Context) (err error) {
	if !s.started.CompareAndSwap(false, true) {
		return ErrAlreadyStarted
	}
	runCtx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	defer func() {
		if err != nil {
			s.cleanup()
		}
	}()
	if err := s.initDB(ctx); err != nil {
		return err
	}
	if err := s.initLock(ctx); err != nil {
		return err
	}
	if err := s.initMeters(ctx); err != nil {
		return err
	}
	if err := s.initIngester(ctx); err != nil {
		return err
	}
	if s.cfg.PprofListen != "" {
		if err := s.initPprof(); err != nil {
			return err
		}
	}
	if err := s.initServer(); err != nil { // last: nothing can fail once the listener is open
		return err
	}
	s.goRun(func() { s.resolveLoop(runCtx) })
	s.goRun(func() { s.watchLock(runCtx) })
	if s.follower != nil {
		s.goRun(func() { s.follower.Run(runCtx) })
	}
	s.goRun(func() {
		var err error
		if s.cfg.TLS.Enabled() {
			err = s.server.ServeTLS(s.listener, s.cfg.TLS.CertFile, s.cfg.TLS.KeyFile)
		} else {
			err = s.server.Serve(s.listener)
		}
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("http server stopped", zap.Error(err))
		}
	})
	s.log.Info("meterbridge started", zap.String("addr", s.Addr()), zap.Bool("tls", s.cfg.TLS.Enabled()),
		zap.String("source", s.cfg.Registry.Source), zap.Uint64("chainId", s.cfg.Registry.ChainID),
		zap.Stringer("registry", s.cfg.Registry.Address))
	return nil
}

func (s *Service) goRun(f func()) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		f()
	}()
}

func (s *Service) initDB(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.StartupTimeout)
	defer cancel()
	for attempt := 1; ; attempt++ {
		pool, err := db.Open(ctx, s.cfg.DB, s.log, store.Migrations)
		if err == nil {
			s.pool = pool
			s.store = store.New(pool)
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("open database: %w", err)
		}
		s.log.Warn("database not reachable yet, retrying", zap.Int("attempt", attempt), zap.Error(err))
		select {
		case <-ctx.Done():
			return fmt.Errorf("open database: %w", err)
		case <-time.After(time.Second):
		}
	}
}

// initLock makes this process the only writer of the database for its whole life (ids are
// allocated in memory from the highest stored one): a second meterbridge on the same database
// refuses to start.
func (s *Service) initLock(ctx context.Context) error {
	lock, err := db.AcquireWriterLock(ctx, s.pool, WriterLockName, s.log)
	if err != nil {
		return err
	}
	s.lock = lock
	return nil
}

// watchLock reports through Done when another process took the lock while the database
// connection was down: its readings took ids this process would hand out again.
func (s *Service) watchLock(ctx context.Context) {
	select {
	case <-ctx.Done():
	case <-s.lock.Lost():
		s.failed <- s.lock.Err()
	}
}

// Done yields an error when meterbridge cannot go on: its single-writer lock was lost to another
// process (lifecycle.Ender).
func (s *Service) Done() <-chan error { return s.failed }

func (s *Service) initMeters(ctx context.Context) error {
	s.meters = NewMeterTable()
	r := s.cfg.Registry
	if r.Source == SourceStatic {
		meters := r.Meters
		if r.MetersFile != "" {
			fromFile, err := LoadMetersFile(r.MetersFile)
			if err != nil {
				return err
			}
			meters = append(append([]StaticMeter(nil), meters...), fromFile...)
		}
		for _, m := range meters {
			s.meters.Assign(m.ID, MeterInfo{Signer: m.Signer, Owner: m.Owner})
		}
		s.meters.SetReady(true)
		s.metrics.Meters(s.meters.Len())
		s.log.Info("static meter table loaded", zap.Int("meters", s.meters.Len()))
		return nil
	}
	eth, err := ethclient.DialContext(ctx, r.RPCURL)
	if err != nil {
		return fmt.Errorf("dial %s: %w", r.RPCURL, err)
	}
	s.eth = eth
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	id, err := eth.ChainID(cctx)
	if err != nil {
		return fmt.Errorf("chain id from %s: %w", r.RPCURL, err)
	}
	if !id.IsUint64() || id.Uint64() != r.ChainID {
		return fmt.Errorf("%w: node %s, configured %d", ErrChainMismatch, id, r.ChainID)
	}
	s.follower = NewFollower(s.log.Named("registry"), eth, r, s.meters, s.metrics)
	return nil
}

func (s *Service) initIngester(ctx context.Context) error {
	maxID, err := s.store.MaxID(ctx)
	if err != nil {
		return err
	}
	domain := reading.NewDomain(s.cfg.Registry.ChainID, s.cfg.Registry.Address)
	s.ingester = NewIngester(s.cfg.Ingest, domain, s.meters, s.store, nil, maxID)
	s.metrics.Horizon(maxID)
	s.api = NewAPI(s.log.Named("api"), s.cfg.Ingest, s.ingester, s.store, s.meters, s.metrics, s.cfg.HeadEnds, s.cfg.ReadTokens)
	return nil
}

func (s *Service) initServer() error {
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("listen %s: %w", s.cfg.Listen, err)
	}
	s.listener = ln
	s.server = &http.Server{
		Handler:           s.api.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          zap.NewStdLog(s.log.Named("http")),
	}
	return nil
}

func (s *Service) initPprof() error {
	ln, err := net.Listen("tcp", s.cfg.PprofListen)
	if err != nil {
		return fmt.Errorf("pprof listen %s: %w", s.cfg.PprofListen, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	s.pprof = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	s.goRun(func() { _ = s.pprof.Serve(ln) }) // returns ErrServerClosed at Stop
	return nil
}

// resolveLoop settles batches whose commit outcome was unknown once the database answers.
func (s *Service) resolveLoop(ctx context.Context) {
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if !s.ingester.ids.hasDoubt() {
			continue
		}
		if err := s.ingester.ResolveInDoubt(ctx); err == nil {
			s.log.Info("batches in doubt resolved", zap.Int64("horizon", s.ingester.Horizon()))
			s.metrics.Horizon(s.ingester.Horizon())
		}
	}
}

// Addr is the address the HTTP server listens on.
func (s *Service) Addr() string {
	if s.listener == nil {
		return ""
	}
	return s.listener.Addr().String()
}

// Handler exposes the HTTP handler (tests).
func (s *Service) Handler() http.Handler { return s.api.Handler() }

// Stop finishes the requests in flight (their batches commit and get their answer), then stops
// the background work and closes the database. Safe to call twice.
func (s *Service) Stop(ctx context.Context) error {
	s.stopOnce.Do(func() {
		if s.server != nil {
			if err := s.server.Shutdown(ctx); err != nil {
				s.stopErr = fmt.Errorf("http shutdown: %w", err)
			}
		}
		s.cleanup()
		s.stopped.Store(true)
		s.log.Info("meterbridge stopped")
	})
	return s.stopErr
}

func (s *Service) cleanup() {
	if s.cancel != nil {
		s.cancel()
	}
	if s.pprof != nil {
		s.pprof.Close()
	}
	if s.listener != nil && s.server == nil {
		s.listener.Close()
	}
	s.wg.Wait()
	if s.eth != nil {
		s.eth.Close()
	}
	if s.lock != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		s.lock.Release(ctx)
		cancel()
	}
	if s.pool != nil {
		s.pool.Close()
	}
}

// Stopped is true once Stop has completed.
func (s *Service) Stopped() bool { return s.stopped.Load() }
