package oracleit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// Proc is a service running as a real process, its output in a log file.
type Proc struct {
	Name string
	Log  string
	Addr string // its HTTP address

	cmd  *exec.Cmd
	done chan struct{}
	mu   sync.Mutex
	code int
}

// Start runs bin with env added to the environment.
func Start(name, bin, logPath string, env []string, args ...string) (*Proc, error) {
	f, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = f, f
	if err := cmd.Start(); err != nil {
		f.Close()
		return nil, err
	}
	p := &Proc{Name: name, Log: logPath, cmd: cmd, done: make(chan struct{}), code: -1}
	go func() {
		err := cmd.Wait()
		f.Close()
		p.mu.Lock()
		p.code = cmd.ProcessState.ExitCode()
		if err != nil && p.code == -1 {
			p.code = 255
		}
		p.mu.Unlock()
		close(p.done)
	}()
	return p, nil
}

// Exited reports whether the process ended, and its exit code.
func (p *Proc) Exited() (bool, int) {
	select {
	case <-p.done:
		p.mu.Lock()
		defer p.mu.Unlock()
		return true, p.code
	default:
		return false, 0
	}
}

// WaitExit waits for the process to end and returns its exit code.
func (p *Proc) WaitExit(ctx context.Context, timeout time.Duration) (int, error) {
	select {
	case <-p.done:
		_, code := p.Exited()
		return code, nil
	case <-time.After(timeout):
		return 0, fmt.Errorf("%s did not exit within %s (log %s)", p.Name, timeout, p.Log)
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

// Stop sends SIGTERM and waits; after timeout it kills.
func (p *Proc) Stop(timeout time.Duration) error {
	if done, _ := p.Exited(); done {
		return nil
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
		_, code := p.Exited()
		if code != 0 {
			return fmt.Errorf("%s exited with %d (log %s)", p.Name, code, p.Log)
		}
		return nil
	case <-time.After(timeout):
		_ = p.cmd.Process.Kill()
		<-p.done
		return fmt.Errorf("%s did not stop within %s; killed", p.Name, timeout)
	}
}

// FreeAddr returns a loopback address with a free port.
func FreeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// WaitHTTP polls url until it answers 200, failing early when the process exits.
func (p *Proc) WaitHTTP(ctx context.Context, url string, timeout time.Duration) error {
	return Poll(ctx, timeout, 100*time.Millisecond, p.Name+" "+url, func(ctx context.Context) (bool, error) {
		if done, code := p.Exited(); done {
			return false, fmt.Errorf("%s exited with %d (log %s)", p.Name, code, p.Log)
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return false, nil
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK, nil
	})
}

// Bridge is a running meterbridge.
type Bridge struct {
	*Proc
	URL       string
	HeadToken string
	ReadToken string
}

// StartMeterbridge runs meterbridge on a free port against the devnet's Registry.
func (e *Env) StartMeterbridge(ctx context.Context, name string) (*Bridge, error) {
	addr, err := FreeAddr()
	if err != nil {
		return nil, err
	}
	b := &Bridge{URL: "http://" + addr, HeadToken: "head-end-token-" + name, ReadToken: "relayer-read-token-" + name}
	env := []string{"MB_LISTEN=" + addr, "MB_DB_DSN=" + e.DSN, "MB_HEAD_ENDS=it:" + b.HeadToken,
		"MB_READ_TOKENS=" + b.ReadToken, "MB_REGISTRY_SOURCE=chain", "MB_REGISTRY_MANIFEST=" + e.Path,
		"MB_REGISTRY_POLL_INTERVAL=300ms", "MB_LOG_LEVEL=info"}
	p, err := Start("meterbridge-"+name, filepath.Join(e.Bin, "meterbridge"), filepath.Join(e.WorkDir, "meterbridge-"+name+".log"), env)
	if err != nil {
		return nil, err
	}
	p.Addr = addr
	b.Proc = p
	if err := p.WaitHTTP(ctx, b.URL+"/readyz", 2*time.Minute); err != nil {
		_ = p.Stop(10 * time.Second)
		return nil, err
	}
	return b, nil
}

// Horizon is meterbridge's current cursor horizon: a relayer started there sees only newer readings.
func (b *Bridge) Horizon(ctx context.Context) (int64, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, b.URL+"/v1/readings?after=0&limit=1", nil)
	req.Header.Set("Authorization", "Bearer "+b.ReadToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var page struct {
		Horizon int64 `json:"horizon"`
	}
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("meterbridge cursor: %s", resp.Status)
	}
	err = json.NewDecoder(resp.Body).Decode(&page)
	return page.Horizon, err
}

// RelayerOpts are the knobs the tests turn.
type RelayerOpts struct {
	Name        string
	KeyFile     string
	StartCursor int64
	// Crash is ORACLE_TEST_CRASH (after-record:N, after-send:N): the relayer runs as the
	// test-only crashoracle and exits there.
	Crash string
	// NoWait returns without waiting for /readyz (a process expected to fail).
	NoWait bool
	Env    []string
}

// StartRelayer runs cmd/oracle. Unless a crash is asked for, it waits for /readyz.
func (e *Env) StartRelayer(ctx context.Context, b *Bridge, o RelayerOpts) (*Proc, error) {
	addr, err := FreeAddr()
	if err != nil {
		return nil, err
	}
	env := append([]string{"ORACLE_NAME=" + o.Name, "ORACLE_MANIFEST=" + e.Path, "ORACLE_KEY_FILE=" + o.KeyFile,
		"ORACLE_BRIDGE_URL=" + b.URL, "ORACLE_BRIDGE_TOKEN=" + b.ReadToken, "ORACLE_LISTEN=" + addr,
		"ORACLE_DB_DSN=" + e.DSN, "ORACLE_START_CURSOR=" + strconv.FormatInt(o.StartCursor, 10),
		"ORACLE_LOG_LEVEL=debug", "ORACLE_TEST_CRASH=" + o.Crash}, o.Env...)
	bin := "oracle"
	if o.Crash != "" {
		bin = "crashoracle"
	}
	p, err := Start("oracle-"+o.Name, filepath.Join(e.Bin, bin), filepath.Join(e.WorkDir, "oracle-"+o.Name+".log"), env)
	if err != nil {
		return nil, err
	}
	p.Addr = addr
	if o.Crash != "" || o.NoWait {
		return p, nil
	}
	if err := p.WaitHTTP(ctx, "http://"+addr+"/readyz", 2*time.Minute); err != nil {
		_ = p.Stop(10 * time.Second)
		return nil, err
	}
	return p, nil
}

// ErrNotReady means meterbridge does not know the meters yet (its Registry follower lags).
var ErrNotReady = errors.New("meterbridge not ready for these meters")

// Get fetches url and returns the body of a 200 answer.
func Get(ctx context.Context, url string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return string(raw), nil
}
