package meterbridge

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/bindings/registry"
)

// ChainReader is the part of ethclient the follower uses.
type ChainReader interface {
	BlockNumber(ctx context.Context) (uint64, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Follower keeps a MeterTable in step with the Registry's MeterAssigned, MeterUnassigned and
// MeterSignerRotated events, polling eth_getLogs. Assignments are stamped with their blocks'
// timestamps, as the Registry stamps them, so that a reading is checked against the assignment in
// force at its intervalEnd. The table is ready once the follower has
// reached the head (minus the confirmations) once.
type Follower struct {
	log      *zap.Logger
	chain    ChainReader
	address  common.Address
	table    *MeterTable
	metrics  Metrics
	poll     time.Duration
	confirms uint64
	maxRange uint64
	next     uint64 // the next block to scan

	binding                           *registry.Registry
	assignedID, unassignedID, rotated common.Hash
}

// NewFollower scans from cfg.StartBlock.
func NewFollower(log *zap.Logger, chain ChainReader, cfg RegistryConfig, table *MeterTable, m Metrics) *Follower {
	b := registry.NewRegistry()
	abi := b.GetABI()
	return &Follower{log: log, chain: chain, address: cfg.Address, table: table, metrics: m,
		poll: cfg.PollInterval, confirms: cfg.Confirmations, maxRange: cfg.MaxRange, next: cfg.StartBlock,
		binding:      b,
		assignedID:   abi.Events[registry.RegistryMeterAssignedEventName].ID,
		unassignedID: abi.Events[registry.RegistryMeterUnassignedEventName].ID,
		rotated:      abi.Events[registry.RegistryMeterSignerRotatedEventName].ID,
	}
}

// Run polls until ctx ends. Errors are logged and retried at the next poll.
func (f *Follower) Run(ctx context.Context) {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := f.SyncOnce(ctx); err != nil && ctx.Err() == nil {
			f.log.Warn("registry sync failed, retrying", zap.Uint64("nextBlock", f.next), zap.Error(err))
		}
		t.Reset(f.poll)
	}
}

// SyncOnce applies every event up to the head minus the confirmations.
func (f *Follower) SyncOnce(ctx context.Context) error {
	head, err := f.chain.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("block number: %w", err)
	}
	if head < f.confirms {
		f.table.SetReady(true)
		return nil
	}
	target := head - f.confirms
	for f.next <= target {
		to := min(target, f.next+f.maxRange-1)
		logs, err := f.chain.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(f.next), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{f.address},
			Topics:    [][]common.Hash{{f.assignedID, f.unassignedID, f.rotated}},
		})
		if err != nil {
			return fmt.Errorf("registry logs %d..%d: %w", f.next, to, err)
		}
		// Every block time first: a failed header fetch leaves the range unapplied, to be retried whole.
		times, err := f.blockTimes(ctx, logs)
		if err != nil {
			return err
		}
		for i := range logs {
			if err := f.apply(&logs[i], times[logs[i].BlockNumber]); err != nil {
				return err
			}
		}
		f.next = to + 1
		f.metrics.RegistryBlock(to)
	}
	f.metrics.Meters(f.table.Len())
	if !f.table.Ready() {
		f.log.Info("registry follower caught up", zap.Uint64("block", target), zap.Int("meters", f.table.Len()))
	}
	f.table.SetReady(true)
	return nil
}

// blockTimes returns the timestamp of each block holding an assignment or an unassignment (the
// Registry's assignedAt and unassignedAt).
func (f *Follower) blockTimes(ctx context.Context, logs []types.Log) (map[uint64]uint64, error) {
	times := map[uint64]uint64{}
	for i := range logs {
		l := &logs[i]
		if len(l.Topics) == 0 || (l.Topics[0] != f.assignedID && l.Topics[0] != f.unassignedID) {
			continue
		}
		if _, ok := times[l.BlockNumber]; ok {
			continue
		}
		h, err := f.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
		if err != nil {
			return nil, fmt.Errorf("header of block %d: %w", l.BlockNumber, err)
		}
		times[l.BlockNumber] = h.Time
	}
	return times, nil
}

func (f *Follower) apply(l *types.Log, at uint64) error {
	if l.Removed || len(l.Topics) == 0 {
		return nil
	}
	switch l.Topics[0] {
	case f.assignedID:
		ev, err := f.binding.UnpackMeterAssignedEvent(l)
		if err != nil {
			return fmt.Errorf("decode MeterAssigned in block %d: %w", l.BlockNumber, err)
		}
		f.table.Assign(ev.MeterId, MeterInfo{Signer: ev.Signer, Owner: ev.Owner, Assignment: ev.Assignment, AssignedAt: at})
		f.log.Debug("meter assigned", zap.Stringer("meter", common.Hash(ev.MeterId)), zap.Stringer("signer", ev.Signer))
	case f.unassignedID:
		ev, err := f.binding.UnpackMeterUnassignedEvent(l)
		if err != nil {
			return fmt.Errorf("decode MeterUnassigned in block %d: %w", l.BlockNumber, err)
		}
		f.table.Unassign(ev.MeterId, at)
		f.log.Debug("meter unassigned", zap.Stringer("meter", common.Hash(ev.MeterId)))
	case f.rotated:
		ev, err := f.binding.UnpackMeterSignerRotatedEvent(l)
		if err != nil {
			return fmt.Errorf("decode MeterSignerRotated in block %d: %w", l.BlockNumber, err)
		}
		if !f.table.Rotate(ev.MeterId, ev.NewSigner) {
			f.log.Warn("signer rotated for a meter not assigned", zap.Stringer("meter", common.Hash(ev.MeterId)))
		}
	}
	return nil
}
