package txmgr

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Store keeps the record of every transaction. The manager writes a transaction (with its first
// signed attempt) before it is broadcast, and every later attempt before that one is broadcast, so
// that a crash loses nothing: on restart the open transactions are re-broadcast, in nonce order.
type Store interface {
	// Lock claims the nonce of (chainID, from) for the calling manager until the lock is
	// released. It fails with ErrKeyInUse when another manager holds it.
	Lock(ctx context.Context, chainID uint64, from common.Address) (KeyLock, error)
	// Insert records a new transaction with its attempts and sets tx.ID. It fails with
	// ErrDuplicateKey when tx.Key is set and a record of (chainID, from) that holds it (any state
	// but failed) exists.
	Insert(ctx context.Context, tx *Tx) error
	// AddAttempt records one more signed attempt of transaction id.
	AddAttempt(ctx context.Context, id int64, a Attempt) error
	// Update writes the nonce, state, mined block, error and gas limit of tx (the nonce changes
	// when another sender of the key took the old one).
	Update(ctx context.Context, tx *Tx) error
	// Open lists the pending and mined transactions of (chainID, from), by nonce.
	Open(ctx context.Context, chainID uint64, from common.Address) ([]*Tx, error)
	// Get returns a transaction by id (ErrNotFound).
	Get(ctx context.Context, id int64) (*Tx, error)
	// ByKey returns the transaction of (chainID, from) that holds idempotency key, else the latest
	// failed one with that key (ErrNotFound when none).
	ByKey(ctx context.Context, chainID uint64, from common.Address, key string) (*Tx, error)
}

// KeyLock is a manager's claim on the nonce of its key.
type KeyLock interface {
	// Lost is closed when the claim is gone for good (another process took the key while the
	// store's connection was down); Err then says why.
	Lost() <-chan struct{}
	Err() error
	// Release gives the claim up. Releasing twice is safe.
	Release()
}

// MemoryStore keeps records in memory: for tools (gridctl) that wait for their own transactions
// and need no record after they exit.
type MemoryStore struct {
	mu     sync.Mutex
	nextID int64
	txs    map[int64]*Tx
	locks  map[string]bool
}

var _ Store = (*MemoryStore)(nil)

// NewMemoryStore returns an empty store.
func NewMemoryStore() *MemoryStore {
	return &MemoryStore{txs: map[int64]*Tx{}, locks: map[string]bool{}}
}

func lockName(chainID uint64, from common.Address) string {
	return fmt.Sprintf("%d/%s", chainID, from.Hex())
}

func (s *MemoryStore) Lock(_ context.Context, chainID uint64, from common.Address) (KeyLock, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	name := lockName(chainID, from)
	if s.locks[name] {
		return nil, ErrKeyInUse
	}
	s.locks[name] = true
	return &memoryLock{release: func() {
		s.mu.Lock()
		delete(s.locks, name)
		s.mu.Unlock()
	}}, nil
}

// memoryLock lives as long as the process: it is never lost.
type memoryLock struct {
	once    sync.Once
	release func()
}

func (l *memoryLock) Lost() <-chan struct{} { return nil }
func (l *memoryLock) Err() error            { return nil }
func (l *memoryLock) Release()              { l.once.Do(l.release) }

func (s *MemoryStore) Insert(_ context.Context, tx *Tx) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, other := range s.txs {
		if other.ChainID != tx.ChainID || other.From != tx.From {
			continue
		}
		if tx.Key != "" && other.Key == tx.Key && other.State.HoldsKey() && tx.State.HoldsKey() {
			return fmt.Errorf("%q: %w", tx.Key, ErrDuplicateKey)
		}
		if other.State.Open() && tx.State.Open() && other.Nonce == tx.Nonce {
			return fmt.Errorf("txmgr: nonce %d of %s is taken by open transaction %d", tx.Nonce, tx.From.Hex(), other.ID)
		}
	}
	s.nextID++
	tx.ID = s.nextID
	now := time.Now()
	tx.CreatedAt, tx.UpdatedAt = now, now
	s.txs[tx.ID] = tx.Clone()
	return nil
}

func (s *MemoryStore) AddAttempt(_ context.Context, id int64, a Attempt) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, ok := s.txs[id]
	if !ok {
		return fmt.Errorf("transaction %d: %w", id, ErrNotFound)
	}
	tx.Attempts = append(tx.Attempts, a.clone())
	tx.UpdatedAt = time.Now()
	return nil
}

func (s *MemoryStore) Update(_ context.Context, tx *Tx) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, ok := s.txs[tx.ID]
	if !ok {
		return fmt.Errorf("transaction %d: %w", tx.ID, ErrNotFound)
	}
	rec.Nonce, rec.State, rec.Error, rec.GasLimit = tx.Nonce, tx.State, tx.Error, tx.GasLimit
	rec.MinedHash, rec.MinedBlock, rec.MinedBlockHash = tx.MinedHash, tx.MinedBlock, tx.MinedBlockHash
	rec.UpdatedAt = time.Now()
	tx.UpdatedAt = rec.UpdatedAt
	return nil
}

func (s *MemoryStore) Open(_ context.Context, chainID uint64, from common.Address) ([]*Tx, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*Tx
	for _, tx := range s.txs {
		if tx.ChainID == chainID && tx.From == from && tx.State.Open() {
			out = append(out, tx.Clone())
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Nonce < out[j].Nonce })
	return out, nil
}

func (s *MemoryStore) Get(_ context.Context, id int64) (*Tx, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, ok := s.txs[id]
	if !ok {
		return nil, fmt.Errorf("transaction %d: %w", id, ErrNotFound)
	}
	return tx.Clone(), nil
}

func (s *MemoryStore) ByKey(_ context.Context, chainID uint64, from common.Address, key string) (*Tx, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var best *Tx
	for _, tx := range s.txs {
		if tx.ChainID != chainID || tx.From != from || tx.Key != key || key == "" {
			continue
		}
		if tx.State.HoldsKey() {
			return tx.Clone(), nil
		}
		if best == nil || tx.ID > best.ID {
			best = tx
		}
	}
	if best == nil {
		return nil, fmt.Errorf("key %q: %w", key, ErrNotFound)
	}
	return best.Clone(), nil
}
