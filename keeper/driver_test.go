package keeper

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	kauto "github.com/campus-grid/gridchain/keeper/automation"
)

type testKeeper struct {
	index int
	from  common.Address
	d     *driver
	r     *runner
	store *MemoryStore
}

func newTestKeeper(t *testing.T, f *fakeMarket, clock Clock, index, count int, grace uint64) *testKeeper {
	t.Helper()
	from := common.BigToAddress(common.Big1).Bytes()
	from[19] = byte(0xa0 + index)
	k := &testKeeper{index: index, from: common.BytesToAddress(from), store: &MemoryStore{}}
	k.d = &driver{
		keeperID: fmt.Sprintf("keeper-%d", index), turns: Turns{Index: index, Count: count, GraceBlocks: grace},
		chain: f, checker: newChecker(f, errorDecoder()), sender: &fakeSender{f: f, from: k.from}, store: k.store,
		metrics: NoopMetrics{}, clock: clock, log: zap.NewNop(), maxSteps: 1000,
	}
	spec := UpkeepSpec{Upkeep: TradingUpkeep(f.target).Upkeep(), Schedule: StaticSchedule(f.sched), ClearAction: TradingClearAction}
	k.d.addUpkeep(spec)
	k.r = k.d.runners[0]
	k.r.resumed = true
	return k
}

func (k *testKeeper) performs(outcome kauto.Outcome) []PerformRecord {
	var out []PerformRecord
	for _, p := range k.store.Snapshot() {
		if p.Outcome == outcome {
			out = append(out, p)
		}
	}
	return out
}

func TestTurns(t *testing.T) {
	tests := []struct {
		name              string
		turns             Turns
		seed, since, head uint64
		wantPrimary       int
		wantRank          int
		wantAct           bool
	}{
		{"single keeper always acts", Turns{Index: 0, Count: 1, GraceBlocks: 5}, 7, 10, 10, 0, 0, true},
		{"primary acts at once", Turns{Index: 3, Count: 4, GraceBlocks: 5}, 7, 10, 10, 3, 0, true},
		{"rank 1 waits one grace", Turns{Index: 0, Count: 4, GraceBlocks: 5}, 7, 10, 14, 3, 1, false},
		{"rank 1 acts after one grace", Turns{Index: 0, Count: 4, GraceBlocks: 5}, 7, 10, 15, 3, 1, true},
		{"rank 3 waits three graces", Turns{Index: 2, Count: 4, GraceBlocks: 5}, 7, 10, 24, 3, 3, false},
		{"rank 3 acts after three graces", Turns{Index: 2, Count: 4, GraceBlocks: 5}, 7, 10, 25, 3, 3, true},
		{"two keepers, even epoch", Turns{Index: 1, Count: 2, GraceBlocks: 3}, 4, 0, 2, 0, 1, false},
		{"two keepers, odd epoch", Turns{Index: 1, Count: 2, GraceBlocks: 3}, 5, 0, 0, 1, 0, true},
		{"head behind since (another node): only the primary", Turns{Index: 1, Count: 2, GraceBlocks: 3}, 4, 10, 9, 0, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.wantPrimary, tt.turns.Primary(tt.seed))
			require.Equal(t, tt.wantRank, tt.turns.Rank(tt.seed))
			require.Equal(t, tt.wantAct, tt.turns.MayAct(tt.seed, tt.since, tt.head))
		})
	}
}

func TestProgressRestartsClockOnlyWhenTheUnitMoves(t *testing.T) {
	u := TradingUpkeep(common.HexToAddress("0x7ad1")).Upkeep()
	var p progress
	clear1 := encodePerform(1, 1, 0)
	settle0 := encodePerform(3, 0, 4)
	require.Equal(t, uint64(10), p.observe(u.UnitOf(clear1), clear1, 10))
	require.Equal(t, uint64(10), p.observe(u.UnitOf(clear1), clear1, 12), "same work, clock keeps running")
	require.Equal(t, uint64(13), p.observe(u.UnitOf(settle0), settle0, 13), "another unit has its own clock")
	require.Equal(t, uint64(10), p.observe(u.UnitOf(clear1), clear1, 14), "interleaving does not restart a unit")
	settle1 := encodePerform(3, 1, 0)
	require.Equal(t, uint64(15), p.observe(u.UnitOf(settle1), settle1, 15), "epoch 1 moved on: clock restarts")
	p.idle()
	require.Equal(t, uint64(20), p.observe(u.UnitOf(settle1), settle1, 20))
}

func TestSchedule(t *testing.T) {
	s := Schedule{Length: 15, First: 1000}
	tests := []struct {
		name  string
		now   int64
		epoch uint64
		next  int64
	}{
		{"before first epoch", 900, 0, 1015},
		{"at start", 1000, 0, 1015},
		{"inside epoch 0", 1014, 0, 1015},
		{"at the end of epoch 0", 1015, 1, 1030},
		{"inside epoch 3", 1050, 3, 1060},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.epoch, s.EpochAt(uint64(tt.now)))
			require.Equal(t, tt.next, s.NextEnd(time.Unix(tt.now, 0)).Unix())
		})
	}
	require.Equal(t, uint64(1045), s.End(2))
}

func TestUnitOf(t *testing.T) {
	trading := TradingUpkeep(common.HexToAddress("0x7ad1")).Upkeep()
	a, b := trading.UnitOf(encodePerform(3, 9, 0)), trading.UnitOf(encodePerform(3, 9, 100))
	require.True(t, a.Known)
	require.Equal(t, uint64(9), a.Number)
	require.Equal(t, a.Key, b.Key, "every batch of an epoch is one unit")
	require.NotEqual(t, a.Key, trading.UnitOf(encodePerform(1, 10, 0)).Key)

	oracle := OracleClientUpkeep(common.HexToAddress("0x0c1e")).Upkeep()
	c, d := oracle.UnitOf([]byte{1, 2}), oracle.UnitOf([]byte{1, 3})
	require.False(t, c.Known)
	require.NotEqual(t, c.Key, d.Key)
	require.NotEqual(t, c.Seed(), d.Seed())
}

func TestSingleKeeperClearsAndSettlesEveryEpoch(t *testing.T) {
	ctx := context.Background()
	f := newFakeMarket(1000, 15, 2)
	f.book(0, 3)
	f.book(1, 0)
	f.book(2, 5)
	k := newTestKeeper(t, f, &fakeClock{}, 0, 1, 5)

	k.r.runUntilIdle(ctx)
	require.Empty(t, f.sent(k.from), "nothing is due before epoch 0 ends")

	f.mineUntil(f.sched.End(2))
	k.r.runUntilIdle(ctx)
	for e, want := range map[uint64]int{0: 3, 1: 0, 2: 5} {
		require.True(t, f.epochs[e].cleared, "epoch %d cleared", e)
		require.Equal(t, want, f.epochs[e].cursor, "epoch %d settled", e)
	}
	require.Len(t, f.sent(k.from), 3+3+5, "one transaction per unit of work, none twice")
	require.Len(t, k.performs(kauto.OutcomePerformed), 11)
	require.Empty(t, k.performs(kauto.OutcomeNoop))
	require.Zero(t, f.wrongFrom, "checkUpkeep is always called from the zero address")

	// Clearing happens in epoch order.
	var order []uint64
	for _, p := range k.performs(kauto.OutcomePerformed) {
		if a, e, _, _ := decodePerform(p.PerformData); a == 1 {
			order = append(order, e)
		}
	}
	require.Equal(t, []uint64{0, 1, 2}, order)
	checks := len(k.store.Checks)
	require.Positive(t, checks)
}

// TestTurnTaking runs N keepers (some down) block by block and checks who did each unit of work.
func TestTurnTaking(t *testing.T) {
	const grace = 3
	tests := []struct {
		name  string
		count int
		alive []int
	}{
		{"two keepers", 2, []int{0, 1}},
		{"four keepers", 4, []int{0, 1, 2, 3}},
		{"four keepers, one down", 4, []int{0, 2, 3}},
		{"four keepers, three down", 4, []int{2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			f := newFakeMarket(1000, 20, 2)
			const epochs = 6
			for e := uint64(0); e < epochs; e++ {
				f.book(e, 2)
			}
			up := map[int]bool{}
			var keepers []*testKeeper
			for _, i := range tt.alive {
				up[i] = true
				keepers = append(keepers, newTestKeeper(t, f, &fakeClock{}, i, tt.count, grace))
			}
			dueAt := map[uint64]uint64{} // epoch -> first block at or after its end
			for round := 0; round < 2000; round++ {
				for e := uint64(0); e < epochs; e++ {
					if _, ok := dueAt[e]; !ok && f.now() >= f.sched.End(e) {
						dueAt[e] = f.head
					}
				}
				for _, k := range keepers {
					k.r.runUntilIdle(ctx)
				}
				if done(f) {
					break
				}
				f.mine()
			}
			require.True(t, done(f), "every epoch cleared and settled")

			// The acting keeper for epoch e: the first alive one in rank order.
			turns := Turns{Count: tt.count, GraceBlocks: grace}
			sentBy := map[common.Address]int{}
			var total int
			for _, k := range keepers {
				n := len(f.sent(k.from))
				sentBy[k.from] = n
				total += n
				for _, tx := range f.sent(k.from) {
					require.Equal(t, uint64(1), tx.status, "no perform reverted")
				}
			}
			require.Equal(t, epochs*3, total, "each unit of work sent exactly once: no duplicates, no gaps")
			for e := uint64(0); e < epochs; e++ {
				primary := turns.Primary(e)
				actor := primary
				for r := 0; r < tt.count; r++ {
					if i := (primary + r) % tt.count; up[i] {
						actor = i
						break
					}
				}
				var actorFrom common.Address
				for _, k := range keepers {
					if k.index == actor {
						actorFrom = k.from
					}
				}
				for unit, by := range f.epochs[e].doneBy {
					require.Equal(t, actorFrom, by, "epoch %d %s done by keeper %d", e, unit, actor)
				}
			}
		})
	}
}

func done(f *fakeMarket) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, e := range f.booked {
		if ep := f.epochs[e]; !ep.cleared || ep.cursor < ep.batches {
			return false
		}
	}
	return true
}

func TestBackupStepsInAfterGrace(t *testing.T) {
	ctx := context.Background()
	f := newFakeMarket(1000, 20, 2)
	f.book(1, 0) // primary of epoch 1 among 4 is keeper 1: it is down
	backup := newTestKeeper(t, f, &fakeClock{}, 2, 4, 5)
	f.mineUntil(f.sched.End(1))
	due := f.head
	for !f.epochs[1].cleared {
		backup.r.runUntilIdle(ctx)
		if !f.epochs[1].cleared {
			f.mine()
		}
		require.Less(t, f.head, due+50)
	}
	cleared := f.sent(backup.from)[0].block
	// The check at due+5 finds it may act; the transaction lands in the next block.
	require.Equal(t, due+5+1, cleared, "rank 1 steps in after exactly one grace period")
}

func TestWorkDoneByAnotherKeeperIsANoopNotARevert(t *testing.T) {
	ctx := context.Background()
	f := newFakeMarket(1000, 20, 2)
	f.book(0, 1)
	f.mineUntil(f.sched.End(0))
	a := newTestKeeper(t, f, &fakeClock{}, 0, 2, 3)
	b := newTestKeeper(t, f, &fakeClock{}, 1, 2, 3)
	stale := encodePerform(1, 0, 0)
	// Keeper a clears epoch 0.
	more, err := a.r.step(ctx)
	require.NoError(t, err)
	require.True(t, more)
	// Keeper b still holds the clearing perform data it saw before: it must send nothing.
	more, err = b.r.perform(ctx, at{head: f.head}, b.r.spec.UnitOf(stale), stale)
	require.NoError(t, err)
	require.True(t, more, "b re-checks at once and finds the next unit")
	require.Empty(t, f.sent(b.from))
	require.Len(t, b.performs(kauto.OutcomeNoop), 1)
}

func TestFailingSimulationSendsNothing(t *testing.T) {
	ctx := context.Background()
	f := newFakeMarket(1000, 20, 2)
	f.book(0, 1)
	f.mineUntil(f.sched.End(0))
	k := newTestKeeper(t, f, &fakeClock{}, 0, 1, 3)
	// An epoch the contract would refuse to settle: checkUpkeep keeps asking for it.
	bad := encodePerform(3, 0, 0)
	f.forceWork = bad
	for i := 0; i < 10; i++ {
		more, err := k.r.perform(ctx, at{head: f.head}, k.r.spec.UnitOf(bad), bad)
		require.NoError(t, err)
		require.False(t, more, "a failing simulation waits for the next head")
		f.mine()
	}
	require.Empty(t, f.sent(k.from), "no transaction, so no revert storm")
	require.Len(t, k.performs(kauto.OutcomeSimulationFailed), 10)
	k.r.runUntilIdle(ctx)
	require.Len(t, k.performs(kauto.OutcomeSimulationFailed), 11, "one attempt per head, not a loop")
}

func TestResumeAfterCrashWaitsForTheSentPerform(t *testing.T) {
	ctx := context.Background()
	f := newFakeMarket(1000, 20, 2)
	f.book(0, 1)
	f.mineUntil(f.sched.End(0))
	k := newTestKeeper(t, f, &fakeClock{}, 0, 1, 3)
	// The previous run sent the clearing (the transaction manager recovered it) and died.
	pd := encodePerform(1, 0, 0)
	key := sendKeyPrefix(k.r.spec.Upkeep, pd) + "/0"
	pending, err := k.d.sender.Queue(ctx, candidateFor(k.r.spec.Target, pd, key))
	require.NoError(t, err)
	rec := &PerformRecord{KeeperID: k.d.keeperID, Upkeep: k.r.spec.Upkeep, PerformData: pd, SendKey: key,
		TxID: pending.TxID(), Outcome: OutcomeSent}
	require.NoError(t, k.store.InsertPerform(ctx, rec))

	k.r.resumed = false
	require.NoError(t, k.r.resume(ctx))
	k.r.resumed = true
	k.r.runUntilIdle(ctx)
	require.True(t, f.epochs[0].cleared)
	require.Equal(t, 1, f.epochs[0].cursor)
	require.Len(t, f.sent(k.from), 2, "the clearing once, then the settlement: no duplicate")
	open, err := k.store.OpenPerforms(ctx, k.d.keeperID, k.r.spec.ID)
	require.NoError(t, err)
	require.Empty(t, open)
	require.Len(t, k.performs(kauto.OutcomePerformed), 2)
}

func TestRepeatedPerformDataGetsAFreshKey(t *testing.T) {
	ctx := context.Background()
	k := &MemoryStore{}
	u := OracleClientUpkeep(common.HexToAddress("0x0c1e")).Upkeep()
	prefix := sendKeyPrefix(u, []byte{})
	n, err := k.FinishedWithKey(ctx, "k", u.ID, prefix)
	require.NoError(t, err)
	require.Zero(t, n)
	rec := &PerformRecord{KeeperID: "k", Upkeep: u, SendKey: prefix + "/0", Outcome: OutcomeSent}
	require.NoError(t, k.InsertPerform(ctx, rec))
	n, _ = k.FinishedWithKey(ctx, "k", u.ID, prefix)
	require.Zero(t, n, "a perform in flight keeps its key (a restart reuses it)")
	rec.Outcome = kauto.OutcomePerformed
	require.NoError(t, k.FinishPerform(ctx, rec))
	n, _ = k.FinishedWithKey(ctx, "k", u.ID, prefix)
	require.Equal(t, 1, n, "the same perform data later is new work with a new key")
}

func TestEpochTimerKicksAtEveryEpochEnd(t *testing.T) {
	f := newFakeMarket(1000, 15, 2)
	clock := &fakeClock{now: time.Unix(1003, 0)}
	k := newTestKeeper(t, f, clock, 0, 1, 3)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go k.d.epochTimer(ctx, k.r)
	for e := 0; e < 3; e++ {
		require.Eventually(t, func() bool { return clock.pending() == 1 }, 5*time.Second, time.Millisecond)
		clock.mu.Lock()
		at := clock.waiters[0].at
		clock.mu.Unlock()
		require.Equal(t, int64(1015+15*e), at.Unix(), "timer %d set for the end of epoch %d", e, e)
		require.Empty(t, k.r.kick)
		clock.advance(at.Sub(clock.Now()))
		require.Eventually(t, func() bool { return len(k.r.kick) == 1 }, 5*time.Second, time.Millisecond)
		<-k.r.kick
	}
}

func TestConfigCheck(t *testing.T) {
	good := func() Config {
		c := DefaultConfig()
		c.ID, c.RPCURLs, c.KeyFile = "keeper-ERC", []string{"http://127.0.0.1:8545"}, "/tmp/key"
		c.Upkeeps = []UpkeepConfig{TradingUpkeep(common.HexToAddress("0x7ad1"))}
		return c
	}
	tests := []struct {
		name    string
		mutate  func(*Config)
		wantErr error
	}{
		{"good", func(*Config) {}, nil},
		{"index out of range", func(c *Config) { c.Index, c.Count = 4, 4 }, ErrBadIndex},
		{"no keepers", func(c *Config) { c.Count = 0 }, ErrBadCount},
		{"no grace with several keepers", func(c *Config) { c.Count, c.GraceBlocks = 2, 0 }, ErrBadGrace},
		{"no rpc", func(c *Config) { c.RPCURLs = nil }, ErrNoRPC},
		{"no key", func(c *Config) { c.KeyFile = "" }, ErrNoKey},
		{"no upkeep", func(c *Config) { c.Upkeeps = nil }, ErrNoUpkeeps},
		{"bad address", func(c *Config) { c.Upkeeps[0].Address = "0x12" }, ErrBadUpkeep},
		{"bad check data", func(c *Config) { c.Upkeeps[0].CheckData = "0xzz" }, ErrBadUpkeep},
		{"bad noop event", func(c *Config) { c.Upkeeps[0].NoopEvents = []string{"Skipped"} }, ErrBadUpkeep},
		{"first start without length", func(c *Config) { c.FirstEpochStart = 5 }, ErrBadSchedule},
		{"no poll", func(c *Config) { c.PollInterval = 0 }, ErrBadPoll},
		{"no id", func(c *Config) { c.ID = "" }, ErrNoKeeperID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := good()
			tt.mutate(&c)
			err := c.Check()
			if tt.wantErr == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tt.wantErr)
		})
	}
}

func TestLoadConfigEnvOverrides(t *testing.T) {
	t.Setenv("KEEPER_INDEX", "2")
	t.Setenv("KEEPER_COUNT", "4")
	t.Setenv("KEEPER_RPC_URLS", "http://a:1,http://b:2")
	t.Setenv("KEEPER_TXMGR_CONFIRMATIONS", "3")
	t.Setenv("KEEPER_POLL_INTERVAL", "500ms")
	c, err := LoadConfig("")
	require.NoError(t, err)
	require.Equal(t, 2, c.Index)
	require.Equal(t, 4, c.Count)
	require.Equal(t, []string{"http://a:1", "http://b:2"}, c.RPCURLs)
	require.Equal(t, uint64(3), c.TxMgr.Confirmations)
	require.Equal(t, 500*time.Millisecond, c.PollInterval)
	require.Equal(t, uint64(DefaultGraceBlocks), c.GraceBlocks)
}

func TestClearingSentAgainstThePendingBlock(t *testing.T) {
	tests := []struct {
		name        string
		blockPeriod uint64
		wantLag     uint64 // blocks from the first block at or after the end to the clearing
	}{
		{"pending-block check", 2, 0},
		{"latest only", 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			f := newFakeMarket(1001, 20, 2)
			f.book(0, 0)
			k := newTestKeeper(t, f, &fakeClock{}, 0, 1, 3)
			k.d.blockPeriod = tt.blockPeriod
			end := f.sched.End(0)
			for !f.epochs[0].cleared {
				k.r.runUntilIdle(ctx)
				if !f.epochs[0].cleared {
					f.mine()
				}
			}
			tx := f.sent(k.from)[0]
			first := tx.block
			for f.times[first-1] >= end {
				first--
			}
			require.GreaterOrEqual(t, f.times[tx.block], end, "never cleared before the end")
			require.Equal(t, tt.wantLag, tx.block-first)
			require.Equal(t, uint64(1), tx.status)
		})
	}
}

func TestHeadSourceDeliversEachNewHeadOnceInOrder(t *testing.T) {
	f := newFakeMarket(1000, 20, 2)
	h := newHeadSource(f, nil, 5*time.Millisecond, zap.NewNop())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go h.run(ctx)
	var got []uint64
	for len(got) < 4 {
		select {
		case hd := <-h.Heads():
			got = append(got, hd.Number)
			f.mine()
		case <-time.After(5 * time.Second):
			t.Fatalf("no head after %v", got)
		}
	}
	for i := 1; i < len(got); i++ {
		require.Greater(t, got[i], got[i-1], "heads strictly increase: %v", got)
	}
	require.Equal(t, uint64(100), got[0])
}
