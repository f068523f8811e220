package lifecycle

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

var (
	errStart = errors.New("start failed")
	errStop  = errors.New("stop failed")
	errLost  = errors.New("lock lost")
)

// fakeService records what the lifecycle does to it.
type fakeService struct {
	startErr, stopErr error
	onStart, onStop   func()
	done              chan error
	started           chan struct{}

	mu        sync.Mutex
	stopCalls int
	events    []string
}

func newFakeService() *fakeService {
	return &fakeService{started: make(chan struct{}), done: make(chan error, 1)}
}

func (f *fakeService) record(e string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.events = append(f.events, e)
}

func (f *fakeService) Start(context.Context) error {
	f.record("start")
	if f.onStart != nil {
		f.onStart()
	}
	close(f.started)
	return f.startErr
}

func (f *fakeService) Stop(ctx context.Context) error {
	f.mu.Lock()
	f.stopCalls++
	f.mu.Unlock()
	f.record("stop")
	if f.onStop != nil {
		f.onStop()
	}
	if _, ok := ctx.Deadline(); !ok {
		return errors.New("stop without a deadline")
	}
	return f.stopErr
}

func (f *fakeService) Stopped() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.stopCalls > 0
}

func (f *fakeService) Done() <-chan error { return f.done }

func (f *fakeService) Events() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.events...)
}

func setupOf(svc Service) Setup {
	return func(context.Context) (*App, error) { return &App{Service: svc, StopTimeout: 5 * time.Second}, nil }
}

func TestRun(t *testing.T) {
	tests := []struct {
		name string
		// prepare configures the service; after Start, act ends the wait (a signal, a failure).
		prepare func(f *fakeService)
		act     func(t *testing.T, f *fakeService)
		wantErr []error
		events  []string
	}{
		{
			name:    "SIGTERM stops the service and exits 0",
			prepare: func(*fakeService) {},
			act:     func(t *testing.T, _ *fakeService) { require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGTERM)) },
			events:  []string{"start", "stop"},
		},
		{
			name:    "SIGINT stops the service and exits 0",
			prepare: func(*fakeService) {},
			act:     func(t *testing.T, _ *fakeService) { require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGINT)) },
			events:  []string{"start", "stop"},
		},
		{
			name:    "a failed stop is a failure",
			prepare: func(f *fakeService) { f.stopErr = errStop },
			act:     func(t *testing.T, _ *fakeService) { require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGTERM)) },
			wantErr: []error{errStop},
			events:  []string{"start", "stop"},
		},
		{
			name:    "a failed start is cleaned up by Stop and is a failure",
			prepare: func(f *fakeService) { f.startErr = errStart },
			wantErr: []error{errStart},
			events:  []string{"start", "stop"},
		},
		{
			name:    "a failed start whose cleanup fails reports both",
			prepare: func(f *fakeService) { f.startErr, f.stopErr = errStart, errStop },
			wantErr: []error{errStart, errStop},
			events:  []string{"start", "stop"},
		},
		{
			name:    "a service that fails on its own is stopped and the failure is the result",
			prepare: func(*fakeService) {},
			act:     func(_ *testing.T, f *fakeService) { f.done <- errLost },
			wantErr: []error{errLost},
			events:  []string{"start", "stop"},
		},
		{
			name:    "a service that finishes on its own is stopped and exits 0",
			prepare: func(*fakeService) {},
			act:     func(_ *testing.T, f *fakeService) { f.done <- nil },
			events:  []string{"start", "stop"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeService()
			tc.prepare(f)
			if tc.act != nil {
				go func() {
					<-f.started
					tc.act(t, f)
				}()
			}
			err := Run(context.Background(), setupOf(f))
			for _, want := range tc.wantErr {
				require.ErrorIs(t, err, want)
			}
			if len(tc.wantErr) == 0 {
				require.NoError(t, err)
				require.Equal(t, 0, ExitCode(err))
			} else {
				require.Equal(t, 1, ExitCode(err))
			}
			require.Equal(t, tc.events, f.Events(), "Stop is called exactly once")
		})
	}
}

func TestRun_SetupFailureStartsNothing(t *testing.T) {
	errSetup := errors.New("bad config")
	err := Run(context.Background(), func(context.Context) (*App, error) { return nil, errSetup })
	require.ErrorIs(t, err, errSetup)
	var out bytes.Buffer
	require.Equal(t, 1, report(&out, "svc", err))
	require.Equal(t, "svc: bad config\n", out.String(), "the error is reported once")
}

func TestFunc(t *testing.T) {
	t.Run("stop cancels and waits; stopping twice is safe", func(t *testing.T) {
		exited := make(chan struct{})
		svc := Func(func(ctx context.Context) error {
			<-ctx.Done()
			close(exited)
			return ctx.Err()
		})
		require.NoError(t, svc.Start(context.Background()))
		require.False(t, svc.Stopped())
		require.NoError(t, svc.Stop(context.Background()), "returning because cancelled is no failure")
		select {
		case <-exited:
		default:
			t.Fatal("Stop returned before the function did")
		}
		require.NoError(t, svc.Stop(context.Background()))
		require.True(t, svc.Stopped())
	})
	t.Run("stop before start is safe", func(t *testing.T) {
		svc := Func(func(context.Context) error { return nil })
		require.NoError(t, svc.Stop(context.Background()))
		require.NoError(t, svc.Stop(context.Background()))
	})
	t.Run("a function that ends by itself ends the run with its result", func(t *testing.T) {
		err := Run(context.Background(), func(context.Context) (*App, error) {
			return &App{Service: Func(func(context.Context) error { return errLost })}, nil
		})
		require.ErrorIs(t, err, errLost)
		require.Equal(t, 1, strings.Count(err.Error(), errLost.Error()), "reported once, not again by Stop")
		require.NoError(t, Run(context.Background(), func(context.Context) (*App, error) {
			return &App{Service: Func(func(context.Context) error { return nil })}, nil
		}))
	})
	t.Run("a stop that outlasts its deadline fails", func(t *testing.T) {
		release := make(chan struct{})
		defer close(release)
		svc := Func(func(context.Context) error { <-release; return nil })
		require.NoError(t, svc.Start(context.Background()))
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		require.ErrorIs(t, svc.Stop(ctx), context.DeadlineExceeded)
	})
}

// The daemon half of TestMain_ExitStatus: the test binary re-runs itself as a daemon whose
// service prints what happens to it.
const childEnv = "LIFECYCLE_TEST_CHILD"

func TestMain(m *testing.M) {
	mode := os.Getenv(childEnv)
	if mode == "" {
		os.Exit(m.Run())
	}
	f := newFakeService()
	f.onStop = func() { fmt.Println("stopped") }
	if mode == "fail-start" {
		f.startErr = errStart
	}
	f.onStart = func() { fmt.Println("started") }
	Main("fake", setupOf(f))
}

func TestMain_ExitStatus(t *testing.T) {
	tests := []struct {
		name, mode string
		signal     bool
		wantCode   int
		wantStderr string
	}{
		{"SIGTERM: a clean stop exits 0", "serve", true, 0, ""},
		{"a failed start is stopped and exits 1, the error said once", "fail-start", false, 1, "fake: start: start failed\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), childEnv+"="+tc.mode)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			stdout, err := cmd.StdoutPipe()
			require.NoError(t, err)
			require.NoError(t, cmd.Start())
			lines := bufio.NewScanner(stdout)
			require.True(t, lines.Scan())
			require.Equal(t, "started", lines.Text())
			if tc.signal {
				require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
			}
			require.True(t, lines.Scan(), "Stop is called")
			require.Equal(t, "stopped", lines.Text())
			require.False(t, lines.Scan(), "nothing after Stop")
			_ = cmd.Wait()
			require.Equal(t, tc.wantCode, cmd.ProcessState.ExitCode(), stderr.String())
			require.Equal(t, tc.wantStderr, stderr.String())
		})
	}
}
