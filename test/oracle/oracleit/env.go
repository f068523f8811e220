// Package oracleit drives the relayer's integration tests and its latency benchmark on the
// shared devnet: it registers prosumers and meters, runs meterbridge and oracle relayers as real
// processes, signs and posts readings, and reads the outcome on-chain. Nothing here sleeps for a
// fixed time: every wait polls a condition until a deadline.
package oracleit

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/chain/manifest"
)

// Env is the devnet and database the tests run against.
type Env struct {
	Root     string
	Manifest *manifest.Manifest
	Path     string // manifest path
	Eth      *ethclient.Client
	ChainID  *big.Int
	Registry common.Address
	Grid     common.Address
	Oracle   common.Address
	DSN      string
	Bin      string // binaries built for the tests (not build/bin: those belong to make)
	WorkDir  string // logs and key files of this run

	reg *registry.Registry
	gt  *gridtoken.GridToken
	oc  *oracleclient.OracleClient
}

// Load reads the manifest (env DEVNET_MANIFEST or build/devnet/deployment.json under root).
func Load(ctx context.Context, root, workDir string) (*Env, error) {
	path := os.Getenv("DEVNET_MANIFEST")
	if path == "" {
		path = filepath.Join(root, manifest.DefaultPath)
	}
	m, err := manifest.Load(path)
	if err != nil {
		return nil, fmt.Errorf("%w (run `make devnet-up`)", err)
	}
	e := &Env{Root: root, Manifest: m, Path: path, ChainID: new(big.Int).SetUint64(m.ChainID),
		Bin: filepath.Join(root, "build", "test", "oracle", "bin"), WorkDir: workDir,
		reg: registry.NewRegistry(), gt: gridtoken.NewGridToken(), oc: oracleclient.NewOracleClient()}
	for name, dst := range map[string]*common.Address{manifest.Registry: &e.Registry, manifest.GridToken: &e.Grid, manifest.OracleClient: &e.Oracle} {
		if *dst, err = m.Contract(name); err != nil {
			return nil, err
		}
	}
	e.DSN = os.Getenv("PG_DSN")
	if e.DSN == "" {
		e.DSN = "postgres://gridchain:gridchain@127.0.0.1:55432/gridchain?sslmode=disable"
	}
	if e.Eth, err = ethclient.DialContext(ctx, m.RPCURLs()[0]); err != nil {
		return nil, err
	}
	return e, os.MkdirAll(workDir, 0o755)
}

// Close releases the RPC client.
func (e *Env) Close() { e.Eth.Close() }

// Build compiles cmd/oracle and cmd/meterbridge into Bin, and the test-only crashoracle (the
// relayer with crash points).
func (e *Env) Build(ctx context.Context) error {
	for c, pkg := range map[string]string{"oracle": "./cmd/oracle", "meterbridge": "./cmd/meterbridge",
		"crashoracle": "./test/oracle/oracleit/crashoracle"} {
		cmd := exec.CommandContext(ctx, "go", "build", "-tags", "integration", "-o", filepath.Join(e.Bin, c), pkg)
		cmd.Dir = e.Root
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("build %s: %w\n%s", c, err, out)
		}
	}
	return nil
}

// Key loads a devnet account's key.
func (e *Env) Key(name string) (*ecdsa.PrivateKey, error) {
	a, ok := e.Manifest.Accounts[name]
	if !ok || a.KeyFile == "" {
		return nil, fmt.Errorf("no key for account %s", name)
	}
	raw, err := os.ReadFile(a.KeyFile)
	if err != nil {
		return nil, err
	}
	return crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"))
}

// WriteKey stores key in a file for a relayer process.
func (e *Env) WriteKey(name string, key *ecdsa.PrivateKey) (string, error) {
	path := filepath.Join(e.WorkDir, name+".key")
	return path, os.WriteFile(path, []byte(common.Bytes2Hex(crypto.FromECDSA(key))+"\n"), 0o600)
}

// Poll calls cond every interval until it holds, it fails, or timeout passes.
func Poll(ctx context.Context, timeout, interval time.Duration, what string, cond func(context.Context) (bool, error)) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var last error
	for {
		ok, err := cond(ctx)
		if ok && err == nil {
			return nil
		}
		if err != nil {
			last = err
		}
		select {
		case <-ctx.Done():
			if last != nil {
				return fmt.Errorf("%s: timed out after %s (last error: %w)", what, timeout, last)
			}
			return fmt.Errorf("%s: timed out after %s", what, timeout)
		case <-time.After(interval):
		}
	}
}

// Sender sends plain transactions for one key with locally counted nonces.
type Sender struct {
	e     *Env
	key   *ecdsa.PrivateKey
	from  common.Address
	nonce uint64
	init  bool
}

// NewSender sends as key.
func (e *Env) NewSender(key *ecdsa.PrivateKey) *Sender {
	return &Sender{e: e, key: key, from: crypto.PubkeyToAddress(key.PublicKey)}
}

// Send signs and broadcasts a call (value may be nil) and returns its hash without waiting.
// Other suites may use the same devnet key at the same time: a nonce taken under us is
// re-read from the pool and the send tried again.
func (s *Sender) Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (common.Hash, error) {
	var err error
	for attempt := 0; attempt < 8; attempt++ {
		var h common.Hash
		if h, err = s.send(ctx, to, data, value); err == nil {
			return h, nil
		}
		msg := strings.ToLower(err.Error())
		if !strings.Contains(msg, "nonce too low") && !strings.Contains(msg, "underpriced") && !strings.Contains(msg, "already known") {
			return common.Hash{}, err
		}
		s.init = false
		select {
		case <-ctx.Done():
			return common.Hash{}, ctx.Err()
		case <-time.After(time.Duration(attempt+1) * 250 * time.Millisecond):
		}
	}
	return common.Hash{}, err
}

func (s *Sender) send(ctx context.Context, to common.Address, data []byte, value *big.Int) (common.Hash, error) {
	if !s.init {
		n, err := s.e.Eth.PendingNonceAt(ctx, s.from)
		if err != nil {
			return common.Hash{}, err
		}
		s.nonce, s.init = max(n, s.nonce), true
	}
	if value == nil {
		value = new(big.Int)
	}
	gas, err := s.e.Eth.EstimateGas(ctx, ethereum.CallMsg{From: s.from, To: &to, Data: data, Value: value})
	if err != nil {
		return common.Hash{}, fmt.Errorf("estimate: %w", err)
	}
	head, err := s.e.Eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return common.Hash{}, err
	}
	tip := big.NewInt(1_000_000_000)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(s.key, types.LatestSignerForChainID(s.e.ChainID), &types.DynamicFeeTx{
		ChainID: s.e.ChainID, Nonce: s.nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas * 12 / 10, To: &to, Value: value, Data: data})
	if err != nil {
		return common.Hash{}, err
	}
	if err := s.e.Eth.SendTransaction(ctx, tx); err != nil {
		return common.Hash{}, err
	}
	s.nonce++
	return tx.Hash(), nil
}

// Wait waits for the receipts of hashes and fails on a reverted one.
func (e *Env) Wait(ctx context.Context, hashes ...common.Hash) ([]*types.Receipt, error) {
	out := make([]*types.Receipt, len(hashes))
	for i, h := range hashes {
		err := Poll(ctx, 2*time.Minute, 200*time.Millisecond, "receipt "+h.Hex(), func(ctx context.Context) (bool, error) {
			r, err := e.Eth.TransactionReceipt(ctx, h)
			if errors.Is(err, ethereum.NotFound) {
				return false, nil
			}
			out[i] = r
			return err == nil, err
		})
		if err != nil {
			return nil, err
		}
		if out[i].Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("transaction %s reverted", h)
		}
	}
	return out, nil
}

// Prosumer is a registered campus user with one meter.
type Prosumer struct {
	Owner common.Address
	Meter common.Hash
}

// Register registers a fresh prosumer for each meter and assigns the meter (id, signer) to it.
func (e *Env) Register(ctx context.Context, meters map[common.Hash]common.Address) (map[common.Hash]common.Address, error) {
	key, err := e.Key("registrar")
	if err != nil {
		return nil, err
	}
	s := e.NewSender(key)
	owners := map[common.Hash]common.Address{}
	var hashes []common.Hash
	for id, signer := range meters {
		ok, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		owner := crypto.PubkeyToAddress(ok.PublicKey)
		h1, err := s.Send(ctx, e.Registry, e.reg.PackRegisterUser(owner, 1, "Chulalongkorn rooftop"), nil)
		if err != nil {
			return nil, fmt.Errorf("register user: %w", err)
		}
		h2, err := s.Send(ctx, e.Registry, e.reg.PackAssignMeter(id, owner, signer), nil)
		if err != nil {
			// The estimate ran before registerUser was mined: wait for it and retry once.
			if _, werr := e.Wait(ctx, h1); werr != nil {
				return nil, werr
			}
			if h2, err = s.Send(ctx, e.Registry, e.reg.PackAssignMeter(id, owner, signer), nil); err != nil {
				return nil, fmt.Errorf("assign meter: %w", err)
			}
		}
		owners[id] = owner
		hashes = append(hashes, h1, h2)
	}
	_, err = e.Wait(ctx, hashes...)
	return owners, err
}

// NewOperator makes a fresh key an oracle operator with gas money (governance: the deployer).
func (e *Env) NewOperator(ctx context.Context) (*ecdsa.PrivateKey, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	gov, err := e.Key("deployer")
	if err != nil {
		return nil, err
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	s := e.NewSender(gov)
	role := crypto.Keccak256Hash([]byte("ORACLE_OPERATOR_ROLE"))
	h1, err := s.Send(ctx, e.Oracle, e.oc.PackGrantRole(role, addr), nil)
	if err != nil {
		return nil, err
	}
	h2, err := s.Send(ctx, addr, nil, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)))
	if err != nil {
		return nil, err
	}
	_, err = e.Wait(ctx, h1, h2)
	return key, err
}

// Balance is account's GRID balance.
func (e *Env) Balance(ctx context.Context, account common.Address) (*big.Int, error) {
	raw, err := e.Eth.CallContract(ctx, ethereum.CallMsg{To: &e.Grid, Data: e.gt.PackBalanceOf(account)}, nil)
	if err != nil {
		return nil, err
	}
	return e.gt.UnpackBalanceOf(raw)
}

// Applied counts, per "meter/seq", the ReadingApplied and BaselineSet events of meters since block from.
func (e *Env) Applied(ctx context.Context, from uint64, meters []common.Hash) (map[string]int, map[string]uint64, error) {
	ev := e.oc.GetABI().Events
	logs, err := e.Eth.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{e.Oracle},
		Topics: [][]common.Hash{{ev["ReadingApplied"].ID, ev["BaselineSet"].ID}, meters}})
	if err != nil {
		return nil, nil, err
	}
	count := map[string]int{}
	block := map[string]uint64{}
	for i := range logs {
		l := &logs[i]
		var seq uint64
		if l.Topics[0] == ev["ReadingApplied"].ID {
			a, err := e.oc.UnpackReadingAppliedEvent(l)
			if err != nil {
				return nil, nil, err
			}
			seq = a.Seq
		} else {
			b, err := e.oc.UnpackBaselineSetEvent(l)
			if err != nil {
				return nil, nil, err
			}
			seq = b.Seq
		}
		k := fmt.Sprintf("%s/%d", l.Topics[1], seq)
		count[k]++
		block[k] = l.BlockNumber
	}
	return count, block, nil
}

// RequestEnergyData asks, as the named verified devnet user, for meter's data up to intervalEnd
// and returns the request id and whether the contract fulfilled it at once.
func (e *Env) RequestEnergyData(ctx context.Context, user string, meter common.Hash, intervalEnd uint64) (*big.Int, bool, error) {
	key, err := e.DemoKey(user)
	if err != nil {
		return nil, false, err
	}
	h, err := e.NewSender(key).Send(ctx, e.Oracle, e.oc.PackRequestEnergyData(meter, intervalEnd), nil)
	if err != nil {
		return nil, false, err
	}
	rcpts, err := e.Wait(ctx, h)
	if err != nil {
		return nil, false, err
	}
	ev := e.oc.GetABI().Events
	var id *big.Int
	fulfilled := false
	for _, l := range rcpts[0].Logs {
		switch l.Topics[0] {
		case ev["EnergyDataRequested"].ID:
			r, err := e.oc.UnpackEnergyDataRequestedEvent(l)
			if err != nil {
				return nil, false, err
			}
			id = r.RequestId
		case ev["EnergyDataFulfilled"].ID:
			fulfilled = true
		}
	}
	if id == nil {
		return nil, false, errors.New("no EnergyDataRequested event")
	}
	return id, fulfilled, nil
}

// RequestStatus reads a request's on-chain status (1 pending, 2 fulfilled, 3 expired).
func (e *Env) RequestStatus(ctx context.Context, id *big.Int) (uint8, error) {
	raw, err := e.Eth.CallContract(ctx, ethereum.CallMsg{To: &e.Oracle, Data: e.oc.PackGetRequest(id)}, nil)
	if err != nil {
		return 0, err
	}
	r, err := e.oc.UnpackGetRequest(raw)
	return r.Status, err
}

// DemoKey loads a demo user's key.
func (e *Env) DemoKey(name string) (*ecdsa.PrivateKey, error) {
	for _, a := range e.Manifest.Demo {
		if a.Name == name {
			raw, err := os.ReadFile(a.KeyFile)
			if err != nil {
				return nil, err
			}
			return crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"))
		}
	}
	return nil, fmt.Errorf("no demo user %s", name)
}
