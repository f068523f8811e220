package meterbridge

import (
	"context"
	"errors"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/campus-grid/gridchain/meterbridge/store"
	"github.com/campus-grid/gridchain/reading"
)

var errFakeDown = errors.New("fake database down")

// fakeStore is an in-memory store.Store; down makes every call fail.
type fakeStore struct {
	mu   sync.Mutex
	rows []store.Row
	down bool
	// failInsert makes the next Insert fail after "committing" when commitThenFail is set.
	commitThenFail bool
	inserts        int
}

var _ store.Store = (*fakeStore)(nil)

func (f *fakeStore) check() error {
	if f.down {
		return errFakeDown
	}
	return nil
}

func (f *fakeStore) setDown(down bool) {
	f.mu.Lock()
	f.down = down
	f.mu.Unlock()
}

func (f *fakeStore) LatestOf(_ context.Context, spans []store.Span) (map[store.Span]store.Latest, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return nil, err
	}
	want := map[store.Span]bool{}
	for _, m := range spans {
		want[m] = true
	}
	out := map[store.Span]store.Latest{}
	for _, r := range f.rows {
		s := r.Signed.Reading
		sp := store.Span{MeterID: s.MeterID, Assignment: r.Assignment}
		if want[sp] && (out[sp].Seq < s.Seq || out[sp] == (store.Latest{})) {
			out[sp] = store.Latest{Seq: s.Seq, IntervalEnd: s.IntervalEnd, ExportWh: s.ExportWh, ImportWh: s.ImportWh}
		}
	}
	return out, nil
}

func (f *fakeStore) Lookup(_ context.Context, keys []store.Key) (map[store.Key]reading.Reading, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return nil, err
	}
	want := map[store.Key]bool{}
	for _, k := range keys {
		want[k] = true
	}
	out := map[store.Key]reading.Reading{}
	for _, r := range f.rows {
		k := store.Key{MeterID: r.Signed.MeterID, Assignment: r.Assignment, Seq: r.Signed.Seq}
		if want[k] {
			out[k] = r.Signed.Reading
		}
	}
	return out, nil
}

func (f *fakeStore) Insert(_ context.Context, rows []store.Row) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return err
	}
	seen := map[store.Key]bool{}
	for _, r := range f.rows {
		seen[store.Key{MeterID: r.Signed.MeterID, Assignment: r.Assignment, Seq: r.Signed.Seq}] = true
	}
	for _, r := range rows {
		k := store.Key{MeterID: r.Signed.MeterID, Assignment: r.Assignment, Seq: r.Signed.Seq}
		if seen[k] {
			return errors.New("unique violation (meter_id, assignment, seq)")
		}
		seen[k] = true
	}
	for _, r := range rows {
		r.ReceivedAt = time.Now()
		f.rows = append(f.rows, r)
	}
	f.inserts++
	if f.commitThenFail {
		f.commitThenFail = false
		return errors.New("connection lost during commit")
	}
	return nil
}

func (f *fakeStore) MaxID(context.Context) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var m int64
	for _, r := range f.rows {
		m = max(m, r.ID)
	}
	return m, f.check()
}

func (f *fakeStore) CountIDs(_ context.Context, lo, hi int64) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return 0, err
	}
	var n int64
	for _, r := range f.rows {
		if r.ID >= lo && r.ID <= hi {
			n++
		}
	}
	return n, nil
}

func (f *fakeStore) sorted(keep func(store.Row) bool) []store.Row {
	var out []store.Row
	for _, r := range f.rows {
		if keep(r) {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (f *fakeStore) ByMeter(_ context.Context, meter common.Hash, from, to uint64, limit int) ([]store.Row, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return nil, err
	}
	out := f.sorted(func(r store.Row) bool {
		return r.Signed.MeterID == meter && r.Signed.IntervalEnd >= from && r.Signed.IntervalEnd < to
	})
	return out[:min(limit, len(out))], nil
}

func (f *fakeStore) LatestRow(_ context.Context, meter common.Hash) (store.Row, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return store.Row{}, err
	}
	var best *store.Row
	for i := range f.rows {
		r := &f.rows[i]
		if r.Signed.MeterID == meter && (best == nil || r.Assignment > best.Assignment ||
			(r.Assignment == best.Assignment && r.Signed.Seq > best.Signed.Seq)) {
			best = &f.rows[i]
		}
	}
	if best == nil {
		return store.Row{}, store.ErrNotFound
	}
	return *best, nil
}

func (f *fakeStore) After(_ context.Context, after, upTo int64, limit int) ([]store.Row, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return nil, err
	}
	out := f.sorted(func(r store.Row) bool { return r.ID > after && r.ID <= upTo })
	return out[:min(limit, len(out))], nil
}

func (f *fakeStore) Ping(context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.check()
}
