package meterbridge

import (
	"encoding/json"
	"fmt"
	"os"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/campus-grid/gridchain/reading"
)

// MeterInfo is what meterbridge knows of one assignment of a meter.
type MeterInfo struct {
	Signer     common.Address `json:"signer"`
	Owner      common.Address `json:"owner"`
	Assignment uint32         `json:"assignment"`
	// AssignedAt is the block timestamp of the assignment (0 in a static table: since ever).
	AssignedAt uint64 `json:"assignedAt"`
}

// MeterSource tells which meters are assigned and which key signs their readings.
type MeterSource interface {
	// Meter returns the current assignment of id; false when the meter is not assigned.
	Meter(id common.Hash) (MeterInfo, bool)
	// MeterAt returns the assignment of id in force at t (reading.AssignmentAt), current or ended:
	// a reading whose intervalEnd is t is checked against it. false: nobody held the meter at t.
	MeterAt(id common.Hash, t uint64) (MeterInfo, bool)
	// Known is true when id has, or had, an assignment.
	Known(id common.Hash) bool
	// Ready is true once the source has caught up (a static table always is).
	Ready() bool
}

// MeterTable is an in-memory MeterSource: the static table from configuration, and the state the
// registry follower maintains.
type MeterTable struct {
	mu     sync.RWMutex
	meters map[common.Hash]MeterInfo
	// past holds each meter's ended assignments in order: readings metered during one are still its
	// owner's, whenever they arrive.
	past  map[common.Hash][]reading.Assignment
	ready bool
}

var _ MeterSource = (*MeterTable)(nil)

// NewMeterTable returns an empty table, not ready.
func NewMeterTable() *MeterTable {
	return &MeterTable{meters: map[common.Hash]MeterInfo{}, past: map[common.Hash][]reading.Assignment{}}
}

// Meter returns the current assignment of id.
func (t *MeterTable) Meter(id common.Hash) (MeterInfo, bool) {
	t.mu.RLock()
	m, ok := t.meters[id]
	t.mu.RUnlock()
	return m, ok
}

// MeterAt returns the assignment of id in force at t. The current assignment is the first, cheap
// check (almost every reading belongs to it); only a reading metered before it began looks through
// the ended ones, by the Registry's rule (reading.AssignmentAt).
func (t *MeterTable) MeterAt(id common.Hash, at uint64) (MeterInfo, bool) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	m, ok := t.meters[id]
	if ok && at >= m.AssignedAt {
		return m, true
	}
	a, ok := reading.AssignmentAt(t.past[id], at)
	if !ok {
		return MeterInfo{}, false
	}
	return MeterInfo{Signer: a.Signer, Owner: a.Owner, Assignment: a.Number, AssignedAt: a.AssignedAt}, true
}

// Known is true when id has, or had, an assignment.
func (t *MeterTable) Known(id common.Hash) bool {
	t.mu.RLock()
	defer t.mu.RUnlock()
	_, ok := t.meters[id]
	return ok || len(t.past[id]) > 0
}

// Ready is true once SetReady was called.
func (t *MeterTable) Ready() bool {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.ready
}

// SetReady marks the table caught up (or not).
func (t *MeterTable) SetReady(ready bool) {
	t.mu.Lock()
	t.ready = ready
	t.mu.Unlock()
}

// Assign records (or replaces) a meter's assignment.
func (t *MeterTable) Assign(id common.Hash, m MeterInfo) {
	t.mu.Lock()
	t.meters[id] = m
	t.mu.Unlock()
}

// Unassign ends a meter's current assignment at block timestamp at. The assignment is kept, with
// its last key: readings metered until at are still checked against it and credited to its owner;
// later ones are refused until the meter is assigned again.
func (t *MeterTable) Unassign(id common.Hash, at uint64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	m, ok := t.meters[id]
	if !ok {
		return
	}
	t.past[id] = append(t.past[id], reading.Assignment{Number: m.Assignment, Owner: m.Owner, Signer: m.Signer,
		AssignedAt: m.AssignedAt, UnassignedAt: at})
	delete(t.meters, id)
}

// Rotate replaces a meter's signing key; false when the meter is not assigned.
func (t *MeterTable) Rotate(id common.Hash, signer common.Address) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	m, ok := t.meters[id]
	if !ok {
		return false
	}
	m.Signer = signer
	t.meters[id] = m
	return true
}

// Len is the number of assigned meters.
func (t *MeterTable) Len() int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return len(t.meters)
}

// StaticMeter is one entry of a static meter table (config or file).
type StaticMeter struct {
	ID     common.Hash    `json:"id" mapstructure:"id"`
	Signer common.Address `json:"signer" mapstructure:"signer"`
	Owner  common.Address `json:"owner,omitempty" mapstructure:"owner"`
}

// LoadMetersFile reads a JSON array of StaticMeter (as `metersim keys` writes it).
func LoadMetersFile(path string) ([]StaticMeter, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("meters file: %w", err)
	}
	var out []StaticMeter
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("meters file %s: %w", path, err)
	}
	return out, nil
}
