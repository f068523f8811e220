package campus

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"go.uber.org/zap"
)

// Proc is one service process the campus runs and keeps running.
type Proc struct {
	Name string
	Path string
	Args []string
	Env  []string
	// LogPath receives the process's stdout and stderr (appended across restarts).
	LogPath string

	log     *zap.Logger
	mu      sync.Mutex
	cmd     *exec.Cmd
	exited  chan struct{}
	stopped bool
	starts  int
}

// Supervisor starts processes, restarts the ones that die, and stops them all in reverse order.
type Supervisor struct {
	log     *zap.Logger
	mu      sync.Mutex
	procs   []*Proc
	wg      sync.WaitGroup
	backoff time.Duration
}

// NewSupervisor returns an empty supervisor.
func NewSupervisor(log *zap.Logger) *Supervisor {
	return &Supervisor{log: log, backoff: 2 * time.Second}
}

// Start launches p and watches it: when it exits on its own it is started again after a pause.
func (s *Supervisor) Start(p *Proc) error {
	p.log = s.log.With(zap.String("service", p.Name))
	if err := p.start(); err != nil {
		return err
	}
	s.mu.Lock()
	s.procs = append(s.procs, p)
	s.mu.Unlock()
	s.wg.Add(1)
	go s.watch(p)
	return nil
}

func (s *Supervisor) watch(p *Proc) {
	defer s.wg.Done()
	for {
		<-p.exitedChan()
		p.mu.Lock()
		stopped := p.stopped
		p.mu.Unlock()
		if stopped {
			return
		}
		p.log.Warn("service exited; restarting", zap.String("log", p.LogPath))
		time.Sleep(s.backoff)
		p.mu.Lock()
		stopped = p.stopped
		p.mu.Unlock()
		if stopped {
			return
		}
		if err := p.start(); err != nil {
			p.log.Error("restart failed", zap.Error(err))
			return
		}
	}
}

// StopAll stops every process, the last started first, each with SIGTERM then SIGKILL after timeout.
func (s *Supervisor) StopAll(timeout time.Duration) error {
	s.mu.Lock()
	procs := append([]*Proc(nil), s.procs...)
	s.mu.Unlock()
	var errs []error
	for i := len(procs) - 1; i >= 0; i-- {
		errs = append(errs, procs[i].stop(timeout))
	}
	s.wg.Wait()
	return errors.Join(errs...)
}

func (p *Proc) exitedChan() chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.exited
}

func (p *Proc) start() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := os.MkdirAll(filepath.Dir(p.LogPath), 0o755); err != nil {
		return fmt.Errorf("%s: log dir: %w", p.Name, err)
	}
	logFile, err := os.OpenFile(p.LogPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("%s: open log: %w", p.Name, err)
	}
	cmd := exec.Command(p.Path, p.Args...)
	cmd.Env = append(os.Environ(), p.Env...)
	cmd.Stdout = logFile
	cmd.Stderr = logFile
	// Its own process group, so that a Ctrl-C in the terminal reaches the campus only and the
	// campus stops services in order.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		_ = logFile.Close()
		return fmt.Errorf("%s: start %s: %w", p.Name, p.Path, err)
	}
	p.starts++
	p.cmd = cmd
	exited := make(chan struct{})
	p.exited = exited
	go func() {
		_ = cmd.Wait()
		_ = logFile.Close()
		close(exited)
	}()
	p.log.Info("service started", zap.Int("pid", cmd.Process.Pid), zap.String("log", p.LogPath))
	return nil
}

func (p *Proc) stop(timeout time.Duration) error {
	p.mu.Lock()
	p.stopped = true
	cmd, exited := p.cmd, p.exited
	p.mu.Unlock()
	if cmd == nil {
		return nil
	}
	select {
	case <-exited:
		return nil
	default:
	}
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-exited:
		return nil
	case <-time.After(timeout):
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-exited
		return fmt.Errorf("%s: did not stop within %s; killed", p.Name, timeout)
	}
}

// waitHTTP waits until url answers 200 or ctx ends.
func waitHTTP(ctx context.Context, url string) error {
	for {
		if ok := httpOK(ctx, url); ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", url, ctx.Err())
		case <-time.After(300 * time.Millisecond):
		}
	}
}

func httpOK(ctx context.Context, url string) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return false
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false
	}
	_ = resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// Kill sends SIGKILL to the named service (a fault drill); the supervisor restarts it.
func (s *Supervisor) Kill(name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range s.procs {
		if p.Name != name {
			continue
		}
		p.mu.Lock()
		cmd := p.cmd
		p.mu.Unlock()
		if cmd == nil || cmd.Process == nil {
			return fmt.Errorf("%s: not running", name)
		}
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	return fmt.Errorf("%s: no such service", name)
}

// Starts reports how many times the named service has been started (restarts included).
func (s *Supervisor) Starts(name string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range s.procs {
		if p.Name == name {
			p.mu.Lock()
			defer p.mu.Unlock()
			return p.starts
		}
	}
	return 0
}
