package meterbridge

import (
	"encoding/json"
	"fmt"
	"os"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// MeterInfo is what meterbridge knows of an assigned meter.
type MeterInfo struct {
	Signer     common.Address `json:"signer"`
	Owner      common.Address `json:"owner"`
	Assignment uint32         `json:"assignment"`
}

// MeterSource tells which meters are assigned and which key signs their readings.
type MeterSource interface {
	// Meter returns the current assignment of id; false when the meter is not assigned.
	Meter(id common.Hash) (MeterInfo, bool)
	// Ready is true once the source has caught up (a static table always is).
	Ready() bool
}

// MeterTable is an in-memory MeterSource: the static table from configuration, and the state the
// registry follower maintains.
type MeterTable struct {
	mu     sync.RWMutex
	meters map[common.Hash]MeterInfo
	ready  bool
}

var _ MeterSource = (*MeterTable)(nil)

// NewMeterTable returns an empty table, not ready.
func NewMeterTable() *MeterTable { return &MeterTable{meters: map[common.Hash]MeterInfo{}} }

// Meter returns the current assignment of id.
func (t *MeterTable) Meter(id common.Hash) (MeterInfo, bool) {
	t.mu.RLock()
	m, ok := t.meters[id]
	t.mu.RUnlock()
	return m, ok
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

// Unassign forgets a meter: its readings are refused until it is assigned again.
func (t *MeterTable) Unassign(id common.Hash) {
	t.mu.Lock()
	delete(t.meters, id)
	t.mu.Unlock()
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
