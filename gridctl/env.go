package gridctl

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/campus-grid/gridchain/bindings/automation"
	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/bindings/settlementtoken"
	"github.com/campus-grid/gridchain/bindings/trading"
	"github.com/campus-grid/gridchain/chain/manifest"
	"github.com/campus-grid/gridchain/txmgr"
)

var (
	ErrNoKey      = errors.New("no sender key: pass --key-file or --as, or set GRIDCTL_KEY_FILE or GRIDCTL_KEY")
	ErrKeyFlag    = errors.New("--key is not accepted: a key on the command line shows in ps and the shell history; use --key-file FILE, GRIDCTL_KEY_FILE or GRIDCTL_KEY")
	ErrNoManifest = errors.New("no deployment manifest")
	ErrNoNode     = errors.New("cannot reach any node")
)

// decoder knows the custom errors of every contract of the market.
var decoder = txmgr.MustErrorDecoder(&registry.RegistryMetaData, &gridtoken.GridTokenMetaData,
	&settlementtoken.SettlementTokenMetaData, &trading.TradingMetaData, &oracleclient.OracleClientMetaData,
	&automation.AutomationCompatibleInterfaceMetaData)

// Env is what a command works with; every part is built on first use.
type Env struct {
	s      Settings
	out    io.Writer
	errOut io.Writer
	log    *zap.Logger

	man    *manifest.Manifest
	manErr error
	multi  *txmgr.MultiClient
	client *ethclient.Client
	url    string
	mgr    *txmgr.Manager
}

func newEnv(s Settings, out, errOut io.Writer) *Env {
	enc := zap.NewDevelopmentEncoderConfig()
	enc.TimeKey = ""
	core := zapcore.NewCore(zapcore.NewConsoleEncoder(enc), zapcore.AddSync(errOut), zapcore.WarnLevel)
	return &Env{s: s, out: out, errOut: errOut, log: zap.New(core)}
}

func (e *Env) close() {
	if e.mgr != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_ = e.mgr.Stop(ctx)
		cancel()
	}
	if e.multi != nil {
		e.multi.Close()
	}
	if e.client != nil {
		e.client.Close()
	}
}

// manifest loads the deployment manifest once.
func (e *Env) manifest() (*manifest.Manifest, error) {
	if e.man == nil && e.manErr == nil {
		e.man, e.manErr = manifest.Load(e.s.Manifest)
		if e.manErr != nil && errors.Is(e.manErr, os.ErrNotExist) {
			e.manErr = fmt.Errorf("%w at %s: start the devnet (make devnet-up) or pass --manifest", ErrNoManifest, e.s.Manifest)
		}
	}
	return e.man, e.manErr
}

func (e *Env) rpcURLs() ([]string, error) {
	if len(e.s.RPC) > 0 {
		return e.s.RPC, nil
	}
	m, err := e.manifest()
	if err != nil {
		return nil, fmt.Errorf("%w (or pass --rpc)", err)
	}
	return m.RPCURLs(), nil
}

// chain dials every endpoint and checks that one answers.
func (e *Env) chain(ctx context.Context) (*txmgr.MultiClient, error) {
	if e.multi != nil {
		return e.multi, nil
	}
	urls, err := e.rpcURLs()
	if err != nil {
		return nil, err
	}
	mc, err := txmgr.DialMulti(ctx, urls, 10*time.Second, e.log)
	if err != nil {
		return nil, fmt.Errorf("%w (%s): %v", ErrNoNode, strings.Join(urls, ", "), err)
	}
	id, err := mc.ChainID(ctx)
	if err != nil {
		mc.Close()
		return nil, fmt.Errorf("%w (%s): %v", ErrNoNode, strings.Join(urls, ", "), err)
	}
	if m, merr := e.manifest(); merr == nil && len(e.s.RPC) == 0 && id.Uint64() != m.ChainID {
		mc.Close()
		return nil, fmt.Errorf("node chain id %s differs from the manifest's %d: stale manifest?", id, m.ChainID)
	}
	e.multi = mc
	return mc, nil
}

// reader is a contract backend on the first endpoint that answers.
func (e *Env) reader(ctx context.Context) (*ethclient.Client, error) {
	if e.client != nil {
		return e.client, nil
	}
	urls, err := e.rpcURLs()
	if err != nil {
		return nil, err
	}
	var errs []error
	for _, u := range urls {
		c, err := ethclient.DialContext(ctx, u)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		_, err = c.ChainID(cctx)
		cancel()
		if err != nil {
			c.Close()
			errs = append(errs, fmt.Errorf("%s: %w", u, err))
			continue
		}
		e.client, e.url = c, u
		return c, nil
	}
	return nil, fmt.Errorf("%w: %v", ErrNoNode, errors.Join(errs...))
}

func (e *Env) contract(name string) (common.Address, error) {
	m, err := e.manifest()
	if err != nil {
		return common.Address{}, err
	}
	return m.Contract(name)
}

// key resolves the sender's private key from GRIDCTL_KEY, --key-file or --as.
func (e *Env) key() (*ecdsa.PrivateKey, error) {
	hexKey := e.s.Key
	switch {
	case e.s.KeyFile != "":
		raw, err := os.ReadFile(e.s.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("key file: %w", err)
		}
		hexKey = string(raw)
	case e.s.As != "":
		acct, err := e.account(e.s.As)
		if err != nil {
			return nil, err
		}
		if acct.KeyFile == "" {
			return nil, fmt.Errorf("account %q has no key file in the manifest", e.s.As)
		}
		raw, err := os.ReadFile(acct.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("key of %s: %w", e.s.As, err)
		}
		hexKey = string(raw)
	}
	if hexKey == "" {
		return nil, ErrNoKey
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(hexKey), "0x"))
	if err != nil {
		return nil, fmt.Errorf("private key: %w", err)
	}
	return k, nil
}

// account finds a named account (accounts, then demo users) of the manifest.
func (e *Env) account(name string) (manifest.Account, error) {
	m, err := e.manifest()
	if err != nil {
		return manifest.Account{}, err
	}
	if a, ok := m.Accounts[name]; ok {
		return a, nil
	}
	for _, a := range m.Demo {
		if a.Name == name {
			return a, nil
		}
	}
	return manifest.Account{}, fmt.Errorf("no account %q in the manifest", name)
}

// address parses an address argument, or resolves a manifest account name.
func (e *Env) address(arg string) (common.Address, error) {
	if a, err := parseAddress(arg); err == nil {
		return a, nil
	}
	if !strings.HasPrefix(arg, "0x") {
		if acct, err := e.account(arg); err == nil {
			return acct.Address, nil
		}
	}
	return common.Address{}, usageErr("%q is not an address (0x + 40 hex digits) or an account of the manifest", arg)
}

// sender is the address of the configured key.
func (e *Env) sender() (common.Address, error) {
	k, err := e.key()
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(k.PublicKey), nil
}

// manager starts a transaction manager (in-memory store) for the sender's key.
func (e *Env) manager(ctx context.Context) (*txmgr.Manager, error) {
	if e.mgr != nil {
		return e.mgr, nil
	}
	k, err := e.key()
	if err != nil {
		return nil, err
	}
	mc, err := e.chain(ctx)
	if err != nil {
		return nil, err
	}
	cfg := txmgr.DefaultConfig()
	cfg.Confirmations = e.s.Confirmations
	m, err := txmgr.New(cfg, mc, txmgr.NewMemoryStore(), txmgr.NewKeySigner(k), e.log, txmgr.WithErrorDecoder(decoder))
	if err != nil {
		return nil, err
	}
	if err := m.Start(ctx); err != nil {
		return nil, err
	}
	e.mgr = m
	return m, nil
}

// sent describes a mined transaction in command output.
type sent struct {
	Label   string `json:"label"`
	Hash    string `json:"hash"`
	Block   uint64 `json:"block"`
	GasUsed uint64 `json:"gasUsed"`
}

// send sends one transaction through the manager and waits for its confirmations.
func (e *Env) send(ctx context.Context, label string, to common.Address, data []byte, value *big.Int) (*sent, error) {
	s, _, err := e.sendReceipt(ctx, label, to, data, value)
	return s, err
}

// sendReceipt is send that also returns the receipt, for commands that decode the events.
func (e *Env) sendReceipt(ctx context.Context, label string, to common.Address, data []byte, value *big.Int) (*sent, *types.Receipt, error) {
	m, err := e.manager(ctx)
	if err != nil {
		return nil, nil, err
	}
	rcpt, err := m.Send(ctx, txmgr.Candidate{To: &to, Data: data, Value: value, Label: label})
	if err != nil {
		return nil, nil, err
	}
	s := &sent{Label: label, Hash: rcpt.TxHash.Hex(), Block: rcpt.BlockNumber.Uint64(), GasUsed: rcpt.GasUsed}
	if !e.s.JSON {
		fmt.Fprintf(e.out, "%s: %s mined in block %d (gas %d)\n", label, s.Hash, s.Block, s.GasUsed)
	}
	return s, rcpt, nil
}

// call runs a view function and decodes a revert into a readable error.
func call[T any](ctx context.Context, e *Env, instance func(bind.ContractBackend) *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	c, err := e.reader(ctx)
	if err != nil {
		return zero, err
	}
	out, err := bind.Call(instance(c), &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		if rev := decoder.FromError(err); rev != nil {
			return zero, rev
		}
		return zero, err
	}
	return out, nil
}

// emit prints v as JSON with --json, or runs human otherwise.
func (e *Env) emit(v any, human func(w io.Writer)) error {
	if e.s.JSON {
		enc := json.NewEncoder(e.out)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	human(e.out)
	return nil
}

// nameOf names an address from the manifest (accounts, nodes, contracts, demo users).
func (e *Env) nameOf(a common.Address) string {
	m, err := e.manifest()
	if err != nil {
		return ""
	}
	for name, c := range m.Contracts {
		if c == a {
			return name
		}
	}
	for name, acct := range m.Accounts {
		if acct.Address == a {
			return name
		}
	}
	for _, n := range m.Nodes {
		if n.Signer == a {
			return n.Name
		}
	}
	for _, d := range m.Demo {
		if d.Address == a {
			return d.Name
		}
	}
	return ""
}

func headerTime(h *types.Header) time.Time { return time.Unix(int64(h.Time), 0) }
