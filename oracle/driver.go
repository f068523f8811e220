package oracle

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/txmgr"
)

// RejectReasons are IOracleClient.RejectReason's names, by value.
var RejectReasons = []string{"None", "UnassignedMeter", "BadInterval", "BeforeAssignment", "NotNewer",
	"CounterRegressed", "BadSignature"}

func reasonName(r uint8) string {
	if int(r) < len(RejectReasons) {
		return RejectReasons[r]
	}
	return fmt.Sprintf("Reason(%d)", r)
}

// Hooks are called at the points where a crash is most interesting (tests make the process exit
// there). Nil hooks are skipped.
type Hooks struct {
	// AfterRecord runs once a submission is recorded, before the transaction manager has it.
	AfterRecord func(*Submission)
	// AfterQueue runs once the transaction manager has recorded and broadcast it, before the
	// submission row says so.
	AfterQueue func(*Submission)
}

// DriverConfig is what the driver loop needs of the configuration.
type DriverConfig struct {
	// BatchSize is the most readings per submitReadings transaction.
	BatchSize int
	// FetchLimit is the most readings one cursor page asks for.
	FetchLimit int
	// MaxInFlight is the most open readings submissions.
	MaxInFlight int
	// Confirmations is the depth at which a submission (or a covering state) counts as final, by
	// txmgr's rule (txmgr.Final); the relayer's transaction manager uses the same setting.
	Confirmations uint64
	// SubmitDelayBlocks holds a fetched reading back this many blocks before it is sent, so that
	// a standby relayer finds what the primary already relayed and sends nothing.
	SubmitDelayBlocks uint64
	// MaxAttempts is how many reverted submissions a reading gets before it is marked failed.
	MaxAttempts int
	// StartCursor is the meterbridge cursor used when none is stored.
	StartCursor int64
	// StartBlock is the first block scanned for requests when no request cursor is stored.
	StartBlock uint64
	// LogRange is the most blocks one eth_getLogs call covers.
	LogRange uint64
	// Requests turns the request path on.
	Requests bool
}

// Driver is the relayer's logic: one Tick fetches new readings, follows open submissions,
// settles covered readings, plans and sends batches and serves requests. Ticks run one at a time.
type Driver struct {
	cfg       DriverConfig
	log       *zap.Logger
	store     Store
	source    Source
	chain     Chain
	sender    Sender
	metrics   Metrics
	hooks     Hooks
	contract  common.Address
	keyPrefix string
	abi       *oracleclient.OracleClient
	events    eventIDs

	// After a send fails (a refused estimate, an unreachable node), batches wait for the next
	// block and a request for two, instead of recording a new submission every pass.
	holdBatchesUntil uint64
	holdRequest      map[string]uint64
}

type eventIDs struct {
	applied, baseline, rejected, fulfilled, ignored common.Hash
}

// NewDriver wires the driver. keyPrefix makes the transaction manager's idempotency keys unique
// per relayer (e.g. "oracle/<name>/").
func NewDriver(cfg DriverConfig, log *zap.Logger, st Store, src Source, ch Chain, snd Sender, m Metrics,
	contract common.Address, keyPrefix string, hooks Hooks) *Driver {
	if m == nil {
		m = NoopMetrics{}
	}
	oc := oracleclient.NewOracleClient()
	ev := oc.GetABI().Events
	return &Driver{cfg: cfg, log: log, store: st, source: src, chain: ch, sender: snd, metrics: m, hooks: hooks,
		contract: contract, keyPrefix: keyPrefix, abi: oc, holdRequest: map[string]uint64{}, events: eventIDs{
			applied: ev["ReadingApplied"].ID, baseline: ev["BaselineSet"].ID, rejected: ev["ReadingRejected"].ID,
			fulfilled: ev["EnergyDataFulfilled"].ID, ignored: ev["FulfillmentIgnored"].ID,
		}}
}

// Tick runs one pass. Each step runs even when an earlier one failed; the errors are joined.
func (d *Driver) Tick(ctx context.Context) error {
	head, err := d.chain.Head(ctx)
	if err != nil {
		d.metrics.Failure("rpc")
		return fmt.Errorf("head: %w", err)
	}
	d.metrics.Head(head)
	var errs []error
	step := func(name string, f func(context.Context, uint64) error) {
		if ctx.Err() != nil {
			return
		}
		if err := f(ctx, head); err != nil {
			d.metrics.Failure(name)
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
		}
	}
	step("fetch", d.fetch)
	step("reconcile", d.reconcile)
	step("covered", d.settleCovered)
	step("submit", d.plan)
	if d.cfg.Requests {
		step("requests", d.requests)
	}
	if st, err := d.store.Stats(ctx); err == nil {
		var lag uint64
		if st.OldestFetchedBlock > 0 && head > st.OldestFetchedBlock {
			lag = head - st.OldestFetchedBlock
		}
		d.metrics.Backlog(st, lag)
	} else {
		errs = append(errs, fmt.Errorf("stats: %w", err))
	}
	return errors.Join(errs...)
}

// maxPagesPerTick keeps one tick short when a long backlog is fetched.
const maxPagesPerTick = 20

// fetch follows the meterbridge cursor and stores new readings with the cursor, atomically.
func (d *Driver) fetch(ctx context.Context, head uint64) error {
	cursor, ok, err := d.store.Cursor(ctx, CursorBridge)
	if err != nil {
		return err
	}
	if !ok {
		cursor = d.cfg.StartCursor
	}
	for page := 0; page < maxPagesPerTick; page++ {
		rows, next, err := d.source.After(ctx, cursor, d.cfg.FetchLimit)
		if err != nil {
			return err
		}
		if len(rows) == 0 {
			return nil
		}
		for i := range rows {
			rows[i].FetchedBlock = head
		}
		if err := d.store.AddReadings(ctx, rows, next); err != nil {
			return fmt.Errorf("store readings after %d: %w", cursor, err)
		}
		d.metrics.Fetched(len(rows))
		d.log.Debug("readings fetched", zap.Int("count", len(rows)), zap.Int64("cursor", next))
		cursor = next
		if len(rows) < d.cfg.FetchLimit {
			return nil
		}
	}
	return nil
}

// Recover settles submissions a previous process left open: one recorded but never handed to
// the transaction manager is abandoned and its readings planned again (the on-chain seq check
// then drops whatever was relayed meanwhile); one the transaction manager has is followed.
func (d *Driver) Recover(ctx context.Context) error {
	open, err := d.store.OpenSubmissions(ctx)
	if err != nil {
		return err
	}
	for _, sub := range open {
		if sub.TxID != 0 {
			continue
		}
		tx, err := d.sender.ByKey(ctx, sub.Key)
		switch {
		case errors.Is(err, txmgr.ErrNotFound):
			sub.State, sub.Error = SubAbandoned, "recorded but never sent (restart)"
			if err := d.store.ReleaseSubmission(ctx, sub, 0); err != nil {
				return err
			}
			d.log.Info("abandoned unsent submission", zap.Int64("submission", sub.ID), zap.Int("readings", len(sub.ReadingIDs)))
		case err != nil:
			return fmt.Errorf("submission %d: %w", sub.ID, err)
		default:
			sub.TxID, sub.State = tx.ID, SubSent
			if err := d.store.UpdateSubmission(ctx, sub); err != nil {
				return err
			}
			d.log.Info("resumed submission", zap.Int64("submission", sub.ID), zap.Int64("tx_id", tx.ID),
				zap.String("tx_state", string(tx.State)))
		}
	}
	return nil
}

// reconcile mirrors the transaction manager's records into the open submissions and settles
// those that reached the confirmation depth or failed.
func (d *Driver) reconcile(ctx context.Context, _ uint64) error {
	open, err := d.store.OpenSubmissions(ctx)
	if err != nil {
		return err
	}
	var errs []error
	for _, sub := range open {
		if err := d.follow(ctx, sub); err != nil {
			errs = append(errs, fmt.Errorf("submission %d: %w", sub.ID, err))
		}
	}
	return errors.Join(errs...)
}

func (d *Driver) follow(ctx context.Context, sub *Submission) error {
	log := d.log.With(zap.Int64("submission", sub.ID), zap.String("kind", string(sub.Kind)))
	if sub.TxID == 0 {
		// Only a crash leaves a recorded submission behind; Recover settles those at start.
		return d.Recover(ctx)
	}
	tx, err := d.sender.Tx(ctx, sub.TxID)
	if err != nil {
		return err
	}
	switch tx.State {
	case txmgr.StatePending:
		if sub.State == SubMined {
			sub.Reorgs++
			sub.State, sub.Block, sub.TxHash = SubSent, 0, common.Hash{}
			d.metrics.Reorg()
			log.Warn("submission reorged out; the transaction manager re-sends it", zap.Int("reorgs", sub.Reorgs))
			return d.store.UpdateSubmission(ctx, sub)
		}
		return nil
	case txmgr.StateMined:
		if sub.State != SubMined || sub.TxHash != tx.MinedHash || sub.Block != tx.MinedBlock {
			if sub.State == SubMined {
				sub.Reorgs++
				d.metrics.Reorg()
			}
			sub.State, sub.TxHash, sub.Block = SubMined, tx.MinedHash, tx.MinedBlock
			log.Debug("submission mined", zap.Stringer("hash", tx.MinedHash), zap.Uint64("block", tx.MinedBlock))
			return d.store.UpdateSubmission(ctx, sub)
		}
		return nil
	case txmgr.StateFailed:
		sub.State, sub.Error = SubFailed, tx.Error
		d.metrics.Failure("tx")
		log.Warn("submission failed; its readings go back to be sent again", zap.String("error", tx.Error))
		return d.store.ReleaseSubmission(ctx, sub, 0)
	case txmgr.StateConfirmed:
		rcpt, err := d.chain.Receipt(ctx, tx.MinedHash)
		if err != nil {
			return fmt.Errorf("receipt %s: %w", tx.MinedHash, err)
		}
		sub.TxHash, sub.Block = tx.MinedHash, tx.MinedBlock
		if rcpt.Status != types.ReceiptStatusSuccessful {
			sub.State, sub.Error = SubFailed, "reverted on-chain"
			d.metrics.Failure("reverted")
			log.Warn("submission reverted on-chain; its readings go back", zap.Stringer("hash", tx.MinedHash))
			return d.store.ReleaseSubmission(ctx, sub, d.cfg.MaxAttempts)
		}
		return d.finish(ctx, log, sub, rcpt)
	}
	return nil
}

// finish records what the contract did with each reading of a confirmed submission.
func (d *Driver) finish(ctx context.Context, log *zap.Logger, sub *Submission, rcpt *types.Receipt) error {
	type meterSeq struct {
		meter common.Hash
		seq   uint64
	}
	outcomes := map[int64]Outcome{}
	var byKey map[meterSeq]int64
	if sub.Kind == KindReadings {
		rs, err := d.store.Readings(ctx, sub.ReadingIDs)
		if err != nil {
			return err
		}
		byKey = make(map[meterSeq]int64, len(rs))
		for _, r := range rs {
			byKey[meterSeq{r.MeterID, r.Seq}] = r.BridgeID
		}
	}
	var reqStatus RequestStatus
	counts := map[ReadingStatus]int{}
	minted := new(big.Int)
	for _, l := range rcpt.Logs {
		if l.Address != d.contract || len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case d.events.applied:
			ev, err := d.abi.UnpackReadingAppliedEvent(l)
			if err != nil {
				return err
			}
			if id, ok := byKey[meterSeq{ev.MeterId, ev.Seq}]; ok {
				outcomes[id] = Outcome{Status: StatusApplied}
				counts[StatusApplied]++
			}
			minted.Add(minted, ev.Minted)
		case d.events.baseline:
			ev, err := d.abi.UnpackBaselineSetEvent(l)
			if err != nil {
				return err
			}
			if id, ok := byKey[meterSeq{ev.MeterId, ev.Seq}]; ok {
				outcomes[id] = Outcome{Status: StatusBaseline}
				counts[StatusBaseline]++
			}
		case d.events.rejected:
			ev, err := d.abi.UnpackReadingRejectedEvent(l)
			if err != nil {
				return err
			}
			if id, ok := byKey[meterSeq{ev.MeterId, ev.Seq}]; ok {
				reason := reasonName(ev.Reason)
				outcomes[id] = Outcome{Status: StatusRejected, Reason: reason}
				counts[StatusRejected]++
				d.metrics.Rejected(reason)
			}
		case d.events.fulfilled:
			ev, err := d.abi.UnpackEnergyDataFulfilledEvent(l)
			if err == nil && sub.RequestID != nil && ev.RequestId.Cmp(sub.RequestID) == 0 {
				reqStatus = ReqFulfilled
			}
		case d.events.ignored:
			ev, err := d.abi.UnpackFulfillmentIgnoredEvent(l)
			if err == nil && sub.RequestID != nil && ev.RequestId.Cmp(sub.RequestID) == 0 && reqStatus == "" {
				if ev.Status == OnchainExpired {
					reqStatus = ReqExpired
				} else {
					reqStatus = ReqFulfilled
				}
			}
		}
	}
	if err := d.store.FinishSubmission(ctx, sub, outcomes); err != nil {
		return err
	}
	for st, n := range counts {
		d.metrics.Settled(st, n)
	}
	d.metrics.Minted(minted)
	if sub.Kind == KindFulfill && sub.RequestID != nil {
		if reqStatus == "" {
			reqStatus = ReqOpen // no event for it: look again next tick
		}
		if err := d.store.SetRequestStatus(ctx, sub.RequestID, reqStatus); err != nil {
			return err
		}
		d.metrics.Request(string(reqStatus))
	}
	log.Info("submission final", zap.Stringer("hash", sub.TxHash), zap.Uint64("block", sub.Block),
		zap.Int("applied", counts[StatusApplied]), zap.Int("baseline", counts[StatusBaseline]),
		zap.Int("rejected", counts[StatusRejected]), zap.Stringer("minted", minted), zap.Int("reorgs", sub.Reorgs))
	return nil
}

// settleCovered makes covered readings final once the state at the confirmation depth covers
// them, and returns them to pending if the latest state no longer does (a reorg took the other
// relayer's transaction away).
func (d *Driver) settleCovered(ctx context.Context, head uint64) error {
	covered, err := d.store.Covered(ctx)
	if err != nil || len(covered) == 0 {
		return err
	}
	meters := meterIDs(covered)
	latest, err := d.chain.MeterViews(ctx, meters, nil)
	if err != nil {
		return err
	}
	var final map[common.Hash]MeterView
	if lastFinal, ok := txmgr.LastFinal(head, d.cfg.Confirmations); ok {
		final, err = d.chain.MeterViews(ctx, meters, new(big.Int).SetUint64(lastFinal))
		if err != nil {
			return err
		}
	}
	var done, back []int64
	for _, r := range covered {
		switch {
		case final != nil && final[r.MeterID].Covers(r.Seq, r.IntervalEnd):
			done = append(done, r.BridgeID)
		case !latest[r.MeterID].Covers(r.Seq, r.IntervalEnd):
			back = append(back, r.BridgeID)
		}
	}
	if len(back) > 0 {
		d.log.Warn("covered readings no longer on chain (reorg); sending them", zap.Int("readings", len(back)))
		if err := d.store.SettleCovered(ctx, back, false); err != nil {
			return err
		}
	}
	if len(done) > 0 {
		if err := d.store.SettleCovered(ctx, done, true); err != nil {
			return err
		}
		d.metrics.Settled(StatusCovered, len(done))
	}
	return nil
}

func meterIDs(rs []Reading) []common.Hash {
	seen := map[common.Hash]bool{}
	var out []common.Hash
	for _, r := range rs {
		if !seen[r.MeterID] {
			seen[r.MeterID] = true
			out = append(out, r.MeterID)
		}
	}
	return out
}

// OrderBatch keeps the readings in commit order but puts each meter's readings in seq order
// within the slots that meter occupies, so that a batch never carries a meter's readings out of
// order.
func OrderBatch(rs []Reading) {
	slots := map[common.Hash][]int{}
	for i, r := range rs {
		slots[r.MeterID] = append(slots[r.MeterID], i)
	}
	for _, idx := range slots {
		if len(idx) < 2 {
			continue
		}
		group := make([]Reading, len(idx))
		for k, i := range idx {
			group[k] = rs[i]
		}
		sort.SliceStable(group, func(a, b int) bool { return group[a].Seq < group[b].Seq })
		for k, i := range idx {
			rs[i] = group[k]
		}
	}
}

// plan sends the pending readings in batches, leaving out those the chain already has.
func (d *Driver) plan(ctx context.Context, head uint64) error {
	open, err := d.store.OpenSubmissions(ctx)
	if err != nil {
		return err
	}
	inFlight := 0
	for _, s := range open {
		if s.Kind == KindReadings {
			inFlight++
		}
	}
	slots := d.cfg.MaxInFlight - inFlight
	if slots <= 0 || head < d.holdBatchesUntil {
		return nil
	}
	pending, err := d.store.Pending(ctx, slots*d.cfg.BatchSize)
	if err != nil || len(pending) == 0 {
		return err
	}
	if d.cfg.SubmitDelayBlocks > 0 {
		ready := pending[:0]
		for _, r := range pending {
			if r.FetchedBlock+d.cfg.SubmitDelayBlocks <= head {
				ready = append(ready, r)
			}
		}
		if pending = ready; len(pending) == 0 {
			return nil
		}
	}
	views, err := d.chain.MeterViews(ctx, meterIDs(pending), nil)
	if err != nil {
		return err
	}
	var covered []int64
	todo := make([]Reading, 0, len(pending))
	for _, r := range pending {
		if views[r.MeterID].Covers(r.Seq, r.IntervalEnd) {
			covered = append(covered, r.BridgeID)
		} else {
			todo = append(todo, r)
		}
	}
	if len(covered) > 0 {
		if err := d.store.MarkCovered(ctx, covered, head); err != nil {
			return err
		}
		d.metrics.Covered(len(covered))
		d.log.Info("readings already on chain; not sending them", zap.Int("readings", len(covered)))
	}
	OrderBatch(todo)
	for len(todo) > 0 && slots > 0 {
		n := min(len(todo), d.cfg.BatchSize)
		if err := d.submitReadings(ctx, todo[:n]); err != nil {
			d.holdBatchesUntil = head + 1
			return err
		}
		todo, slots = todo[n:], slots-1
	}
	return nil
}

// ContractReading is the binding's form of a reading.
func ContractReading(r Reading) oracleclient.IOracleClientReading {
	return oracleclient.IOracleClientReading{MeterId: r.MeterID, IntervalStart: r.IntervalStart,
		IntervalEnd: r.IntervalEnd, ExportWh: r.ExportWh, ImportWh: r.ImportWh, Seq: r.Seq}
}

func (d *Driver) submitReadings(ctx context.Context, batch []Reading) error {
	readings := make([]oracleclient.IOracleClientReading, len(batch))
	sigs := make([][]byte, len(batch))
	ids := make([]int64, len(batch))
	for i, r := range batch {
		readings[i], sigs[i], ids[i] = ContractReading(r), r.Signature, r.BridgeID
	}
	data, err := d.abi.TryPackSubmitReadings(readings, sigs)
	if err != nil {
		return fmt.Errorf("pack submitReadings: %w", err)
	}
	sub := &Submission{Kind: KindReadings, Data: data, ReadingIDs: ids}
	return d.send(ctx, sub, "submitReadings")
}

// send records sub, then hands it to the transaction manager under the recorded key.
func (d *Driver) send(ctx context.Context, sub *Submission, label string) error {
	if err := d.store.RecordSubmission(ctx, sub, d.keyPrefix); err != nil {
		return fmt.Errorf("record submission: %w", err)
	}
	log := d.log.With(zap.Int64("submission", sub.ID), zap.String("kind", string(sub.Kind)))
	if d.hooks.AfterRecord != nil {
		d.hooks.AfterRecord(sub)
	}
	txID, err := d.sender.Queue(ctx, txmgr.Candidate{To: &d.contract, Data: sub.Data, Label: label, Key: sub.Key})
	if err != nil {
		sub.State, sub.Error = SubFailed, err.Error()
		d.metrics.Failure("send")
		if rerr := d.store.ReleaseSubmission(context.WithoutCancel(ctx), sub, 0); rerr != nil {
			return errors.Join(fmt.Errorf("send submission %d: %w", sub.ID, err), rerr)
		}
		return fmt.Errorf("send submission %d: %w", sub.ID, err)
	}
	if d.hooks.AfterQueue != nil {
		d.hooks.AfterQueue(sub)
	}
	sub.TxID, sub.State = txID, SubSent
	if err := d.store.UpdateSubmission(context.WithoutCancel(ctx), sub); err != nil {
		return err
	}
	d.metrics.Submitted(string(sub.Kind), len(sub.ReadingIDs))
	log.Info("submission sent", zap.Int64("tx_id", txID), zap.Int("readings", len(sub.ReadingIDs)))
	return nil
}

// requests follows EnergyDataRequested events and answers the open requests.
func (d *Driver) requests(ctx context.Context, head uint64) error {
	// The unconfirmed window is read every pass: a reorg can change a block without changing
	// the head's number.
	if err := d.scanRequests(ctx, head); err != nil {
		return err
	}
	return d.serveRequests(ctx, head)
}

// scanRequests reads request events up to the head; the stored cursor only moves to the
// confirmation depth, so events of the unconfirmed blocks are read again (a reorg may bring new ones).
func (d *Driver) scanRequests(ctx context.Context, head uint64) error {
	cursor, ok, err := d.store.Cursor(ctx, CursorRequests)
	if err != nil {
		return err
	}
	from := d.cfg.StartBlock
	if ok {
		from = uint64(cursor) + 1
	}
	for lo := from; lo <= head; {
		hi := min(head, lo+d.cfg.LogRange-1)
		reqs, err := d.chain.Requests(ctx, lo, hi)
		if err != nil {
			return err
		}
		if err := d.store.AddRequests(ctx, reqs); err != nil {
			return err
		}
		// The cursor moves only over final blocks (txmgr's rule, the one the receipts follow).
		if lastFinal, ok := txmgr.LastFinal(head, d.cfg.Confirmations); ok && lastFinal >= lo {
			if err := d.store.SetCursor(ctx, CursorRequests, int64(min(hi, lastFinal))); err != nil {
				return err
			}
		}
		lo = hi + 1
	}
	return nil
}

func (d *Driver) serveRequests(ctx context.Context, head uint64) error {
	open, err := d.store.OpenRequests(ctx)
	if err != nil {
		return err
	}
	var errs []error
	for _, q := range open {
		if q.Status != ReqOpen {
			continue
		}
		if err := d.serve(ctx, q, head); err != nil {
			errs = append(errs, fmt.Errorf("request %s: %w", q.ID, err))
		}
	}
	return errors.Join(errs...)
}

func (d *Driver) serve(ctx context.Context, q Request, head uint64) error {
	oc, err := d.chain.Request(ctx, q.ID)
	if err != nil {
		return err
	}
	set := func(st RequestStatus) error {
		d.metrics.Request(string(st))
		return d.store.SetRequestStatus(ctx, q.ID, st)
	}
	switch oc.Status {
	case OnchainNone:
		// The event was reorged out; it may come back. Give up once its block is long final.
		if head > q.Block+2*d.cfg.Confirmations {
			return set(ReqVanished)
		}
		return nil
	case OnchainFulfilled:
		return set(ReqFulfilled)
	case OnchainExpired:
		return set(ReqExpired)
	}
	if head+1 > oc.ExpiresAtBlock {
		return set(ReqExpired)
	}
	if head < d.holdRequest[q.ID.String()] {
		return nil
	}
	r, err := d.store.ReadingReaching(ctx, oc.MeterID, oc.IntervalEnd)
	if errors.Is(err, ErrNotFound) {
		return nil // no reading reaches it yet: wait for meterbridge
	}
	if err != nil {
		return err
	}
	if r.Status == StatusPending {
		return nil // the batch path sends it first, keeping the meter's readings in order
	}
	data, err := d.abi.TryPackFulfillEnergyData(q.ID, ContractReading(r), r.Signature)
	if err != nil {
		return fmt.Errorf("pack fulfillEnergyData: %w", err)
	}
	sub := &Submission{Kind: KindFulfill, Data: data, RequestID: new(big.Int).Set(q.ID)}
	if err := d.send(ctx, sub, "fulfillEnergyData"); err != nil {
		d.holdRequest[q.ID.String()] = head + 2
		return err
	}
	delete(d.holdRequest, q.ID.String())
	return nil
}
