package gridctl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/clique"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/chain/manifest"
)

var oracle = oracleclient.NewOracleClient()

type nodeStatus struct {
	Name      string  `json:"name"`
	RPC       string  `json:"rpc"`
	Reachable bool    `json:"reachable"`
	Error     string  `json:"error,omitempty"`
	Head      uint64  `json:"head"`
	HeadHash  string  `json:"headHash,omitempty"`
	HeadAgeS  float64 `json:"headAgeSeconds"`
	Peers     int     `json:"peers"`
	Sealer    string  `json:"headSealer,omitempty"`
}

type signerStatus struct {
	Address common.Address `json:"address"`
	Name    string         `json:"name,omitempty"`
	Sealed  int            `json:"sealedRecent"`
}

type contractStatus struct {
	Address common.Address `json:"address"`
	HasCode bool           `json:"hasCode"`
}

type statusReport struct {
	ChainID        uint64                    `json:"chainId"`
	Healthy        bool                      `json:"healthy"`
	Problems       []string                  `json:"problems"`
	Warnings       []string                  `json:"warnings"`
	Nodes          []nodeStatus              `json:"nodes"`
	SignersSource  string                    `json:"signersSource"`
	Signers        []signerStatus            `json:"signers"`
	RotationWindow int                       `json:"rotationWindow"`
	Contracts      map[string]contractStatus `json:"contracts"`
	GRIDSupply     string                    `json:"gridSupply"`
	GRIDSupplyWei  string                    `json:"gridSupplyWei"`
	THBSupply      string                    `json:"thbSupply"`
	Users          uint64                    `json:"users"`
	Oracle         *oracleStatus             `json:"oracle,omitempty"`
	Market         *marketStatus             `json:"market,omitempty"`
}

// oracleStatus summarises OracleClient's requests: the ones still pending, and those among them
// past their expiry block (the keeper should have expired them).
type oracleStatus struct {
	NextRequestID uint64 `json:"nextRequestId"`
	ExpiryCursor  uint64 `json:"expiryCursor"`
	Pending       int    `json:"pending"`
	Overdue       int    `json:"overdue"`
	Scanned       int    `json:"scanned"`
}

// maxRequestScan bounds how many requests status reads one by one.
const maxRequestScan = 256

func (e *Env) oracleStatus(ctx context.Context, addr common.Address, head uint64) (*oracleStatus, error) {
	inst := func(b bind.ContractBackend) *bind.BoundContract { return oracle.Instance(b, addr) }
	next, err := call(ctx, e, inst, oracle.PackNextRequestId(), oracle.UnpackNextRequestId)
	if err != nil {
		return nil, fmt.Errorf("nextRequestId: %w", err)
	}
	cursor, err := call(ctx, e, inst, oracle.PackExpiryCursor(), oracle.UnpackExpiryCursor)
	if err != nil {
		return nil, fmt.Errorf("expiryCursor: %w", err)
	}
	st := &oracleStatus{NextRequestID: next.Uint64(), ExpiryCursor: cursor.Uint64()}
	from := st.ExpiryCursor
	if st.NextRequestID > maxRequestScan && from < st.NextRequestID-maxRequestScan {
		from = st.NextRequestID - maxRequestScan
	}
	for id := from; id < st.NextRequestID; id++ {
		req, err := call(ctx, e, inst, oracle.PackGetRequest(new(big.Int).SetUint64(id)), oracle.UnpackGetRequest)
		if err != nil {
			return nil, fmt.Errorf("getRequest(%d): %w", id, err)
		}
		st.Scanned++
		if req.Status == 1 { // Pending
			st.Pending++
			if req.ExpiresAtBlock < head {
				st.Overdue++
			}
		}
	}
	return st, nil
}

// sealer recovers the Clique signer of a header from its extra-data seal.
func sealer(h *types.Header) (common.Address, error) {
	const sigLen = crypto.SignatureLength
	if len(h.Extra) < sigLen {
		return common.Address{}, errors.New("no clique seal in extra-data")
	}
	pub, err := crypto.Ecrecover(clique.SealHash(h).Bytes(), h.Extra[len(h.Extra)-sigLen:])
	if err != nil {
		return common.Address{}, err
	}
	var a common.Address
	copy(a[:], crypto.Keccak256(pub[1:])[12:])
	return a, nil
}

type statusNode struct {
	name, rpc, ipc string
}

func (e *Env) statusNodes() ([]statusNode, error) {
	if len(e.s.RPC) > 0 {
		out := make([]statusNode, len(e.s.RPC))
		for i, u := range e.s.RPC {
			out[i] = statusNode{name: fmt.Sprintf("node%d", i), rpc: u}
		}
		return out, nil
	}
	m, err := e.manifest()
	if err != nil {
		return nil, err
	}
	// Signers serve no HTTP: they are probed over their IPC socket when it is on this host. The
	// RPC nodes are probed on their public endpoint.
	var out []statusNode
	for _, n := range m.Nodes {
		if n.IPC == "" {
			continue
		}
		if _, err := os.Stat(n.IPC); err != nil {
			continue
		}
		out = append(out, statusNode{name: n.Name, rpc: n.IPC, ipc: n.IPC})
	}
	for _, n := range m.RPC {
		out = append(out, statusNode{name: n.Name, rpc: n.RPCURL, ipc: n.IPC})
	}
	return out, nil
}

func probeNode(ctx context.Context, n statusNode, now time.Time) (nodeStatus, *ethclient.Client) {
	st := nodeStatus{Name: n.name, RPC: n.rpc}
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	c, err := ethclient.DialContext(cctx, n.rpc)
	if err != nil {
		st.Error = err.Error()
		return st, nil
	}
	h, err := c.HeaderByNumber(cctx, nil)
	if err != nil {
		c.Close()
		st.Error = err.Error()
		return st, nil
	}
	st.Reachable, st.Head, st.HeadHash = true, h.Number.Uint64(), h.Hash().Hex()
	st.HeadAgeS = now.Sub(headerTime(h)).Seconds()
	var peers hexutil.Uint64
	if err := c.Client().CallContext(cctx, &peers, "net_peerCount"); err == nil {
		st.Peers = int(peers)
	} else {
		st.Peers = -1
	}
	if s, err := sealer(h); err == nil {
		st.Sealer = s.Hex()
	}
	return st, c
}

// cliqueSigners asks the operator endpoint (IPC when the manifest gives one and it is reachable),
// else the public endpoint (which a hardened node refuses), else falls back to the manifest.
func (e *Env) cliqueSigners(ctx context.Context, nodes []statusNode, rpcClient *ethclient.Client) ([]common.Address, string) {
	for _, n := range nodes {
		if n.ipc == "" {
			continue
		}
		if _, err := os.Stat(n.ipc); err != nil {
			continue
		}
		c, err := rpc.DialContext(ctx, n.ipc)
		if err != nil {
			continue
		}
		var signers []common.Address
		err = c.CallContext(ctx, &signers, "clique_getSigners")
		c.Close()
		if err == nil {
			return signers, "clique_getSigners via IPC of " + n.name
		}
	}
	if rpcClient != nil {
		var signers []common.Address
		if err := rpcClient.Client().CallContext(ctx, &signers, "clique_getSigners"); err == nil {
			return signers, "clique_getSigners over RPC"
		}
	}
	if m, err := e.manifest(); err == nil {
		var signers []common.Address
		for _, n := range m.Nodes {
			signers = append(signers, n.Signer)
		}
		return signers, "manifest (clique API not reachable)"
	}
	return nil, "unknown"
}

func runStatus(ctx context.Context, e *Env, _ *invocation) error {
	nodes, err := e.statusNodes()
	if err != nil {
		return err
	}
	now := time.Now()
	rep := statusReport{Problems: []string{}, Warnings: []string{}, Contracts: map[string]contractStatus{}}
	var best *ethclient.Client
	var bestHead uint64
	minHead, maxHead := ^uint64(0), uint64(0)
	for _, n := range nodes {
		st, c := probeNode(ctx, n, now)
		rep.Nodes = append(rep.Nodes, st)
		if c == nil {
			rep.Problems = append(rep.Problems, fmt.Sprintf("node %s (%s) unreachable: %s", n.name, n.rpc, st.Error))
			continue
		}
		defer c.Close()
		if best == nil || st.Head > bestHead {
			best, bestHead = c, st.Head
		}
		minHead, maxHead = min(minHead, st.Head), max(maxHead, st.Head)
		if age := time.Duration(st.HeadAgeS * float64(time.Second)); age > e.s.MaxBlockAge {
			rep.Problems = append(rep.Problems, fmt.Sprintf("node %s: last block %d is %s old (limit %s)", n.name, st.Head,
				age.Round(time.Second), e.s.MaxBlockAge))
		}
		switch {
		case len(nodes) > 1 && st.Peers == 0:
			rep.Problems = append(rep.Problems, fmt.Sprintf("node %s has no peers", n.name))
		case st.Peers >= 0 && st.Peers < len(nodes)-1:
			rep.Warnings = append(rep.Warnings, fmt.Sprintf("node %s has %d of %d peers", n.name, st.Peers, len(nodes)-1))
		}
	}
	if best == nil {
		rep.Healthy = false
		return e.finishStatus(rep)
	}
	if maxHead-minHead > 3 {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("node heads differ by %d blocks", maxHead-minHead))
	}
	if id, err := best.ChainID(ctx); err == nil {
		rep.ChainID = id.Uint64()
	}

	// Signer rotation over the last 2N blocks.
	signers, source := e.cliqueSigners(ctx, nodes, best)
	rep.SignersSource = source
	window := max(2*len(signers), 8)
	if uint64(window) > bestHead {
		window = int(bestHead)
	}
	rep.RotationWindow = window
	counts := map[common.Address]int{}
	for i := 0; i < window; i++ {
		h, err := best.HeaderByNumber(ctx, new(big.Int).SetUint64(bestHead-uint64(i)))
		if err != nil {
			rep.Warnings = append(rep.Warnings, fmt.Sprintf("header %d: %v", bestHead-uint64(i), err))
			break
		}
		if s, err := sealer(h); err == nil {
			counts[s]++
		}
	}
	for _, s := range signers {
		st := signerStatus{Address: s, Name: e.nameOf(s), Sealed: counts[s]}
		rep.Signers = append(rep.Signers, st)
		if st.Sealed == 0 && window >= 2*len(signers) {
			rep.Warnings = append(rep.Warnings, fmt.Sprintf("signer %s %s sealed none of the last %d blocks", s.Hex(), st.Name, window))
		}
	}

	// Contracts and supplies.
	if m, err := e.manifest(); err == nil {
		names := make([]string, 0, len(m.Contracts))
		for name := range m.Contracts {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			addr := m.Contracts[name]
			code, err := best.CodeAt(ctx, addr, nil)
			cs := contractStatus{Address: addr, HasCode: err == nil && len(code) > 0}
			rep.Contracts[name] = cs
			if !cs.HasCode {
				rep.Problems = append(rep.Problems, fmt.Sprintf("contract %s at %s has no code", name, addr.Hex()))
			}
		}
		e.client = best // reuse for the views below
		if addr, err := m.Contract(manifest.GridToken); err == nil && rep.Contracts[manifest.GridToken].HasCode {
			if v, err := call(ctx, e, gridInstance(addr), grid.PackTotalSupply(), grid.UnpackTotalSupply); err == nil {
				rep.GRIDSupply, rep.GRIDSupplyWei = formatAmount(v), v.String()
			} else {
				rep.Problems = append(rep.Problems, fmt.Sprintf("GRID totalSupply: %v", err))
			}
		}
		if addr, err := m.Contract(manifest.SettlementToken); err == nil && rep.Contracts[manifest.SettlementToken].HasCode {
			if v, err := call(ctx, e, thbInstance(addr), thb.PackTotalSupply(), thb.UnpackTotalSupply); err == nil {
				rep.THBSupply = formatAmount(v)
			}
		}
		if addr, err := m.Contract(manifest.Registry); err == nil && rep.Contracts[manifest.Registry].HasCode {
			if v, err := call(ctx, e, registryInstance(addr), reg.PackUserCount(), reg.UnpackUserCount); err == nil {
				rep.Users = v.Uint64()
			}
		}
		if addr, err := m.Contract(manifest.OracleClient); err == nil && rep.Contracts[manifest.OracleClient].HasCode {
			if o, err := e.oracleStatus(ctx, addr, bestHead); err == nil {
				rep.Oracle = o
				if o.Overdue > 0 {
					rep.Warnings = append(rep.Warnings, fmt.Sprintf("%d oracle requests are past their expiry block: is a keeper running?", o.Overdue))
				}
			} else {
				rep.Warnings = append(rep.Warnings, fmt.Sprintf("oracle: %v", err))
			}
		}
		if addr, err := m.Contract(manifest.Trading); err == nil && rep.Contracts[manifest.Trading].HasCode {
			if ms, err := e.marketStatus(ctx, addr); err == nil {
				rep.Market = ms
				if ms.NextToClear != nil && *ms.NextToClear+1 < ms.CurrentEpoch {
					rep.Warnings = append(rep.Warnings, fmt.Sprintf("epoch %d still awaits clearing (current %d): is a keeper running?",
						*ms.NextToClear, ms.CurrentEpoch))
				}
			} else {
				rep.Warnings = append(rep.Warnings, fmt.Sprintf("market: %v", err))
			}
		}
		e.client = nil // closed by the deferred Close above
	}
	rep.Healthy = len(rep.Problems) == 0
	return e.finishStatus(rep)
}

func (e *Env) finishStatus(rep statusReport) error {
	if err := e.emit(rep, func(w io.Writer) { printStatus(w, rep) }); err != nil {
		return err
	}
	if !rep.Healthy {
		return fmt.Errorf("%w: %s", ErrUnhealthy, strings.Join(rep.Problems, "; "))
	}
	return nil
}

func printStatus(w io.Writer, rep statusReport) {
	state := "HEALTHY"
	if !rep.Healthy {
		state = "UNHEALTHY"
	}
	fmt.Fprintf(w, "chain %d: %s\n\n", rep.ChainID, state)
	fmt.Fprintf(w, "%-6s %-24s %9s %8s %6s  %s\n", "NODE", "RPC", "HEAD", "AGE", "PEERS", "HEAD SEALER")
	for _, n := range rep.Nodes {
		if !n.Reachable {
			fmt.Fprintf(w, "%-6s %-24s %9s %8s %6s  %s\n", n.Name, n.RPC, "-", "-", "-", "unreachable")
			continue
		}
		fmt.Fprintf(w, "%-6s %-24s %9d %7.1fs %6d  %s\n", n.Name, n.RPC, n.Head, n.HeadAgeS, n.Peers, n.Sealer)
	}
	if len(rep.Signers) > 0 {
		fmt.Fprintf(w, "\nsigners (%s), blocks sealed of the last %d:\n", rep.SignersSource, rep.RotationWindow)
		for _, s := range rep.Signers {
			fmt.Fprintf(w, "  %s %-6s %d\n", s.Address.Hex(), s.Name, s.Sealed)
		}
	}
	if len(rep.Contracts) > 0 {
		fmt.Fprintln(w, "\ncontracts:")
		names := make([]string, 0, len(rep.Contracts))
		for n := range rep.Contracts {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			c := rep.Contracts[n]
			code := "code ok"
			if !c.HasCode {
				code = "NO CODE"
			}
			fmt.Fprintf(w, "  %-16s %s  %s\n", n, c.Address.Hex(), code)
		}
		fmt.Fprintf(w, "\nGRID supply %s kWh, cTHB supply %s, users %d\n", orZero(rep.GRIDSupply), orZero(rep.THBSupply), rep.Users)
	}
	if ms := rep.Market; ms != nil {
		next := "none"
		if ms.NextToClear != nil {
			next = fmt.Sprint(*ms.NextToClear)
		}
		fmt.Fprintf(w, "market: epoch %d ends %s; next to clear: %s; last traded price %s THB/kWh\n",
			ms.CurrentEpoch, ms.CurrentEpochEnds, next, ms.LastTradedPrice)
	}
	if o := rep.Oracle; o != nil {
		fmt.Fprintf(w, "oracle requests: %d made, %d pending (%d past expiry) of the %d scanned\n",
			o.NextRequestID, o.Pending, o.Overdue, o.Scanned)
	}
	for _, p := range rep.Problems {
		fmt.Fprintf(w, "PROBLEM: %s\n", p)
	}
	for _, p := range rep.Warnings {
		fmt.Fprintf(w, "warning: %s\n", p)
	}
}

func orZero(s string) string {
	if s == "" {
		return "?"
	}
	return s
}
