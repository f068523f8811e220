package txmgr_test

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/txmgr"
)

var errTakenMeanwhile = errors.New("another process took the key")

// losableLock is a key lock the test can lose, as a database restart with an intruder would.
type losableLock struct {
	txmgr.KeyLock
	once sync.Once
	lost chan struct{}
}

func (l *losableLock) Lost() <-chan struct{} { return l.lost }

func (l *losableLock) Err() error {
	select {
	case <-l.lost:
		return errTakenMeanwhile
	default:
		return nil
	}
}

func (l *losableLock) lose() { l.once.Do(func() { close(l.lost) }) }

// losableStore hands out losable locks.
type losableStore struct {
	txmgr.Store
	lock *losableLock
}

func (s *losableStore) Lock(ctx context.Context, chainID uint64, from common.Address) (txmgr.KeyLock, error) {
	inner, err := s.Store.Lock(ctx, chainID, from)
	if err != nil {
		return nil, err
	}
	s.lock = &losableLock{KeyLock: inner, lost: make(chan struct{})}
	return s.lock, nil
}

func TestManager_LostKeySendsNothingMore(t *testing.T) {
	e := newTestEnv(t)
	store := &losableStore{Store: e.store}
	e.store = store
	m := e.start()
	h, err := m.Queue(context.Background(), candidate("before"))
	require.NoError(t, err)
	require.NoError(t, m.Err())
	select {
	case <-m.Lost():
		t.Fatal("lost before the lock was")
	default:
	}

	store.lock.lose()
	<-m.Lost()
	require.ErrorIs(t, m.Err(), errTakenMeanwhile)
	_, err = m.Queue(context.Background(), candidate("after"))
	require.ErrorIs(t, err, errTakenMeanwhile, "no new nonce once another process owns the key")
	sent := e.chain.Sends()
	e.clock.Advance(e.cfg.ResubmitTimeout * 2)
	require.ErrorIs(t, m.Poll(context.Background()), errTakenMeanwhile, "no re-send either")
	require.Equal(t, sent, e.chain.Sends())
	require.False(t, done(h))
}
