package oracle

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// MemoryStore keeps the relayer's state in memory: for unit tests (and as the model the
// PostgreSQL store must agree with). A "restart" keeps the same MemoryStore.
type MemoryStore struct {
	mu       sync.Mutex
	cursors  map[string]int64
	readings map[int64]*Reading
	subs     map[int64]*Submission
	requests map[string]*Request
	nextSub  int64
}

var _ Store = (*MemoryStore)(nil)

// NewMemoryStore returns an empty store.
func NewMemoryStore() *MemoryStore {
	return &MemoryStore{cursors: map[string]int64{}, readings: map[int64]*Reading{},
		subs: map[int64]*Submission{}, requests: map[string]*Request{}}
}

func (s *MemoryStore) Cursor(_ context.Context, name string) (int64, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.cursors[name]
	return v, ok, nil
}

func (s *MemoryStore) SetCursor(_ context.Context, name string, value int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cursors[name] = value
	return nil
}

func (s *MemoryStore) AddReadings(_ context.Context, rs []Reading, next int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range rs {
		if _, ok := s.readings[r.BridgeID]; ok {
			continue
		}
		c := r
		c.Signature = append([]byte(nil), r.Signature...)
		c.Status, c.Final, c.SubmissionID, c.Attempts = StatusPending, false, 0, 0
		s.readings[r.BridgeID] = &c
	}
	s.cursors[CursorBridge] = next
	return nil
}

func (s *MemoryStore) sorted(filter func(*Reading) bool) []Reading {
	var out []Reading
	for _, r := range s.readings {
		if filter(r) {
			out = append(out, *r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].BridgeID < out[j].BridgeID })
	return out
}

func (s *MemoryStore) Pending(_ context.Context, limit int) ([]Reading, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.sorted(func(r *Reading) bool { return r.Status == StatusPending })
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func (s *MemoryStore) Readings(_ context.Context, ids []int64) ([]Reading, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	want := map[int64]bool{}
	for _, id := range ids {
		want[id] = true
	}
	return s.sorted(func(r *Reading) bool { return want[r.BridgeID] }), nil
}

func (s *MemoryStore) MarkCovered(_ context.Context, ids []int64, block uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, id := range ids {
		if r, ok := s.readings[id]; ok && r.Status == StatusPending {
			r.Status, r.CoveredBlock = StatusCovered, block
		}
	}
	return nil
}

func (s *MemoryStore) Covered(_ context.Context) ([]Reading, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sorted(func(r *Reading) bool { return r.Status == StatusCovered && !r.Final }), nil
}

func (s *MemoryStore) SettleCovered(_ context.Context, ids []int64, final bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, id := range ids {
		r, ok := s.readings[id]
		if !ok || r.Status != StatusCovered || r.Final {
			continue
		}
		if final {
			r.Final = true
		} else {
			r.Status, r.CoveredBlock = StatusPending, 0
		}
	}
	return nil
}

func (s *MemoryStore) ReadingReaching(_ context.Context, meter common.Hash, end uint64) (Reading, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var best *Reading
	for _, r := range s.readings {
		if r.Status == StatusRejected || r.Status == StatusFailed {
			continue
		}
		if r.MeterID == meter && r.IntervalEnd >= end && (best == nil || r.Seq < best.Seq) {
			best = r
		}
	}
	if best == nil {
		return Reading{}, ErrNotFound
	}
	return *best, nil
}

func (s *MemoryStore) RecordSubmission(_ context.Context, sub *Submission, keyPrefix string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if sub.Kind == KindReadings && len(sub.ReadingIDs) == 0 {
		return ErrNoReadings
	}
	for _, id := range sub.ReadingIDs {
		r, ok := s.readings[id]
		if !ok {
			return fmt.Errorf("reading %d: %w", id, ErrNotFound)
		}
		if sub.Kind == KindReadings && r.Status != StatusPending {
			return fmt.Errorf("reading %d is %s, not pending", id, r.Status)
		}
	}
	s.nextSub++
	sub.ID = s.nextSub
	sub.Key = fmt.Sprintf("%s%d", keyPrefix, sub.ID)
	sub.State = SubRecorded
	sub.CreatedAt = time.Now()
	c := *sub
	c.ReadingIDs = append([]int64(nil), sub.ReadingIDs...)
	s.subs[sub.ID] = &c
	if sub.Kind == KindReadings {
		for _, id := range sub.ReadingIDs {
			r := s.readings[id]
			r.Status, r.SubmissionID = StatusSubmitted, sub.ID
			r.Attempts++
		}
	}
	if sub.Kind == KindFulfill && sub.RequestID != nil {
		if q, ok := s.requests[sub.RequestID.String()]; ok {
			q.Status, q.SubmissionID = ReqSubmitted, sub.ID
		}
	}
	return nil
}

func (s *MemoryStore) UpdateSubmission(_ context.Context, sub *Submission) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, ok := s.subs[sub.ID]
	if !ok {
		return fmt.Errorf("submission %d: %w", sub.ID, ErrNotFound)
	}
	rec.State, rec.TxID, rec.TxHash, rec.Block, rec.Error, rec.Reorgs = sub.State, sub.TxID, sub.TxHash, sub.Block, sub.Error, sub.Reorgs
	return nil
}

func cloneSub(sub *Submission) *Submission {
	c := *sub
	c.ReadingIDs = append([]int64(nil), sub.ReadingIDs...)
	if sub.RequestID != nil {
		c.RequestID = new(big.Int).Set(sub.RequestID)
	}
	return &c
}

func (s *MemoryStore) OpenSubmissions(_ context.Context) ([]*Submission, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*Submission
	for _, sub := range s.subs {
		if sub.State.Open() {
			out = append(out, cloneSub(sub))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func (s *MemoryStore) Submission(_ context.Context, id int64) (*Submission, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sub, ok := s.subs[id]
	if !ok {
		return nil, fmt.Errorf("submission %d: %w", id, ErrNotFound)
	}
	return cloneSub(sub), nil
}

func (s *MemoryStore) FinishSubmission(_ context.Context, sub *Submission, outcomes map[int64]Outcome) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, ok := s.subs[sub.ID]
	if !ok {
		return fmt.Errorf("submission %d: %w", sub.ID, ErrNotFound)
	}
	rec.State, rec.TxID, rec.TxHash, rec.Block, rec.Error, rec.Reorgs = SubFinal, sub.TxID, sub.TxHash, sub.Block, sub.Error, sub.Reorgs
	sub.State = SubFinal
	if rec.Kind == KindReadings {
		for _, id := range rec.ReadingIDs {
			r := s.readings[id]
			if r == nil || r.Status != StatusSubmitted || r.SubmissionID != rec.ID {
				continue
			}
			if o, ok := outcomes[id]; ok {
				r.Status, r.Reason, r.Final = o.Status, o.Reason, true
			} else {
				r.Status = StatusPending
			}
		}
	}
	return nil
}

func (s *MemoryStore) ReleaseSubmission(_ context.Context, sub *Submission, maxAttempts int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, ok := s.subs[sub.ID]
	if !ok {
		return fmt.Errorf("submission %d: %w", sub.ID, ErrNotFound)
	}
	rec.State, rec.Error, rec.TxID = sub.State, sub.Error, sub.TxID
	if rec.Kind == KindReadings {
		for _, id := range rec.ReadingIDs {
			r := s.readings[id]
			if r == nil || r.Status != StatusSubmitted || r.SubmissionID != rec.ID {
				continue
			}
			if maxAttempts > 0 && r.Attempts >= maxAttempts {
				r.Status, r.Final, r.Reason = StatusFailed, true, sub.Error
			} else {
				r.Status = StatusPending
			}
		}
	}
	if rec.Kind == KindFulfill && rec.RequestID != nil {
		if q, ok := s.requests[rec.RequestID.String()]; ok && q.Status == ReqSubmitted && q.SubmissionID == rec.ID {
			q.Status = ReqOpen
		}
	}
	return nil
}

func (s *MemoryStore) AddRequests(_ context.Context, rs []Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range rs {
		k := r.ID.String()
		if _, ok := s.requests[k]; ok {
			continue
		}
		c := r
		c.ID = new(big.Int).Set(r.ID)
		c.Status = ReqOpen
		s.requests[k] = &c
	}
	return nil
}

func (s *MemoryStore) OpenRequests(_ context.Context) ([]Request, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Request
	for _, r := range s.requests {
		if r.Status == ReqOpen || r.Status == ReqSubmitted {
			c := *r
			c.ID = new(big.Int).Set(r.ID)
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID.Cmp(out[j].ID) < 0 })
	return out, nil
}

func (s *MemoryStore) SetRequestStatus(_ context.Context, id *big.Int, status RequestStatus) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.requests[id.String()]
	if !ok {
		return fmt.Errorf("request %s: %w", id, ErrNotFound)
	}
	r.Status = status
	return nil
}

func (s *MemoryStore) Stats(_ context.Context) (Stats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var st Stats
	for _, r := range s.readings {
		switch r.Status {
		case StatusPending:
			st.Pending++
		case StatusSubmitted:
			st.Submitted++
		case StatusCovered:
			if !r.Final {
				st.Covered++
			}
		default:
			continue
		}
		if r.Status != StatusCovered && (st.OldestFetchedBlock == 0 || r.FetchedBlock < st.OldestFetchedBlock) {
			st.OldestFetchedBlock = r.FetchedBlock
		}
	}
	return st, nil
}
