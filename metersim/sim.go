package metersim

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/reading"
	"github.com/campus-grid/gridchain/simclock"
)

// Config describes a simulated campus.
type Config struct {
	Seed   string // key derivation seed (the devnet registers the same meters)
	Prefix string // meter name prefix
	From   int    // index of the first meter
	Meters int    // number of meters

	// Interval is the real time between two readings of a meter; each reading carries the energy
	// of the campus time that passes in Interval (a minute standing for 15 minutes: 1m and 15).
	Interval time.Duration
	// Clock is the campus clock the profiles follow (the campus passes its own, simclock). When it
	// is not set, Run starts one: campus time SimStart (zero: the campus morning of simclock.New)
	// at start, running Compression times as fast as real time.
	Clock       simclock.Clock
	Compression float64
	SimStart    time.Time

	ChainID  uint64
	Registry common.Address
	MaxBatch int
}

// Check rejects an unusable configuration.
func (c Config) Check() error {
	if c.Clock != (simclock.Clock{}) {
		if err := c.Clock.Check(); err != nil {
			return fmt.Errorf("metersim: %w", err)
		}
		c.Compression = c.Clock.Compression
	}
	switch {
	case c.Meters < 1:
		return errors.New("metersim: meters must be at least 1")
	case c.Interval <= 0:
		return errors.New("metersim: interval must be positive")
	case c.Compression <= 0:
		return errors.New("metersim: compression must be positive")
	case c.ChainID == 0 || c.Registry == (common.Address{}):
		return errors.New("metersim: chain id and registry address are required (they bind the signatures)")
	case c.MaxBatch < 1:
		return errors.New("metersim: max batch must be at least 1")
	}
	return nil
}

// Sim runs a campus of meters against meterbridge.
type Sim struct {
	cfg    Config
	log    *zap.Logger
	client *Client
	domain *reading.Domain
	meters []*Meter

	mu       sync.Mutex
	posted   int
	accepted int
}

// New builds the meters.
func New(cfg Config, client *Client, log *zap.Logger) (*Sim, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	return &Sim{cfg: cfg, log: log, client: client, domain: reading.NewDomain(cfg.ChainID, cfg.Registry),
		meters: NewMeters(cfg.Seed, cfg.Prefix, cfg.From, cfg.Meters)}, nil
}

// Meters are the simulated meters.
func (s *Sim) Meters() []*Meter { return s.meters }

// Stats returns readings posted and accepted (duplicates included) so far.
func (s *Sim) Stats() (posted, accepted int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.posted, s.accepted
}

// Resume continues every meter from its latest reading in meterbridge, so that a restarted
// simulator goes on with the next sequence number and the same counters.
func (s *Sim) Resume(ctx context.Context) error {
	for _, m := range s.meters {
		r, ok, err := s.client.Latest(ctx, m.ID)
		if err != nil {
			return err
		}
		if ok {
			m.Resume(r)
		}
	}
	return nil
}

// Run produces one reading per meter every Interval until ctx ends (or after ticks rounds
// when ticks > 0); meters that have never posted a reading post their first (the oracle's
// baseline) at once, so that their energy counts from the first interval. Each reading carries the
// energy of the campus time of its interval on the campus clock. A failed post is retried until it
// succeeds; a rejected batch is logged and dropped.
func (s *Sim) Run(ctx context.Context, ticks int) error {
	clock := s.clock(time.Now())
	span := clock.Span(s.cfg.Interval)
	t := time.NewTicker(s.cfg.Interval)
	defer t.Stop()
	for round := 0; ticks <= 0 || round < ticks; round++ {
		if round > 0 || !s.anyNew() {
			select {
			case <-ctx.Done():
				return nil
			case <-t.C:
			}
		}
		now := time.Now()
		simAt := clock.At(now.Add(-s.cfg.Interval))
		end := uint64(now.Unix())
		batch := make([]reading.Reading, 0, len(s.meters))
		for _, m := range s.meters {
			if m.IntervalEnd >= end {
				continue // resumed past now (clock went back): wait for a later tick
			}
			ex, im := m.Profile.Step(simAt, span)
			batch = append(batch, m.Next(end-uint64(s.cfg.Interval/time.Second), end, ex, im))
		}
		signed, err := s.SignAll(batch)
		if err != nil {
			return err
		}
		if err := s.post(ctx, signed); err != nil {
			return err
		}
		posted, accepted := s.Stats()
		s.log.Info("readings posted", zap.Int("round", round+1), zap.Int("readings", len(signed)),
			zap.Int("postedTotal", posted), zap.Int("acceptedTotal", accepted), zap.Time("simulatedTime", simAt))
	}
	return nil
}

// clock is the campus clock the meters follow: the configured one, or one started at now.
func (s *Sim) clock(now time.Time) simclock.Clock {
	if s.cfg.Clock != (simclock.Clock{}) {
		return s.cfg.Clock
	}
	if s.cfg.SimStart.IsZero() {
		return simclock.New(now, s.cfg.Compression)
	}
	return simclock.Starting(now, s.cfg.SimStart, s.cfg.Compression)
}

// anyNew reports whether a meter has never posted a reading.
func (s *Sim) anyNew() bool {
	for _, m := range s.meters {
		if m.Seq == 0 {
			return true
		}
	}
	return false
}

// SignAll signs readings in parallel with their meters' keys.
func (s *Sim) SignAll(batch []reading.Reading) ([]reading.Signed, error) {
	keys := make(map[common.Hash]*Meter, len(s.meters))
	for _, m := range s.meters {
		keys[m.ID] = m
	}
	out := make([]reading.Signed, len(batch))
	errs := make([]error, len(batch))
	parallel(len(batch), func(i int) {
		m := keys[batch[i].MeterID]
		sig, err := s.domain.Sign(&batch[i], m.Key)
		if err != nil {
			errs[i] = err
			return
		}
		out[i] = *sig
	})
	return out, errors.Join(errs...)
}

func (s *Sim) post(ctx context.Context, signed []reading.Signed) error {
	for lo := 0; lo < len(signed); lo += s.cfg.MaxBatch {
		chunk := signed[lo:min(lo+s.cfg.MaxBatch, len(signed))]
		body, err := EncodeBatch(chunk)
		if err != nil {
			return err
		}
		for backoff := 200 * time.Millisecond; ; backoff = min(2*backoff, 10*time.Second) {
			resp, err := s.client.PostBody(ctx, body)
			if err == nil {
				s.mu.Lock()
				s.posted += len(chunk)
				s.accepted += resp.Accepted + resp.Duplicates
				s.mu.Unlock()
				break
			}
			if errors.Is(err, ErrRejected) {
				s.mu.Lock()
				s.posted += len(chunk)
				s.mu.Unlock()
				s.log.Error("batch rejected, dropped", zap.Int("readings", len(chunk)), zap.Error(err))
				break
			}
			s.log.Warn("post failed, retrying", zap.Duration("backoff", backoff), zap.Error(err))
			select {
			case <-ctx.Done():
				return fmt.Errorf("post interrupted: %w", ctx.Err())
			case <-time.After(backoff):
			}
		}
	}
	return nil
}

// parallel runs f(0..n-1) on every CPU.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var wg sync.WaitGroup
	next := make(chan int, n)
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	wg.Wait()
}
