// Package txmgrtest holds fakes of the transaction manager's edges (chain, clock) and a
// conformance suite for Store implementations, shared by the unit and integration tests.
package txmgrtest

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// RPCError is a JSON-RPC error object as a node returns it (rpc.Error and rpc.DataError).
type RPCError struct {
	Code    int
	Message string
	Data    any
}

func (e *RPCError) Error() string  { return e.Message }
func (e *RPCError) ErrorCode() int { return e.Code }
func (e *RPCError) ErrorData() any { return e.Data }

// Revert builds the error eth_call / eth_estimateGas return for a revert with data.
func Revert(data []byte) error {
	return &RPCError{Code: 3, Message: "execution reverted", Data: hexutil.Encode(data)}
}

func nodeError(msg string) error { return &RPCError{Code: -32000, Message: msg} }

// ErrConnRefused is what an unreachable endpoint returns (not a JSON-RPC error).
var ErrConnRefused = errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")

type block struct {
	number  uint64
	hash    common.Hash
	baseFee *big.Int
	txs     []*types.Transaction
}

// Chain is an in-memory chain with a txpool that follows geth's rules where the manager cares:
// nonce order, "nonce too low", "already known", replacements that must raise both fees by the
// price bump ("replacement transaction underpriced"), a minimum tip ("transaction underpriced"),
// transactions whose fee cap is below the base fee wait in the pool, and reorgs.
type Chain struct {
	mu       sync.Mutex
	chainID  *big.Int
	signer   types.Signer
	blocks   []*block
	pool     map[common.Address]map[uint64]*types.Transaction
	fork     uint64
	priceBmp int64

	// BaseFee of the next blocks; SuggestedTip returned by eth_maxPriorityFeePerGas; MinTip is the
	// pool's price limit.
	BaseFee      *big.Int
	SuggestedTip *big.Int
	MinTip       *big.Int
	// Estimate answers eth_estimateGas (default: 21000 + 16 per data byte).
	Estimate func(msg ethereum.CallMsg) (uint64, error)
	// Call answers eth_call (default: empty result).
	Call func(msg ethereum.CallMsg, block *big.Int) ([]byte, error)
	// Fails decides whether a mined transaction reverts (status 0).
	Fails func(tx *types.Transaction) bool
	// Down makes every call fail as an unreachable endpoint would.
	Down bool
	// SendHook, when set, runs (without the chain's lock) before a send is processed; a non-nil
	// error is returned instead.
	SendHook func(tx *types.Transaction) error
	// Balance, when set, limits what each sender can pay (value + gas * fee cap).
	Balance func(addr common.Address) *big.Int

	sends    int
	accepted []*types.Transaction
}

// NewChain returns a chain at block 0 with a 7 wei base fee, 1 gwei tip suggestion and 1 wei
// minimum tip.
func NewChain(chainID int64) *Chain {
	c := &Chain{
		chainID: big.NewInt(chainID), signer: types.LatestSignerForChainID(big.NewInt(chainID)),
		pool: map[common.Address]map[uint64]*types.Transaction{}, priceBmp: 10,
		BaseFee: big.NewInt(7), SuggestedTip: big.NewInt(1_000_000_000), MinTip: big.NewInt(1),
	}
	c.blocks = []*block{{number: 0, hash: c.blockHash(0), baseFee: big.NewInt(7)}}
	return c
}

func (c *Chain) blockHash(n uint64) common.Hash {
	var buf [16]byte
	binary.BigEndian.PutUint64(buf[:8], n)
	binary.BigEndian.PutUint64(buf[8:], c.fork)
	return sha256.Sum256(buf[:])
}

func (c *Chain) down() error {
	if c.Down {
		return ErrConnRefused
	}
	return nil
}

// nonceLocked is the number of transactions of addr in the canonical chain.
func (c *Chain) nonceLocked(addr common.Address) uint64 {
	var n uint64
	for _, b := range c.blocks {
		for _, tx := range b.txs {
			if from, _ := types.Sender(c.signer, tx); from == addr {
				n++
			}
		}
	}
	return n
}

func (c *Chain) ChainID(context.Context) (*big.Int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.down(); err != nil {
		return nil, err
	}
	return new(big.Int).Set(c.chainID), nil
}

func (c *Chain) BlockNumber(context.Context) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.down(); err != nil {
		return 0, err
	}
	return c.blocks[len(c.blocks)-1].number, nil
}

func (c *Chain) HeaderByNumber(_ context.Context, number *big.Int) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.down(); err != nil {
		return nil, err
	}
	b := c.blocks[len(c.blocks)-1]
	if number != nil {
		if !number.IsUint64() || number.Uint64() >= uint64(len(c.blocks)) {
			return nil, ethereum.NotFound
		}
		b = c.blocks[number.Uint64()]
	}
	return &types.Header{Number: new(big.Int).SetUint64(b.number), BaseFee: new(big.Int).Set(b.baseFee),
		Extra: b.hash.Bytes()}, nil
}

func (c *Chain) NonceAt(_ context.Context, account common.Address, _ *big.Int) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.down(); err != nil {
		return 0, err
	}
	return c.nonceLocked(account), nil
}

func (c *Chain) PendingNonceAt(_ context.Context, account common.Address) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.down(); err != nil {
		return 0, err
	}
	n := c.nonceLocked(account)
	for c.pool[account][n] != nil {
		n++
	}
	return n, nil
}

func (c *Chain) SuggestGasTipCap(context.Context) (*big.Int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.down(); err != nil {
		return nil, err
	}
	return new(big.Int).Set(c.SuggestedTip), nil
}

func (c *Chain) EstimateGas(_ context.Context, msg ethereum.CallMsg) (uint64, error) {
	c.mu.Lock()
	estimate := c.Estimate
	err := c.down()
	c.mu.Unlock()
	if err != nil {
		return 0, err
	}
	if estimate != nil {
		return estimate(msg)
	}
	return 21000 + 16*uint64(len(msg.Data)), nil
}

func (c *Chain) CallContract(_ context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error) {
	c.mu.Lock()
	call := c.Call
	err := c.down()
	c.mu.Unlock()
	if err != nil {
		return nil, err
	}
	if call != nil {
		return call(msg, blockNumber)
	}
	return nil, nil
}

// SendTransaction applies the txpool's admission rules.
func (c *Chain) SendTransaction(_ context.Context, tx *types.Transaction) error {
	c.mu.Lock()
	c.sends++
	hook := c.SendHook
	if err := c.down(); err != nil {
		c.mu.Unlock()
		return err
	}
	c.mu.Unlock()
	// The hook runs unlocked so that it may mine, reorg or change the knobs.
	if hook != nil {
		if err := hook(tx); err != nil {
			return err
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	from, err := types.Sender(c.signer, tx)
	if err != nil {
		return nodeError("invalid sender")
	}
	if tx.Nonce() < c.nonceLocked(from) {
		return nodeError("nonce too low: address " + from.Hex())
	}
	if tx.GasTipCap().Cmp(c.MinTip) < 0 {
		return nodeError("transaction underpriced: tip needed 1, tip permitted 0")
	}
	if c.Balance != nil {
		cost := new(big.Int).Mul(tx.GasFeeCap(), new(big.Int).SetUint64(tx.Gas()))
		cost.Add(cost, tx.Value())
		if cost.Cmp(c.Balance(from)) > 0 {
			return nodeError("insufficient funds for gas * price + value: address " + from.Hex())
		}
	}
	if c.pool[from] == nil {
		c.pool[from] = map[uint64]*types.Transaction{}
	}
	if old := c.pool[from][tx.Nonce()]; old != nil {
		if old.Hash() == tx.Hash() {
			return nodeError("already known")
		}
		// geth: both fees must exceed the old ones, and by at least the price bump.
		tipMin := new(big.Int).Div(new(big.Int).Mul(old.GasTipCap(), big.NewInt(100+c.priceBmp)), big.NewInt(100))
		capMin := new(big.Int).Div(new(big.Int).Mul(old.GasFeeCap(), big.NewInt(100+c.priceBmp)), big.NewInt(100))
		if old.GasFeeCapCmp(tx) >= 0 || old.GasTipCapCmp(tx) >= 0 ||
			tx.GasFeeCap().Cmp(capMin) < 0 || tx.GasTipCap().Cmp(tipMin) < 0 {
			return nodeError("replacement transaction underpriced")
		}
	}
	c.pool[from][tx.Nonce()] = tx
	c.accepted = append(c.accepted, tx)
	return nil
}

func (c *Chain) TransactionReceipt(_ context.Context, hash common.Hash) (*types.Receipt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.down(); err != nil {
		return nil, err
	}
	for _, b := range c.blocks {
		for i, tx := range b.txs {
			if tx.Hash() == hash {
				status := types.ReceiptStatusSuccessful
				if c.Fails != nil && c.Fails(tx) {
					status = types.ReceiptStatusFailed
				}
				return &types.Receipt{Type: tx.Type(), Status: status, TxHash: hash, GasUsed: 21000,
					BlockHash: b.hash, BlockNumber: new(big.Int).SetUint64(b.number), TransactionIndex: uint(i)}, nil
			}
		}
	}
	return nil, ethereum.NotFound
}

// Mine seals one block with every executable pool transaction (consecutive nonces, fee cap at
// least the base fee) and returns the hashes it included.
func (c *Chain) Mine() []common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.mineLocked(true)
}

// MineEmpty seals a block without transactions.
func (c *Chain) MineEmpty() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.mineLocked(false)
}

// MineN seals n blocks (the first takes the pool, the rest are empty unless the pool refills).
func (c *Chain) MineN(n int) {
	for i := 0; i < n; i++ {
		c.Mine()
	}
}

func (c *Chain) mineLocked(withTxs bool) []common.Hash {
	parent := c.blocks[len(c.blocks)-1]
	b := &block{number: parent.number + 1, baseFee: new(big.Int).Set(c.BaseFee)}
	b.hash = c.blockHash(b.number)
	var included []common.Hash
	if withTxs {
		senders := make([]common.Address, 0, len(c.pool))
		for from := range c.pool {
			senders = append(senders, from)
		}
		sort.Slice(senders, func(i, j int) bool { return senders[i].Cmp(senders[j]) < 0 })
		for _, from := range senders {
			n := c.nonceLocked(from)
			for {
				tx := c.pool[from][n]
				if tx == nil || tx.GasFeeCap().Cmp(b.baseFee) < 0 {
					break
				}
				b.txs = append(b.txs, tx)
				included = append(included, tx.Hash())
				delete(c.pool[from], n)
				n++
			}
			for nonce := range c.pool[from] {
				if nonce < n {
					delete(c.pool[from], nonce) // stale replacements of mined nonces
				}
			}
		}
	}
	c.blocks = append(c.blocks, b)
	return included
}

// Reorg drops the last depth blocks; their transactions go back to the pool, as geth does.
// The blocks mined afterwards get new hashes.
func (c *Chain) Reorg(depth int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	dropped := c.blocks[len(c.blocks)-depth:]
	c.blocks = c.blocks[:len(c.blocks)-depth]
	c.fork++
	for _, b := range dropped {
		for _, tx := range b.txs {
			from, _ := types.Sender(c.signer, tx)
			if c.pool[from] == nil {
				c.pool[from] = map[uint64]*types.Transaction{}
			}
			c.pool[from][tx.Nonce()] = tx
		}
	}
}

// DropPool empties the pool (a node restart that lost its pending transactions).
func (c *Chain) DropPool() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pool = map[common.Address]map[uint64]*types.Transaction{}
}

// Pooled returns the pool transactions of from, by nonce.
func (c *Chain) Pooled(from common.Address) []*types.Transaction {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]*types.Transaction, 0, len(c.pool[from]))
	for _, tx := range c.pool[from] {
		out = append(out, tx)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Nonce() < out[j].Nonce() })
	return out
}

// Included returns every transaction in the canonical chain, in order.
func (c *Chain) Included() []*types.Transaction {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []*types.Transaction
	for _, b := range c.blocks {
		out = append(out, b.txs...)
	}
	return out
}

// Accepted returns every transaction the pool admitted (replacements included).
func (c *Chain) Accepted() []*types.Transaction {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]*types.Transaction(nil), c.accepted...)
}

// Sends counts eth_sendRawTransaction calls.
func (c *Chain) Sends() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.sends
}

// Set runs f under the chain's lock (to change the exported knobs safely).
func (c *Chain) Set(f func(c *Chain)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f(c)
}

// InjectForeign puts tx straight into a block, as if another holder of the key had sent it.
func (c *Chain) InjectForeign(tx *types.Transaction) {
	c.mu.Lock()
	defer c.mu.Unlock()
	parent := c.blocks[len(c.blocks)-1]
	b := &block{number: parent.number + 1, baseFee: new(big.Int).Set(c.BaseFee), txs: []*types.Transaction{tx}}
	b.hash = c.blockHash(b.number)
	c.blocks = append(c.blocks, b)
	from, _ := types.Sender(c.signer, tx)
	delete(c.pool[from], tx.Nonce())
}

// Clock is a manual clock: Now moves only with Advance; After never fires on its own, so a
// manager under test polls only when a send kicks it or the test calls Poll.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// NewClock starts at a fixed instant.
func NewClock() *Clock { return &Clock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)} }

func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *Clock) After(time.Duration) <-chan time.Time { return nil }

// Advance moves the clock forward.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}
