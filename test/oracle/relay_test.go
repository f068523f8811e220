//go:build integration

package oracle_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/test/oracle/oracleit"
)

// relayEnv is the devnet, a fresh campus of meters, one meterbridge process and the relayer's key.
type relayEnv struct {
	t       *testing.T
	ctx     context.Context
	env     *oracleit.Env
	bridge  *oracleit.Bridge
	campus  *oracleit.Campus
	pool    *pgxpool.Pool
	start   uint64 // head before any reading
	cursor  int64  // meterbridge horizon before any reading
	run     string
	keyFile string
}

var built bool

func newRelayEnv(t *testing.T, meters int) *relayEnv {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	t.Cleanup(cancel)
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	run := fmt.Sprintf("it%d", time.Now().UnixNano()%1_000_000_000)
	dir := filepath.Join(root, "build", "test", "oracle", run)
	env, err := oracleit.Load(ctx, root, dir)
	require.NoError(t, err)
	t.Cleanup(env.Close)
	if !built {
		require.NoError(t, env.Build(ctx))
		built = true
	}
	r := &relayEnv{t: t, ctx: ctx, env: env, run: run, pool: openPool(t)}
	r.campus, err = env.NewCampus(ctx, run, meters)
	require.NoError(t, err)
	r.bridge, err = env.StartMeterbridge(ctx, run)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, r.bridge.Stop(30*time.Second)) })
	r.cursor, err = r.bridge.Horizon(ctx)
	require.NoError(t, err)
	r.start, err = env.Eth.BlockNumber(ctx)
	require.NoError(t, err)
	key, err := env.Key("oracleOperator")
	require.NoError(t, err)
	r.keyFile, err = env.WriteKey("oracle-operator", key)
	require.NoError(t, err)
	t.Logf("run %s: logs in %s", run, dir)
	return r
}

func (r *relayEnv) relayer(name, keyFile, crash string, env ...string) *oracleit.Proc {
	r.t.Helper()
	p, err := r.env.StartRelayer(r.ctx, r.bridge, oracleit.RelayerOpts{Name: r.run + "-" + name, KeyFile: keyFile,
		StartCursor: r.cursor, Crash: crash, Env: env})
	require.NoError(r.t, err)
	return p
}

func stop(t *testing.T, p *oracleit.Proc) {
	t.Helper()
	require.NoError(t, p.Stop(60*time.Second))
}

func (r *relayEnv) post(rounds int, step uint64, batch int) {
	r.t.Helper()
	rs, err := r.campus.Rounds(rounds, step)
	require.NoError(r.t, err)
	require.NoError(r.t, r.campus.Post(r.ctx, r.bridge, rs, batch))
}

// waitSettled waits until every owner holds exactly the GRID its meters exported (after the
// baseline, minus burned imports) and every reading was applied on chain exactly once.
func (r *relayEnv) waitSettled(timeout time.Duration) {
	r.t.Helper()
	var why string
	err := oracleit.Poll(r.ctx, timeout, 500*time.Millisecond, "GRID equal to metered export", func(ctx context.Context) (bool, error) {
		ok, reason, err := r.campus.Settled(ctx, r.start)
		why = reason
		return ok, err
	})
	require.NoError(r.t, err, why)
}

// waitFinal waits until the relayer's records say every reading is final (at the confirmation
// depth) and returns the count per status and reason.
func (r *relayEnv) waitFinal(name string, want int) map[string]int {
	r.t.Helper()
	relayer := r.run + "-" + name
	out := map[string]int{}
	err := oracleit.Poll(r.ctx, 3*time.Minute, 500*time.Millisecond, "readings final in "+relayer, func(ctx context.Context) (bool, error) {
		var final, total int
		if err := r.pool.QueryRow(ctx, `SELECT count(*) FILTER (WHERE final), count(*) FROM oracle.readings WHERE relayer = $1`,
			relayer).Scan(&final, &total); err != nil {
			return false, err
		}
		return final == want && total == want, nil
	})
	require.NoError(r.t, err)
	rows, err := r.pool.Query(r.ctx, `SELECT status || coalesce(nullif(':' || reason, ':'), ''), count(*) FROM oracle.readings
		WHERE relayer = $1 GROUP BY 1`, relayer)
	require.NoError(r.t, err)
	defer rows.Close()
	for rows.Next() {
		var k string
		var n int
		require.NoError(r.t, rows.Scan(&k, &n))
		out[k] = n
	}
	return out
}

func (r *relayEnv) submissions(name string) (total, final int) {
	r.t.Helper()
	require.NoError(r.t, r.pool.QueryRow(r.ctx, `SELECT count(*), count(*) FILTER (WHERE state = 'final')
		FROM oracle.submissions WHERE relayer = $1 AND kind = 'readings'`, r.run+"-"+name).Scan(&total, &final))
	return total, final
}

func TestRelay_GRIDEqualsMeteredExport(t *testing.T) {
	r := newRelayEnv(t, 6)
	p := r.relayer("a", r.keyFile, "", "ORACLE_BATCH_SIZE=25")
	defer stop(t, p)
	r.post(10, 5, 17) // 60 readings from metersim's campus profiles, in odd-sized head-end batches
	r.waitSettled(3 * time.Minute)
	st := r.waitFinal("a", 60)
	require.Equal(t, map[string]int{"baseline": 6, "applied": 54}, st)
	total, final := r.submissions("a")
	require.Equal(t, total, final)

	// A second process with the same relayer name refuses to start (the rows are the first one's).
	dup, err := r.env.StartRelayer(r.ctx, r.bridge, oracleit.RelayerOpts{Name: r.run + "-a", KeyFile: r.keyFile,
		StartCursor: r.cursor, NoWait: true})
	require.NoError(t, err)
	code, err := dup.WaitExit(r.ctx, time.Minute)
	require.NoError(t, err)
	require.Equal(t, 1, code, "log %s", dup.Log)
	dupLog, err := os.ReadFile(dup.Log)
	require.NoError(t, err)
	require.Contains(t, string(dupLog), "another relayer process runs with this name")
	require.GreaterOrEqual(t, total, 3, "60 readings in batches of at most 25")
	t.Logf("metered export %d Wh relayed in %d transactions", r.campus.ExportWh(), total)

	// Metrics and health of the running process.
	for _, path := range []string{"/healthz", "/readyz"} {
		require.NoError(t, p.WaitHTTP(r.ctx, "http://"+p.Addr+path, 10*time.Second))
	}
	body := httpGet(t, "http://"+p.Addr+"/metrics")
	for _, want := range []string{`oracle_readings_relayed_total{outcome="applied"} 54`, `oracle_readings_relayed_total{outcome="baseline"} 6`,
		"oracle_lag_blocks 0", `oracle_failures_total{what="send"}`, `oracle_txmgr_confirmed_total{label="submitReadings",status="success"}`} {
		require.True(t, strings.Contains(body, want), "metrics lack %q", want)
	}
}

func TestRelay_KilledMidBatchAndRestarted(t *testing.T) {
	r := newRelayEnv(t, 5)
	r.post(8, 5, 40) // 40 readings: two batches of 20

	// 1: exit right after the first submission is recorded, before the transaction manager has it.
	p := r.relayer("a", r.keyFile, "after-record:1", "ORACLE_BATCH_SIZE=20")
	code, err := p.WaitExit(r.ctx, 2*time.Minute)
	require.NoError(t, err)
	require.Equal(t, 3, code, "the test hook's exit code (log %s)", p.Log)
	// 2: restarted, it exits again right after its first submission is sent.
	p = r.relayer("a", r.keyFile, "after-send:1", "ORACLE_BATCH_SIZE=20")
	code, err = p.WaitExit(r.ctx, 2*time.Minute)
	require.NoError(t, err)
	require.Equal(t, 3, code, "log %s", p.Log)
	// More readings arrive while it is down.
	r.post(4, 5, 20)
	// 3: restarted for good.
	p = r.relayer("a", r.keyFile, "", "ORACLE_BATCH_SIZE=20")
	defer stop(t, p)
	r.waitSettled(3 * time.Minute)
	st := r.waitFinal("a", 60)
	require.Equal(t, map[string]int{"baseline": 5, "applied": 55}, st, "no reading sent twice (a duplicate would be rejected:NotNewer)")
	var abandoned int
	require.NoError(t, r.pool.QueryRow(r.ctx, `SELECT count(*) FROM oracle.submissions WHERE relayer = $1 AND state = 'abandoned'`,
		r.run+"-a").Scan(&abandoned))
	require.Equal(t, 1, abandoned, "the submission recorded but never sent is abandoned, not sent")
}

func TestRelay_TwoRelayersAtOnce(t *testing.T) {
	r := newRelayEnv(t, 6)
	second, err := r.env.NewOperator(r.ctx)
	require.NoError(t, err)
	keyB, err := r.env.WriteKey(r.run+"-b", second)
	require.NoError(t, err)

	a := r.relayer("a", r.keyFile, "", "ORACLE_BATCH_SIZE=30")
	defer stop(t, a)
	b := r.relayer("b", keyB, "", "ORACLE_BATCH_SIZE=30")
	defer stop(t, b)
	r.post(10, 5, 60)
	r.waitSettled(3 * time.Minute)
	stA := r.waitFinal("a", 60)
	stB := r.waitFinal("b", 60)
	t.Logf("relayer a: %v; relayer b: %v", stA, stB)
	// Each reading was applied once on chain (waitSettled); between them the relayers account
	// for every reading as applied by one and rejected (NotNewer) or covered at the other.
	require.Equal(t, 6, stA["baseline"]+stB["baseline"])
	require.Equal(t, 54, stA["applied"]+stB["applied"])

	// A standby relayer (submit delay) started alongside sends nothing while the others keep up.
	second2, err := r.env.NewOperator(r.ctx)
	require.NoError(t, err)
	keyC, err := r.env.WriteKey(r.run+"-c", second2)
	require.NoError(t, err)
	c := r.relayer("c", keyC, "", "ORACLE_SUBMIT_DELAY_BLOCKS=6")
	defer stop(t, c)
	r.post(5, 5, 30)
	r.waitSettled(3 * time.Minute)
	stC := r.waitFinal("c", 90)
	total, _ := r.submissions("c")
	require.Zero(t, total, "the standby spent gas: %v", stC)
	require.Equal(t, 90, stC["covered"])
}

func httpGet(t *testing.T, url string) string {
	t.Helper()
	out, err := oracleit.Get(context.Background(), url)
	require.NoError(t, err)
	return out
}

func TestRelay_ServesEnergyDataRequest(t *testing.T) {
	r := newRelayEnv(t, 2)
	p := r.relayer("a", r.keyFile, "")
	defer stop(t, p)
	r.post(3, 5, 10)
	r.waitSettled(3 * time.Minute)

	// A campus user disputes an interval the chain has not reached yet: the request stays
	// pending until meterbridge has a reading that reaches it, then the relayer fulfils it.
	meter := r.campus.IDs()[0]
	end := r.campus.LastEnd() + 7
	id, atOnce, err := r.env.RequestEnergyData(r.ctx, "user01", meter, end)
	require.NoError(t, err)
	require.False(t, atOnce)
	status, err := r.env.RequestStatus(r.ctx, id)
	require.NoError(t, err)
	require.Equal(t, uint8(1), status, "pending")

	r.post(2, 5, 10)
	require.NoError(t, oracleit.Poll(r.ctx, 3*time.Minute, 500*time.Millisecond, "request fulfilled", func(ctx context.Context) (bool, error) {
		s, err := r.env.RequestStatus(ctx, id)
		return s == 2, err
	}))
	r.waitSettled(3 * time.Minute)
	require.NoError(t, oracleit.Poll(r.ctx, 3*time.Minute, 500*time.Millisecond, "request final in the relayer", func(ctx context.Context) (bool, error) {
		var st string
		err := r.pool.QueryRow(ctx, `SELECT status FROM oracle.requests WHERE relayer = $1 AND request_id = $2`,
			r.run+"-a", id.String()).Scan(&st)
		return st == "fulfilled", err
	}))
	var fulfils int
	require.NoError(t, r.pool.QueryRow(r.ctx, `SELECT count(*) FROM oracle.submissions WHERE relayer = $1 AND kind = 'fulfill'`,
		r.run+"-a").Scan(&fulfils))
	require.Equal(t, 1, fulfils)
}
