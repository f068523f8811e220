package devnet

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Sealing is switched on over IPC (miner_start), never by --mine on the command line: a signer
// that seals before it has caught up with the others forks the chain at the height they already
// passed, and with four Clique signers two equal-weight forks can leave no signer allowed to
// extend either one (each fork's last two blocks are by the two signers on it; the other two
// sit on the other fork). That is what stalled a fresh devnet now and then when every node
// sealed from its first second. A node therefore starts quiet, peers, imports the others' chain,
// and only then seals.

// ipcCall makes one call on node i's operator endpoint.
func (c *Config) ipcCall(ctx context.Context, i int, result any, method string, args ...any) error {
	cl, err := c.DialIPC(ctx, i)
	if err != nil {
		return err
	}
	defer cl.Close()
	if err := cl.CallContext(ctx, result, method, args...); err != nil {
		return fmt.Errorf("%s on %s: %w", method, NodeName(i), err)
	}
	return nil
}

// Sealing reports whether node i's miner runs.
func (c *Config) Sealing(ctx context.Context, i int) (bool, error) {
	var on bool
	err := c.ipcCall(ctx, i, &on, "eth_mining")
	return on, err
}

// StartSealing switches node i's miner on (a no-op when it runs).
func (c *Config) StartSealing(ctx context.Context, i int) error {
	return c.ipcCall(ctx, i, nil, "miner_start")
}

// Head returns node i's head block number (over IPC, so it works whatever HTTP serves).
func (c *Config) Head(ctx context.Context, i int) (uint64, error) {
	var n hexutil.Uint64
	err := c.ipcCall(ctx, i, &n, "eth_blockNumber")
	return uint64(n), err
}

// WaitCaughtUp waits until every node in nodes has reached the highest head that any node in
// from had when the call began.
func (c *Config) WaitCaughtUp(ctx context.Context, nodes, from []int) error {
	var target uint64
	for _, j := range from {
		h, err := c.Head(ctx, j)
		if err != nil {
			return err
		}
		target = max(target, h)
	}
	return Poll(ctx, 100*time.Millisecond, fmt.Sprintf("catching up to block %d", target), func(ctx context.Context) (bool, error) {
		for _, i := range nodes {
			h, err := c.Head(ctx, i)
			if err != nil || h < target {
				return false, err
			}
		}
		return true, nil
	})
}

// runningSigners returns the indices of the signers whose geth runs, except skip.
func (c *Config) runningSigners(skip int) []int {
	var out []int
	for j := range Authorities {
		if _, ok := c.PID(j); ok && j != skip {
			out = append(out, j)
		}
	}
	return out
}

// JoinAndSeal brings a started node i into the network: it waits until i is connected to every
// other running signer and has their chain, then, on a signer, switches its sealing on. The RPC
// node never seals.
func (c *Config) JoinAndSeal(ctx context.Context, i int) error {
	if others := c.runningSigners(i); len(others) > 0 {
		if err := c.WaitConnected(ctx, []int{i}, others); err != nil {
			return fmt.Errorf("%s joining: %w", NodeName(i), err)
		}
		// The RPC node catches up too before it counts as started (geth's first sync of a node
		// that does not seal starts within 10 s).
		if err := c.WaitCaughtUp(ctx, []int{i}, others); err != nil {
			return fmt.Errorf("%s syncing: %w", NodeName(i), err)
		}
	}
	if i == RPCNode {
		return nil
	}
	return c.StartSealing(ctx, i)
}

// sealInTurnOrder switches sealing on for every node in nodes that does not seal yet, the signer
// in turn for the next block last. A node whose sealing is on imports the blocks others propagate
// (before that, geth discards them as "syncing"), and an out-of-turn signer waits a random delay
// of up to 1.5 s before sealing, so when the in-turn signer starts and seals at once, everyone
// else is ready to take its block instead of racing it with one of their own.
func (c *Config) sealInTurnOrder(ctx context.Context, nodes []int, signers []common.Address) error {
	if len(nodes) == 0 {
		return nil
	}
	head, err := c.Head(ctx, nodes[0])
	if err != nil {
		return err
	}
	sorted := slices.Clone(signers)
	slices.SortFunc(sorted, func(a, b common.Address) int { return a.Cmp(b) })
	turn := func(i int) int { // how many blocks from now node i is in turn
		pos := slices.Index(sorted, signers[i])
		return (pos - int((head+1)%uint64(len(sorted))) + len(sorted)) % len(sorted)
	}
	order := slices.Clone(nodes)
	slices.SortStableFunc(order, func(a, b int) int { return turn(b) - turn(a) })
	for _, i := range order {
		on, err := c.Sealing(ctx, i)
		if err != nil {
			return err
		}
		if !on {
			if err := c.StartSealing(ctx, i); err != nil {
				return err
			}
		}
	}
	return nil
}

// keyUnlocked reports whether node i holds its signer key unlocked. geth answers IPC before it
// unlocks --unlock accounts (a scrypt key takes a moment), and a node told to seal before that
// fails its first block with "authentication needed".
func (c *Config) keyUnlocked(ctx context.Context, i int, signer common.Address) bool {
	var sig hexutil.Bytes
	return c.ipcCall(ctx, i, &sig, "eth_sign", signer, hexutil.Bytes{0}) == nil
}
