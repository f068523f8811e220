package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"
)

// ChainClient is the chain access the manager needs; *ethclient.Client and *MultiClient satisfy it.
type ChainClient interface {
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

var (
	_ ChainClient = (*ethclient.Client)(nil)
	_ ChainClient = (*MultiClient)(nil)
)

// Clock is the time source; tests use a fake.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// SystemClock is the wall clock.
var SystemClock Clock = realClock{}

// Signer signs for one key.
type Signer interface {
	Address() common.Address
	SignTx(chainID *big.Int, tx *types.Transaction) (*types.Transaction, error)
}

// KeySigner signs with a private key held in memory.
type KeySigner struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

var _ Signer = (*KeySigner)(nil)

// NewKeySigner wraps a private key.
func NewKeySigner(key *ecdsa.PrivateKey) *KeySigner {
	return &KeySigner{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// Address is the signing account.
func (s *KeySigner) Address() common.Address { return s.addr }

// SignTx signs with the latest signer rules for chainID.
func (s *KeySigner) SignTx(chainID *big.Int, tx *types.Transaction) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), s.key)
}

// MultiClient spreads calls over several RPC endpoints of the same chain: it uses one until it
// stops answering, then fails over to the next. Node answers (reverts, "nonce too low", not
// found) are returned as they are; only transport failures move to another endpoint.
type MultiClient struct {
	urls    []string
	clients []*ethclient.Client
	timeout time.Duration
	log     *zap.Logger

	mu      sync.Mutex
	current int
}

// DialMulti connects to every URL (HTTP dials lazily; WS and IPC connect now, and an endpoint
// that is down at start is skipped until a redial). timeout bounds each call.
func DialMulti(ctx context.Context, urls []string, timeout time.Duration, log *zap.Logger) (*MultiClient, error) {
	if len(urls) == 0 {
		return nil, errors.New("txmgr: no rpc url")
	}
	m := &MultiClient{urls: urls, timeout: timeout, log: log}
	var errs []error
	for _, u := range urls {
		c, err := ethclient.DialContext(ctx, u)
		if err != nil {
			errs = append(errs, fmt.Errorf("dial %s: %w", u, err))
			continue
		}
		m.clients = append(m.clients, c)
	}
	if len(m.clients) == 0 {
		return nil, errors.Join(errs...)
	}
	for _, err := range errs {
		log.Warn("rpc endpoint unavailable", zap.Error(err))
	}
	return m, nil
}

// Close closes every connection.
func (m *MultiClient) Close() {
	for _, c := range m.clients {
		c.Close()
	}
}

// Clients lists the underlying clients, in order (for raw RPC such as clique_getSigners).
func (m *MultiClient) Clients() []*ethclient.Client { return m.clients }

// do runs call on the current endpoint, moving on to the next ones while the failure is a
// transport failure. It reports the last error when every endpoint failed.
func (m *MultiClient) do(ctx context.Context, call func(ctx context.Context, c *ethclient.Client) error) error {
	m.mu.Lock()
	start := m.current
	m.mu.Unlock()
	var err error
	for i := 0; i < len(m.clients); i++ {
		idx := (start + i) % len(m.clients)
		cctx, cancel := context.WithTimeout(ctx, m.timeout)
		err = call(cctx, m.clients[idx])
		cancel()
		if !IsNetworkError(err) || ctx.Err() != nil {
			if i > 0 {
				m.mu.Lock()
				if m.current != idx {
					m.log.Warn("rpc failover", zap.Int("endpoint", idx), zap.Int("previous", start))
				}
				m.current = idx
				m.mu.Unlock()
			}
			return err
		}
	}
	return err
}

func (m *MultiClient) ChainID(ctx context.Context) (*big.Int, error) {
	var out *big.Int
	err := m.do(ctx, func(ctx context.Context, c *ethclient.Client) (err error) { out, err = c.ChainID(ctx); return })
	return out, err
}

func (m *MultiClient) BlockNumber(ctx context.Context) (uint64, error) {
	var out uint64
	err := m.do(ctx, func(ctx context.Context, c *ethclient.Client) (err error) { out, err = c.BlockNumber(ctx); return })
	return out, err
}

func (m *MultiClient) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	var out *types.Header
	err := m.do(ctx, func(ctx context.Context, c *ethclient.Client) (err error) {
		out, err = c.HeaderByNumber(ctx, number)
		return
	})
	return out, err
}

func (m *MultiClient) NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error) {
	var out uint64
	err := m.do(ctx, func(ctx context.Context, c *ethclient.Client) (err error) {
		out, err = c.NonceAt(ctx, account, blockNumber)
		return
	})
	return out, err
}

func (m *MultiClient) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	var out uint64
	err := m.do(ctx, func(ctx context.Context, c *ethclient.Client) (err error) {
		out, err = c.PendingNonceAt(ctx, account)
		return
	})
	return out, err
}

func (m *MultiClient) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	var out *big.Int
	err := m.do(ctx, func(ctx context.Context, c *ethclient.Client) (err error) { out, err = c.SuggestGasTipCap(ctx); return })
	return out, err
}

func (m *MultiClient) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	var out uint64
	err := m.do(ctx, func(ctx context.Context, c *ethclient.Client) (err error) { out, err = c.EstimateGas(ctx, msg); return })
	return out, err
}

func (m *MultiClient) CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error) {
	var out []byte
	err := m.do(ctx, func(ctx context.Context, c *ethclient.Client) (err error) {
		out, err = c.CallContract(ctx, msg, blockNumber)
		return
	})
	return out, err
}

func (m *MultiClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	return m.do(ctx, func(ctx context.Context, c *ethclient.Client) error { return c.SendTransaction(ctx, tx) })
}

func (m *MultiClient) TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error) {
	var out *types.Receipt
	err := m.do(ctx, func(ctx context.Context, c *ethclient.Client) (err error) {
		out, err = c.TransactionReceipt(ctx, txHash)
		return
	})
	return out, err
}

// BalanceAt is the native balance of account (nil block: latest).
func (m *MultiClient) BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error) {
	var out *big.Int
	err := m.do(ctx, func(ctx context.Context, c *ethclient.Client) (err error) {
		out, err = c.BalanceAt(ctx, account, blockNumber)
		return
	})
	return out, err
}
