package keeper

import (
	"context"
	"fmt"
	"time"

	"github.com/campus-grid/gridchain/lifecycle"
)

// StopTimeout bounds the keeper's graceful stop.
const StopTimeout = 30 * time.Second

// NewApp loads the configuration at configPath ("" skips the file; KEEPER_* environment
// variables override it) and builds the keeper for lifecycle.Main.
func NewApp(configPath string, opts ...Option) (*lifecycle.App, error) {
	cfg, err := LoadConfig(configPath)
	if err != nil {
		return nil, err
	}
	log, err := NewLogger(cfg.LogLevel)
	if err != nil {
		return nil, err
	}
	svc, err := New(cfg, log, opts...)
	if err != nil {
		return nil, err
	}
	return &lifecycle.App{Service: svc, Log: log, StopTimeout: StopTimeout}, nil
}

// watchKey reports through Done when the transaction manager lost the key to another process
// (its lock, lost for good across a database restart): the keeper cannot send any more.
func (s *Service) watchKey(ctx context.Context) {
	select {
	case <-ctx.Done():
	case <-s.txm.Lost():
		s.failed <- fmt.Errorf("keeper %s: transaction manager: %w", s.cfg.ID, s.txm.Err())
	}
}

// Done yields an error when the keeper cannot go on (lifecycle.Ender).
func (s *Service) Done() <-chan error { return s.failed }
