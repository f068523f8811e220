package txmgrtest

import (
	"context"
	"crypto/rand"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/txmgr"
)

// RandomAddress returns a fresh address (tests against a shared database stay apart this way).
func RandomAddress(t testing.TB) common.Address {
	t.Helper()
	var a common.Address
	_, err := rand.Read(a[:])
	require.NoError(t, err)
	return a
}

func randomHash(t testing.TB) common.Hash {
	t.Helper()
	var h common.Hash
	_, err := rand.Read(h[:])
	require.NoError(t, err)
	return h
}

// NewTestTx builds a pending record with one attempt.
func NewTestTx(t testing.TB, chainID uint64, from common.Address, nonce uint64) *txmgr.Tx {
	t.Helper()
	to := RandomAddress(t)
	return &txmgr.Tx{
		ChainID: chainID, From: from, Nonce: nonce, To: &to, Data: []byte{0xde, 0xad, byte(nonce)},
		Value: big.NewInt(int64(nonce) + 1), GasLimit: 50_000, Label: "test", State: txmgr.StatePending,
		Attempts: []txmgr.Attempt{{
			Hash: randomHash(t), GasTipCap: big.NewInt(1_000_000_000), GasFeeCap: big.NewInt(2_000_000_014),
			Raw: []byte{0x02, byte(nonce)}, CreatedAt: time.Now().UTC().Truncate(time.Microsecond),
		}},
	}
}

// StoreSuite checks a Store implementation against the contract the manager relies on.
func StoreSuite(t *testing.T, newStore func(t *testing.T) txmgr.Store) {
	ctx := context.Background()
	const chainID = 31337

	t.Run("insert and get round-trip", func(t *testing.T) {
		s := newStore(t)
		from := RandomAddress(t)
		tx := NewTestTx(t, chainID, from, 7)
		tx.Value, _ = new(big.Int).SetString("123456789012345678901234567890", 10)
		tx.Key = "round-trip-" + from.Hex()
		require.NoError(t, s.Insert(ctx, tx))
		require.NotZero(t, tx.ID)
		got, err := s.Get(ctx, tx.ID)
		require.NoError(t, err)
		require.Equal(t, tx.From, got.From)
		require.Equal(t, tx.Nonce, got.Nonce)
		require.Equal(t, *tx.To, *got.To)
		require.Equal(t, tx.Data, got.Data)
		require.Zero(t, tx.Value.Cmp(got.Value), "value %s != %s", tx.Value, got.Value)
		require.Equal(t, tx.GasLimit, got.GasLimit)
		require.Equal(t, tx.Label, got.Label)
		require.Equal(t, tx.Key, got.Key)
		require.Equal(t, txmgr.StatePending, got.State)
		require.Len(t, got.Attempts, 1)
		require.Equal(t, tx.Attempts[0].Hash, got.Attempts[0].Hash)
		require.Equal(t, tx.Attempts[0].Raw, got.Attempts[0].Raw)
		require.Zero(t, tx.Attempts[0].GasFeeCap.Cmp(got.Attempts[0].GasFeeCap))
		require.Zero(t, tx.Attempts[0].GasTipCap.Cmp(got.Attempts[0].GasTipCap))
	})

	t.Run("no recipient, no data, no value", func(t *testing.T) {
		s := newStore(t)
		tx := NewTestTx(t, chainID, RandomAddress(t), 0)
		tx.To, tx.Data, tx.Value = nil, nil, nil
		require.NoError(t, s.Insert(ctx, tx))
		got, err := s.Get(ctx, tx.ID)
		require.NoError(t, err)
		require.Nil(t, got.To)
		require.Empty(t, got.Data)
	})

	t.Run("attempts keep their order", func(t *testing.T) {
		s := newStore(t)
		tx := NewTestTx(t, chainID, RandomAddress(t), 0)
		require.NoError(t, s.Insert(ctx, tx))
		var hashes []common.Hash
		hashes = append(hashes, tx.Attempts[0].Hash)
		for i := 0; i < 3; i++ {
			a := txmgr.Attempt{Hash: randomHash(t), GasTipCap: big.NewInt(int64(10 - i)), GasFeeCap: big.NewInt(int64(20 - i)),
				Raw: []byte{byte(i)}, CreatedAt: tx.Attempts[0].CreatedAt}
			require.NoError(t, s.AddAttempt(ctx, tx.ID, a))
			hashes = append(hashes, a.Hash)
		}
		got, err := s.Get(ctx, tx.ID)
		require.NoError(t, err)
		require.Len(t, got.Attempts, 4)
		for i, a := range got.Attempts {
			require.Equal(t, hashes[i], a.Hash, "attempt %d", i)
		}
		require.ErrorIs(t, s.AddAttempt(ctx, tx.ID+1_000_000, got.Attempts[0]), txmgr.ErrNotFound)
	})

	t.Run("update records mining and failure", func(t *testing.T) {
		s := newStore(t)
		tx := NewTestTx(t, chainID, RandomAddress(t), 3)
		require.NoError(t, s.Insert(ctx, tx))
		tx.State, tx.MinedHash, tx.MinedBlock, tx.MinedBlockHash = txmgr.StateMined, tx.Attempts[0].Hash, 42, randomHash(t)
		require.NoError(t, s.Update(ctx, tx))
		got, err := s.Get(ctx, tx.ID)
		require.NoError(t, err)
		require.Equal(t, txmgr.StateMined, got.State)
		require.Equal(t, tx.MinedHash, got.MinedHash)
		require.Equal(t, uint64(42), got.MinedBlock)
		require.Equal(t, tx.MinedBlockHash, got.MinedBlockHash)

		tx.State, tx.MinedHash, tx.MinedBlock, tx.MinedBlockHash, tx.Error = txmgr.StateFailed, common.Hash{}, 0, common.Hash{}, "boom"
		require.NoError(t, s.Update(ctx, tx))
		got, err = s.Get(ctx, tx.ID)
		require.NoError(t, err)
		require.Equal(t, txmgr.StateFailed, got.State)
		require.Equal(t, "boom", got.Error)
		require.Equal(t, common.Hash{}, got.MinedHash)

		tx.Nonce, tx.State, tx.Error = 11, txmgr.StatePending, ""
		require.NoError(t, s.Update(ctx, tx), "a nonce taken by another sender is replaced")
		got, err = s.Get(ctx, tx.ID)
		require.NoError(t, err)
		require.Equal(t, uint64(11), got.Nonce)

		missing := *tx
		missing.ID += 1_000_000
		require.ErrorIs(t, s.Update(ctx, &missing), txmgr.ErrNotFound)
		_, err = s.Get(ctx, missing.ID)
		require.ErrorIs(t, err, txmgr.ErrNotFound)
	})

	t.Run("open lists pending and mined of one key by nonce", func(t *testing.T) {
		s := newStore(t)
		from, other := RandomAddress(t), RandomAddress(t)
		states := map[uint64]txmgr.State{5: txmgr.StatePending, 2: txmgr.StateMined, 3: txmgr.StateConfirmed, 4: txmgr.StateFailed, 1: txmgr.StatePending}
		for nonce, state := range states {
			tx := NewTestTx(t, chainID, from, nonce)
			require.NoError(t, s.Insert(ctx, tx))
			if state != txmgr.StatePending {
				tx.State = state
				require.NoError(t, s.Update(ctx, tx))
			}
		}
		require.NoError(t, s.Insert(ctx, NewTestTx(t, chainID, other, 0)))
		require.NoError(t, s.Insert(ctx, NewTestTx(t, chainID+1, from, 0)))
		open, err := s.Open(ctx, chainID, from)
		require.NoError(t, err)
		var nonces []uint64
		for _, tx := range open {
			nonces = append(nonces, tx.Nonce)
			require.Len(t, tx.Attempts, 1)
		}
		require.Equal(t, []uint64{1, 2, 5}, nonces)
	})

	t.Run("one open transaction per nonce", func(t *testing.T) {
		s := newStore(t)
		from := RandomAddress(t)
		first := NewTestTx(t, chainID, from, 9)
		require.NoError(t, s.Insert(ctx, first))
		require.Error(t, s.Insert(ctx, NewTestTx(t, chainID, from, 9)), "a second open transaction with nonce 9")
		first.State = txmgr.StateFailed
		require.NoError(t, s.Update(ctx, first))
		require.NoError(t, s.Insert(ctx, NewTestTx(t, chainID, from, 9)), "a failed transaction gives its nonce back")
	})

	t.Run("idempotency keys", func(t *testing.T) {
		s := newStore(t)
		from := RandomAddress(t)
		tx := NewTestTx(t, chainID, from, 0)
		tx.Key = "epoch-17"
		require.NoError(t, s.Insert(ctx, tx))
		got, err := s.ByKey(ctx, chainID, from, "epoch-17")
		require.NoError(t, err)
		require.Equal(t, tx.ID, got.ID)
		_, err = s.ByKey(ctx, chainID, from, "epoch-18")
		require.ErrorIs(t, err, txmgr.ErrNotFound)
		dup := NewTestTx(t, chainID, from, 1)
		dup.Key = "epoch-17"
		require.ErrorIs(t, s.Insert(ctx, dup), txmgr.ErrDuplicateKey)
		otherKey := NewTestTx(t, chainID, RandomAddress(t), 0)
		otherKey.Key = "epoch-17"
		require.NoError(t, s.Insert(ctx, otherKey), "keys are per sending account")
	})

	t.Run("a failed record releases its key", func(t *testing.T) {
		s := newStore(t)
		from := RandomAddress(t)
		first := NewTestTx(t, chainID, from, 0)
		first.Key = "perform-3"
		require.NoError(t, s.Insert(ctx, first))
		first.State, first.Error = txmgr.StateFailed, "insufficient funds"
		require.NoError(t, s.Update(ctx, first))
		got, err := s.ByKey(ctx, chainID, from, "perform-3")
		require.NoError(t, err)
		require.Equal(t, first.ID, got.ID, "the failed record is still found while no other has the key")

		second := NewTestTx(t, chainID, from, 0)
		second.Key = "perform-3"
		// The retry may be the very same signed transaction: the refused one never took its nonce,
		// and a quiet chain suggests the same fees.
		second.To, second.Data, second.Value = first.To, first.Data, first.Value
		second.Attempts = []txmgr.Attempt{first.Attempts[0]}
		require.NoError(t, s.Insert(ctx, second), "the key is free again, for the same transaction too")
		got, err = s.ByKey(ctx, chainID, from, "perform-3")
		require.NoError(t, err)
		require.Equal(t, second.ID, got.ID, "the record holding the key")
		third := NewTestTx(t, chainID, from, 1)
		third.Key = "perform-3"
		require.ErrorIs(t, s.Insert(ctx, third), txmgr.ErrDuplicateKey, "one live record per key")

		second.State = txmgr.StateConfirmed
		require.NoError(t, s.Update(ctx, second))
		require.ErrorIs(t, s.Insert(ctx, third), txmgr.ErrDuplicateKey, "a confirmed record keeps its key")
	})

	t.Run("one manager per key", func(t *testing.T) {
		s := newStore(t)
		from := RandomAddress(t)
		unlock, err := s.Lock(ctx, chainID, from)
		require.NoError(t, err)
		_, err = s.Lock(ctx, chainID, from)
		require.ErrorIs(t, err, txmgr.ErrKeyInUse)
		unlockOther, err := s.Lock(ctx, chainID, RandomAddress(t))
		require.NoError(t, err)
		unlockOther.Release()
		unlock.Release()
		unlock.Release() // twice is harmless
		again, err := s.Lock(ctx, chainID, from)
		require.NoError(t, err)
		again.Release()
	})
}
