// Package lifecycle runs a daemon the same way in every command (after op-service's cliapp): it
// builds the service, starts it, waits for SIGINT or SIGTERM (or for the service to end on its
// own), stops it within a deadline and turns the outcome into the process's exit status.
//
//	func main() {
//		configPath := flag.String("config", "", "...")
//		flag.Parse()
//		lifecycle.Main("oracle", func(context.Context) (*lifecycle.App, error) { return oracle.NewApp(*configPath) })
//	}
package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	"go.uber.org/zap"
)

// DefaultStopTimeout bounds a graceful stop when the App sets none.
const DefaultStopTimeout = 30 * time.Second

// Service is a long-running part of a daemon.
//
// Start begins the work and returns; a Start that fails undoes what it began. Stop ends the work
// within ctx; it must be safe after a failed Start and when called twice. Stopped reports
// whether Stop was called.
type Service interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
	Stopped() bool
}

// Ender is implemented by services that can end on their own after Start: work that finished,
// or a fault they cannot go on with, such as a lost single-writer lock. The channel yields why
// (nil: the work is done); the lifecycle then stops the service and exits with that result.
type Ender interface {
	Done() <-chan error
}

// App is what a command's setup builds: the service, the logger the lifecycle reports its steps
// on, and how long a graceful stop may take.
type App struct {
	Service Service
	// Log is synced at exit; nil logs nothing.
	Log *zap.Logger
	// StopTimeout bounds Stop (0: DefaultStopTimeout).
	StopTimeout time.Duration
}

// Setup loads the configuration and builds the service, without starting it. Its context ends
// at the first signal.
type Setup func(ctx context.Context) (*App, error)

// Run builds the app, starts it and waits for SIGINT/SIGTERM or for the service to end on its
// own, then stops it. A failed start is followed by Stop, so that whatever the start began is
// undone. Run returns nil after a clean stop. Further signals during the stop are ignored (a
// runner must not leave the processes it started behind); StopTimeout bounds the stop.
func Run(ctx context.Context, setup Setup) error {
	ctx, stopSignals := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stopSignals()
	app, err := setup(ctx)
	if err != nil {
		return err
	}
	log := app.Log
	if log == nil {
		log = zap.NewNop()
	}
	defer log.Sync() //nolint:errcheck // stderr may not support sync
	timeout := app.StopTimeout
	if timeout <= 0 {
		timeout = DefaultStopTimeout
	}
	stop := func() error {
		sctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		if err := app.Service.Stop(sctx); err != nil {
			return fmt.Errorf("stop: %w", err)
		}
		return nil
	}
	if err := app.Service.Start(ctx); err != nil {
		return errors.Join(fmt.Errorf("start: %w", err), stop())
	}
	var done <-chan error
	if e, ok := app.Service.(Ender); ok {
		done = e.Done()
	}
	var cause error
	select {
	case <-ctx.Done():
		log.Info("signal received, stopping")
	case cause = <-done:
		if cause != nil {
			log.Info("service failed, stopping")
		}
	}
	return errors.Join(cause, stop())
}

// ExitCode is the exit status for Run's result: 0 for nil, 1 otherwise.
func ExitCode(err error) int {
	if err == nil {
		return 0
	}
	return 1
}

// Main runs the app and exits the process: status 0 after a clean stop; otherwise the error is
// written once to stderr, prefixed with name, and the status is 1.
func Main(name string, setup Setup) {
	os.Exit(report(os.Stderr, name, Run(context.Background(), setup)))
}

func report(w io.Writer, name string, err error) int {
	if err != nil {
		fmt.Fprintf(w, "%s: %v\n", name, err)
	}
	return ExitCode(err)
}

// Func is a Service made of one blocking function, for commands that run a loop until told to
// stop (a simulator, the campus runner): Start runs it in a goroutine, Stop cancels its context
// and waits for it, and Done yields what it returned when it ended on its own.
func Func(run func(ctx context.Context) error) Service {
	return &funcService{run: run, result: make(chan error, 1), finished: make(chan struct{})}
}

type funcService struct {
	run      func(ctx context.Context) error
	cancel   context.CancelFunc
	result   chan error
	finished chan struct{}
	stopped  atomic.Bool
	// Set before finished is closed.
	err       error
	endedSelf bool
}

var _ Ender = (*funcService)(nil)

func (f *funcService) Start(context.Context) error {
	if f.cancel != nil {
		return errors.New("lifecycle: already started")
	}
	ctx, cancel := context.WithCancel(context.Background())
	f.cancel = cancel
	go func() {
		defer close(f.finished)
		err := f.run(ctx)
		f.err = err
		if ctx.Err() == nil { // ended on its own: Done reports it
			f.endedSelf = true
			f.result <- err
		}
	}()
	return nil
}

func (f *funcService) Done() <-chan error { return f.result }

// Stop cancels the function and waits for it. An error it returns because it was cancelled is
// not a failure; what it returned when it ended on its own was Done's to report.
func (f *funcService) Stop(ctx context.Context) error {
	f.stopped.Store(true)
	if f.cancel == nil {
		return nil
	}
	f.cancel()
	select {
	case <-f.finished:
	case <-ctx.Done():
		return ctx.Err()
	}
	if f.endedSelf || errors.Is(f.err, context.Canceled) {
		return nil
	}
	return f.err
}

func (f *funcService) Stopped() bool { return f.stopped.Load() }
