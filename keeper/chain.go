package keeper

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/bindings/automation"
	kauto "github.com/campus-grid/gridchain/keeper/automation"
	"github.com/campus-grid/gridchain/txmgr"
)

// Chain is the read access the keeper needs. *txmgr.MultiClient satisfies it (and fails over to
// the next endpoint when a node stops answering).
type Chain interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	// EstimateGasAtBlock estimates against block (-1: the pending block the node is building).
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, block *big.Int) (uint64, error)
}

// pendingBlock selects the pending block in CallContract and EstimateGasAtBlock.
var pendingBlock = big.NewInt(-1)

// failoverChain is the transaction manager's failover client plus the pending-block estimate the
// keeper needs for an epoch that ends in the block being built.
type failoverChain struct {
	*txmgr.MultiClient
	timeout time.Duration

	mu      sync.Mutex
	current int
}

var _ Chain = (*failoverChain)(nil)

func (f *failoverChain) EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, block *big.Int) (uint64, error) {
	clients := f.Clients()
	f.mu.Lock()
	start := f.current
	f.mu.Unlock()
	var err error
	for i := 0; i < len(clients); i++ {
		idx := (start + i) % len(clients)
		cctx, cancel := context.WithTimeout(ctx, f.timeout)
		var gas uint64
		gas, err = clients[idx].EstimateGasAtBlock(cctx, msg, block)
		cancel()
		if !txmgr.IsNetworkError(err) || ctx.Err() != nil {
			f.mu.Lock()
			f.current = idx
			f.mu.Unlock()
			return gas, err
		}
	}
	return 0, err
}

// Sender sends performUpkeep transactions; txSender adapts *txmgr.Manager.
type Sender interface {
	From() common.Address
	// Queue records and broadcasts c; the returned Pending follows it to its receipt.
	Queue(ctx context.Context, c txmgr.Candidate) (Pending, error)
}

// Pending is a queued transaction.
type Pending interface {
	// TxID is the transaction manager's record id.
	TxID() int64
	// Hash is the hash of the latest signed attempt ("" before it is known).
	Hash(ctx context.Context) common.Hash
	// Wait blocks until the transaction is final (receipt at the confirmation depth) or failed.
	Wait(ctx context.Context) (*types.Receipt, error)
	// Included blocks until the transaction is in a block (any depth) or finished.
	Included(ctx context.Context) error
	// Done is closed once the transaction is final or failed.
	Done() <-chan struct{}
}

// Clock is the time source of the epoch schedule; tests use a fake.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time                         { return time.Now() }
func (systemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// txSender adapts the transaction manager to Sender.
type txSender struct{ m *txmgr.Manager }

func (s txSender) From() common.Address { return s.m.From() }

func (s txSender) Queue(ctx context.Context, c txmgr.Candidate) (Pending, error) {
	h, err := s.m.Queue(ctx, c)
	if err != nil {
		return nil, err
	}
	return txPending{m: s.m, h: h}, nil
}

type txPending struct {
	m *txmgr.Manager
	h *txmgr.Handle
}

func (p txPending) TxID() int64 { return p.h.ID }

func (p txPending) Hash(ctx context.Context) common.Hash {
	tx, err := p.m.Tx(ctx, p.h.ID)
	if err != nil || len(tx.Attempts) == 0 {
		return common.Hash{}
	}
	return tx.Latest().Hash
}

func (p txPending) Wait(ctx context.Context) (*types.Receipt, error) { return p.h.Wait(ctx) }

func (p txPending) Done() <-chan struct{} { return p.h.Done() }

// includedPoll is how often the transaction manager's record is read while a perform waits for
// its block.
const includedPoll = 200 * time.Millisecond

func (p txPending) Included(ctx context.Context) error {
	for {
		select {
		case <-p.h.Done():
			return nil
		default:
		}
		tx, err := p.m.Tx(ctx, p.h.ID)
		if err != nil {
			return err
		}
		if tx.State != txmgr.StatePending {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-p.h.Done():
			return nil
		case <-time.After(includedPoll):
		}
	}
}

// checker runs checkUpkeep the way Chainlink Automation nodes do: an eth_call from the zero
// address (AutomationCompatible's cannotExecute modifier refuses any other sender, which keeps
// the check off-chain).
type checker struct {
	chain   Chain
	abi     *automation.AutomationCompatibleInterface
	decoder *txmgr.ErrorDecoder
}

func newChecker(chain Chain, decoder *txmgr.ErrorDecoder) *checker {
	return &checker{chain: chain, abi: automation.NewAutomationCompatibleInterface(), decoder: decoder}
}

// check simulates checkUpkeep at block (nil: latest); head is the block number the result is for.
func (c *checker) check(ctx context.Context, u kauto.Upkeep, head uint64, block *big.Int) kauto.CheckResult {
	res := kauto.CheckResult{UpkeepID: u.ID, Block: head}
	to := u.Target
	out, err := c.chain.CallContract(ctx, ethereum.CallMsg{From: common.Address{}, To: &to, Data: c.abi.PackCheckUpkeep(u.CheckData)}, block)
	if err != nil {
		if rev := c.decoder.FromError(err); rev != nil {
			res.Reason, res.Err = kauto.ReasonCheckReverted, rev
		} else {
			res.Reason, res.Err = kauto.ReasonRPC, err
		}
		return res
	}
	dec, err := c.abi.UnpackCheckUpkeep(out)
	if err != nil {
		res.Reason, res.Err = kauto.ReasonBadResult, fmt.Errorf("decode checkUpkeep result: %w", err)
		return res
	}
	res.Eligible = dec.UpkeepNeeded
	if res.Eligible {
		res.PerformData = dec.PerformData
	} else {
		res.Reason = kauto.ReasonNotNeeded
	}
	return res
}

// simulate estimates performUpkeep(performData) from the keeper's key at block (nil: latest,
// pendingBlock: the block being built): the gas it needs, or the decoded revert.
func (c *checker) simulate(ctx context.Context, u kauto.Upkeep, from common.Address, performData []byte, block *big.Int) (uint64, error) {
	to := u.Target
	msg := ethereum.CallMsg{From: from, To: &to, Data: c.abi.PackPerformUpkeep(performData)}
	var gas uint64
	var err error
	if block == nil {
		gas, err = c.chain.EstimateGas(ctx, msg)
	} else {
		gas, err = c.chain.EstimateGasAtBlock(ctx, msg, block)
	}
	if err != nil {
		if rev := c.decoder.FromError(err); rev != nil {
			return 0, rev
		}
		return 0, err
	}
	return gas, nil
}

// Head is a new block as the keeper learns of it.
type Head struct {
	Number uint64
	Time   uint64
}

// headSource delivers new heads: from a WebSocket subscription when one of the WS endpoints
// answers, and from polling the HTTP endpoints (through the failover client) all the time, so a
// dead subscription never stalls the keeper. Heads are delivered in increasing order, each once.
type headSource struct {
	chain    Chain
	wsURLs   []string
	interval time.Duration
	log      *zap.Logger

	out  chan Head
	last uint64
	seen chan Head
}

func newHeadSource(chain Chain, wsURLs []string, interval time.Duration, log *zap.Logger) *headSource {
	return &headSource{chain: chain, wsURLs: wsURLs, interval: interval, log: log,
		out: make(chan Head, 16), seen: make(chan Head, 64)}
}

// run feeds Heads() until ctx ends, then returns once the goroutines it started have stopped.
func (h *headSource) run(ctx context.Context) {
	var wg sync.WaitGroup
	defer wg.Wait()
	wg.Add(1)
	go func() {
		defer wg.Done()
		h.poll(ctx)
	}()
	if len(h.wsURLs) > 0 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h.subscribe(ctx)
		}()
	}
	for {
		select {
		case <-ctx.Done():
			return
		case hd := <-h.seen:
			if hd.Number <= h.last {
				continue
			}
			h.last = hd.Number
			select {
			case h.out <- hd:
			default:
				// The consumer is busy: it re-checks at the latest block anyway, so a skipped
				// notification loses nothing. Keep the newest.
				select {
				case <-h.out:
				default:
				}
				h.out <- hd
			}
		}
	}
}

// Heads is the stream of new heads.
func (h *headSource) Heads() <-chan Head { return h.out }

func (h *headSource) poll(ctx context.Context) {
	t := time.NewTicker(h.interval)
	defer t.Stop()
	for {
		hdr, err := h.chain.HeaderByNumber(ctx, nil)
		if err == nil {
			h.push(ctx, Head{Number: hdr.Number.Uint64(), Time: hdr.Time})
		} else if ctx.Err() == nil {
			h.log.Debug("poll head", zap.Error(err))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (h *headSource) push(ctx context.Context, hd Head) {
	select {
	case h.seen <- hd:
	case <-ctx.Done():
	}
}

// subscribe keeps one WS head subscription alive, moving to the next endpoint when one fails.
func (h *headSource) subscribe(ctx context.Context) {
	for i := 0; ctx.Err() == nil; i = (i + 1) % len(h.wsURLs) {
		url := h.wsURLs[i]
		err := h.subscribeOnce(ctx, url)
		if ctx.Err() != nil {
			return
		}
		h.log.Warn("head subscription ended; polling meanwhile", zap.String("ws", url), zap.Error(err))
		select {
		case <-ctx.Done():
			return
		case <-time.After(h.interval):
		}
	}
}

var errSubscriptionClosed = errors.New("subscription closed")

func (h *headSource) subscribeOnce(ctx context.Context, url string) error {
	dctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	c, err := ethclient.DialContext(dctx, url)
	cancel()
	if err != nil {
		return fmt.Errorf("dial: %w", err)
	}
	defer c.Close()
	ch := make(chan *types.Header, 16)
	sub, err := c.SubscribeNewHead(ctx, ch)
	if err != nil {
		return fmt.Errorf("subscribe: %w", err)
	}
	defer sub.Unsubscribe()
	h.log.Debug("head subscription", zap.String("ws", url))
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-sub.Err():
			if err == nil {
				err = errSubscriptionClosed
			}
			return err
		case hdr := <-ch:
			h.push(ctx, Head{Number: hdr.Number.Uint64(), Time: hdr.Time})
		}
	}
}
