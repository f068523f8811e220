package deployer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

var ErrReverted = errors.New("transaction reverted")

// sender sends a batch of transactions from one key with locally sequenced nonces, so a whole
// deployment step lands in one or two blocks, then waits for every receipt. The deployer runs
// alone against a fresh or idle chain; long-running services use the transaction manager.
type sender struct {
	client  *ethclient.Client
	chainID *big.Int
	key     *ecdsa.PrivateKey
	from    common.Address
	nonce   uint64
	pending []pendingTx
}

type pendingTx struct {
	what string
	tx   *types.Transaction
}

func newSender(ctx context.Context, client *ethclient.Client, chainID *big.Int, key *ecdsa.PrivateKey) (*sender, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("nonce of %s: %w", from, err)
	}
	return &sender{client: client, chainID: chainID, key: key, from: from, nonce: nonce}, nil
}

func (s *sender) opts(ctx context.Context) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(s.key, s.chainID)
	o.Context = ctx
	o.Nonce = new(big.Int).SetUint64(s.nonce)
	return o
}

func (s *sender) track(what string, tx *types.Transaction) {
	s.nonce++
	s.pending = append(s.pending, pendingTx{what: what, tx: tx})
}

// deploy sends a contract creation and returns the address it will have.
func (s *sender) deploy(ctx context.Context, what string, bytecode, ctorArgs []byte) (common.Address, error) {
	addr, tx, err := bind.DeployContract(s.opts(ctx), bytecode, s.client, ctorArgs)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", what, err)
	}
	s.track(what, tx)
	return addr, nil
}

// transact sends calldata to a bound contract.
func (s *sender) transact(ctx context.Context, what string, c *bind.BoundContract, data []byte) error {
	tx, err := bind.Transact(c, s.opts(ctx), data)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	s.track(what, tx)
	return nil
}

// sendValue sends native coin.
func (s *sender) sendValue(ctx context.Context, what string, to common.Address, value *big.Int) error {
	tip, err := s.client.SuggestGasTipCap(ctx)
	if err != nil {
		return fmt.Errorf("%s: tip: %w", what, err)
	}
	head, err := s.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: head: %w", what, err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(s.key, types.LatestSignerForChainID(s.chainID), &types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: s.nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: value,
	})
	if err != nil {
		return fmt.Errorf("%s: sign: %w", what, err)
	}
	if err := s.client.SendTransaction(ctx, tx); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	s.track(what, tx)
	return nil
}

// wait waits for the receipt of every pending transaction and fails on the first revert.
func (s *sender) wait(ctx context.Context) ([]*types.Receipt, error) {
	receipts := make([]*types.Receipt, 0, len(s.pending))
	for _, p := range s.pending {
		r, err := waitReceipt(ctx, s.client, p.tx.Hash())
		if err != nil {
			return nil, fmt.Errorf("%s (tx %s): %w", p.what, p.tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("%s (tx %s, block %d): %w", p.what, p.tx.Hash(), r.BlockNumber, ErrReverted)
		}
		receipts = append(receipts, r)
	}
	s.pending = s.pending[:0]
	return receipts, nil
}

func waitReceipt(ctx context.Context, client *ethclient.Client, hash common.Hash) (*types.Receipt, error) {
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		r, err := client.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for receipt: %w", ctx.Err())
		case <-tick.C:
		}
	}
}
