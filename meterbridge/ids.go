package meterbridge

import (
	"context"
	"sync"
)

// idRange is a block of reading ids given to one batch: lo..hi inclusive.
type idRange struct{ lo, hi int64 }

// idAllocator hands out reading ids in increasing order and knows the commit horizon: the highest
// id below which every batch has either committed or certainly failed. Concurrent batches commit
// in any order, so a relayer that only reads up to the horizon never skips a reading that commits
// later with a lower id. meterbridge must be the only writer of its database: Service holds the
// single-writer lock (WriterLockName) for its whole life.
type idAllocator struct {
	mu       sync.Mutex
	next     int64
	inFlight []idRange // batches between allocation and a known outcome
	inDoubt  []idRange // failed batches whose commit outcome is unknown until the database answers
}

func newIDAllocator(maxID int64) *idAllocator { return &idAllocator{next: maxID + 1} }

func (a *idAllocator) allocate(n int) idRange {
	a.mu.Lock()
	defer a.mu.Unlock()
	r := idRange{lo: a.next, hi: a.next + int64(n) - 1}
	a.next += int64(n)
	a.inFlight = append(a.inFlight, r)
	return r
}

func removeRange(rs []idRange, r idRange) []idRange {
	for i := range rs {
		if rs[i] == r {
			return append(rs[:i], rs[i+1:]...)
		}
	}
	return rs
}

// done ends a batch: committed, or rolled back with certainty.
func (a *idAllocator) done(r idRange) {
	a.mu.Lock()
	a.inFlight = removeRange(a.inFlight, r)
	a.mu.Unlock()
}

// doubt ends a batch whose commit may or may not have happened (the connection broke): its ids
// hold the horizon until resolve sees the database answer again.
func (a *idAllocator) doubt(r idRange) {
	a.mu.Lock()
	a.inFlight = removeRange(a.inFlight, r)
	a.inDoubt = append(a.inDoubt, r)
	a.mu.Unlock()
}

// resolve settles the batches in doubt: once the database answers a query on their ids, their
// transactions are over (committed or not) and no longer hold the horizon.
func (a *idAllocator) resolve(ctx context.Context, count func(ctx context.Context, lo, hi int64) (int64, error)) error {
	a.mu.Lock()
	pending := append([]idRange(nil), a.inDoubt...)
	a.mu.Unlock()
	for _, r := range pending {
		if _, err := count(ctx, r.lo, r.hi); err != nil {
			return err
		}
		a.mu.Lock()
		a.inDoubt = removeRange(a.inDoubt, r)
		a.mu.Unlock()
	}
	return nil
}

// horizon is the highest id that readers may see: every id at or below it is final.
func (a *idAllocator) horizon() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	h := a.next - 1
	for _, rs := range [][]idRange{a.inFlight, a.inDoubt} {
		for _, r := range rs {
			if r.lo-1 < h {
				h = r.lo - 1
			}
		}
	}
	return h
}

func (a *idAllocator) hasDoubt() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.inDoubt) > 0
}
