package txmgr

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Candidate is what a caller wants sent.
type Candidate struct {
	To    *common.Address // nil deploys a contract
	Data  []byte
	Value *big.Int
	// GasLimit 0 means: estimate (and surface the decoded revert when the call would fail).
	GasLimit uint64
	// Label names the transaction in logs, metrics and the store ("registerUser", "performUpkeep").
	Label string
	// Key, when set, makes the send idempotent: a second Queue with the same key (even after a
	// restart, with a persistent store) returns the live transaction holding the key instead of
	// sending again; a failed one releases its key (see the package documentation).
	Key string
}

// State is where a recorded transaction stands.
type State string

const (
	// StatePending: recorded with its nonce, (being) broadcast, not in a block.
	StatePending State = "pending"
	// StateMined: in a block, not yet at the confirmation depth.
	StateMined State = "mined"
	// StateConfirmed: at the confirmation depth; final.
	StateConfirmed State = "confirmed"
	// StateFailed: will never be mined (rejected before it reached any pool, or its nonce was
	// consumed by a transaction the manager did not send); final. It releases its idempotency key.
	StateFailed State = "failed"
)

// HoldsKey reports whether a record in this state holds its idempotency key (every state but
// failed: see the package documentation).
func (s State) HoldsKey() bool { return s != StateFailed }

// Open reports whether the manager still drives the transaction.
func (s State) Open() bool { return s == StatePending || s == StateMined }

// Attempt is one signed version of a transaction (the first send, then each fee bump).
type Attempt struct {
	Hash      common.Hash
	GasTipCap *big.Int
	GasFeeCap *big.Int
	Raw       []byte // RLP of the signed transaction, re-broadcast as is
	CreatedAt time.Time
}

// Tx is the record of one transaction: one nonce of one key on one chain.
type Tx struct {
	ID       int64
	ChainID  uint64
	From     common.Address
	Nonce    uint64
	To       *common.Address
	Data     []byte
	Value    *big.Int
	GasLimit uint64
	Label    string
	Key      string
	State    State
	// Attempts, oldest first; the last one is the current.
	Attempts       []Attempt
	MinedHash      common.Hash
	MinedBlock     uint64
	MinedBlockHash common.Hash
	Error          string
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// Latest is the current attempt.
func (t *Tx) Latest() Attempt { return t.Attempts[len(t.Attempts)-1] }

// Clone returns a deep copy (stores hand out copies so callers cannot race them).
func (t *Tx) Clone() *Tx {
	c := *t
	if t.To != nil {
		to := *t.To
		c.To = &to
	}
	c.Data = append([]byte(nil), t.Data...)
	if t.Value != nil {
		c.Value = new(big.Int).Set(t.Value)
	}
	c.Attempts = make([]Attempt, len(t.Attempts))
	for i, a := range t.Attempts {
		c.Attempts[i] = a.clone()
	}
	return &c
}

func (a Attempt) clone() Attempt {
	c := a
	c.GasTipCap = new(big.Int).Set(a.GasTipCap)
	c.GasFeeCap = new(big.Int).Set(a.GasFeeCap)
	c.Raw = append([]byte(nil), a.Raw...)
	return c
}
