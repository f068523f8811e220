package meterbridge

import (
	"github.com/campus-grid/gridchain/lifecycle"
)

// NewApp loads the configuration at configPath ("" skips the file; MB_* environment variables
// override it), checks it and builds meterbridge for lifecycle.Main.
func NewApp(configPath string) (*lifecycle.App, error) {
	cfg, err := LoadConfig(configPath)
	if err != nil {
		return nil, err
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	log, err := cfg.Log.NewLogger()
	if err != nil {
		return nil, err
	}
	svc, err := New(cfg, log, nil)
	if err != nil {
		return nil, err
	}
	return &lifecycle.App{Service: svc, Log: log, StopTimeout: cfg.ShutdownTimeout}, nil
}
