//go:build integration

package txmgr_test

import (
	"bufio"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/test/harness"
	"github.com/campus-grid/gridchain/txmgr"
)

// TestDevnet_KilledBetweenRecordAndBroadcast runs a real process (test/txmgr/crashsend) that
// parks right after its second transaction's record is committed in PostgreSQL, before the
// broadcast. No node may know that transaction then (record before send); the process is killed
// there, and a manager started on the same key and database sends it with no nonce gap and no
// duplicate.
func TestDevnet_KilledBetweenRecordAndBroadcast(t *testing.T) {
	e := newDevnetEnv(t)
	pool := openPool(t, txmgr.Migrations)
	store := txmgr.NewPGStore(pool)
	ctx := context.Background()

	root, err := harness.RepoRoot()
	require.NoError(t, err)
	dir := t.TempDir()
	bin := filepath.Join(dir, "crashsend")
	build := exec.Command("go", "build", "-o", bin, "./test/txmgr/crashsend")
	build.Dir = root
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))
	keyFile := filepath.Join(dir, "key")
	require.NoError(t, os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(e.priv))), 0o600))

	cmd := exec.Command(bin, "-rpc", strings.Join(e.net.Manifest.RPCURLs(), ","), "-key-file", keyFile,
		"-count", "3", "-hold-at-insert", "2")
	cmd.Env = append(os.Environ(), "PG_DSN="+dsn(t))
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var id int64
	var nonce uint64
	deadline := time.After(2 * time.Minute)
	for id == 0 {
		select {
		case l, ok := <-lines:
			require.True(t, ok, "crashsend exited before its hold point: %s", stderr.String())
			if strings.HasPrefix(l, "recorded ") {
				_, err := fmt.Sscanf(l, "recorded %d %d", &id, &nonce)
				require.NoError(t, err)
			}
		case <-deadline:
			t.Fatalf("crashsend never reached its hold point: %s", stderr.String())
		}
	}
	require.Equal(t, uint64(1), nonce, "the second transaction")

	// Held between record and broadcast: recorded, and on no node.
	rec, err := store.Get(ctx, id)
	require.NoError(t, err)
	require.Equal(t, txmgr.StatePending, rec.State)
	held := rec.Latest().Hash
	for i, url := range e.net.Manifest.RPCURLs() {
		c, err := ethclient.Dial(url)
		require.NoError(t, err)
		_, _, err = c.TransactionByHash(ctx, held)
		require.True(t, errors.Is(err, ethereum.NotFound), "node %d knows %s before it was broadcast: %v", i, held, err)
		c.Close()
	}
	require.NoError(t, cmd.Process.Kill()) // SIGKILL: no cleanup of any kind
	_ = cmd.Wait()

	m, err := txmgr.New(e.cfg, e.chain, store, e.key, e.log)
	require.NoError(t, err)
	require.NoError(t, m.Start(ctx))
	t.Cleanup(func() { _ = m.Stop(ctx) })
	require.Equal(t, uint64(2), m.NextNonce(), "the recorded nonce is kept, not reused")
	waitCtx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	h, err := m.Queue(waitCtx, txmgr.Candidate{To: rec.To, Data: []byte("after-restart"), Label: "crashsend"})
	require.NoError(t, err)
	require.Equal(t, uint64(2), h.Nonce)
	_, err = h.Wait(waitCtx)
	require.NoError(t, err)
	require.Eventually(t, func() bool { return m.InFlight() == 0 }, time.Minute, 100*time.Millisecond)

	got, err := store.Get(ctx, id)
	require.NoError(t, err)
	require.Equal(t, txmgr.StateConfirmed, got.State)
	require.Equal(t, held, got.MinedHash, "the recorded transaction was sent, as recorded")
	chainNonce, err := e.chain.NonceAt(ctx, e.key.Address(), nil)
	require.NoError(t, err)
	require.Equal(t, uint64(3), chainNonce, "three transactions, three nonces: no gap, no duplicate")
}
