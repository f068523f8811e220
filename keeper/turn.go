package keeper

import (
	"bytes"

	"github.com/ethereum/go-ethereum/common"

	"github.com/campus-grid/gridchain/keeper/automation"
)

// Turns decides which of N keepers acts on a unit of work, and when.
//
// Every unit of work (Trading: an epoch, from its clearing to its last settlement batch) has a
// primary keeper, picked by the unit's seed (the epoch number, or a hash of the perform data)
// modulo N. The keeper of rank r (0 for the primary, then 1, 2, ... in index order after it)
// acts once the unit has made no progress for r * GraceBlocks blocks. So normally only the
// primary sends; when it is down or slow, the next one steps in after one grace period, and so on.
// Work that two keepers did at once is harmless on-chain (the contracts skip work already done);
// turn-taking only keeps that rare.
type Turns struct {
	Index       int    // this keeper's index, 0 <= Index < Count
	Count       int    // number of keepers taking turns
	GraceBlocks uint64 // blocks each rank waits after the one before it
}

// Primary is the index of the keeper that acts first on a unit with this seed.
func (t Turns) Primary(seed uint64) int {
	if t.Count <= 1 {
		return 0
	}
	return int(seed % uint64(t.Count))
}

// Rank is this keeper's place in the queue for a unit with this seed (0: primary).
func (t Turns) Rank(seed uint64) int {
	if t.Count <= 1 {
		return 0
	}
	return (t.Index - t.Primary(seed) + t.Count) % t.Count
}

// Wait is how many blocks without progress this keeper lets pass before it acts on the unit.
func (t Turns) Wait(seed uint64) uint64 { return uint64(t.Rank(seed)) * t.GraceBlocks }

// MayAct reports whether this keeper acts at head on a unit that last made progress at since.
func (t Turns) MayAct(seed, since, head uint64) bool {
	if head < since {
		return t.Rank(seed) == 0
	}
	return head-since >= t.Wait(seed)
}

// progress remembers, for one upkeep, each unit of work it has seen due, with the block at which
// the unit was first seen due or last moved on (its perform data changed): the clock turn-taking
// runs on. Units are kept apart so that work alternating between units (clearing epoch e+1 while
// epoch e settles) does not restart every keeper's clock.
type progress struct {
	units map[common.Hash]*unitProgress
}

type unitProgress struct {
	performData []byte
	since       uint64
	seen        uint64
}

// forgetAfter is how many blocks a unit not seen due is remembered.
const forgetAfter = 1024

// observe records that checkUpkeep at block head returned performData for unit, and returns the
// block from which turn-taking counts.
func (p *progress) observe(unit automation.Unit, performData []byte, head uint64) uint64 {
	if p.units == nil {
		p.units = map[common.Hash]*unitProgress{}
	}
	u, ok := p.units[unit.Key]
	switch {
	case !ok:
		// A new unit of work: everyone's clock starts now.
		u = &unitProgress{performData: append([]byte(nil), performData...), since: head}
		p.units[unit.Key] = u
	case !bytes.Equal(u.performData, performData):
		// The same unit moved on (e.g. the next settlement batch): someone is working on it.
		u.performData = append(u.performData[:0], performData...)
		u.since = head
	}
	u.seen = head
	for k, other := range p.units {
		if head > other.seen+forgetAfter {
			delete(p.units, k)
		}
	}
	return u.since
}

// idle records that the upkeep has nothing to do.
func (p *progress) idle() { p.units = nil }
