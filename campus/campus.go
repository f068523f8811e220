// Package campus runs the whole campus market on one machine (`make run`): the project-local
// PostgreSQL, the four-signer devnet with the contracts, meterbridge with simulated meters, the
// oracle relayer, one keeper per authority, the trader simulator and the dapp, and prints one
// line per epoch. Ctrl-C stops everything it started; the next run resumes the same chain and data.
package campus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/chain/manifest"
	"github.com/campus-grid/gridchain/metersim"
	"github.com/campus-grid/gridchain/simclock"
	"github.com/campus-grid/gridchain/txmgr"
)

// RelayerName is the name of the campus's oracle relayer (its rows in PostgreSQL carry it).
const RelayerName = "campus-relayer"

// Authorities run one keeper each.
var Authorities = []string{"ERC", "MEA", "PEA", "EGAT"}

// Errors of the campus configuration.
var (
	ErrBadMeters  = errors.New("campus: meters must be between 1 and 990")
	ErrBadUsers   = errors.New("campus: demo users must be between 2 and 99")
	ErrBadEpoch   = errors.New("campus: epoch length must be at least 10 seconds")
	ErrBadKeepers = errors.New("campus: keepers must be between 1 and 4")
	ErrBadClock   = errors.New("campus: compression must be positive")
)

// Config of a campus run. Every field has a default and can be overridden (cmd/campus: flags and
// CAMPUS_* environment variables).
type Config struct {
	Root      string // repository root
	DevnetDir string // keys, chain data, manifest
	RunDir    string // service configs and logs
	BinDir    string // built commands
	PGDSN     string

	Meters       int // simulated smart meters
	DemoUsers    int // campus users (only when the chain is first created)
	EpochSeconds int // market epoch (only when the chain is first created)
	// Compression is campus time per real time (15: a real minute stands for a quarter of an hour).
	Compression float64
	// ClockFile keeps the campus clock (simclock) between runs; empty: campus-clock.json next to the
	// deployment manifest, so that a new chain starts a new campus day in the morning.
	ClockFile string
	// MeterInterval is the real time between two readings of a meter.
	MeterInterval time.Duration
	Keepers       int
	MeterSeed     string
	TraderSeed    uint64

	MeterbridgeAddr string
	RelayerAddr     string
	KeeperBasePort  int
	DappAddr        string
	HeadEndToken    string

	// KeepChainRunning leaves the devnet and PostgreSQL up after Ctrl-C (tests share them).
	KeepChainRunning bool
}

// DefaultConfig is the campus `make run` starts: 240 meters of 40 users, one-minute epochs standing
// for 15 minutes.
func DefaultConfig(root string) Config {
	return Config{
		Root:            root,
		DevnetDir:       filepath.Join(root, "build", "devnet"),
		RunDir:          filepath.Join(root, "build", "run"),
		BinDir:          filepath.Join(root, "build", "bin"),
		PGDSN:           "postgres://gridchain:gridchain@127.0.0.1:55432/gridchain?sslmode=disable",
		Meters:          240,
		DemoUsers:       40,
		EpochSeconds:    60,
		Compression:     15,
		MeterInterval:   time.Minute,
		Keepers:         4,
		MeterSeed:       "campus-grid-devnet",
		TraderSeed:      1,
		MeterbridgeAddr: "127.0.0.1:8480",
		RelayerAddr:     "127.0.0.1:9480",
		KeeperBasePort:  9470,
		DappAddr:        "127.0.0.1:8080",
		HeadEndToken:    "campus-demo-head-end-token",
	}
}

// Check rejects settings the campus cannot run with.
func (c Config) Check() error {
	var errs []error
	if c.Meters < 1 || c.Meters > 990 {
		errs = append(errs, ErrBadMeters)
	}
	if c.DemoUsers < 2 || c.DemoUsers > 99 {
		errs = append(errs, ErrBadUsers)
	}
	if c.EpochSeconds < 10 {
		errs = append(errs, ErrBadEpoch)
	}
	if c.Keepers < 1 || c.Keepers > len(Authorities) {
		errs = append(errs, ErrBadKeepers)
	}
	if c.Compression <= 0 {
		errs = append(errs, ErrBadClock)
	}
	if c.Meters > c.DemoUsers*maxMetersPerUser {
		errs = append(errs, fmt.Errorf("%w (%d meters, %d users)", ErrNotEnoughUsers, c.Meters, c.DemoUsers))
	}
	return errors.Join(errs...)
}

// Campus is one run.
type Campus struct {
	cfg Config
	log *zap.Logger
	out io.Writer
	sup *Supervisor
	m   *manifest.Manifest
	// clock is the run's campus clock; everything the campus prints or starts follows it.
	clock *simclock.File
}

// New prepares a campus run; out receives the progress lines.
func New(cfg Config, log *zap.Logger, out io.Writer) (*Campus, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	return &Campus{cfg: cfg, log: log, out: out, sup: NewSupervisor(log)}, nil
}

func (c *Campus) say(format string, args ...any) {
	fmt.Fprintf(c.out, "campus: "+format+"\n", args...)
}

// Run starts everything, prints epochs until ctx ends, then stops what it started.
func (c *Campus) Run(ctx context.Context) (err error) {
	if err := os.MkdirAll(c.cfg.RunDir, 0o755); err != nil {
		return err
	}
	c.say("starting PostgreSQL (data under build/pg)")
	if err := c.command(ctx, "postgres", filepath.Join(c.cfg.Root, "tools", "pg.sh"), "up"); err != nil {
		return err
	}
	defer func() {
		if !c.cfg.KeepChainRunning {
			err = errors.Join(err, c.command(context.Background(), "postgres", filepath.Join(c.cfg.Root, "tools", "pg.sh"), "down"))
		}
	}()
	c.say("starting the four signers ERC, MEA, PEA, EGAT and deploying the contracts (first run: a minute or two)")
	if err := c.command(ctx, "devnet", c.bin("devnet"), "--dir", c.cfg.DevnetDir,
		"--demo-users", fmt.Sprint(c.cfg.DemoUsers), "--epoch-length", fmt.Sprint(c.cfg.EpochSeconds), "up"); err != nil {
		return err
	}
	defer func() {
		if !c.cfg.KeepChainRunning {
			c.say("stopping the devnet")
			err = errors.Join(err, c.command(context.Background(), "devnet", c.bin("devnet"), "--dir", c.cfg.DevnetDir, "down"))
		}
	}()
	m, err := manifest.Load(filepath.Join(c.cfg.DevnetDir, "deployment.json"))
	if err != nil {
		return err
	}
	c.m = m
	if err := c.startClock(ctx); err != nil {
		return err
	}
	defer func() { c.checkpoint() }()
	go c.keepClock(ctx)
	if err := c.setupMeters(ctx); err != nil {
		return err
	}
	defer func() {
		c.say("stopping the services")
		err = errors.Join(err, c.sup.StopAll(30*time.Second))
	}()
	if err := c.startServices(ctx); err != nil {
		return err
	}
	return c.watch(ctx)
}

func (c *Campus) clockPath() string {
	if c.cfg.ClockFile != "" {
		return c.cfg.ClockFile
	}
	return filepath.Join(c.cfg.DevnetDir, "campus-clock.json")
}

// startClock opens the campus clock: a new chain starts a campus day in the morning, a chain the
// campus ran before continues at the campus time where it stopped.
func (c *Campus) startClock(ctx context.Context) error {
	client, err := ethclient.DialContext(ctx, c.m.RPCURLs()[0]) // Load checked there is one
	if err != nil {
		return err
	}
	defer client.Close()
	// The chain's block of deployment names it: a chain created again has another hash.
	h, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(c.m.DeployBlock))
	if err != nil {
		return fmt.Errorf("read the deployment block: %w", err)
	}
	deployment := fmt.Sprintf("chain %d, deployed in block %d %s", c.m.ChainID, c.m.DeployBlock, h.Hash().Hex())
	f, err := simclock.Open(c.clockPath(), deployment, c.cfg.Compression, time.Now())
	if err != nil {
		return err
	}
	c.clock = f
	at := f.Clock().At(time.Now()).Format("15:04 Mon 2 Jan")
	if f.Resumed() {
		c.say("campus clock: %s in Bangkok, where the last run stopped (a real second stands for %g)", at, c.cfg.Compression)
	} else {
		c.say("campus clock: %s in Bangkok, a new campus day (a real second stands for %g)", at, c.cfg.Compression)
	}
	return nil
}

// keepClock records every few seconds how far the campus clock ran, for the next run to resume.
func (c *Campus) keepClock(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(5 * time.Second):
			c.checkpoint()
		}
	}
}

func (c *Campus) checkpoint() {
	if err := c.clock.Checkpoint(time.Now()); err != nil {
		c.log.Warn("campus clock not recorded", zap.String("file", c.clock.Path()), zap.Error(err))
	}
}

func (c *Campus) bin(name string) string { return filepath.Join(c.cfg.BinDir, name) }

// command runs a one-shot command, its output going to RunDir/<name>.log.
func (c *Campus) command(ctx context.Context, name, path string, args ...string) error {
	logPath := filepath.Join(c.cfg.RunDir, name+".log")
	f, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Dir = c.cfg.Root
	cmd.Stdout, cmd.Stderr = f, f
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %s: %w (see %s)", filepath.Base(path), strings.Join(args, " "), err, logPath)
	}
	return nil
}

func (c *Campus) setupMeters(ctx context.Context) error {
	client, err := txmgr.DialMulti(ctx, c.m.RPCURLs(), 10*time.Second, c.log)
	if err != nil {
		return err
	}
	defer client.Close()
	meters := metersim.NewMeters(c.cfg.MeterSeed, "CAMPUS", 0, c.cfg.Meters)
	prosumers, consumers, err := Users(ctx, c.m, client)
	if err != nil {
		return err
	}
	if fit := FitMeters(meters, prosumers, consumers); fit < len(meters) {
		c.say("this chain's %d campus users (%d prosumers) hold at most %d meters: simulating %d", len(c.m.Demo), len(prosumers), fit, fit)
		meters = meters[:fit]
		c.cfg.Meters = fit
	}
	n, err := AssignMeters(ctx, c.m, client, meters, prosumers, consumers, c.log)
	if err != nil {
		return err
	}
	if n > 0 {
		c.say("assigned %d smart meters to the campus users", n)
	}
	return nil
}

// writeConfig writes a service's YAML configuration under RunDir.
func (c *Campus) writeConfig(name, body string) (string, error) {
	path := filepath.Join(c.cfg.RunDir, name+".yaml")
	return path, os.WriteFile(path, []byte(body), 0o600)
}

func (c *Campus) manifestPath() string { return filepath.Join(c.cfg.DevnetDir, "deployment.json") }

func (c *Campus) logPath(name string) string { return filepath.Join(c.cfg.RunDir, name+".log") }

func (c *Campus) startServices(ctx context.Context) error {
	mbConfig, err := c.writeConfig("meterbridge", fmt.Sprintf(`listen: %s
db: {dsn: %q}
head_ends:
  - {name: campus-ami, token: %q}
registry:
  source: chain
  manifest: %s
log: {level: info, format: json}
`, c.cfg.MeterbridgeAddr, c.cfg.PGDSN, c.cfg.HeadEndToken, c.manifestPath()))
	if err != nil {
		return err
	}
	if err := c.sup.Start(&Proc{Name: "meterbridge", Path: c.bin("meterbridge"), Args: []string{"-config", mbConfig}, LogPath: c.logPath("meterbridge")}); err != nil {
		return err
	}
	wait, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := waitHTTP(wait, "http://"+c.cfg.MeterbridgeAddr+"/readyz"); err != nil {
		return fmt.Errorf("meterbridge did not become ready (see %s): %w", c.logPath("meterbridge"), err)
	}

	simArgs := []string{"run",
		"-url", "http://" + c.cfg.MeterbridgeAddr, "-token", c.cfg.HeadEndToken, "-meters", fmt.Sprint(c.cfg.Meters),
		"-seed", c.cfg.MeterSeed, "-manifest", c.manifestPath(), "-interval", c.cfg.MeterInterval.String(),
		"-clock", c.clock.Path()}
	if err := c.sup.Start(&Proc{Name: "metersim", Path: c.bin("metersim"), LogPath: c.logPath("metersim"), Args: simArgs}); err != nil {
		return err
	}

	relayerConfig, err := c.writeConfig("oracle", fmt.Sprintf(`name: %s
manifest: %s
bridge: {url: %q}
listen: %s
db: {dsn: %q}
log: {level: info, format: json}
`, RelayerName, c.manifestPath(), "http://"+c.cfg.MeterbridgeAddr, c.cfg.RelayerAddr, c.cfg.PGDSN))
	if err != nil {
		return err
	}
	if err := c.sup.Start(&Proc{Name: "oracle", Path: c.bin("oracle"), Args: []string{"-config", relayerConfig}, LogPath: c.logPath("oracle")}); err != nil {
		return err
	}

	for i := 0; i < c.cfg.Keepers; i++ {
		name := "keeper-" + strings.ToLower(Authorities[i])
		cfgPath, err := c.writeConfig(name, fmt.Sprintf(`authority: %s
index: %d
count: %d
manifest: %s
http_addr: 127.0.0.1:%d
db: {dsn: %q}
`, Authorities[i], i, c.cfg.Keepers, c.manifestPath(), c.cfg.KeeperBasePort+i, c.cfg.PGDSN))
		if err != nil {
			return err
		}
		if err := c.sup.Start(&Proc{Name: name, Path: c.bin("keeper"), Args: []string{"-config", cfgPath}, LogPath: c.logPath(name)}); err != nil {
			return err
		}
	}

	if err := c.sup.Start(&Proc{Name: "tradersim", Path: c.bin("tradersim"), LogPath: c.logPath("tradersim"),
		Args: []string{"--manifest", c.manifestPath(), "--seed", fmt.Sprint(c.cfg.TraderSeed)}}); err != nil {
		return err
	}
	if err := c.sup.Start(&Proc{Name: "dapp", Path: c.bin("dapp"), LogPath: c.logPath("dapp"),
		Args: []string{"-listen", c.cfg.DappAddr, "-manifest", c.manifestPath(), "-meterbridge", "http://" + c.cfg.MeterbridgeAddr, "-devnet"}}); err != nil {
		return err
	}
	c.say("meterbridge http://%s  relayer http://%s/metrics  keepers http://127.0.0.1:%d-%d/metrics",
		c.cfg.MeterbridgeAddr, c.cfg.RelayerAddr, c.cfg.KeeperBasePort, c.cfg.KeeperBasePort+c.cfg.Keepers-1)
	c.say("campus market dapp: http://%s   (logs under %s; Ctrl-C stops everything)", c.cfg.DappAddr, c.cfg.RunDir)
	return nil
}

// watch prints one line per finished epoch until ctx ends.
func (c *Campus) watch(ctx context.Context) error {
	client, err := ethclient.DialContext(ctx, c.m.RPCURLs()[0]) // Load checked there is one
	if err != nil {
		return err
	}
	defer client.Close()
	tradingAddr, err := c.m.Contract(manifest.Trading)
	if err != nil {
		return err
	}
	gridAddr, err := c.m.Contract(manifest.GridToken)
	if err != nil {
		return err
	}
	p, err := NewProgress(ctx, client, tradingAddr, gridAddr, c.clock.Clock(), c.out, c.log)
	if err != nil {
		return err
	}
	c.say("market epochs of %ds; one line per epoch once it is settled", c.cfg.EpochSeconds)
	p.Run(ctx, 2*time.Second)
	return nil
}

// KillService kills one of the campus's service processes (meterbridge, oracle, keeper-erc, ...);
// it is started again by itself. For fault drills.
func (c *Campus) KillService(name string) error { return c.sup.Kill(name) }

// ServiceStarts reports how often a service has been started.
func (c *Campus) ServiceStarts(name string) int { return c.sup.Starts(name) }
