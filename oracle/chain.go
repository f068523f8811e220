package oracle

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/txmgr"
)

// EthChain reads OracleClient and the Registry. It reads through one node and moves on to the
// next when that one stops answering (one signer down must not stop the relayer).
type EthChain struct {
	clients  []*rpc.Client
	mu       sync.Mutex
	current  int
	oracle   common.Address
	registry common.Address
	oc       *oracleclient.OracleClient
	reg      *registry.Registry
	// batchSize bounds one JSON-RPC batch.
	batchSize int
	// Timeout bounds one call to one endpoint (a hung node counts as down).
	Timeout time.Duration
}

var _ Chain = (*EthChain)(nil)

// NewEthChain reads through the given endpoints of one chain, in order of preference.
func NewEthChain(clients []*rpc.Client, oracle, reg common.Address) *EthChain {
	return &EthChain{clients: clients, oracle: oracle, registry: reg,
		oc: oracleclient.NewOracleClient(), reg: registry.NewRegistry(), batchSize: 200, Timeout: 10 * time.Second}
}

// do runs f on the current endpoint; when the endpoint does not answer (a transport error, not
// a node's answer) it tries the others in turn.
func (c *EthChain) do(ctx context.Context, f func(context.Context, *rpc.Client, *ethclient.Client) error) error {
	c.mu.Lock()
	start := c.current
	c.mu.Unlock()
	var err error
	for i := 0; i < len(c.clients); i++ {
		idx := (start + i) % len(c.clients)
		cl := c.clients[idx]
		cctx, cancel := context.WithTimeout(ctx, c.Timeout)
		err = f(cctx, cl, ethclient.NewClient(cl))
		cancel()
		if err == nil || !txmgr.IsNetworkError(err) || ctx.Err() != nil {
			if i > 0 && err == nil {
				c.mu.Lock()
				c.current = idx
				c.mu.Unlock()
			}
			return err
		}
	}
	return err
}

func (c *EthChain) Head(ctx context.Context) (n uint64, err error) {
	err = c.do(ctx, func(ctx context.Context, _ *rpc.Client, e *ethclient.Client) error {
		n, err = e.BlockNumber(ctx)
		return err
	})
	return n, err
}

func blockArg(block *big.Int) string {
	if block == nil {
		return "latest"
	}
	return hexutil.EncodeBig(block)
}

type callArg struct {
	To   common.Address `json:"to"`
	Data hexutil.Bytes  `json:"data"`
}

// MeterViews reads OracleClient.meterState and Registry.getMeter of every meter in JSON-RPC batches.
func (c *EthChain) MeterViews(ctx context.Context, meters []common.Hash, block *big.Int) (map[common.Hash]MeterView, error) {
	out := make(map[common.Hash]MeterView, len(meters))
	at := blockArg(block)
	for lo := 0; lo < len(meters); lo += c.batchSize / 2 {
		chunk := meters[lo:min(len(meters), lo+c.batchSize/2)]
		elems := make([]rpc.BatchElem, 0, 2*len(chunk))
		results := make([]hexutil.Bytes, 2*len(chunk))
		for i, m := range chunk {
			elems = append(elems,
				rpc.BatchElem{Method: "eth_call", Args: []any{callArg{c.oracle, c.oc.PackMeterState(m)}, at}, Result: &results[2*i]},
				rpc.BatchElem{Method: "eth_call", Args: []any{callArg{c.registry, c.reg.PackGetMeter(m)}, at}, Result: &results[2*i+1]})
		}
		if err := c.do(ctx, func(ctx context.Context, r *rpc.Client, _ *ethclient.Client) error {
			return r.BatchCallContext(ctx, elems)
		}); err != nil {
			return nil, fmt.Errorf("meter state: %w", err)
		}
		for i, m := range chunk {
			for _, e := range elems[2*i : 2*i+2] {
				if e.Error != nil {
					return nil, fmt.Errorf("meter state %s: %w", m, e.Error)
				}
			}
			st, err := c.oc.UnpackMeterState(results[2*i])
			if err != nil {
				return nil, fmt.Errorf("meterState %s: %w", m, err)
			}
			rm, err := c.reg.UnpackGetMeter(results[2*i+1])
			if err != nil {
				return nil, fmt.Errorf("getMeter %s: %w", m, err)
			}
			out[m] = MeterView{Seq: st.Seq, IntervalEnd: st.IntervalEnd, Assignment: st.Assignment,
				Owner: rm.Owner, RegistryAssignment: rm.Assignment, AssignedAt: rm.AssignedAt}
		}
	}
	return out, nil
}

// Requests implements Chain.
func (c *EthChain) Requests(ctx context.Context, from, to uint64) ([]Request, error) {
	id := c.oc.GetABI().Events["EnergyDataRequested"].ID
	var logs []types.Log
	err := c.do(ctx, func(ctx context.Context, _ *rpc.Client, e *ethclient.Client) (err error) {
		logs, err = e.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{c.oracle}, Topics: [][]common.Hash{{id}},
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("request logs %d-%d: %w", from, to, err)
	}
	out := make([]Request, 0, len(logs))
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		ev, err := c.oc.UnpackEnergyDataRequestedEvent(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, Request{ID: ev.RequestId, MeterID: ev.MeterId, IntervalEnd: ev.IntervalEnd,
			ExpiresAtBlock: ev.ExpiresAtBlock, Block: logs[i].BlockNumber})
	}
	return out, nil
}

// Request implements Chain.
func (c *EthChain) Request(ctx context.Context, id *big.Int) (OnchainRequest, error) {
	var raw []byte
	err := c.do(ctx, func(ctx context.Context, _ *rpc.Client, e *ethclient.Client) (err error) {
		raw, err = e.CallContract(ctx, ethereum.CallMsg{To: &c.oracle, Data: c.oc.PackGetRequest(id)}, nil)
		return err
	})
	if err != nil {
		return OnchainRequest{}, fmt.Errorf("getRequest %s: %w", id, err)
	}
	r, err := c.oc.UnpackGetRequest(raw)
	if err != nil {
		return OnchainRequest{}, fmt.Errorf("getRequest %s: %w", id, err)
	}
	return OnchainRequest{MeterID: r.MeterId, IntervalEnd: r.IntervalEnd, ExpiresAtBlock: r.ExpiresAtBlock, Status: r.Status}, nil
}

// Receipt implements Chain.
func (c *EthChain) Receipt(ctx context.Context, hash common.Hash) (r *types.Receipt, err error) {
	err = c.do(ctx, func(ctx context.Context, _ *rpc.Client, e *ethclient.Client) error {
		r, err = e.TransactionReceipt(ctx, hash)
		return err
	})
	return r, err
}
