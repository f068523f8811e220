package oracletest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/oracle"
	"github.com/campus-grid/gridchain/reading"
)

// StoreFactory returns an empty store for the relayer named name.
type StoreFactory func(t *testing.T, name string) oracle.Store

// RunDriverSuite runs the driver's behaviour tests (cursor, batching, resume after a crash,
// reorgs, racing relayers, requests) on a fake chain and transaction manager, with the store
// newStore makes: the memory store in the unit tests, PostgreSQL in the integration tests.
func RunDriverSuite(t *testing.T, newStore StoreFactory) {
	tests := []struct {
		name string
		f    func(*testing.T, StoreFactory)
	}{
		{"RelaysEveryReadingInBatches", testRelaysEveryReadingInBatches},
		{"FetchErrorKeepsCursor", testFetchErrorKeepsCursor},
		{"ResumeAfterCrash", testResumeAfterCrash},
		{"ReorgedSubmissionIsResent", testReorgedSubmissionIsResent},
		{"ReorgLetsARivalWinFirst", testReorgLetsARivalWinFirst},
		{"CoveredReadingsAreNotSentAndReturnAfterReorg", testCoveredReadingsAreNotSentAndReturnAfterReorg},
		{"TwoRelayersNeverDoubleMint", testTwoRelayersNeverDoubleMint},
		{"RejectedReadingKeepsReason", testRejectedReadingKeepsReason},
		{"QueueErrorReturnsReadings", testQueueErrorReturnsReadings},
		{"ServesRequests", testServesRequests},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.f(t, newStore) })
	}
}

// fakeSource is meterbridge's cursor over a growing list.
type fakeSource struct {
	mu   sync.Mutex
	rows []oracle.Reading
	fail error
}

func (s *fakeSource) add(rs ...oracle.Reading) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range rs {
		r.BridgeID = int64(len(s.rows) + 1)
		s.rows = append(s.rows, r)
	}
}

func (s *fakeSource) After(_ context.Context, after int64, limit int) ([]oracle.Reading, int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		err := s.fail
		s.fail = nil
		return nil, after, err
	}
	var out []oracle.Reading
	for _, r := range s.rows {
		if r.BridgeID > after && len(out) < limit {
			out = append(out, r)
		}
	}
	next := after
	if len(out) > 0 {
		next = out[len(out)-1].BridgeID
	}
	return out, next, nil
}

// meterSeries makes n readings per meter, interleaved across meters in commit order, with
// export and import counters that only grow.
func meterSeries(meters []common.Hash, n int) []oracle.Reading {
	var out []oracle.Reading
	exp := map[common.Hash]uint64{}
	imp := map[common.Hash]uint64{}
	for seq := 1; seq <= n; seq++ {
		for mi, m := range meters {
			exp[m] += uint64(100 + 37*mi + 11*seq%50)
			if seq%3 == 0 {
				imp[m] += uint64(20 + mi)
			}
			start := uint64(1_700_000_000 + 900*seq)
			out = append(out, oracle.Reading{Signed: reading.Signed{Reading: reading.Reading{MeterID: m, IntervalStart: start,
				IntervalEnd: start + 900, ExportWh: exp[m], ImportWh: imp[m], Seq: uint64(seq)}, Signature: make([]byte, 65)}})
		}
	}
	return out
}

// expectedBalances applies the contract's rules to every reading in seq order, independently of the fake.
func expectedBalances(rs []oracle.Reading, owners map[common.Hash]common.Address) map[common.Address]*big.Int {
	type st struct {
		started  bool
		exp, imp uint64
	}
	meters := map[common.Hash]*st{}
	bal := map[common.Address]*big.Int{}
	for _, r := range rs {
		m := meters[r.MeterID]
		if m == nil {
			m = &st{}
			meters[r.MeterID] = m
		}
		o := owners[r.MeterID]
		if bal[o] == nil {
			bal[o] = new(big.Int)
		}
		if m.started {
			bal[o].Add(bal[o], new(big.Int).Mul(new(big.Int).SetUint64(r.ExportWh-m.exp), big.NewInt(1e15)))
			burn := new(big.Int).Mul(new(big.Int).SetUint64(r.ImportWh-m.imp), big.NewInt(1e15))
			if burn.Cmp(bal[o]) > 0 {
				burn.Set(bal[o])
			}
			bal[o].Sub(bal[o], burn)
		}
		m.started, m.exp, m.imp = true, r.ExportWh, r.ImportWh
	}
	return bal
}

type rig struct {
	t     *testing.T
	w     *world
	src   *fakeSource
	store oracle.Store
	name  string
	cfg   oracle.DriverConfig
	d     *oracle.Driver
}

func testDriverConfig() oracle.DriverConfig {
	return oracle.DriverConfig{BatchSize: 100, FetchLimit: 50, MaxInFlight: 2, Confirmations: 6, MaxAttempts: 3,
		LogRange: 1000, Requests: true}
}

func newRig(t *testing.T, ns StoreFactory, w *world, src *fakeSource, name string, mod func(*oracle.DriverConfig)) *rig {
	t.Helper()
	r := &rig{t: t, w: w, src: src, store: ns(t, name), name: name, cfg: testDriverConfig()}
	if mod != nil {
		mod(&r.cfg)
	}
	r.restart(oracle.Hooks{})
	return r
}

// restart builds a new driver over the same store, as a restarted process would, and recovers.
func (r *rig) restart(h oracle.Hooks) {
	r.t.Helper()
	r.d = oracle.NewDriver(r.cfg, zaptest.NewLogger(r.t).Named(r.name), r.store, r.src, worldChain{r.w},
		worldSender{r.w, r.name}, nil, r.w.contract, "oracle/"+r.name+"/", h)
	require.NoError(r.t, r.d.Recover(context.Background()))
}

func (r *rig) tick() {
	r.t.Helper()
	require.NoError(r.t, r.d.Tick(context.Background()))
}

var errCrash = errors.New("simulated crash")

// tickCrash runs a tick that a hook aborts with panic(errCrash), as the process exit would.
func (r *rig) tickCrash() {
	r.t.Helper()
	defer func() {
		require.Equal(r.t, errCrash, recover(), "the hook did not fire")
	}()
	_ = r.d.Tick(context.Background())
}

func crashOnce() func(*oracle.Submission) {
	return func(*oracle.Submission) { panic(errCrash) }
}

// settled reports whether every reading of the source is final in the store.
func (r *rig) settled() bool {
	r.src.mu.Lock()
	n := len(r.src.rows)
	r.src.mu.Unlock()
	ids := make([]int64, n)
	for i := range ids {
		ids[i] = int64(i + 1)
	}
	rs, err := r.store.Readings(context.Background(), ids)
	require.NoError(r.t, err)
	if len(rs) != n {
		return false
	}
	for _, x := range rs {
		if !x.Final {
			return false
		}
	}
	return true
}

// run ticks every rig and mines until all are settled.
func run(t *testing.T, w *world, rigs ...*rig) {
	t.Helper()
	for i := 0; i < 200; i++ {
		all := true
		for _, r := range rigs {
			r.tick()
			all = all && r.settled()
		}
		if all {
			return
		}
		w.mine("")
	}
	t.Fatal("readings never settled")
}

func decodeBatch(t *testing.T, data []byte) []oracleclient.IOracleClientReading {
	t.Helper()
	parsed := oracleclient.NewOracleClient().GetABI()
	m, err := parsed.MethodById(data[:4])
	require.NoError(t, err)
	if m.Name != "submitReadings" {
		return nil
	}
	args, err := m.Inputs.Unpack(data[4:])
	require.NoError(t, err)
	return *abi.ConvertType(args[0], new([]oracleclient.IOracleClientReading)).(*[]oracleclient.IOracleClientReading)
}

// sendsPerReading counts, over every transaction anyone sent, how often each (meter, seq) was carried.
func sendsPerReading(t *testing.T, w *world) map[string]int {
	t.Helper()
	out := map[string]int{}
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, tx := range w.txs {
		for _, r := range decodeBatch(t, tx.data) {
			out[fmt.Sprintf("%s/%d", r.MeterId, r.Seq)]++
		}
	}
	return out
}

func setup(t *testing.T, meters, perMeter int) (*world, *fakeSource, []oracle.Reading, map[common.Hash]common.Address) {
	t.Helper()
	w := newWorld(6)
	owners := map[common.Hash]common.Address{}
	var ids []common.Hash
	for i := 0; i < meters; i++ {
		m := common.BigToHash(big.NewInt(int64(1000 + i)))
		o := common.BigToAddress(big.NewInt(int64(500 + i%3))) // some owners hold several meters
		owners[m] = o
		ids = append(ids, m)
		w.assign(m, o)
	}
	rs := meterSeries(ids, perMeter)
	src := &fakeSource{}
	src.add(rs...)
	return w, src, rs, owners
}

func requireBalances(t *testing.T, w *world, rs []oracle.Reading, owners map[common.Hash]common.Address) {
	t.Helper()
	want := expectedBalances(rs, owners)
	for o, b := range want {
		require.Equal(t, b.String(), w.balance(o).String(), "GRID of %s", o)
	}
}

func testRelaysEveryReadingInBatches(t *testing.T, ns StoreFactory) {
	w, src, rs, owners := setup(t, 7, 40) // 280 readings
	r := newRig(t, ns, w, src, "a", nil)
	run(t, w, r)

	cursor, ok, err := r.store.Cursor(context.Background(), oracle.CursorBridge)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, int64(len(rs)), cursor)

	txs := w.sentBy("a")
	require.Len(t, txs, 3, "280 readings in batches of at most 100")
	for _, tx := range txs {
		batch := decodeBatch(t, tx.data)
		require.LessOrEqual(t, len(batch), 100)
		last := map[common.Hash]uint64{}
		for _, x := range batch {
			require.Greater(t, x.Seq, last[x.MeterId], "a meter's readings out of seq order in a batch")
			last[x.MeterId] = x.Seq
		}
	}
	for k, n := range sendsPerReading(t, w) {
		require.Equal(t, 1, n, "reading %s sent %d times", k, n)
	}
	got, err := r.store.Readings(context.Background(), []int64{1, 2, 3, 8, 280})
	require.NoError(t, err)
	require.Equal(t, oracle.StatusBaseline, got[0].Status)
	require.Equal(t, oracle.StatusApplied, got[3].Status)
	require.Equal(t, oracle.StatusApplied, got[4].Status)
	requireBalances(t, w, rs, owners)

	// New readings later continue from the cursor.
	more := meterSeries([]common.Hash{rs[0].MeterID}, 45)[40:]
	src.add(more...)
	run(t, w, r)
	require.Len(t, w.sentBy("a"), 4)
	requireBalances(t, w, append(append([]oracle.Reading{}, rs...), more...), owners)
}

func testFetchErrorKeepsCursor(t *testing.T, ns StoreFactory) {
	w, src, rs, owners := setup(t, 2, 5)
	r := newRig(t, ns, w, src, "a", nil)
	src.fail = errors.New("meterbridge down")
	require.Error(t, r.d.Tick(context.Background()))
	_, ok, err := r.store.Cursor(context.Background(), oracle.CursorBridge)
	require.NoError(t, err)
	require.False(t, ok, "no cursor before any page was stored")
	run(t, w, r)
	requireBalances(t, w, rs, owners)
}

func testResumeAfterCrash(t *testing.T, ns StoreFactory) {
	tests := []struct {
		name  string
		hooks func() oracle.Hooks
		// txsAfterCrash is how many transactions the first run left behind.
		txsAfterCrash int
	}{
		{"after the submission is recorded, before it is sent", func() oracle.Hooks { return oracle.Hooks{AfterRecord: crashOnce()} }, 0},
		{"after it is sent, before the submission says so", func() oracle.Hooks { return oracle.Hooks{AfterQueue: crashOnce()} }, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, src, rs, owners := setup(t, 5, 30) // 150 readings: two batches
			r := newRig(t, ns, w, src, "a", nil)
			r.restart(tc.hooks())
			r.tickCrash()
			require.Len(t, w.sentBy("a"), tc.txsAfterCrash)
			open, err := r.store.OpenSubmissions(context.Background())
			require.NoError(t, err)
			require.Len(t, open, 1, "the crashed submission stays recorded")

			r.restart(oracle.Hooks{}) // the new process
			run(t, w, r)
			for k, n := range sendsPerReading(t, w) {
				require.Equal(t, 1, n, "reading %s sent %d times", k, n)
			}
			requireBalances(t, w, rs, owners)
		})
	}
}

func testReorgedSubmissionIsResent(t *testing.T, ns StoreFactory) {
	w, src, rs, owners := setup(t, 3, 10)
	r := newRig(t, ns, w, src, "a", nil)
	r.tick() // submits
	before := w.head().number
	w.mine("first")
	w.advance(2)
	r.tick()
	open, err := r.store.OpenSubmissions(context.Background())
	require.NoError(t, err)
	require.Equal(t, oracle.SubMined, open[0].State)

	w.reorg(before) // the block with the submission is gone; the tx is back in the pool
	r.tick()
	sub, err := r.store.Submission(context.Background(), open[0].ID)
	require.NoError(t, err)
	require.Equal(t, oracle.SubSent, sub.State)
	require.Equal(t, 1, sub.Reorgs)

	run(t, w, r)
	sub, err = r.store.Submission(context.Background(), open[0].ID)
	require.NoError(t, err)
	require.Equal(t, oracle.SubFinal, sub.State)
	require.Len(t, w.sentBy("a"), 1, "the transaction manager re-sends the same transaction")
	requireBalances(t, w, rs, owners)
}

func testReorgLetsARivalWinFirst(t *testing.T, ns StoreFactory) {
	w, src, rs, owners := setup(t, 2, 4)
	r := newRig(t, ns, w, src, "a", nil)
	r.tick()
	before := w.head().number
	w.mine("ours")
	r.tick()
	mine := w.sentBy("a")[0]
	w.reorg(before)
	// In the new fork a rival relayer's copy of the same readings lands first.
	w.mu.Lock()
	w.pool = nil
	w.mu.Unlock()
	w.inject(mine.data)
	w.mu.Lock()
	w.pool = append(w.pool, mine)
	w.mu.Unlock()
	run(t, w, r)
	got, err := r.store.Readings(context.Background(), []int64{1, 8})
	require.NoError(t, err)
	require.Equal(t, oracle.StatusRejected, got[0].Status)
	require.Equal(t, "NotNewer", got[0].Reason)
	requireBalances(t, w, rs, owners) // applied once, by the rival
}

func testCoveredReadingsAreNotSentAndReturnAfterReorg(t *testing.T, ns StoreFactory) {
	w, src, rs, owners := setup(t, 2, 6)
	// A rival relays everything first.
	oc := oracleclient.NewOracleClient()
	var batch []oracleclient.IOracleClientReading
	var sigs [][]byte
	for _, x := range rs {
		batch = append(batch, oracle.ContractReading(x))
		sigs = append(sigs, x.Signature)
	}
	w.inject(oc.PackSubmitReadings(batch, sigs))
	rivalBlock := w.head().number + 1
	w.mine("rival")

	r := newRig(t, ns, w, src, "a", nil)
	r.tick()
	require.Empty(t, w.sentBy("a"), "nothing to send: the chain has it all")
	st, err := r.store.Stats(context.Background())
	require.NoError(t, err)
	require.Equal(t, len(rs), st.Covered)

	// The rival's block is reorged out and its transaction is never re-sent.
	w.reorg(rivalBlock - 1)
	w.mu.Lock()
	w.pool = nil
	w.mu.Unlock()
	run(t, w, r)
	require.Len(t, w.sentBy("a"), 1)
	requireBalances(t, w, rs, owners)
}

func testTwoRelayersNeverDoubleMint(t *testing.T, ns StoreFactory) {
	tests := []struct {
		name      string
		delay     uint64
		standbyTx bool
	}{
		{"both send at once", 0, true},
		{"standby waits and finds it done", 2, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, src, rs, owners := setup(t, 4, 12)
			a := newRig(t, ns, w, src, "a", nil)
			b := newRig(t, ns, w, src, "b", func(c *oracle.DriverConfig) { c.SubmitDelayBlocks = tc.delay })
			run(t, w, a, b)
			requireBalances(t, w, rs, owners)
			if tc.standbyTx {
				require.NotEmpty(t, w.sentBy("b"))
			} else {
				require.Empty(t, w.sentBy("b"), "the standby wasted gas")
			}
		})
	}
}

func testRejectedReadingKeepsReason(t *testing.T, ns StoreFactory) {
	w, src, rs, owners := setup(t, 2, 3)
	w.badSig[rs[1].MeterID] = true
	r := newRig(t, ns, w, src, "a", nil)
	run(t, w, r)
	got, err := r.store.Readings(context.Background(), []int64{2})
	require.NoError(t, err)
	require.Equal(t, oracle.StatusRejected, got[0].Status)
	require.Equal(t, "BadSignature", got[0].Reason)
	require.True(t, got[0].Final)
	delete(owners, rs[1].MeterID)
	var good []oracle.Reading
	for _, x := range rs {
		if x.MeterID != rs[1].MeterID {
			good = append(good, x)
		}
	}
	requireBalances(t, w, good, owners)
}

func testQueueErrorReturnsReadings(t *testing.T, ns StoreFactory) {
	w, src, rs, owners := setup(t, 2, 3)
	r := newRig(t, ns, w, src, "a", nil)
	w.queueErr = errors.New("estimate gas: connection refused")
	require.Error(t, r.d.Tick(context.Background()))
	st, err := r.store.Stats(context.Background())
	require.NoError(t, err)
	require.Equal(t, len(rs), st.Pending)
	// Until the next block it does not try again (no submission recorded every pass).
	r.tick()
	require.Empty(t, w.sentBy("a"))
	got, err := r.store.Readings(context.Background(), []int64{1})
	require.NoError(t, err)
	require.Equal(t, 1, got[0].Attempts, "a second submission was recorded in the same block")
	run(t, w, r)
	requireBalances(t, w, rs, owners)
}

func testServesRequests(t *testing.T, ns StoreFactory) {
	w, src, rs, _ := setup(t, 1, 3)
	meter := rs[0].MeterID
	r := newRig(t, ns, w, src, "a", nil)
	run(t, w, r)
	// A request beyond what the chain has: it waits for a reading that reaches it.
	end := rs[2].IntervalEnd + 900
	w.request(1, meter, end, 100)
	r.tick()
	open, err := r.store.OpenRequests(context.Background())
	require.NoError(t, err)
	require.Len(t, open, 1)
	require.Equal(t, oracle.ReqOpen, open[0].Status)

	src.add(meterSeries([]common.Hash{meter}, 4)[3])
	for i := 0; i < 20; i++ {
		r.tick()
		w.mine("")
		open, err = r.store.OpenRequests(context.Background())
		require.NoError(t, err)
		if len(open) == 0 {
			break
		}
	}
	require.Empty(t, open, "request never settled")
	require.Equal(t, oracle.OnchainFulfilled, w.head().state.requests["1"].Status)
	var fulfils int
	for _, tx := range w.sentBy("a") {
		if decodeBatch(t, tx.data) == nil {
			fulfils++
		}
	}
	require.Equal(t, 1, fulfils)
}
