package meterbridge

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/campus-grid/gridchain/meterbridge/store"
	"github.com/campus-grid/gridchain/reading"
)

// Reasons a reading is refused; they are the "code" of the JSON error and of each result.
const (
	CodeValueOutOfRange   = "value_out_of_range"
	CodeInvalidInterval   = "invalid_interval"
	CodeClockSkew         = "clock_skew"
	CodeUnknownMeter      = "unknown_meter"
	CodeNoAssignment      = "no_assignment"
	CodeBadSignature      = "bad_signature"
	CodeCounterRegression = "counter_regression"
	CodeBatchRejected     = "batch_rejected"
)

// Status of one reading of a batch.
const (
	StatusAccepted  = "accepted"  // stored by this request
	StatusDuplicate = "duplicate" // stored before with the same content: acknowledged, not stored again
	StatusRejected  = "rejected"  // refused: Code says why
	StatusNotStored = "not_stored"
)

// ErrStore means the database failed: nothing of the batch is acknowledged (HTTP 503).
var ErrStore = errors.New("database unavailable")

// Result is the outcome for one reading of a batch, in request order.
type Result struct {
	Index   int         `json:"index"`
	MeterID common.Hash `json:"-"`
	Seq     uint64      `json:"-"`
	Status  string      `json:"status"`
	ID      int64       `json:"id,omitempty"`
	Code    string      `json:"code,omitempty"`
	Reason  string      `json:"reason,omitempty"`
}

// Outcome is the result of a batch. A batch is all or nothing: when any reading is rejected,
// nothing is stored and the others are reported not_stored.
type Outcome struct {
	Results    []Result
	Accepted   int
	Duplicates int
	Rejected   int
	// FirstReject is the first rejected reading (by index), valid when Rejected > 0.
	FirstReject Result
}

// IngestConfig bounds what a batch may hold.
type IngestConfig struct {
	// MaxBatch is the most readings one request may carry.
	MaxBatch int `mapstructure:"max_batch"`
	// MaxClockSkew is how far beyond the server's clock an interval may end.
	MaxClockSkew time.Duration `mapstructure:"max_clock_skew"`
	// MaxInterval is the longest interval a reading may cover.
	MaxInterval time.Duration `mapstructure:"max_interval"`
	// VerifyWorkers recover signatures in parallel (0: one per CPU).
	VerifyWorkers int `mapstructure:"verify_workers"`
}

// Check rejects unusable bounds.
func (c IngestConfig) Check() error {
	switch {
	case c.MaxBatch < 1:
		return errors.New("ingest.max_batch must be at least 1")
	case c.MaxClockSkew < 0:
		return errors.New("ingest.max_clock_skew must not be negative")
	case c.MaxInterval <= 0:
		return errors.New("ingest.max_interval must be positive")
	case c.VerifyWorkers < 0:
		return errors.New("ingest.verify_workers must not be negative")
	}
	return nil
}

// Clock is the time source (a fake in tests).
type Clock interface{ Now() time.Time }

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

const lockStripes = 1024

// Ingester verifies batches and stores them. Readings of one meter are serialised by striped
// locks held from the counter check to the commit; batches of different meters run in parallel.
type Ingester struct {
	cfg    IngestConfig
	domain *reading.Domain
	meters MeterSource
	store  store.Store
	clock  Clock
	ids    *idAllocator

	seed  maphash.Seed
	locks [lockStripes]sync.Mutex

	cacheMu sync.RWMutex
	latest  map[store.Span]*store.Latest // nil value: the assignment has no stored reading
}

// NewIngester needs the highest stored id (store.MaxID) to continue the cursor.
func NewIngester(cfg IngestConfig, domain *reading.Domain, meters MeterSource, st store.Store, clock Clock, maxID int64) *Ingester {
	if clock == nil {
		clock = systemClock{}
	}
	return &Ingester{cfg: cfg, domain: domain, meters: meters, store: st, clock: clock,
		ids: newIDAllocator(maxID), seed: maphash.MakeSeed(), latest: map[store.Span]*store.Latest{}}
}

// Horizon is the highest reading id that is final (see idAllocator).
func (in *Ingester) Horizon() int64 { return in.ids.horizon() }

// ResolveInDoubt settles failed batches once the database answers again.
func (in *Ingester) ResolveInDoubt(ctx context.Context) error {
	return in.ids.resolve(ctx, in.store.CountIDs)
}

func (in *Ingester) stripe(id common.Hash) int {
	return int(maphash.Bytes(in.seed, id[:]) % lockStripes)
}

func reject(r *Result, code, format string, args ...any) {
	r.Status = StatusRejected
	r.Code = code
	r.Reason = fmt.Sprintf("meter %s seq %d: ", r.MeterID, r.Seq) + fmt.Sprintf(format, args...)
}

// Ingest checks a batch and, when every reading is acceptable or a duplicate, stores the new ones
// in one transaction. It returns only after the commit. An error wraps ErrStore.
func (in *Ingester) Ingest(ctx context.Context, headEnd string, batch []reading.Signed) (Outcome, error) {
	res := make([]Result, len(batch))
	for i := range batch {
		res[i] = Result{Index: i, MeterID: batch[i].MeterID, Seq: batch[i].Seq}
	}
	in.checkStatic(batch, res)
	meters := in.checkMeters(batch, res)
	in.checkSignatures(batch, res, meters)
	if out := summarise(res); out.Rejected > 0 {
		return out, nil
	}

	// Counter checks and the insert, under the locks of the batch's meters.
	meterSet := make(map[common.Hash]struct{}, len(batch))
	spanSet := make(map[store.Span]struct{}, len(batch))
	for i := range batch {
		meterSet[batch[i].MeterID] = struct{}{}
		spanSet[store.Span{MeterID: batch[i].MeterID, Assignment: meters[i].Assignment}] = struct{}{}
	}
	stripes := make([]int, 0, len(meterSet))
	for id := range meterSet {
		stripes = append(stripes, in.stripe(id))
	}
	slices.Sort(stripes)
	stripes = slices.Compact(stripes)
	for _, s := range stripes {
		in.locks[s].Lock()
	}
	defer func() {
		for _, s := range stripes {
			in.locks[s].Unlock()
		}
	}()

	latest, err := in.latestOf(ctx, spanSet)
	if err != nil {
		return Outcome{}, fmt.Errorf("%w: %w", ErrStore, err)
	}
	newLatest, err := in.checkCounters(ctx, batch, res, meters, latest)
	if err != nil {
		return Outcome{}, fmt.Errorf("%w: %w", ErrStore, err)
	}
	out := summarise(res)
	if out.Rejected > 0 || out.Accepted == 0 {
		return out, nil
	}

	rows := make([]store.Row, 0, out.Accepted)
	ids := in.ids.allocate(out.Accepted)
	next := ids.lo
	for i := range res {
		if res[i].Status != StatusAccepted {
			continue
		}
		res[i].ID = next
		rows = append(rows, store.Row{ID: next, Signed: batch[i], Signer: meters[i].Signer, Assignment: meters[i].Assignment, HeadEnd: headEnd})
		next++
	}
	if err := in.store.Insert(ctx, rows); err != nil {
		// The commit may or may not have happened: forget what we know of these meters and let
		// the ids hold the horizon until the database answers again.
		in.ids.doubt(ids)
		in.cacheMu.Lock()
		for sp := range spanSet {
			delete(in.latest, sp)
		}
		in.cacheMu.Unlock()
		return Outcome{}, fmt.Errorf("%w: %w", ErrStore, err)
	}
	in.ids.done(ids)
	in.cacheMu.Lock()
	for id, l := range newLatest {
		in.latest[id] = l
	}
	in.cacheMu.Unlock()
	return summarise(res), nil
}

func summarise(res []Result) Outcome {
	out := Outcome{Results: res}
	for i := range res {
		switch res[i].Status {
		case StatusAccepted:
			out.Accepted++
		case StatusDuplicate:
			out.Duplicates++
		case StatusRejected:
			if out.Rejected == 0 {
				out.FirstReject = res[i]
			}
			out.Rejected++
		}
	}
	if out.Rejected > 0 {
		out.Accepted, out.Duplicates = 0, 0
		for i := range res {
			if res[i].Status != StatusRejected {
				res[i].Status = StatusNotStored
				res[i].Code = CodeBatchRejected
				res[i].Reason = "another reading of the batch was rejected: nothing was stored"
				res[i].ID = 0
			}
		}
	}
	return out
}

// checkStatic applies the checks that need nothing but the reading and the clock.
func (in *Ingester) checkStatic(batch []reading.Signed, res []Result) {
	now := in.clock.Now().Unix()
	limit := uint64(now) + uint64(in.cfg.MaxClockSkew/time.Second)
	maxLen := uint64(in.cfg.MaxInterval / time.Second)
	for i := range batch {
		r := &batch[i].Reading
		switch {
		case r.Seq > math.MaxInt64 || r.ExportWh > math.MaxInt64 || r.ImportWh > math.MaxInt64 ||
			r.IntervalStart > math.MaxInt64 || r.IntervalEnd > math.MaxInt64:
			reject(&res[i], CodeValueOutOfRange, "seq, counters and timestamps must not exceed %d", int64(math.MaxInt64))
		case r.IntervalEnd <= r.IntervalStart:
			reject(&res[i], CodeInvalidInterval, "interval end %d is not after its start %d", r.IntervalEnd, r.IntervalStart)
		case r.IntervalEnd-r.IntervalStart > maxLen:
			reject(&res[i], CodeInvalidInterval, "interval of %d s is longer than %s", r.IntervalEnd-r.IntervalStart, in.cfg.MaxInterval)
		case r.IntervalEnd > limit:
			reject(&res[i], CodeClockSkew, "interval ends at %d, more than %s after the server clock (%d)", r.IntervalEnd, in.cfg.MaxClockSkew, now)
		}
	}
}

// checkMeters finds the Registry assignment each reading belongs to: the one in force at its
// intervalEnd (as OracleClient credits it), current or ended. The returned slice is indexed like batch.
func (in *Ingester) checkMeters(batch []reading.Signed, res []Result) []MeterInfo {
	meters := make([]MeterInfo, len(batch))
	for i := range batch {
		if res[i].Status != "" {
			continue
		}
		id, end := batch[i].MeterID, batch[i].IntervalEnd
		m, ok := in.meters.MeterAt(id, end)
		switch {
		case ok:
			meters[i] = m
		case in.meters.Known(id):
			reject(&res[i], CodeNoAssignment, "meter %s was not assigned in the Registry when the interval ended (%d)", id, end)
		default:
			reject(&res[i], CodeUnknownMeter, "meter %s is not assigned in the Registry", id)
		}
	}
	return meters
}

// checkSignatures recovers the signers in parallel and compares them with the meters' keys.
func (in *Ingester) checkSignatures(batch []reading.Signed, res []Result, meters []MeterInfo) {
	todo := make([]int, 0, len(batch))
	for i := range batch {
		if res[i].Status == "" {
			todo = append(todo, i)
		}
	}
	if len(todo) == 0 {
		return
	}
	sub := batch
	if len(todo) != len(batch) {
		sub = make([]reading.Signed, len(todo))
		for j, i := range todo {
			sub[j] = batch[i]
		}
	}
	got, errs := in.domain.RecoverBatch(sub, in.cfg.VerifyWorkers)
	for j, i := range todo {
		switch {
		case errs[j] != nil:
			reject(&res[i], CodeBadSignature, "%v", errs[j])
		case got[j] != meters[i].Signer:
			reject(&res[i], CodeBadSignature, "signed by %s, the meter's key is %s", got[j], meters[i].Signer)
		}
	}
}

// latestOf returns the newest stored reading of each meter assignment (nil: none), from the cache
// or the database. The caller holds the meters' locks.
func (in *Ingester) latestOf(ctx context.Context, spans map[store.Span]struct{}) (map[store.Span]*store.Latest, error) {
	out := make(map[store.Span]*store.Latest, len(spans))
	var missing []store.Span
	in.cacheMu.RLock()
	for id := range spans {
		l, ok := in.latest[id]
		if !ok {
			missing = append(missing, id)
			continue
		}
		out[id] = l
	}
	in.cacheMu.RUnlock()
	if len(missing) == 0 {
		return out, nil
	}
	loaded, err := in.store.LatestOf(ctx, missing)
	if err != nil {
		return nil, err
	}
	in.cacheMu.Lock()
	for _, id := range missing {
		var l *store.Latest
		if v, ok := loaded[id]; ok {
			l = &v
		}
		in.latest[id] = l
		out[id] = l
	}
	in.cacheMu.Unlock()
	return out, nil
}

// checkCounters walks the readings of each meter assignment in seq order against the newest
// stored reading of that assignment: counters and seq restart with each assignment, as in
// OracleClient, so a late reading of an ended assignment is checked against that assignment's
// readings only. Readings at or below a stored seq are duplicates when the stored content is the
// same. It returns the new newest reading of each assignment that gains one.
func (in *Ingester) checkCounters(ctx context.Context, batch []reading.Signed, res []Result, meters []MeterInfo,
	latest map[store.Span]*store.Latest) (map[store.Span]*store.Latest, error) {
	order := make([]int, len(batch))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ra, rb := &batch[order[a]].Reading, &batch[order[b]].Reading
		if c := ra.MeterID.Cmp(rb.MeterID); c != 0 {
			return c < 0
		}
		if na, nb := meters[order[a]].Assignment, meters[order[b]].Assignment; na != nb {
			return na < nb
		}
		return ra.Seq < rb.Seq
	})
	cur := make(map[store.Span]*store.Latest, len(latest))
	for id, l := range latest {
		cur[id] = l
	}
	inBatch := make(map[store.Key]int, len(batch)) // accepted in this batch -> index
	var lookups []store.Key
	var lookupIdx []int
	var lookupLatest []uint64
	for _, i := range order {
		r := &batch[i].Reading
		span := store.Span{MeterID: r.MeterID, Assignment: meters[i].Assignment}
		key := store.Key{MeterID: r.MeterID, Assignment: span.Assignment, Seq: r.Seq}
		l := cur[span]
		if l != nil && r.Seq <= l.Seq {
			if j, ok := inBatch[key]; ok {
				if batch[j].Reading == *r {
					res[i].Status = StatusDuplicate
				} else {
					reject(&res[i], CodeCounterRegression, "seq %d appears twice in the batch with different content", r.Seq)
				}
				continue
			}
			lookups = append(lookups, key)
			lookupIdx = append(lookupIdx, i)
			lookupLatest = append(lookupLatest, l.Seq)
			continue
		}
		if l != nil {
			switch {
			case r.ExportWh < l.ExportWh:
				reject(&res[i], CodeCounterRegression, "export counter %d Wh is below the previous reading's %d Wh (seq %d)", r.ExportWh, l.ExportWh, l.Seq)
				continue
			case r.ImportWh < l.ImportWh:
				reject(&res[i], CodeCounterRegression, "import counter %d Wh is below the previous reading's %d Wh (seq %d)", r.ImportWh, l.ImportWh, l.Seq)
				continue
			case r.IntervalStart < l.IntervalEnd:
				reject(&res[i], CodeCounterRegression, "interval starts at %d, before the previous reading's end %d (seq %d)", r.IntervalStart, l.IntervalEnd, l.Seq)
				continue
			}
		}
		res[i].Status = StatusAccepted
		inBatch[key] = i
		cur[span] = &store.Latest{Seq: r.Seq, IntervalEnd: r.IntervalEnd, ExportWh: r.ExportWh, ImportWh: r.ImportWh}
	}
	if len(lookups) > 0 {
		stored, err := in.store.Lookup(ctx, lookups)
		if err != nil {
			return nil, err
		}
		for j, key := range lookups {
			i := lookupIdx[j]
			prev, ok := stored[key]
			switch {
			case ok && prev == batch[i].Reading:
				res[i].Status = StatusDuplicate
			case ok:
				reject(&res[i], CodeCounterRegression, "seq %d is stored already with different content", key.Seq)
			default:
				reject(&res[i], CodeCounterRegression, "seq %d is not above the latest stored seq %d of the meter's assignment %d", key.Seq, lookupLatest[j], key.Assignment)
			}
		}
	}
	changed := make(map[store.Span]*store.Latest)
	for id, l := range cur {
		if l != latest[id] {
			changed[id] = l
		}
	}
	return changed, nil
}
