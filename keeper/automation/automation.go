// Package automation holds small Go types that mirror Chainlink Automation's off-chain semantics
// (chainlink-common cannot be fetched here): an upkeep and its id, the result of checkUpkeep with
// its eligibility, perform data and failure reason, and the outcome of a performUpkeep.
package automation

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// UpkeepID identifies an upkeep: a target contract and its check data. Chainlink's registry
// assigns ids on registration; we have no registry, so the id is derived from what the upkeep is
// (keccak256 of the target address and the check data), the same on every keeper.
type UpkeepID common.Hash

// NewUpkeepID derives the id of the upkeep (target, checkData).
func NewUpkeepID(target common.Address, checkData []byte) UpkeepID {
	return UpkeepID(crypto.Keccak256Hash(target.Bytes(), checkData))
}

// String is the id in hex.
func (id UpkeepID) String() string { return common.Hash(id).Hex() }

// Short is the first 8 bytes of the id in hex, for logs.
func (id UpkeepID) Short() string { return common.Hash(id).Hex()[:18] }

// Upkeep is one automated job: call checkUpkeep(CheckData) on Target, perform what it returns.
type Upkeep struct {
	ID        UpkeepID
	Name      string
	Target    common.Address
	CheckData []byte
	// UnitWord, when >= 0, is the index of the 32-byte word of the perform data that names the unit
	// of work for turn-taking (Trading: word 1, the epoch). -1: the unit is the whole perform data.
	UnitWord int
	// NoopTopics are event signatures (topic 0) the target emits when a perform found its work
	// already done (Trading's UpkeepSkipped): such a perform counts as a no-op.
	NoopTopics []common.Hash
}

// NewUpkeep builds an upkeep with its derived id.
func NewUpkeep(name string, target common.Address, checkData []byte, unitWord int, noopTopics ...common.Hash) Upkeep {
	return Upkeep{
		ID: NewUpkeepID(target, checkData), Name: name, Target: target,
		CheckData: append([]byte(nil), checkData...), UnitWord: unitWord, NoopTopics: noopTopics,
	}
}

// Unit is the unit of work a perform data stands for, for turn-taking and bookkeeping: the
// configured word of the perform data as a number (Known), or a hash of the whole perform data.
type Unit struct {
	Key    common.Hash
	Number uint64
	Known  bool // Number is meaningful (e.g. the epoch)
}

// UnitOf returns the unit of work of performData for this upkeep.
func (u Upkeep) UnitOf(performData []byte) Unit {
	if u.UnitWord >= 0 && len(performData) >= 32*(u.UnitWord+1) {
		word := performData[32*u.UnitWord : 32*(u.UnitWord+1)]
		n := new(big.Int).SetBytes(word)
		key := crypto.Keccak256Hash(u.ID[:], word)
		if n.IsUint64() {
			return Unit{Key: key, Number: n.Uint64(), Known: true}
		}
		return Unit{Key: key}
	}
	return Unit{Key: crypto.Keccak256Hash(u.ID[:], performData)}
}

// Seed is a number derived from the unit that picks its primary keeper.
func (un Unit) Seed() uint64 {
	if un.Known {
		return un.Number
	}
	return binary.BigEndian.Uint64(un.Key[24:])
}

// FailureReason says why a check produced nothing to perform (Chainlink's UpkeepFailureReason).
type FailureReason string

const (
	ReasonNone FailureReason = ""
	// ReasonNotNeeded: checkUpkeep returned upkeepNeeded = false.
	ReasonNotNeeded FailureReason = "upkeep_not_needed"
	// ReasonCheckReverted: checkUpkeep reverted (TARGET_CHECK_REVERTED).
	ReasonCheckReverted FailureReason = "target_check_reverted"
	// ReasonRPC: the node could not be asked.
	ReasonRPC FailureReason = "rpc_error"
	// ReasonBadResult: checkUpkeep's return data does not decode as (bool, bytes).
	ReasonBadResult FailureReason = "bad_check_result"
)

// CheckResult is the answer of one checkUpkeep simulation.
type CheckResult struct {
	UpkeepID    UpkeepID
	Block       uint64
	Eligible    bool
	PerformData []byte
	Reason      FailureReason
	// Err carries the underlying error when Reason is ReasonCheckReverted, ReasonRPC or ReasonBadResult.
	Err error
}

// Outcome is how a perform ended (or why it was not sent).
type Outcome string

const (
	// OutcomePerformed: the transaction was mined and did the work.
	OutcomePerformed Outcome = "performed"
	// OutcomeNoop: the work was already done: a fresh check or the simulation said so (nothing
	// sent), or the mined transaction reported it skipped the work.
	OutcomeNoop Outcome = "noop"
	// OutcomeReverted: the mined transaction reverted.
	OutcomeReverted Outcome = "reverted"
	// OutcomeSimulationFailed: eth_estimateGas of performUpkeep reverted; nothing was sent.
	OutcomeSimulationFailed Outcome = "simulation_failed"
	// OutcomeSendFailed: the transaction manager could not send it.
	OutcomeSendFailed Outcome = "send_failed"
	// OutcomeWaiting: not this keeper's turn yet; another keeper is primary.
	OutcomeWaiting Outcome = "waiting"
)

// PerformResult records one perform.
type PerformResult struct {
	UpkeepID    UpkeepID
	Unit        Unit
	PerformData []byte
	Outcome     Outcome
	TxHash      common.Hash
	Block       uint64 // block that included the transaction
	GasUsed     uint64
	Err         error
}

func (r PerformResult) String() string {
	return fmt.Sprintf("%s unit=%d outcome=%s tx=%s gas=%d", r.UpkeepID.Short(), r.Unit.Number, r.Outcome, r.TxHash.Hex(), r.GasUsed)
}
