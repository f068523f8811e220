package keeper

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/bindings/automation"
	kauto "github.com/campus-grid/gridchain/keeper/automation"
	"github.com/campus-grid/gridchain/txmgr"
)

// UpkeepSpec is an upkeep with what the driver needs to know about its work.
type UpkeepSpec struct {
	kauto.Upkeep
	// Schedule, when set, is the upkeep's epoch clock: the unit number is an epoch, the driver
	// wakes at every epoch end and measures the clearing lag.
	Schedule ScheduleSource
	// ClearAction, when >= 0, is the value of perform data word 0 that means "clear an epoch"
	// (Trading: 1); those performs feed the clearing-lag metric.
	ClearAction int64
}

// driver runs one runner per upkeep, kicked on every new head and at every epoch end.
type driver struct {
	keeperID  string
	turns     Turns
	chain     Chain
	checker   *checker
	sender    Sender
	store     Store
	metrics   Metrics
	clock     Clock
	log       *zap.Logger
	afterSend func()
	// maxSteps bounds the performs of one kick (a runaway guard; the next head kicks again).
	maxSteps int
	// blockPeriod is the chain's block interval in seconds (0: never look at the pending block).
	blockPeriod uint64

	runners []*runner
	// finalizers counts the goroutines following sent performs to their final receipt.
	finalizers sync.WaitGroup

	mu        sync.Mutex
	lastCheck time.Time
	lastHead  uint64
}

func (d *driver) addUpkeep(spec UpkeepSpec) {
	d.runners = append(d.runners, &runner{d: d, spec: spec, kick: make(chan struct{}, 1),
		log: d.log.With(zap.String("upkeep", spec.Name), zap.String("upkeep_id", spec.ID.Short()))})
}

// run drives every upkeep until ctx ends, then returns once every runner has stopped.
func (d *driver) run(ctx context.Context, heads <-chan Head) {
	var wg sync.WaitGroup
	for _, r := range d.runners {
		wg.Add(1)
		go func(r *runner) {
			defer wg.Done()
			r.loop(ctx)
		}(r)
		if r.spec.Schedule != nil {
			wg.Add(1)
			go func(r *runner) {
				defer wg.Done()
				d.epochTimer(ctx, r)
			}(r)
		}
	}
	d.kickAll()
	for {
		select {
		case <-ctx.Done():
			wg.Wait()
			d.finalizers.Wait()
			return
		case h, ok := <-heads:
			if !ok {
				heads = nil
				continue
			}
			d.mu.Lock()
			d.lastHead = h.Number
			d.mu.Unlock()
			d.metrics.Head(h.Number)
			d.kickAll()
		}
	}
}

func (d *driver) kickAll() {
	for _, r := range d.runners {
		r.poke()
	}
}

// epochTimer kicks r at every end of an epoch of its schedule.
func (d *driver) epochTimer(ctx context.Context, r *runner) {
	for {
		s, err := r.spec.Schedule.Schedule(ctx)
		wait := 10 * time.Second
		if err != nil {
			r.log.Warn("epoch schedule unavailable", zap.Error(err))
		} else if s.Valid() {
			wait = s.NextEnd(d.clock.Now()).Sub(d.clock.Now())
		}
		select {
		case <-ctx.Done():
			return
		case <-d.clock.After(wait):
			if err == nil && s.Valid() {
				r.log.Debug("epoch end", zap.Uint64("epoch", s.EpochAt(uint64(d.clock.Now().Unix()))-1))
				r.poke()
			}
		}
	}
}

// LastCheck is when a checkUpkeep last got an answer from a node (readiness).
func (d *driver) LastCheck() time.Time {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.lastCheck
}

func (d *driver) checked() {
	d.mu.Lock()
	d.lastCheck = d.clock.Now()
	d.mu.Unlock()
}

// runner checks and performs one upkeep. Its performs are sequential: it sends the next unit of
// work only once the previous one has its receipt, which is what keeps "repeat until no work is
// left" from sending the same work twice.
type runner struct {
	d    *driver
	spec UpkeepSpec
	log  *zap.Logger
	kick chan struct{}
	prog progress
	// resumed is set once the performs left open by a previous run are resolved.
	resumed bool
	// pendingTries counts looks at a pending block that did not show the epoch's work yet.
	pendingTries int

	// inflight holds the sent performs not yet final, by idempotency key.
	mu       sync.Mutex
	inflight map[string]*inflight
}

// inflight is a sent perform between its send and its final receipt.
type inflight struct {
	rec     *PerformRecord
	pending Pending
	// final is closed once its outcome is recorded; more is then what the runner does next.
	final chan struct{}
	more  bool
}

func (r *runner) poke() {
	select {
	case r.kick <- struct{}{}:
	default:
	}
}

func (r *runner) loop(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-r.kick:
		}
		if !r.resumed {
			if err := r.resume(ctx); err != nil {
				if ctx.Err() == nil {
					r.log.Warn("resume open performs", zap.Error(err))
				}
				continue
			}
			r.resumed = true
		}
		r.runUntilIdle(ctx)
	}
}

// runUntilIdle performs while there is work this keeper should do now.
func (r *runner) runUntilIdle(ctx context.Context) {
	for i := 0; i < r.d.maxSteps && ctx.Err() == nil; i++ {
		more, err := r.step(ctx)
		if err != nil && ctx.Err() == nil {
			r.log.Warn("upkeep step", zap.Error(err))
		}
		if !more {
			return
		}
	}
}

var errNoHead = errors.New("no head")

// pendingRetry is how soon a keeper looks at the pending block again when an epoch ends in the
// block being built but the node has not switched its pending block over yet.
const pendingRetry = 300 * time.Millisecond

// at names the state a check runs against: the latest block, or the pending block the node is
// building (number head+1).
type at struct {
	head  uint64
	block *big.Int // nil: latest; pendingBlock: pending
}

func (a at) number() uint64 {
	if a.block != nil {
		return a.head + 1
	}
	return a.head
}

// step checks once and, when there is work and it is this keeper's turn, performs it. It reports
// whether it is worth checking again at once.
func (r *runner) step(ctx context.Context) (bool, error) {
	hdr, err := r.d.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("%w: %v", errNoHead, err)
	}
	where := at{head: hdr.Number.Uint64()}
	res := r.check(ctx, where)
	endsInPending := r.epochEndsInPending(ctx, hdr.Time)
	if !endsInPending {
		r.pendingTries = 0
	}
	if !res.Eligible && res.Reason == kauto.ReasonNotNeeded && endsInPending {
		// The epoch ends in the block being built: check against it, so that the clearing is in
		// the pool before the next block starts (a clearing lag of at most one block).
		where.block = pendingBlock
		res = r.check(ctx, where)
		if !res.Eligible && r.pendingTries < 5 {
			r.pendingTries++
			time.AfterFunc(pendingRetry, r.poke)
		}
	}
	if !res.Eligible {
		r.prog.idle()
		if res.Reason != kauto.ReasonNotNeeded {
			return false, fmt.Errorf("check at %d: %s: %w", where.number(), res.Reason, res.Err)
		}
		return false, nil
	}
	r.pendingTries = 0
	unit := r.spec.UnitOf(res.PerformData)
	since := r.prog.observe(unit, res.PerformData, where.number())
	if !r.d.turns.MayAct(unit.Seed(), since, where.number()) {
		r.d.metrics.Waiting(r.spec.Name)
		r.log.Debug("not our turn", zap.Uint64("unit", unit.Number), zap.Int("primary", r.d.turns.Primary(unit.Seed())),
			zap.Uint64("since", since), zap.Uint64("head", where.number()), zap.Uint64("wait", r.d.turns.Wait(unit.Seed())))
		return false, nil
	}
	return r.perform(ctx, where, unit, res.PerformData)
}

// epochEndsInPending reports whether an epoch of the upkeep's schedule ends within the next
// block period after latestTime (so the pending block is the first one stamped after the end).
func (r *runner) epochEndsInPending(ctx context.Context, latestTime uint64) bool {
	if r.spec.Schedule == nil || r.d.blockPeriod == 0 {
		return false
	}
	s, err := r.spec.Schedule.Schedule(ctx)
	if err != nil || !s.Valid() || latestTime < s.First {
		return false
	}
	end := s.End(s.EpochAt(latestTime))
	return latestTime+r.d.blockPeriod >= end
}

func (r *runner) check(ctx context.Context, where at) kauto.CheckResult {
	res := r.d.checker.check(ctx, r.spec.Upkeep, where.number(), where.block)
	if res.Reason != kauto.ReasonRPC {
		r.d.checked()
	}
	r.d.metrics.Checked(r.spec.Name, res.Eligible, res.Reason)
	rec := CheckRecord{KeeperID: r.d.keeperID, Upkeep: r.spec.Upkeep, Result: res}
	if res.Eligible {
		if un := r.spec.UnitOf(res.PerformData); un.Known {
			rec.Epoch = &un.Number
		}
	}
	if err := r.d.store.RecordCheck(ctx, rec); err != nil && ctx.Err() == nil {
		r.log.Warn("record check", zap.Error(err))
	}
	return res
}

func (r *runner) unitEpoch(unit kauto.Unit) *uint64 {
	if !unit.Known {
		return nil
	}
	n := unit.Number
	return &n
}

// sendKeyPrefix names the perform data of an upkeep; with the count of its finished performs it
// makes the transaction manager's idempotency key, so that a keeper restarted while a perform
// was in flight picks that transaction up again instead of sending a second one. A send that
// failed (refused by the node, say for want of funds) leaves the count and so the key as they
// were, and txmgr's key contract (a failed record releases its key) makes the next Queue under
// it a new send.
func sendKeyPrefix(u kauto.Upkeep, performData []byte) string {
	return fmt.Sprintf("keeper/%s/%x", u.ID.Short(), crypto.Keccak256(performData)[:12])
}

func (r *runner) perform(ctx context.Context, where at, unit kauto.Unit, performData []byte) (bool, error) {
	log := r.log.With(zap.Uint64("unit", unit.Number), zap.Uint64("block", where.number()), zap.Bool("pending", where.block != nil))
	rec := &PerformRecord{KeeperID: r.d.keeperID, Upkeep: r.spec.Upkeep, CheckBlock: where.number(), Epoch: r.unitEpoch(unit),
		PerformData: performData}

	gas, err := r.d.checker.simulate(ctx, r.spec.Upkeep, r.d.sender.From(), performData, where.block)
	if err != nil {
		if !errors.Is(err, txmgr.ErrReverted) {
			return false, fmt.Errorf("simulate perform: %w", err)
		}
		// A failing simulation of work another keeper just did is a no-op, not a revert.
		if stale, cerr := r.stale(ctx, where, performData); cerr == nil && stale {
			return r.finishUnsent(ctx, rec, kauto.OutcomeNoop, err, true)
		}
		log.Warn("perform simulation reverted; not sending", zap.Error(err))
		return r.finishUnsent(ctx, rec, kauto.OutcomeSimulationFailed, err, false)
	}
	// Re-check right before sending: the work may have been done since the check.
	stale, err := r.stale(ctx, where, performData)
	if err != nil {
		return false, err
	}
	if stale {
		return r.finishUnsent(ctx, rec, kauto.OutcomeNoop, nil, true)
	}

	prefix := sendKeyPrefix(r.spec.Upkeep, performData)
	n, err := r.d.store.FinishedWithKey(ctx, r.d.keeperID, r.spec.ID, prefix)
	if err != nil {
		return false, err
	}
	rec.SendKey = fmt.Sprintf("%s/%d", prefix, n)
	if f := r.inflightFor(rec.SendKey); f != nil {
		// This very work is sent and not final: the state checked does not show it (a reorg took
		// it out of its block, or the node lags). Nothing new is sent or recorded.
		return r.awaitIncluded(ctx, f, false)
	}
	c := candidateFor(r.spec.Target, performData, rec.SendKey)
	c.Label = "performUpkeep:" + r.spec.Name
	if where.block != nil {
		// The transaction manager estimates against the latest block, where this work is not due
		// yet: give it the pending block's estimate, padded.
		c.GasLimit = gas + gas/4
	}
	pending, err := r.d.sender.Queue(ctx, c)
	if err != nil {
		if errors.Is(err, txmgr.ErrReverted) {
			if stale, cerr := r.stale(ctx, where, performData); cerr == nil && stale {
				return r.finishUnsent(ctx, rec, kauto.OutcomeNoop, err, true)
			}
			return r.finishUnsent(ctx, rec, kauto.OutcomeSimulationFailed, err, false)
		}
		return r.finishUnsent(ctx, rec, kauto.OutcomeSendFailed, err, false)
	}
	rec.TxID = pending.TxID()
	rec.TxHash = pending.Hash(ctx)
	rec.Outcome = OutcomeSent
	if err := r.d.store.InsertPerform(ctx, rec); err != nil {
		return false, err
	}
	log.Info("perform sent", zap.Int64("tx_id", rec.TxID), zap.Stringer("tx", rec.TxHash), zap.String("key", rec.SendKey))
	if r.d.afterSend != nil {
		r.d.afterSend()
	}
	return r.awaitIncluded(ctx, r.follow(ctx, rec, pending), true)
}

func (r *runner) inflightFor(key string) *inflight {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.inflight[key]
}

// follow starts following a sent perform to its final receipt (txmgr's confirmation depth) in
// the background; its outcome is recorded only then (finalize).
func (r *runner) follow(ctx context.Context, rec *PerformRecord, pending Pending) *inflight {
	f := &inflight{rec: rec, pending: pending, final: make(chan struct{})}
	r.mu.Lock()
	if r.inflight == nil {
		r.inflight = map[string]*inflight{}
	}
	r.inflight[rec.SendKey] = f
	r.mu.Unlock()
	r.d.finalizers.Add(1)
	go func() {
		defer r.d.finalizers.Done()
		more, err := r.finalize(ctx, rec, pending)
		if err != nil && ctx.Err() == nil {
			r.log.Warn("perform", zap.Error(err))
		}
		r.mu.Lock()
		delete(r.inflight, rec.SendKey)
		r.mu.Unlock()
		f.more = more
		close(f.final)
		r.poke()
	}()
	return f
}

// awaitIncluded waits until the perform is in a block, so that the next check sees its effect:
// the runner goes on from there while the perform is followed to finality. When it is final
// already (or failed) its recorded outcome decides. fresh is false for a perform met again.
func (r *runner) awaitIncluded(ctx context.Context, f *inflight, fresh bool) (bool, error) {
	if err := f.pending.Included(ctx); err != nil {
		if ctx.Err() != nil {
			return false, nil
		}
		return false, fmt.Errorf("perform %s: %w", f.rec.SendKey, err)
	}
	select {
	case <-f.pending.Done():
		select {
		case <-f.final:
			return f.more, nil
		case <-ctx.Done():
			return false, nil
		}
	default:
		return fresh, nil
	}
}

var performABI = automation.NewAutomationCompatibleInterface()

func performCalldata(performData []byte) []byte { return performABI.PackPerformUpkeep(performData) }

// stale re-checks against the same kind of block (latest or pending): true when the work in
// performData is no longer due.
func (r *runner) stale(ctx context.Context, where at, performData []byte) (bool, error) {
	head, err := r.d.chain.BlockNumber(ctx)
	if err != nil {
		return false, fmt.Errorf("%w: %v", errNoHead, err)
	}
	res := r.check(ctx, at{head: head, block: where.block})
	switch {
	case res.Reason == kauto.ReasonRPC || res.Reason == kauto.ReasonBadResult || res.Reason == kauto.ReasonCheckReverted:
		return false, fmt.Errorf("re-check: %s: %w", res.Reason, res.Err)
	case !res.Eligible:
		return true, nil
	default:
		return !bytes.Equal(res.PerformData, performData), nil
	}
}

func (r *runner) finishUnsent(ctx context.Context, rec *PerformRecord, outcome kauto.Outcome, cause error, more bool) (bool, error) {
	rec.Outcome = outcome
	if cause != nil {
		rec.Error = cause.Error()
	}
	r.d.metrics.Performed(r.spec.Name, outcome, 0)
	if err := r.d.store.InsertPerform(ctx, rec); err != nil {
		return false, err
	}
	if outcome == kauto.OutcomeNoop {
		r.log.Debug("work already done; nothing sent", zap.Uint64("check_block", rec.CheckBlock))
	}
	return more, nil
}

// finalize waits for a sent perform's final receipt (or its failure) and records how it ended.
func (r *runner) finalize(ctx context.Context, rec *PerformRecord, pending Pending) (bool, error) {
	rcpt, err := pending.Wait(ctx)
	if rcpt == nil {
		if ctx.Err() != nil {
			// Shutting down: the record stays "sent" and the next run resumes it.
			return false, nil
		}
		rec.Outcome = kauto.OutcomeSendFailed
		rec.Error = err.Error()
		r.d.metrics.Performed(r.spec.Name, rec.Outcome, 0)
		if ferr := r.d.store.FinishPerform(ctx, rec); ferr != nil {
			return false, errors.Join(err, ferr)
		}
		return false, fmt.Errorf("perform %s: %w", rec.SendKey, err)
	}
	rec.TxHash = rcpt.TxHash
	rec.MinedBlock = rcpt.BlockNumber.Uint64()
	rec.GasUsed = rcpt.GasUsed
	rec.Outcome = r.outcomeOf(rcpt)
	if err != nil {
		rec.Error = err.Error()
	}
	r.d.metrics.Performed(r.spec.Name, rec.Outcome, rec.GasUsed)
	if ferr := r.d.store.FinishPerform(ctx, rec); ferr != nil {
		return false, ferr
	}
	r.log.Info("perform mined", zap.Uint64("unit", r.spec.UnitOf(rec.PerformData).Number), zap.String("outcome", string(rec.Outcome)),
		zap.Stringer("tx", rec.TxHash), zap.Uint64("block", rec.MinedBlock), zap.Uint64("gas", rec.GasUsed))
	if rec.Outcome == kauto.OutcomePerformed {
		r.observeLag(ctx, rec)
	}
	// A revert is not retried at once: the next head re-checks.
	return rec.Outcome != kauto.OutcomeReverted, nil
}

// outcomeOf classifies a mined perform.
func (r *runner) outcomeOf(rcpt *types.Receipt) kauto.Outcome {
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return kauto.OutcomeReverted
	}
	for _, l := range rcpt.Logs {
		if l.Address != r.spec.Target || len(l.Topics) == 0 {
			continue
		}
		for _, t := range r.spec.NoopTopics {
			if l.Topics[0] == t {
				return kauto.OutcomeNoop
			}
		}
	}
	return kauto.OutcomePerformed
}

// observeLag records, for a clearing this keeper performed, the blocks from the first block
// stamped at or after the epoch's end to the block that included the clearing.
func (r *runner) observeLag(ctx context.Context, rec *PerformRecord) {
	if r.spec.Schedule == nil || r.spec.ClearAction < 0 || len(rec.PerformData) < 32 || rec.Epoch == nil {
		return
	}
	if new(big.Int).SetBytes(rec.PerformData[:32]).Cmp(big.NewInt(r.spec.ClearAction)) != 0 {
		return
	}
	s, err := r.spec.Schedule.Schedule(ctx)
	if err != nil || !s.Valid() {
		return
	}
	lag, ok := lagBlocks(ctx, r.d.chain, rec.MinedBlock, s.End(*rec.Epoch))
	if !ok {
		return
	}
	r.d.metrics.ClearLag(r.spec.Name, lag)
	r.log.Info("epoch cleared", zap.Uint64("epoch", *rec.Epoch), zap.Uint64("lag_blocks", lag))
}

// lagBlocks walks back from block to the first block stamped at or after end.
func lagBlocks(ctx context.Context, chain Chain, block, end uint64) (uint64, bool) {
	const maxWalk = 256
	first := block
	for i := 0; i < maxWalk && first > 0; i++ {
		h, err := chain.HeaderByNumber(ctx, new(big.Int).SetUint64(first-1))
		if err != nil {
			return 0, false
		}
		if h.Time < end {
			return block - first, true
		}
		first--
	}
	return 0, false
}

// resume picks up the performs a previous run of this keeper left in flight (it was stopped or
// killed between send and final receipt): the transaction manager recovered their transactions;
// here each is followed to its final receipt, and awaited in a block before any new work is
// looked at.
func (r *runner) resume(ctx context.Context) error {
	open, err := r.d.store.OpenPerforms(ctx, r.d.keeperID, r.spec.ID)
	if err != nil {
		return err
	}
	for i := range open {
		rec := &open[i]
		if r.inflightFor(rec.SendKey) != nil {
			continue // followed since an earlier, interrupted resume
		}
		to := r.spec.Target
		pending, err := r.d.sender.Queue(ctx, txmgr.Candidate{To: &to, Data: performCalldata(rec.PerformData),
			Label: "performUpkeep:" + r.spec.Name, Key: rec.SendKey})
		if err != nil {
			return fmt.Errorf("resume perform %d (%s): %w", rec.ID, rec.SendKey, err)
		}
		r.log.Info("resuming perform left in flight", zap.Int64("perform", rec.ID), zap.String("key", rec.SendKey))
		if _, err := r.awaitIncluded(ctx, r.follow(ctx, rec, pending), true); err != nil {
			return err
		}
	}
	return nil
}

// candidateFor is the transaction of a perform.
func candidateFor(target common.Address, performData []byte, key string) txmgr.Candidate {
	return txmgr.Candidate{To: &target, Data: performCalldata(performData), Label: "performUpkeep", Key: key}
}
