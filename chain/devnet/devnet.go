package devnet

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"
)

// Devnet drives the four local signer processes.
type Devnet struct {
	Config
	log *zap.Logger
}

// New checks cfg and returns a Devnet. When a chain already exists under cfg.Dir, the settings it
// was created with win over cfg (a changed period cannot fork a live chain).
func New(cfg Config, log *zap.Logger) (*Devnet, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("devnet config: %w", err)
	}
	// Absolute, because a node is recognised by the --datadir on its command line: with a
	// relative dir, `down` would not know the nodes an `up` from another directory started.
	abs, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, fmt.Errorf("devnet dir: %w", err)
	}
	cfg.Dir = abs
	if _, err := cfg.adoptState(); err != nil {
		return nil, err
	}
	return &Devnet{Config: cfg, log: log}, nil
}

// Signers returns the four authority signer addresses in node order.
func (d *Devnet) Signers() ([]common.Address, error) {
	out := make([]common.Address, len(Authorities))
	for i, a := range Authorities {
		addr, err := d.Address(a)
		if err != nil {
			return nil, err
		}
		out[i] = addr
	}
	return out, nil
}

// Up creates the chain on first use, starts every signer that is not running (one at a time,
// each waiting until it peers with those already up, none of them sealing yet), waits until all
// four peer and share one head, switches sealing on (the signer in turn last), and waits until
// they take turns sealing. On a running devnet it changes nothing.
func (d *Devnet) Up(ctx context.Context) error {
	if err := os.MkdirAll(d.Dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", d.Dir, err)
	}
	accounts, nodeKeys, err := d.Keys()
	if err != nil {
		return err
	}
	inited := 0
	for i := range Authorities {
		if d.initialized(i) {
			inited++
		}
	}
	switch inited {
	case 0:
		d.log.Info("creating the chain", zap.Uint64("chainId", d.ChainID), zap.Uint64("period", d.Period), zap.String("dir", d.Dir))
		if err := d.initNodes(accounts, nodeKeys); err != nil {
			return err
		}
		if err := d.saveState(); err != nil {
			return err
		}
	case len(Authorities):
		if !d.initialized(RPCNode) { // a devnet created before the RPC node existed
			d.log.Info("adding the RPC node", zap.String("dir", d.NodeDir(RPCNode)))
			if err := d.initRPCNode(nodeKeys[RPCNode]); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("only %d of %d nodes under %s have a chain: run `devnet reset`", inited, len(Authorities), d.Dir)
	}
	if err := d.writeNodeConfigs(nodeKeys); err != nil {
		return err
	}
	var up []int
	startedAny := false
	for i, name := range Authorities {
		if pid, running := d.PID(i); running {
			d.log.Debug("node already running", zap.String("node", name), zap.Int("pid", pid))
			up = append(up, i)
			continue
		}
		started := time.Now()
		startedAny = true
		// Started quiet: nothing seals until every node has the same chain (sealing.go).
		if err := d.startProcess(ctx, i); err != nil {
			return err
		}
		pid, _ := d.PID(i)
		d.log.Info("started node", zap.String("node", name), zap.Int("pid", pid), zap.String("log", d.LogPath(i)))
		up = append(up, i)
		if len(up) > 1 {
			wctx, cancel := context.WithTimeout(ctx, 60*time.Second)
			err := d.WaitConnected(wctx, []int{i}, up)
			cancel()
			if err != nil {
				return fmt.Errorf("%s joining: %w", name, err)
			}
		}
		d.log.Debug("node joined", zap.String("node", name), zap.Duration("took", time.Since(started)))
	}
	all := []int{0, 1, 2, 3}
	// The RPC node, quiet like the signers: it dials all four and follows their chain.
	if pid, running := d.PID(RPCNode); running {
		d.log.Debug("node already running", zap.String("node", RPCNodeName), zap.Int("pid", pid))
	} else {
		startedAny = true
		if err := d.startProcess(ctx, RPCNode); err != nil {
			return err
		}
		pid, _ := d.PID(RPCNode)
		d.log.Info("started node", zap.String("node", RPCNodeName), zap.Int("pid", pid), zap.String("log", d.LogPath(RPCNode)))
	}
	signers, err := d.Signers()
	if err != nil {
		return err
	}
	sctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := d.WaitConnected(sctx, all, all); err != nil {
		return err
	}
	if err := d.WaitConnected(sctx, []int{RPCNode}, all); err != nil {
		return err
	}
	if err := d.WaitCaughtUp(sctx, all, all); err != nil {
		return err
	}
	if err := d.sealInTurnOrder(sctx, all, signers); err != nil {
		return err
	}
	// A new RPC node on an old chain (a devnet created before it existed) first syncs every block
	// from the signers: give it time, since everything else reads the chain through it.
	rctx, rcancel := context.WithTimeout(ctx, rpcSyncTimeout)
	defer rcancel()
	if err := d.WaitCaughtUp(rctx, []int{RPCNode}, all); err != nil {
		return fmt.Errorf("%s syncing: %w", RPCNodeName, err)
	}
	return d.waitHealthy(ctx, !startedAny)
}

// WaitHealthy waits until all four signers and the RPC node are connected and every signer
// seals a block after the call, as the RPC node sees it.
func (d *Devnet) WaitHealthy(ctx context.Context) error { return d.waitHealthy(ctx, false) }

// waitHealthy is WaitHealthy; with recentOK, a chain whose last blocks already rotate among
// all four signers counts as healthy at once (a devnet-up that started nothing).
func (d *Devnet) waitHealthy(ctx context.Context, recentOK bool) error {
	all := []int{0, 1, 2, 3}
	wctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := d.WaitConnected(wctx, append(all, RPCNode), all); err != nil {
		return err
	}
	signers, err := d.Signers()
	if err != nil {
		return err
	}
	// Through the RPC node: what wallets and services see is what must be live.
	client, err := ethclient.DialContext(ctx, d.HTTPURL())
	if err != nil {
		return fmt.Errorf("dial %s: %w", d.HTTPURL(), err)
	}
	defer client.Close()
	// A live devnet whose last blocks already rotate among all four needs no further waiting.
	period := time.Duration(d.Period) * time.Second
	if recentOK {
		if ok, err := RotatingNow(ctx, client, signers, 3*len(signers), 3*period); err == nil && ok {
			return nil
		}
	}
	// Eight periods cover two full rotations plus out-of-turn wiggle.
	rctx, rcancel := context.WithTimeout(ctx, time.Duration(8*d.Period+30)*time.Second)
	defer rcancel()
	if _, err := WaitRotation(rctx, client, signers); err != nil {
		return err
	}
	return nil
}

// Down stops every node this package started (pid files), one at a time, the RPC node first.
func (d *Devnet) Down(ctx context.Context) error {
	var errs []error
	for i := RPCNode; i >= 0; i-- {
		pid, running := d.PID(i)
		if err := d.StopNode(ctx, i, 60*time.Second); err != nil {
			errs = append(errs, err)
			continue
		}
		if running {
			d.log.Info("stopped node", zap.String("node", NodeName(i)), zap.Int("pid", pid))
		}
	}
	return errors.Join(errs...)
}

// Reset stops the nodes and deletes the whole devnet directory (keys, chain, manifest).
func (d *Devnet) Reset(ctx context.Context) error {
	if err := d.Down(ctx); err != nil {
		return err
	}
	if err := os.RemoveAll(d.Dir); err != nil {
		return fmt.Errorf("remove %s: %w", d.Dir, err)
	}
	d.log.Info("devnet wiped", zap.String("dir", d.Dir))
	return nil
}

// NodeStatus is what Status reports for one node.
type NodeStatus struct {
	Name    string         `json:"name"`
	PID     int            `json:"pid,omitempty"`
	Running bool           `json:"running"`
	Head    uint64         `json:"head"`
	HeadAge float64        `json:"headAgeSeconds"`
	Peers   int            `json:"peers"`
	Signer  common.Address `json:"signer,omitempty"`
	Error   string         `json:"error,omitempty"`
}

// Status reports each node's process, head, head age and peers (over IPC), the RPC node last.
func (d *Devnet) Status(ctx context.Context) []NodeStatus {
	out := make([]NodeStatus, RPCNode+1)
	for i := range out {
		st := NodeStatus{Name: NodeName(i)}
		if i != RPCNode {
			st.Signer, _ = d.Address(st.Name)
		}
		st.PID, st.Running = d.PID(i)
		if !st.Running {
			st.PID = 0
			out[i] = st
			continue
		}
		if n, err := d.PeerCount(ctx, i); err == nil {
			st.Peers = n
		} else {
			st.Error = err.Error()
		}
		if cl, err := d.DialIPC(ctx, i); err == nil {
			client := ethclient.NewClient(cl)
			if h, err := client.HeaderByNumber(ctx, nil); err == nil {
				st.Head = h.Number.Uint64()
				st.HeadAge = time.Since(time.Unix(int64(h.Time), 0)).Seconds()
			} else {
				st.Error = err.Error()
			}
			client.Close()
		}
		out[i] = st
	}
	return out
}
