package oracle

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/campus-grid/gridchain/txmgr"
)

// Source is the meterbridge reading stream.
type Source interface {
	// After returns up to limit readings with cursor ids above after, in commit order, and the
	// cursor to pass next time.
	After(ctx context.Context, after int64, limit int) (rows []Reading, next int64, err error)
}

// MeterView is what the chain says about a meter: OracleClient's last applied reading of the
// meter's latest assignment, and the Registry's current assignment.
type MeterView struct {
	Seq         uint64
	IntervalEnd uint64
	// Assignment is the Registry assignment the OracleClient counters belong to (0: none yet).
	Assignment uint32
	// Owner, RegistryAssignment and AssignedAt (when the current assignment began) come from the Registry.
	Owner              common.Address
	RegistryAssignment uint32
	AssignedAt         uint64
}

// Covers reports whether a reading with seq, metered at intervalEnd, would be a no-op (NotNewer)
// on this state. OracleClient credits a reading to the Registry assignment in force at its
// intervalEnd (Registry.assignmentAt), and this view only holds the current assignment's counters:
// a reading that ends before the current assignment began belongs to an earlier one (a late
// reading of the previous owner, still credited to them) or to no one, so it is never covered here
// and is always sent; the contract makes a duplicate a no-op.
func (v MeterView) Covers(seq, intervalEnd uint64) bool {
	return v.Owner != (common.Address{}) && v.Assignment != 0 && v.Assignment == v.RegistryAssignment &&
		intervalEnd >= v.AssignedAt && seq <= v.Seq
}

// OnchainRequest is OracleClient.getRequest.
type OnchainRequest struct {
	MeterID        common.Hash
	IntervalEnd    uint64
	ExpiresAtBlock uint64
	// Status: 0 none, 1 pending, 2 fulfilled, 3 expired.
	Status uint8
}

// On-chain request statuses (IOracleClient.RequestStatus).
const (
	OnchainNone      uint8 = 0
	OnchainPending   uint8 = 1
	OnchainFulfilled uint8 = 2
	OnchainExpired   uint8 = 3
)

// Chain is the read access the relayer needs.
type Chain interface {
	// Head is the latest block number.
	Head(ctx context.Context) (uint64, error)
	// MeterViews reads the state of meters at block (nil: latest).
	MeterViews(ctx context.Context, meters []common.Hash, block *big.Int) (map[common.Hash]MeterView, error)
	// Requests returns the EnergyDataRequested events in [from, to].
	Requests(ctx context.Context, from, to uint64) ([]Request, error)
	// Request reads a request's on-chain record.
	Request(ctx context.Context, id *big.Int) (OnchainRequest, error)
	// Receipt returns a transaction's receipt.
	Receipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

// Sender hands transactions to the transaction manager and reads its records.
type Sender interface {
	// Queue sends c and returns the transaction manager's record id. c.Key follows txmgr's key
	// contract: a live record under the key is returned, not sent again; a failed one released
	// the key (the relayer gives every submission its own key and plans a failed one's readings
	// into a new submission).
	Queue(ctx context.Context, c txmgr.Candidate) (int64, error)
	// Tx returns a record by id.
	Tx(ctx context.Context, id int64) (*txmgr.Tx, error)
	// ByKey returns the record holding idempotency key, else the latest failed one with it
	// (txmgr.ErrNotFound when none), as txmgr.Store.ByKey.
	ByKey(ctx context.Context, key string) (*txmgr.Tx, error)
}

// ManagerSender adapts a started *txmgr.Manager and its store to Sender.
type ManagerSender struct {
	M     *txmgr.Manager
	Store txmgr.Store
}

var _ Sender = (*ManagerSender)(nil)

func (s *ManagerSender) Queue(ctx context.Context, c txmgr.Candidate) (int64, error) {
	h, err := s.M.Queue(ctx, c)
	if err != nil {
		return 0, err
	}
	return h.ID, nil
}

func (s *ManagerSender) Tx(ctx context.Context, id int64) (*txmgr.Tx, error) { return s.M.Tx(ctx, id) }

func (s *ManagerSender) ByKey(ctx context.Context, key string) (*txmgr.Tx, error) {
	return s.Store.ByKey(ctx, s.M.ChainID().Uint64(), s.M.From(), key)
}
