package oracle

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/campus-grid/gridchain/reading"
)

// ReadingStatus is where a relayed reading stands.
type ReadingStatus string

const (
	// StatusPending: fetched from meterbridge, waiting to be put in a submission.
	StatusPending ReadingStatus = "pending"
	// StatusSubmitted: part of an open submission.
	StatusSubmitted ReadingStatus = "submitted"
	// StatusApplied: our submission applied it (minted/burned), at the confirmation depth.
	StatusApplied ReadingStatus = "applied"
	// StatusBaseline: our submission set the meter's baseline with it, at the confirmation depth.
	StatusBaseline ReadingStatus = "baseline"
	// StatusRejected: the contract skipped it with a reason (ReadingRejected), at the confirmation depth.
	StatusRejected ReadingStatus = "rejected"
	// StatusCovered: not sent by us: the meter's on-chain seq already reached it (another relayer,
	// or a fulfilment). Final once that holds at the confirmation depth.
	StatusCovered ReadingStatus = "covered"
	// StatusFailed: gave up after MaxAttempts submissions that never confirmed.
	StatusFailed ReadingStatus = "failed"
)

// Done reports whether nothing more will be sent for a reading in this status.
func (s ReadingStatus) Done() bool {
	switch s {
	case StatusApplied, StatusBaseline, StatusRejected, StatusFailed:
		return true
	}
	return false
}

// Reading is a signed reading as the relayer keeps it.
type Reading struct {
	// BridgeID is meterbridge's cursor id of the reading (commit order).
	BridgeID int64
	reading.Signed
	Status ReadingStatus
	// Final is set once the status can no longer change (at the confirmation depth).
	Final bool
	// Reason is the contract's reject reason (StatusRejected) or why it failed.
	Reason string
	// SubmissionID is the submission it is in (StatusSubmitted) or was settled by.
	SubmissionID int64
	// Attempts counts the submissions it was put in.
	Attempts int
	// FetchedBlock is the chain head when the relayer fetched it (lag metric).
	FetchedBlock uint64
	// CoveredBlock is the head at which it was found covered (StatusCovered).
	CoveredBlock uint64
}

// SubmissionKind says which OracleClient function a submission calls.
type SubmissionKind string

const (
	KindReadings SubmissionKind = "readings" // submitReadings(readings, signatures)
	KindFulfill  SubmissionKind = "fulfill"  // fulfillEnergyData(requestId, reading, signature)
)

// SubmissionState is where a submission stands.
type SubmissionState string

const (
	// SubRecorded: written before anything is sent (the idempotency key is fixed).
	SubRecorded SubmissionState = "recorded"
	// SubSent: handed to the transaction manager (which recorded it before broadcasting).
	SubSent SubmissionState = "sent"
	// SubMined: in a block, not yet at the confirmation depth.
	SubMined SubmissionState = "mined"
	// SubFinal: at the confirmation depth; outcomes recorded.
	SubFinal SubmissionState = "final"
	// SubFailed: never confirmed successfully (refused, reverted, nonce lost); its readings went back.
	SubFailed SubmissionState = "failed"
	// SubAbandoned: recorded but the transaction manager never got it (crash in between); its
	// readings went back to be planned again.
	SubAbandoned SubmissionState = "abandoned"
)

// Open reports whether the submission still waits for the chain.
func (s SubmissionState) Open() bool { return s == SubRecorded || s == SubSent || s == SubMined }

// Submission is one transaction the relayer sends.
type Submission struct {
	ID   int64
	Kind SubmissionKind
	// Key is the transaction manager's idempotency key (unique per relayer and submission).
	Key string
	// Data is the calldata, kept so that a restart re-queues exactly the same transaction.
	Data      []byte
	State     SubmissionState
	TxID      int64
	TxHash    common.Hash
	Block     uint64
	RequestID *big.Int // KindFulfill
	// ReadingIDs are the bridge ids of the readings it carries, in calldata order.
	ReadingIDs []int64
	Error      string
	Reorgs     int
	CreatedAt  time.Time
}

// Outcome is what the contract did with one reading of a confirmed submission.
type Outcome struct {
	Status ReadingStatus // StatusApplied, StatusBaseline or StatusRejected
	Reason string        // the reject reason's name
}

// RequestStatus is where an energy data request stands for this relayer.
type RequestStatus string

const (
	ReqOpen      RequestStatus = "open"      // seen, to be served
	ReqSubmitted RequestStatus = "submitted" // a fulfilment is in an open submission
	ReqFulfilled RequestStatus = "fulfilled" // fulfilled on-chain (by us or anyone)
	ReqExpired   RequestStatus = "expired"   // timed out before it could be served
	ReqVanished  RequestStatus = "vanished"  // its event was reorged out and never came back
)

// Request is an EnergyDataRequested event the relayer follows.
type Request struct {
	ID             *big.Int
	MeterID        common.Hash
	IntervalEnd    uint64
	ExpiresAtBlock uint64
	Block          uint64
	Status         RequestStatus
	SubmissionID   int64
}

// Stats summarise the relayer's backlog.
type Stats struct {
	Pending   int
	Submitted int
	Covered   int
	// OldestFetchedBlock is the fetch head of the oldest reading not yet settled (0: none).
	OldestFetchedBlock uint64
}

// Cursor names.
const (
	CursorBridge   = "bridge"   // last meterbridge id fetched
	CursorRequests = "requests" // last block scanned for requests at the confirmation depth
)

var (
	ErrNotFound   = errors.New("not found")
	ErrNoReadings = errors.New("submission has no readings")
)

// Store keeps the relayer's state: cursors, readings, submissions and requests, all per relayer
// name, each write atomic.
type Store interface {
	// Cursor returns a cursor (ok false when never set).
	Cursor(ctx context.Context, name string) (value int64, ok bool, err error)
	// SetCursor sets a cursor.
	SetCursor(ctx context.Context, name string, value int64) error
	// AddReadings stores fetched readings (pending; ones already known are left alone) and moves
	// the bridge cursor to next, in one transaction.
	AddReadings(ctx context.Context, rs []Reading, next int64) error
	// Pending lists up to limit pending readings, in bridge id order.
	Pending(ctx context.Context, limit int) ([]Reading, error)
	// Readings returns readings by bridge id (unknown ids are left out).
	Readings(ctx context.Context, ids []int64) ([]Reading, error)
	// MarkCovered marks pending readings covered at block.
	MarkCovered(ctx context.Context, ids []int64, block uint64) error
	// Covered lists the covered readings that are not final.
	Covered(ctx context.Context) ([]Reading, error)
	// SettleCovered marks covered readings final (final true) or returns them to pending (final false).
	SettleCovered(ctx context.Context, ids []int64, final bool) error
	// ReadingReaching returns the lowest-seq reading of meter whose interval ends at or after end,
	// leaving out readings the contract rejected or that failed.
	ReadingReaching(ctx context.Context, meter common.Hash, end uint64) (Reading, error)
	// RecordSubmission inserts sub (setting ID and Key from keyPrefix) and marks its readings
	// submitted (KindReadings) or its request submitted (KindFulfill), in one transaction.
	RecordSubmission(ctx context.Context, sub *Submission, keyPrefix string) error
	// UpdateSubmission writes the state, tx id, hash, block, error and reorg count.
	UpdateSubmission(ctx context.Context, sub *Submission) error
	// OpenSubmissions lists the open submissions, oldest first.
	OpenSubmissions(ctx context.Context) ([]*Submission, error)
	// Submission returns a submission by id.
	Submission(ctx context.Context, id int64) (*Submission, error)
	// FinishSubmission marks sub final with the outcome of each of its readings, in one
	// transaction. Readings without an outcome go back to pending.
	FinishSubmission(ctx context.Context, sub *Submission, outcomes map[int64]Outcome) error
	// ReleaseSubmission marks sub failed or abandoned (sub.State) and returns its readings to
	// pending, or to failed when maxAttempts > 0 and they have been submitted that often, and its
	// request to open.
	ReleaseSubmission(ctx context.Context, sub *Submission, maxAttempts int) error
	// AddRequests stores requests not yet known (open).
	AddRequests(ctx context.Context, rs []Request) error
	// OpenRequests lists the requests that are open or submitted, by id.
	OpenRequests(ctx context.Context) ([]Request, error)
	// SetRequestStatus moves a request to status.
	SetRequestStatus(ctx context.Context, id *big.Int, status RequestStatus) error
	// Stats summarises the backlog.
	Stats(ctx context.Context) (Stats, error)
}
