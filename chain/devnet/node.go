package devnet

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// PublicAPIs is all the RPC node's public endpoints (HTTP and WS) serve: what wallets and dapps
// need.
const PublicAPIs = "eth,net,web3"

// TxPool limits, raised on every node so that 10,000 transactions in flight are all kept.
const (
	TxPoolGlobalSlots  = 20000
	TxPoolAccountSlots = 16384
	TxPoolGlobalQueue  = 20000
	TxPoolAccountQueue = 16384
)

// Args is the geth command line of signer i sealing with signer. A signer serves no HTTP or WS:
// its key is unlocked (Clique seals with it), and geth's eth namespace would sign with it for any
// caller (eth_sign, eth_sendTransaction). Every API is on the IPC socket only, a file on the
// node's own host. Without --allow-insecure-unlock, geth itself refuses to start a node that
// unlocks a key while serving HTTP or WS.
func (c *Config) Args(i int, signer common.Address) []string {
	dir := c.NodeDir(i)
	args := c.commonArgs(i)
	args = append(args,
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(c.AuthRPCPort+i),
		// No --mine: sealing is switched on over IPC once the node has caught up (sealing.go).
		"--miner.etherbase", signer.Hex(),
		"--miner.gaslimit", strconv.FormatUint(c.GasLimit, 10),
		// Re-pack the pending block after 1 s (geth's minimum; default 2 s): a transaction that
		// arrives just after a block's work was committed still makes that block instead of the
		// one after it, which halves a keeper perform's or a relay's wait at a 2 s period.
		"--miner.recommit", "1s",
		"--unlock", signer.Hex(), "--password", filepath.Join(dir, passwordFile),
	)
	return args
}

// RPCArgs is the geth command line of the RPC node: no key, no etherbase, never sealing; the
// public APIs over HTTP and WS on the devnet's host, answering browsers from CORSOrigins only.
func (c *Config) RPCArgs() []string {
	origins := c.CORSOrigins
	if origins == "" {
		origins = DefaultCORSOrigins
	}
	args := c.commonArgs(RPCNode)
	return append(args,
		"--http", "--http.addr", c.Host, "--http.port", strconv.Itoa(c.HTTPPort),
		"--http.api", PublicAPIs, "--http.vhosts", "localhost,127.0.0.1", "--http.corsdomain", origins,
		"--ws", "--ws.addr", c.Host, "--ws.port", strconv.Itoa(c.WSPort),
		"--ws.api", PublicAPIs, "--ws.origins", origins,
		// The engine API (unused by Clique) on a port the OS picks: no fixed port to collide
		// with another devnet's.
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", "0",
	)
}

// commonArgs are the settings every node of the devnet shares.
func (c *Config) commonArgs(i int) []string {
	dir := c.NodeDir(i)
	return []string{
		"--datadir", dir,
		"--config", filepath.Join(dir, "config.toml"),
		"--networkid", strconv.FormatUint(c.ChainID, 10),
		"--syncmode", "full",
		// Archive keeps the state of every block on disk, so a node killed without a clean
		// shutdown (a reboot) resumes at its head instead of rewinding.
		"--gcmode", "archive",
		"--state.scheme", "hash",
		"--port", strconv.Itoa(c.P2PPort + i),
		"--nodiscover",
		"--netrestrict", c.NetRestrict,
		"--ipcpath", c.IPCPath(i),
		"--txpool.globalslots", strconv.Itoa(TxPoolGlobalSlots),
		"--txpool.accountslots", strconv.Itoa(TxPoolAccountSlots),
		"--txpool.globalqueue", strconv.Itoa(TxPoolGlobalQueue),
		"--txpool.accountqueue", strconv.Itoa(TxPoolAccountQueue),
		"--txpool.lifetime", "6h",
		"--verbosity", strconv.Itoa(c.Verbosity),
	}
}

// PID returns the pid of node i when it runs as started by this package (its pid file names a
// live geth process on node i's data directory).
func (c *Config) PID(i int) (int, bool) {
	raw, err := os.ReadFile(c.PIDPath(i))
	if err != nil {
		return 0, false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(raw)))
	if err != nil || pid <= 0 {
		return 0, false
	}
	return pid, c.isNodeProcess(pid, i)
}

// isNodeProcess checks that pid is alive (not a zombie) and is geth on node i's data directory,
// so a stale pid file reused by another process is never signalled.
func (c *Config) isNodeProcess(pid, i int) bool {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	if j := bytes.LastIndexByte(stat, ')'); j < 0 || j+2 >= len(stat) || stat[j+2] == 'Z' || stat[j+2] == 'X' {
		return false
	}
	cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil {
		return false
	}
	return bytes.Contains(cmdline, []byte("\x00--datadir\x00"+c.NodeDir(i)+"\x00"))
}

// StartNode starts node i, waits until it has peered with every other running node and caught
// up with their chain, and then switches its sealing on. A running node is left as it is.
func (c *Config) StartNode(ctx context.Context, i int) error {
	if !validNode(i) {
		return fmt.Errorf("%d: %w", i, ErrNodeIndex)
	}
	if _, running := c.PID(i); running {
		return nil
	}
	if err := c.startProcess(ctx, i); err != nil {
		return err
	}
	jctx, cancel := context.WithTimeout(ctx, defaultStartTimeout)
	defer cancel()
	return c.JoinAndSeal(jctx, i)
}

// startProcess starts node i's geth in the background (its own session, so it outlives the
// caller), not sealing, logs to <node>/geth.log, records the pid, and waits until its IPC
// endpoint answers and, on a signer, its key is unlocked.
func (c *Config) startProcess(ctx context.Context, i int) error {
	if !validNode(i) {
		return fmt.Errorf("%d: %w", i, ErrNodeIndex)
	}
	if _, running := c.PID(i); running {
		return nil
	}
	var signer common.Address
	args := c.RPCArgs()
	if i != RPCNode {
		var err error
		if signer, err = c.Address(Authorities[i]); err != nil {
			return err
		}
		args = c.Args(i, signer)
	}
	logFile, err := os.OpenFile(c.LogPath(i), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("open log: %w", err)
	}
	defer logFile.Close()
	cmd := exec.Command(c.Geth, args...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start geth %s: %w", NodeName(i), err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }() // reaps the child when this process outlives it
	if err := os.WriteFile(c.PIDPath(i), []byte(strconv.Itoa(cmd.Process.Pid)+"\n"), 0o644); err != nil {
		_ = cmd.Process.Kill()
		return fmt.Errorf("write pid file: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, defaultStartTimeout)
	defer cancel()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-exited:
			_ = os.Remove(c.PIDPath(i))
			return fmt.Errorf("geth %s exited during start (%v); last log lines:\n%s", NodeName(i), err, tail(c.LogPath(i), 15))
		case <-ctx.Done():
			return fmt.Errorf("geth %s: IPC not answering: %w", NodeName(i), ErrTimeout)
		case <-tick.C:
			if c.ipcAnswers(ctx, i) && (i == RPCNode || c.keyUnlocked(ctx, i, signer)) {
				return nil
			}
		}
	}
}

func (c *Config) ipcAnswers(ctx context.Context, i int) bool {
	cl, err := rpc.DialIPC(ctx, c.IPCPath(i))
	if err != nil {
		return false
	}
	defer cl.Close()
	var v string
	return cl.CallContext(ctx, &v, "web3_clientVersion") == nil
}

// StopNode stops node i if this package started it: SIGTERM, then SIGKILL after timeout.
func (c *Config) StopNode(ctx context.Context, i int, timeout time.Duration) error {
	if !validNode(i) {
		return fmt.Errorf("%d: %w", i, ErrNodeIndex)
	}
	pid, running := c.PID(i)
	if !running {
		_ = os.Remove(c.PIDPath(i))
		return nil
	}
	if err := syscall.Kill(pid, syscall.SIGTERM); err != nil && !errors.Is(err, syscall.ESRCH) {
		return fmt.Errorf("signal geth %s: %w", NodeName(i), err)
	}
	deadline := time.Now().Add(timeout)
	killed := false
	for c.isNodeProcess(pid, i) {
		switch {
		case !killed && time.Now().After(deadline):
			_ = syscall.Kill(pid, syscall.SIGKILL)
			killed, deadline = true, time.Now().Add(10*time.Second)
		case killed && time.Now().After(deadline):
			return fmt.Errorf("geth %s (pid %d) does not exit: %w", NodeName(i), pid, ErrTimeout)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	if err := os.Remove(c.PIDPath(i)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("remove pid file: %w", err)
	}
	return nil
}

// tail returns the last n lines of a file, for error messages.
func tail(path string, n int) string {
	raw, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	lines := strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
