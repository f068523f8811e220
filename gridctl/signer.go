package gridctl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// operatorEndpoint is a node's operator API (clique_*): its IPC socket, or a URL.
type operatorEndpoint struct {
	Node     string `json:"node"`
	Endpoint string `json:"endpoint"`
}

// operatorEndpoints resolves --ipc / --node: an explicit endpoint, the named node(s) of the
// manifest ("all" for every node), or the first node, each by its IPC socket: signers serve no
// HTTP, and no public endpoint serves the clique API.
func (e *Env) operatorEndpoints() ([]operatorEndpoint, error) {
	if e.s.IPC != "" {
		return []operatorEndpoint{{Node: e.s.Node, Endpoint: e.s.IPC}}, nil
	}
	m, err := e.manifest()
	if err != nil {
		return nil, fmt.Errorf("%w (or pass --ipc)", err)
	}
	var out []operatorEndpoint
	for i, n := range m.Nodes {
		if e.s.Node == "" && i > 0 {
			break
		}
		if e.s.Node != "" && e.s.Node != "all" && !strings.EqualFold(e.s.Node, n.Name) {
			continue
		}
		// A signer serves no HTTP: its IPC socket, on its own host, is its only endpoint.
		if n.IPC == "" {
			return nil, fmt.Errorf("%w: node %s has no IPC socket in the manifest; pass --ipc on its host", ErrNoNode, n.Name)
		}
		out = append(out, operatorEndpoint{Node: n.Name, Endpoint: n.IPC})
	}
	if len(out) == 0 {
		return nil, usageErr("no node %q in the manifest", e.s.Node)
	}
	return out, nil
}

// eachOperator calls f with an RPC client of every selected operator endpoint.
func (e *Env) eachOperator(ctx context.Context, f func(ep operatorEndpoint, c *rpc.Client) error) error {
	eps, err := e.operatorEndpoints()
	if err != nil {
		return err
	}
	var errs []error
	for _, ep := range eps {
		c, err := rpc.DialContext(ctx, ep.Endpoint)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s (%s): %w", ep.Node, ep.Endpoint, err))
			continue
		}
		if err := f(ep, c); err != nil {
			var rpcErr rpc.Error
			if errors.As(err, &rpcErr) && rpcErr.ErrorCode() == -32601 {
				err = fmt.Errorf("%w: the clique API is not served here; use the node's IPC (--ipc) on its host", err)
			}
			errs = append(errs, fmt.Errorf("%s (%s): %w", ep.Node, ep.Endpoint, err))
		}
		c.Close()
	}
	return errors.Join(errs...)
}

type cliqueStatus struct {
	InturnPercent float64                `json:"inturnPercent"`
	SigningStatus map[common.Address]int `json:"sealerActivity"`
	NumBlocks     uint64                 `json:"numBlocks"`
}

type signerListing struct {
	Node     string         `json:"node"`
	Signers  []signerStatus `json:"signers"`
	Window   uint64         `json:"window"`
	Inturn   float64        `json:"inturnPercent"`
	Endpoint string         `json:"endpoint"`
}

func runSignerList(ctx context.Context, e *Env, _ *invocation) error {
	var out []signerListing
	err := e.eachOperator(ctx, func(ep operatorEndpoint, c *rpc.Client) error {
		var signers []common.Address
		if err := c.CallContext(ctx, &signers, "clique_getSigners"); err != nil {
			return err
		}
		l := signerListing{Node: ep.Node, Endpoint: ep.Endpoint}
		var st cliqueStatus
		if err := c.CallContext(ctx, &st, "clique_status"); err == nil {
			l.Window, l.Inturn = st.NumBlocks, st.InturnPercent
		}
		for _, s := range signers {
			l.Signers = append(l.Signers, signerStatus{Address: s, Name: e.nameOf(s), Sealed: st.SigningStatus[s]})
		}
		out = append(out, l)
		return nil
	})
	if len(out) > 0 {
		if perr := e.emit(out, func(w io.Writer) {
			for _, l := range out {
				fmt.Fprintf(w, "node %s: %d signers (blocks sealed of the last %d, %.0f%% in turn)\n", l.Node, len(l.Signers), l.Window, l.Inturn)
				for _, s := range l.Signers {
					fmt.Fprintf(w, "  %s %-6s %d\n", s.Address.Hex(), s.Name, s.Sealed)
				}
			}
		}); perr != nil {
			return perr
		}
	}
	return err
}

type voteListing struct {
	Node  string          `json:"node"`
	Votes map[string]bool `json:"votes"` // address -> true: add, false: remove
}

func runSignerVotes(ctx context.Context, e *Env, _ *invocation) error {
	var out []voteListing
	err := e.eachOperator(ctx, func(ep operatorEndpoint, c *rpc.Client) error {
		var props map[common.Address]bool
		if err := c.CallContext(ctx, &props, "clique_proposals"); err != nil {
			return err
		}
		v := voteListing{Node: ep.Node, Votes: map[string]bool{}}
		for a, auth := range props {
			v.Votes[a.Hex()] = auth
		}
		out = append(out, v)
		return nil
	})
	if len(out) > 0 {
		if perr := e.emit(out, func(w io.Writer) {
			for _, v := range out {
				if len(v.Votes) == 0 {
					fmt.Fprintf(w, "node %s: no pending votes\n", v.Node)
					continue
				}
				fmt.Fprintf(w, "node %s:\n", v.Node)
				for _, a := range sortedKeys(v.Votes) {
					what := "remove"
					if v.Votes[a] {
						what = "add"
					}
					fmt.Fprintf(w, "  %s %s %s\n", what, a, e.nameOf(common.HexToAddress(a)))
				}
			}
		}); perr != nil {
			return perr
		}
	}
	return err
}

func runSignerPropose(ctx context.Context, e *Env, inv *invocation) error {
	addr, err := e.address(inv.args[0])
	if err != nil {
		return err
	}
	var auth bool
	switch strings.ToLower(inv.args[1]) {
	case "add", "true":
		auth = true
	case "remove", "false":
		auth = false
	default:
		return usageErr("vote %q must be add or remove", inv.args[1])
	}
	var voted []string
	err = e.eachOperator(ctx, func(ep operatorEndpoint, c *rpc.Client) error {
		if err := c.CallContext(ctx, nil, "clique_propose", addr, auth); err != nil {
			return err
		}
		voted = append(voted, ep.Node)
		return nil
	})
	if len(voted) > 0 {
		if perr := e.emit(map[string]any{"address": addr, "add": auth, "nodes": voted}, func(w io.Writer) {
			fmt.Fprintf(w, "voted to %s %s on %s (the vote is cast in each node's next sealed blocks)\n",
				inv.args[1], addr.Hex(), strings.Join(voted, ", "))
		}); perr != nil {
			return perr
		}
	}
	return err
}

func runSignerDiscard(ctx context.Context, e *Env, inv *invocation) error {
	addr, err := e.address(inv.args[0])
	if err != nil {
		return err
	}
	var done []string
	err = e.eachOperator(ctx, func(ep operatorEndpoint, c *rpc.Client) error {
		if err := c.CallContext(ctx, nil, "clique_discard", addr); err != nil {
			return err
		}
		done = append(done, ep.Node)
		return nil
	})
	if len(done) > 0 {
		if perr := e.emit(map[string]any{"address": addr, "nodes": done}, func(w io.Writer) {
			fmt.Fprintf(w, "discarded the vote on %s on %s\n", addr.Hex(), strings.Join(done, ", "))
		}); perr != nil {
			return perr
		}
	}
	return err
}
