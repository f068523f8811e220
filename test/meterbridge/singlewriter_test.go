//go:build integration

package meterbridge_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/meterbridge"
	"github.com/campus-grid/gridchain/test/harness"
	"github.com/campus-grid/gridchain/test/meterbridge/pgtmp"
)

// lockDB reads meterbridge's single-writer lock as PostgreSQL sees it.
type lockDB struct {
	t    *testing.T
	conn *pgx.Conn
}

func newLockDB(t *testing.T, dsn string) *lockDB {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), dsn)
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close(context.Background()) })
	return &lockDB{t: t, conn: conn}
}

var lockKey = db.LockKey(meterbridge.WriterLockName)

// holder is the backend pid holding the advisory lock in this database (0: none) and the
// generation and holder recorded in writer_locks; a query error (the server restarting) gives 0.
func (l *lockDB) holder(ctx context.Context, conn *pgx.Conn) (pid int, generation int64, who string) {
	u := uint64(lockKey)
	err := conn.QueryRow(ctx, `SELECT coalesce((SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted
		AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
		AND objsubid = 1 AND classid = $1::bigint::oid AND objid = $2::bigint::oid), 0),
		(SELECT generation FROM writer_locks WHERE name = $3), (SELECT holder FROM writer_locks WHERE name = $3)`,
		int64(u>>32), int64(u&0xffffffff), meterbridge.WriterLockName).Scan(&pid, &generation, &who)
	if err != nil {
		return 0, 0, ""
	}
	return pid, generation, who
}

// waitExit waits for cmd to end and returns its exit status.
func waitExit(t *testing.T, cmd *exec.Cmd, timeout time.Duration, out *harness.Output) int {
	t.Helper()
	done := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(timeout):
		_ = cmd.Process.Kill()
		<-done
		t.Fatalf("meterbridge did not exit within %s; output:\n%s", timeout, out)
	}
	return cmd.ProcessState.ExitCode()
}

// intrude takes the lock the way another meterbridge would while the holder is cut off: it
// queues for the advisory lock, ends the holder's session (what a restart does to it), gets the
// lock first and records itself in writer_locks. With leave it gives the lock up at once.
func intrude(t *testing.T, dsn string, l *lockDB, leave bool) {
	t.Helper()
	ctx := context.Background()
	pid, _, _ := l.holder(ctx, l.conn)
	require.NotZero(t, pid, "someone holds the lock")
	intruder, err := pgx.Connect(ctx, dsn)
	require.NoError(t, err)
	t.Cleanup(func() { intruder.Close(ctx) })
	got := make(chan error, 1)
	go func() {
		_, err := intruder.Exec(ctx, "SELECT pg_advisory_lock($1)", lockKey)
		got <- err
	}()
	require.Eventually(t, func() bool {
		var waiting bool
		u := uint64(lockKey)
		require.NoError(t, l.conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory'
			AND NOT granted AND objsubid = 1 AND classid = $1::bigint::oid AND objid = $2::bigint::oid)`,
			int64(u>>32), int64(u&0xffffffff)).Scan(&waiting))
		return waiting
	}, 10*time.Second, 10*time.Millisecond, "the intruder queues for the lock")
	var ok bool
	require.NoError(t, l.conn.QueryRow(ctx, "SELECT pg_terminate_backend($1, 10000)", pid).Scan(&ok))
	require.True(t, ok)
	require.NoError(t, <-got)
	_, err = intruder.Exec(ctx, `UPDATE writer_locks SET generation = generation + 1, holder = 'intruder', acquired_at = now()
		WHERE name = $1`, meterbridge.WriterLockName)
	require.NoError(t, err)
	if leave {
		_, err = intruder.Exec(ctx, "SELECT pg_advisory_unlock($1)", lockKey)
		require.NoError(t, err)
	}
}

func TestSingleWriter(t *testing.T) {
	dsn := newDB(t)
	c := newCampus()
	top := t
	l := newLockDB(top, dsn)
	ctx := context.Background()

	start := func(t *testing.T) (*proc, *harness.Output) {
		port, err := pgtmp.FreePort()
		require.NoError(t, err)
		out := &harness.Output{}
		cmd := command(t, dsn, c, port)
		cmd.Stderr = io.MultiWriter(os.Stderr, out)
		return startCommand(t, cmd, port), out
	}
	a, aOut := start(t)
	r := post(t, http.DefaultClient, a.url, token, body(t, c.batch(t, all(nMeters)...)))
	require.Equal(t, http.StatusOK, r.Status, r.Body)

	// secondRefused starts another meterbridge on the same database: it must exit 1, naming the
	// holder.
	secondRefused := func(t *testing.T, holderPID int) {
		port, err := pgtmp.FreePort()
		require.NoError(t, err)
		out := &harness.Output{}
		cmd := command(t, dsn, c, port)
		cmd.Stdout, cmd.Stderr = out, out
		require.NoError(t, cmd.Start())
		require.Equal(t, 1, waitExit(t, cmd, time.Minute, out), out.String())
		require.Contains(t, out.String(), `meterbridge: start: single-writer lock "meterbridge": another process holds the single-writer lock (`)
		require.Contains(t, out.String(), fmt.Sprintf(" pid %d, since ", holderPID), "the message names the holder")
	}

	t.Run("a second process refuses to start", func(t *testing.T) {
		secondRefused(t, a.cmd.Process.Pid)
	})

	t.Run("the lock is held again after a PostgreSQL restart", func(t *testing.T) {
		_, gen, _ := l.holder(ctx, l.conn)
		require.NotZero(t, gen)
		require.NoError(t, cluster.Stop())
		t.Cleanup(func() {
			if !cluster.Running() {
				require.NoError(t, cluster.Start())
			}
		})
		require.NoError(t, cluster.Start())
		l = newLockDB(top, dsn) // the restart ended the old session
		require.Eventually(t, func() bool {
			pid, g, who := l.holder(ctx, l.conn)
			return pid != 0 && g == gen+1 && strings.HasSuffix(who, fmt.Sprintf(" pid %d", a.cmd.Process.Pid))
		}, 30*time.Second, 50*time.Millisecond, "meterbridge takes its lock back")
		secondRefused(t, a.cmd.Process.Pid)
		waitPostOK(t, a.url, body(t, c.batch(t, all(nMeters)...)))
	})

	t.Run("a process whose lock another took meanwhile stops with a clear error", func(t *testing.T) {
		intrude(t, dsn, l, false)
		require.Equal(t, 1, waitExit(t, a.cmd, 30*time.Second, aOut), aOut.String())
		require.Contains(t, aOut.String(), `meterbridge: single-writer lock "meterbridge": another process holds the single-writer lock (intruder, since `)
	})

	t.Run("a process whose lock another held and gave up meanwhile stops too", func(t *testing.T) {
		// The intruder of the last case gave the lock up when its session ended with that case.
		b, bOut := start(t)
		intrude(t, dsn, l, true)
		require.Equal(t, 1, waitExit(t, b.cmd, 30*time.Second, bOut), bOut.String())
		require.Contains(t, bOut.String(), `meterbridge: single-writer lock "meterbridge": single-writer lock lost: another process held it while this one was disconnected`)
	})
}
