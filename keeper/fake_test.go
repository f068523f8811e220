package keeper

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/campus-grid/gridchain/bindings/automation"
	"github.com/campus-grid/gridchain/txmgr"
)

// fakeMarket is a Trading-shaped upkeep on a fake chain: epochs with orders clear in order once
// ended, then settle in batches; performUpkeep skips work already done (emitting a no-op event)
// and reverts on work that could never be valid. Blocks are mined by hand (mine) or when a
// sender waits for its transaction.
type fakeMarket struct {
	mu     sync.Mutex
	target common.Address
	period uint64
	head   uint64
	times  map[uint64]uint64
	sched  Schedule

	epochs  map[uint64]*fakeEpoch
	booked  []uint64
	mempool []*fakeTx
	mined   []*fakeTx
	// checks counts checkUpkeep calls; wrongFrom counts those not from the zero address.
	checks, wrongFrom int
	down              bool
	// pendingView evaluates calls against the block being built (head+1).
	pendingView bool
	// forceWork, when set, is what checkUpkeep returns (a buggy or hostile upkeep).
	forceWork []byte
	nextID    int64
}

type fakeEpoch struct {
	cleared bool
	cursor  int
	batches int
	// doneBy records who did each unit: "clear", "settle/0", ... -> sender.
	doneBy map[string]common.Address
}

type fakeTx struct {
	id      int64
	from    common.Address
	key     string
	data    []byte
	block   uint64
	status  uint64
	noop    bool
	gasUsed uint64
}

var (
	fakeABI      = automation.NewAutomationCompatibleInterface().GetABI()
	noopTopic    = crypto.Keccak256Hash([]byte(TradingNoopEvent))
	errFakeDown  = errors.New("dial tcp: connection refused")
	performWords = abi.Arguments{{Type: mustType("uint256")}, {Type: mustType("uint256")}, {Type: mustType("uint256")}}
)

func mustType(s string) abi.Type {
	t, err := abi.NewType(s, "", nil)
	if err != nil {
		panic(err)
	}
	return t
}

func encodePerform(action, epoch, cursor uint64) []byte {
	b, err := performWords.Pack(new(big.Int).SetUint64(action), new(big.Int).SetUint64(epoch), new(big.Int).SetUint64(cursor))
	if err != nil {
		panic(err)
	}
	return b
}

func decodePerform(b []byte) (action, epoch, cursor uint64, ok bool) {
	v, err := performWords.Unpack(b)
	if err != nil || len(b) != 96 {
		return 0, 0, 0, false
	}
	return v[0].(*big.Int).Uint64(), v[1].(*big.Int).Uint64(), v[2].(*big.Int).Uint64(), true
}

func newFakeMarket(start, epochLength, period uint64) *fakeMarket {
	return &fakeMarket{target: common.HexToAddress("0x7ad1"), period: period, head: 100,
		times: map[uint64]uint64{100: start}, sched: Schedule{Length: epochLength, First: start},
		epochs: map[uint64]*fakeEpoch{}}
}

// book adds an epoch with orders needing batches settlement batches.
func (f *fakeMarket) book(epoch uint64, batches int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.epochs[epoch] = &fakeEpoch{batches: batches, doneBy: map[string]common.Address{}}
	f.booked = append(f.booked, epoch)
}

func (f *fakeMarket) now() uint64 {
	if f.pendingView {
		return f.times[f.head] + f.period
	}
	return f.times[f.head]
}

// mine seals one block with every pending transaction.
func (f *fakeMarket) mine() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.mineLocked()
}

func (f *fakeMarket) mineLocked() {
	f.head++
	f.times[f.head] = f.times[f.head-1] + f.period
	for _, tx := range f.mempool {
		tx.block = f.head
		_, _, _, _ = decodePerform(tx.data)
		noop, err := f.apply(tx.from, tx.data[4:], true)
		tx.status, tx.noop, tx.gasUsed = 1, noop, 50_000
		if err != nil {
			tx.status = 0
		}
		f.mined = append(f.mined, tx)
	}
	f.mempool = nil
}

// mineUntil mines until the head's time reaches ts.
func (f *fakeMarket) mineUntil(ts uint64) {
	for {
		f.mu.Lock()
		done := f.now() >= ts
		f.mu.Unlock()
		if done {
			return
		}
		f.mine()
	}
}

// work is what checkUpkeep returns now.
func (f *fakeMarket) work() (bool, []byte) {
	if f.forceWork != nil {
		return true, f.forceWork
	}
	for _, e := range f.booked {
		ep := f.epochs[e]
		if !ep.cleared {
			if f.now() >= f.sched.End(e) {
				return true, encodePerform(1, e, 0)
			}
			break
		}
	}
	for _, e := range f.booked {
		ep := f.epochs[e]
		if ep.cleared && ep.cursor < ep.batches {
			return true, encodePerform(3, e, uint64(ep.cursor))
		}
	}
	return false, nil
}

// apply runs performUpkeep (commit false: a simulation). It reports a no-op or a revert.
func (f *fakeMarket) apply(from common.Address, input []byte, commit bool) (bool, error) {
	args, err := fakeABI.Methods["performUpkeep"].Inputs.Unpack(input)
	if err != nil {
		return false, err
	}
	action, epoch, cursor, ok := decodePerform(args[0].([]byte))
	ep := f.epochs[epoch]
	if !ok || ep == nil {
		return false, errors.New("execution reverted: Trading__InvalidPerformData()")
	}
	switch action {
	case 1:
		if ep.cleared {
			return true, nil
		}
		if f.now() < f.sched.End(epoch) {
			return false, fmt.Errorf("execution reverted: Trading__EpochNotEnded(%d)", epoch)
		}
		for _, e := range f.booked {
			if e == epoch {
				break
			}
			if !f.epochs[e].cleared {
				return false, fmt.Errorf("execution reverted: Trading__EarlierEpochNotCleared(%d)", e)
			}
		}
		if commit {
			ep.cleared = true
			ep.doneBy["clear"] = from
		}
		return false, nil
	case 3:
		if !ep.cleared {
			return false, fmt.Errorf("execution reverted: Trading__EpochNotCleared(%d)", epoch)
		}
		if int(cursor) < ep.cursor || ep.cursor >= ep.batches {
			return true, nil
		}
		if int(cursor) > ep.cursor {
			return false, errors.New("execution reverted: Trading__InvalidPerformData()")
		}
		if commit {
			ep.doneBy[fmt.Sprintf("settle/%d", ep.cursor)] = from
			ep.cursor++
		}
		return false, nil
	}
	return false, errors.New("execution reverted: Trading__InvalidPerformData()")
}

// Chain

func (f *fakeMarket) BlockNumber(context.Context) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return 0, errFakeDown
	}
	return f.head, nil
}

func (f *fakeMarket) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	num := f.head
	if n != nil {
		num = n.Uint64()
	}
	ts, ok := f.times[num]
	if !ok {
		return nil, ethereum.NotFound
	}
	return &types.Header{Number: new(big.Int).SetUint64(num), Time: ts}, nil
}

func (f *fakeMarket) CallContract(_ context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pendingView = block != nil && block.Sign() < 0
	defer func() { f.pendingView = false }()
	if f.down {
		return nil, errFakeDown
	}
	f.checks++
	if msg.From != (common.Address{}) {
		// AutomationCompatible's cannotExecute.
		f.wrongFrom++
		return nil, errors.New("execution reverted: OnlySimulatedBackend()")
	}
	needed, data := f.work()
	if data == nil {
		data = []byte{}
	}
	return fakeABI.Methods["checkUpkeep"].Outputs.Pack(needed, data)
}

func (f *fakeMarket) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	return f.EstimateGasAtBlock(ctx, msg, nil)
}

func (f *fakeMarket) EstimateGasAtBlock(_ context.Context, msg ethereum.CallMsg, block *big.Int) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pendingView = block != nil && block.Sign() < 0
	defer func() { f.pendingView = false }()
	if f.down {
		return 0, errFakeDown
	}
	if _, err := f.apply(msg.From, msg.Data[4:], false); err != nil {
		return 0, err
	}
	return 60_000, nil
}

// fakeSender is one keeper's transaction manager on the fake chain: Wait mines a block when its
// transaction is still pending; a key already used returns the first transaction.
type fakeSender struct {
	f    *fakeMarket
	from common.Address
}

func (s *fakeSender) From() common.Address { return s.from }

func (s *fakeSender) Queue(_ context.Context, c txmgr.Candidate) (Pending, error) {
	s.f.mu.Lock()
	defer s.f.mu.Unlock()
	for _, tx := range append(append([]*fakeTx(nil), s.f.mined...), s.f.mempool...) {
		if tx.from == s.from && c.Key != "" && tx.key == c.Key {
			return &fakePending{f: s.f, tx: tx}, nil
		}
	}
	// Like txmgr: estimate (refusing a revert) only when no gas limit is given.
	if _, err := s.f.apply(s.from, c.Data[4:], false); c.GasLimit == 0 && err != nil {
		return nil, fmt.Errorf("%s: %w", c.Label, &txmgr.RevertError{Reason: err.Error()})
	}
	s.f.nextID++
	tx := &fakeTx{id: s.f.nextID, from: s.from, key: c.Key, data: c.Data}
	s.f.mempool = append(s.f.mempool, tx)
	return &fakePending{f: s.f, tx: tx}, nil
}

// sent lists the transactions sent by from.
func (f *fakeMarket) sent(from common.Address) []*fakeTx {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []*fakeTx
	for _, tx := range append(append([]*fakeTx(nil), f.mined...), f.mempool...) {
		if tx.from == from {
			out = append(out, tx)
		}
	}
	return out
}

type fakePending struct {
	f  *fakeMarket
	tx *fakeTx
}

func (p *fakePending) TxID() int64                      { return p.tx.id }
func (p *fakePending) Hash(context.Context) common.Hash { return common.BigToHash(big.NewInt(p.tx.id)) }

// Included mines the transaction's block when it is still pending; the fake chain is final at
// once.
func (p *fakePending) Included(context.Context) error {
	p.f.mu.Lock()
	defer p.f.mu.Unlock()
	if p.tx.block == 0 {
		p.f.mineLocked()
	}
	return nil
}

func (p *fakePending) Done() <-chan struct{} {
	p.f.mu.Lock()
	defer p.f.mu.Unlock()
	ch := make(chan struct{})
	if p.tx.block != 0 {
		close(ch)
	}
	return ch
}

func (p *fakePending) Wait(context.Context) (*types.Receipt, error) {
	p.f.mu.Lock()
	defer p.f.mu.Unlock()
	if p.tx.block == 0 {
		p.f.mineLocked()
	}
	rcpt := &types.Receipt{Status: p.tx.status, TxHash: common.BigToHash(big.NewInt(p.tx.id)),
		BlockNumber: new(big.Int).SetUint64(p.tx.block), GasUsed: p.tx.gasUsed}
	if p.tx.noop {
		rcpt.Logs = []*types.Log{{Address: p.f.target, Topics: []common.Hash{noopTopic}}}
	}
	if p.tx.status == 0 {
		return rcpt, txmgr.ErrReverted
	}
	return rcpt, nil
}

// fakeClock is a hand-driven clock.
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	waiters []fakeWaiter
}

type fakeWaiter struct {
	at time.Time
	ch chan time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	c.waiters = append(c.waiters, fakeWaiter{at: c.now.Add(d), ch: ch})
	return ch
}

// advance moves the clock and fires the timers that are due.
func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if !w.at.After(c.now) {
			w.ch <- c.now
			continue
		}
		kept = append(kept, w)
	}
	c.waiters = kept
}

func (c *fakeClock) pending() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.waiters)
}
