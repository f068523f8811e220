package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/clique"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/ethereum/go-ethereum/rpc"
)

var ErrNoSeal = errors.New("header carries no clique seal")

// BlockSigner recovers the signer that sealed a Clique header.
func BlockSigner(h *types.Header) (common.Address, error) {
	if len(h.Extra) < 32+crypto.SignatureLength {
		return common.Address{}, ErrNoSeal
	}
	sig := h.Extra[len(h.Extra)-crypto.SignatureLength:]
	pub, err := crypto.SigToPub(clique.SealHash(h).Bytes(), sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("recover signer of block %d: %w", h.Number, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// DialIPC opens node i's operator endpoint.
func (c *Config) DialIPC(ctx context.Context, i int) (*rpc.Client, error) {
	cl, err := rpc.DialIPC(ctx, c.IPCPath(i))
	if err != nil {
		return nil, fmt.Errorf("dial %s ipc: %w", NodeName(i), err)
	}
	return cl, nil
}

// PeerCount asks node i (over IPC) how many peers it has.
func (c *Config) PeerCount(ctx context.Context, i int) (int, error) {
	cl, err := c.DialIPC(ctx, i)
	if err != nil {
		return 0, err
	}
	defer cl.Close()
	var peers []map[string]any
	if err := cl.CallContext(ctx, &peers, "admin_peers"); err != nil {
		return 0, fmt.Errorf("admin_peers on %s: %w", NodeName(i), err)
	}
	return len(peers), nil
}

// NodeID is node i's enode id, from its node key.
func (c *Config) NodeID(i int) (enode.ID, error) {
	key, err := LoadKey(c.nodeKeyPath(i))
	if err != nil {
		return enode.ID{}, fmt.Errorf("node key of %s: %w", NodeName(i), err)
	}
	return enode.PubkeyToIDV4(&key.PublicKey), nil
}

// connected reports whether node i (over IPC) has a connection to every node in peers (itself
// excepted).
func (c *Config) connected(ctx context.Context, i int, peers []int) (bool, error) {
	cl, err := c.DialIPC(ctx, i)
	if err != nil {
		return false, err
	}
	defer cl.Close()
	var got []struct {
		ID string `json:"id"`
	}
	if err := cl.CallContext(ctx, &got, "admin_peers"); err != nil {
		return false, fmt.Errorf("admin_peers on %s: %w", NodeName(i), err)
	}
	have := make(map[string]bool, len(got))
	for _, p := range got {
		have[strings.ToLower(p.ID)] = true
	}
	for _, j := range peers {
		if j == i {
			continue
		}
		id, err := c.NodeID(j)
		if err != nil {
			return false, err
		}
		if !have[id.String()] {
			return false, nil
		}
	}
	return true, nil
}

// WaitConnected waits until every node in nodes is connected to every node in peers. Unlike a
// peer count, it cannot be satisfied by the RPC node standing in for a missing signer.
func (c *Config) WaitConnected(ctx context.Context, nodes, peers []int) error {
	return Poll(ctx, 200*time.Millisecond, fmt.Sprintf("waiting for nodes %v to connect to %v", nodes, peers), func(ctx context.Context) (bool, error) {
		for _, i := range nodes {
			ok, err := c.connected(ctx, i, peers)
			if err != nil || !ok {
				return false, err
			}
		}
		return true, nil
	})
}

// Poll calls cond every interval until it reports true, returns an error, or ctx ends. It is how
// everything in the devnet waits: on conditions, never on fixed sleeps.
func Poll(ctx context.Context, interval time.Duration, what string, cond func(context.Context) (bool, error)) error {
	var last error
	for {
		ok, err := cond(ctx)
		if err == nil && ok {
			return nil
		}
		if err != nil {
			last = err
		}
		select {
		case <-ctx.Done():
			if last != nil {
				return fmt.Errorf("%s: %w (last error: %v)", what, ErrTimeout, last)
			}
			return fmt.Errorf("%s: %w", what, ErrTimeout)
		case <-time.After(interval):
		}
	}
}

// WaitPeers waits until every node in nodes has at least want peers.
func (c *Config) WaitPeers(ctx context.Context, nodes []int, want int) error {
	return Poll(ctx, 200*time.Millisecond, fmt.Sprintf("waiting for %d peers", want), func(ctx context.Context) (bool, error) {
		for _, i := range nodes {
			n, err := c.PeerCount(ctx, i)
			if err != nil {
				return false, err
			}
			if n < want {
				return false, nil
			}
		}
		return true, nil
	})
}

// WaitRotation follows new blocks on client until every address in signers has sealed at least
// one block after the call began; it returns the signer of every block seen.
func WaitRotation(ctx context.Context, client *ethclient.Client, signers []common.Address) (map[uint64]common.Address, error) {
	start, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	want := make(map[common.Address]bool, len(signers))
	for _, s := range signers {
		want[s] = true
	}
	seen := make(map[uint64]common.Address)
	next := start + 1
	err = Poll(ctx, 250*time.Millisecond, "waiting for every signer to seal", func(ctx context.Context) (bool, error) {
		head, err := client.BlockNumber(ctx)
		if err != nil {
			return false, err
		}
		for ; next <= head; next++ {
			h, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(next))
			if err != nil {
				return false, err
			}
			s, err := BlockSigner(h)
			if err != nil {
				return false, err
			}
			seen[next] = s
			delete(want, s)
		}
		return len(want) == 0, nil
	})
	if err != nil {
		missing := make([]string, 0, len(want))
		for s := range want {
			missing = append(missing, s.Hex())
		}
		return seen, fmt.Errorf("%w; not sealing: %v", err, missing)
	}
	return seen, nil
}

// RecentSigners returns the signers of the last n blocks, newest first, and the head header.
func RecentSigners(ctx context.Context, client *ethclient.Client, n int) ([]common.Address, *types.Header, error) {
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("head: %w", err)
	}
	out := make([]common.Address, 0, n)
	h := head
	for len(out) < n && h.Number.Sign() > 0 {
		s, err := BlockSigner(h)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, s)
		if h, err = client.HeaderByHash(ctx, h.ParentHash); err != nil {
			return nil, nil, fmt.Errorf("header %s: %w", h.ParentHash, err)
		}
	}
	return out, head, nil
}

// RotatingNow reports whether the chain is live (head younger than maxAge) and every signer in
// signers sealed one of the last window blocks.
func RotatingNow(ctx context.Context, client *ethclient.Client, signers []common.Address, window int, maxAge time.Duration) (bool, error) {
	recent, head, err := RecentSigners(ctx, client, window)
	if err != nil {
		return false, err
	}
	if time.Since(time.Unix(int64(head.Time), 0)) > maxAge {
		return false, nil
	}
	for _, s := range signers {
		found := false
		for _, r := range recent {
			if r == s {
				found = true
				break
			}
		}
		if !found {
			return false, nil
		}
	}
	return true, nil
}
