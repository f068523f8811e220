// Command oracle measures the whole-transaction gas (21,000 base and calldata included) of
// OracleClient.submitReadings under the paris rules of the campus chain, with real transactions on
// anvil (--hardfork paris), never on the simulated backend.
//
// Workload: 10 prosumers with 10 meters each (the Registry's limit), every meter with its own key.
// One batch of 100 baselines, one batch of 100 first mints (each owner's balance goes from zero,
// each meter's first delta), then the measured batch: 100 fresh readings of 100 meters, each minting
// GRID to an owner who already holds some (the steady state of a running campus). A last batch has
// every reading both mint (export) and burn (import). Every batch is checked to apply all 100.
//
//	go run ./bench/oracle [-anvil node_modules/.bin/anvil] [-out build/bench/oracle.json]
package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/reading"
)

const (
	owners         = 10
	metersPerOwner = 10
	batchSize      = owners * metersPerOwner
	targetGas      = 60_000
	// anvil's first default account (public test key).
	deployerKeyHex = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
)

var errNotAllApplied = errors.New("not every reading of the batch applied")

// Result is written to build/bench/oracle.json.
type Result struct {
	GasPerReading          uint64 `json:"gas_per_reading"`
	BatchSize              int    `json:"batch_size"`
	BatchGas               uint64 `json:"batch_gas"`
	TargetGasPerReading    uint64 `json:"target_gas_per_reading"`
	BaselineGasPerReading  uint64 `json:"baseline_gas_per_reading"`
	FirstMintGasPerReading uint64 `json:"first_mint_gas_per_reading"`
	MintBurnGasPerReading  uint64 `json:"mint_and_burn_gas_per_reading"`
	Hardfork               string `json:"hardfork"`
}

func main() {
	anvilPath := flag.String("anvil", "node_modules/.bin/anvil", "anvil binary")
	out := flag.String("out", "build/bench/oracle.json", "result file")
	flag.Parse()
	if err := run(*anvilPath, *out); err != nil {
		fmt.Fprintln(os.Stderr, "bench/oracle:", err)
		os.Exit(1)
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

type bench struct {
	ctx      context.Context
	client   *ethclient.Client
	chainID  *big.Int
	deployer *ecdsa.PrivateKey
	orc      *oracleclient.OracleClient
	orcC     *bind.BoundContract
	tok      *gridtoken.GridToken
	tokC     *bind.BoundContract
	domain   *reading.Domain
	meters   []meter
}

type meter struct {
	id    common.Hash
	key   *ecdsa.PrivateKey
	owner common.Address
	last  reading.Reading
}

func run(anvilPath, out string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	port, err := freePort()
	if err != nil {
		return fmt.Errorf("free port: %w", err)
	}
	cmd := exec.Command(anvilPath, "--hardfork", "paris", "--port", fmt.Sprint(port), "--silent",
		"--gas-limit", "30000000")
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start anvil: %w", err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()

	client, err := dialWhenUp(ctx, fmt.Sprintf("http://127.0.0.1:%d", port))
	if err != nil {
		return err
	}
	defer client.Close()
	b := &bench{ctx: ctx, client: client}
	if b.chainID, err = client.ChainID(ctx); err != nil {
		return fmt.Errorf("chain id: %w", err)
	}
	if b.deployer, err = crypto.HexToECDSA(deployerKeyHex); err != nil {
		return err
	}
	if err := b.deployAll(); err != nil {
		return err
	}

	res := Result{BatchSize: batchSize, TargetGasPerReading: targetGas, Hardfork: "paris"}
	var gas uint64
	if gas, err = b.round(0, 0); err != nil {
		return fmt.Errorf("baselines: %w", err)
	}
	res.BaselineGasPerReading = gas / batchSize
	if gas, err = b.round(1_500, 0); err != nil {
		return fmt.Errorf("first mints: %w", err)
	}
	res.FirstMintGasPerReading = gas / batchSize
	if gas, err = b.round(2_000, 0); err != nil {
		return fmt.Errorf("measured batch: %w", err)
	}
	res.BatchGas = gas
	res.GasPerReading = gas / batchSize
	if gas, err = b.round(1_000, 300); err != nil {
		return fmt.Errorf("mint and burn batch: %w", err)
	}
	res.MintBurnGasPerReading = gas / batchSize
	if err := b.checkBalances(); err != nil {
		return err
	}

	raw, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(out, append(raw, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Printf("submitReadings, %d fresh readings each minting (paris, anvil): %d gas per reading (batch %d gas; target <= %d)\n",
		batchSize, res.GasPerReading, res.BatchGas, targetGas)
	fmt.Printf("  baselines %d, first mints %d, mint+burn %d gas per reading\n",
		res.BaselineGasPerReading, res.FirstMintGasPerReading, res.MintBurnGasPerReading)
	fmt.Println(string(raw))
	if res.GasPerReading > targetGas {
		return fmt.Errorf("gas per reading %d above the target %d", res.GasPerReading, targetGas)
	}
	return nil
}

func dialWhenUp(ctx context.Context, url string) (*ethclient.Client, error) {
	for {
		client, err := ethclient.DialContext(ctx, url)
		if err == nil {
			if _, err = client.BlockNumber(ctx); err == nil {
				return client, nil
			}
			client.Close()
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("anvil did not answer at %s: %w", url, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// send runs one transaction from the deployer and returns its receipt (anvil mines on arrival).
func (b *bench) send(c *bind.BoundContract, input []byte) (*types.Receipt, error) {
	tx, err := bind.Transact(c, bind.NewKeyedTransactor(b.deployer, b.chainID), input)
	if err != nil {
		return nil, err
	}
	receipt, err := b.waitMined(tx.Hash())
	if err != nil {
		return nil, err
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("transaction %s reverted", tx.Hash())
	}
	return receipt, nil
}

func (b *bench) deploy(meta *bind.MetaData, input []byte) (common.Address, error) {
	addr, tx, err := bind.DeployContract(bind.NewKeyedTransactor(b.deployer, b.chainID), common.FromHex(meta.Bin), b.client, input)
	if err != nil {
		return common.Address{}, err
	}
	receipt, err := b.waitMined(tx.Hash())
	if err != nil {
		return common.Address{}, err
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return common.Address{}, fmt.Errorf("deployment %s reverted", tx.Hash())
	}
	return addr, nil
}

// waitMined polls for the receipt more often than bind.WaitMined (once a second): anvil mines each
// transaction on arrival, and the setup sends a couple of hundred.
func (b *bench) waitMined(hash common.Hash) (*types.Receipt, error) {
	for {
		receipt, err := b.client.TransactionReceipt(b.ctx, hash)
		if err == nil {
			return receipt, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("receipt %s: %w", hash, err)
		}
		select {
		case <-b.ctx.Done():
			return nil, fmt.Errorf("receipt %s: %w", hash, b.ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func role(c *bind.BoundContract, input []byte, unpack func([]byte) ([32]byte, error)) ([32]byte, error) {
	return bind.Call(c, nil, input, unpack)
}

// deployAll deploys Registry, GridToken and OracleClient with the roles wired as on the devnet (the
// deployer stands in for governance, registrar and oracle operator) and assigns the meters.
func (b *bench) deployAll() error {
	gov := crypto.PubkeyToAddress(b.deployer.PublicKey)
	reg := registry.NewRegistry()
	b.tok = gridtoken.NewGridToken()
	b.orc = oracleclient.NewOracleClient()
	regAddr, err := b.deploy(&registry.RegistryMetaData, reg.PackConstructor(gov))
	if err != nil {
		return fmt.Errorf("deploy Registry: %w", err)
	}
	tokAddr, err := b.deploy(&gridtoken.GridTokenMetaData, b.tok.PackConstructor(regAddr, gov))
	if err != nil {
		return fmt.Errorf("deploy GridToken: %w", err)
	}
	orcAddr, err := b.deploy(&oracleclient.OracleClientMetaData, b.orc.PackConstructor(regAddr, tokAddr, gov, 100))
	if err != nil {
		return fmt.Errorf("deploy OracleClient: %w", err)
	}
	regC := reg.Instance(b.client, regAddr)
	b.tokC = b.tok.Instance(b.client, tokAddr)
	b.orcC = b.orc.Instance(b.client, orcAddr)
	b.domain = reading.NewDomain(b.chainID.Uint64(), regAddr)

	registrar, err := role(regC, reg.PackREGISTRARROLE(), reg.UnpackREGISTRARROLE)
	if err != nil {
		return err
	}
	minter, err := role(b.tokC, b.tok.PackMINTERROLE(), b.tok.UnpackMINTERROLE)
	if err != nil {
		return err
	}
	burner, err := role(b.tokC, b.tok.PackBURNERROLE(), b.tok.UnpackBURNERROLE)
	if err != nil {
		return err
	}
	operator, err := role(b.orcC, b.orc.PackORACLEOPERATORROLE(), b.orc.UnpackORACLEOPERATORROLE)
	if err != nil {
		return err
	}
	for _, g := range []struct {
		c     *bind.BoundContract
		input []byte
	}{
		{regC, reg.PackGrantRole(registrar, gov)},
		{b.tokC, b.tok.PackGrantRole(minter, orcAddr)},
		{b.tokC, b.tok.PackGrantRole(burner, orcAddr)},
		{b.orcC, b.orc.PackGrantRole(operator, gov)},
	} {
		if _, err := b.send(g.c, g.input); err != nil {
			return fmt.Errorf("grant roles: %w", err)
		}
	}

	for o := range owners {
		ownerKey, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("bench owner %d", o))))
		if err != nil {
			return err
		}
		owner := crypto.PubkeyToAddress(ownerKey.PublicKey)
		if _, err := b.send(regC, reg.PackRegisterUser(owner, 1, fmt.Sprintf("bench building %d", o))); err != nil {
			return fmt.Errorf("register owner %d: %w", o, err)
		}
		for m := range metersPerOwner {
			name := fmt.Sprintf("BENCH-%02d-ROOF-%02d", o, m)
			key, err := crypto.ToECDSA(crypto.Keccak256([]byte("bench meter key " + name)))
			if err != nil {
				return err
			}
			id := crypto.Keccak256Hash([]byte(name))
			if _, err := b.send(regC, reg.PackAssignMeter(id, owner, crypto.PubkeyToAddress(key.PublicKey))); err != nil {
				return fmt.Errorf("assign %s: %w", name, err)
			}
			b.meters = append(b.meters, meter{id: id, key: key, owner: owner})
		}
	}
	return nil
}

// round signs the next reading of every meter (export and import counters grown by the given Wh,
// plus a little per-meter variety) and submits all of them in one transaction; it returns the
// transaction's gas and fails unless every reading applied.
func (b *bench) round(exportWh, importWh uint64) (uint64, error) {
	// A metering interval passes on the chain's clock too: the readings end at the block time
	// (OracleClient refuses readings from the future) and after the previous ones.
	if err := b.client.Client().CallContext(b.ctx, nil, "evm_increaseTime", 900); err != nil {
		return 0, fmt.Errorf("evm_increaseTime: %w", err)
	}
	if err := b.client.Client().CallContext(b.ctx, nil, "evm_mine"); err != nil {
		return 0, fmt.Errorf("evm_mine: %w", err)
	}
	head, err := b.client.HeaderByNumber(b.ctx, nil)
	if err != nil {
		return 0, err
	}
	start := head.Time - 900
	readings := make([]oracleclient.IOracleClientReading, 0, batchSize)
	sigs := make([][]byte, 0, batchSize)
	for i := range b.meters {
		m := &b.meters[i]
		next := reading.Reading{MeterID: m.id, Seq: m.last.Seq + 1,
			IntervalStart: start, IntervalEnd: start + 900,
			ExportWh: m.last.ExportWh + exportWh, ImportWh: m.last.ImportWh + importWh}
		if exportWh > 0 {
			next.ExportWh += uint64(i)
		}
		signed, err := b.domain.Sign(&next, m.key)
		if err != nil {
			return 0, err
		}
		readings = append(readings, oracleclient.IOracleClientReading{MeterId: next.MeterID,
			IntervalStart: next.IntervalStart, IntervalEnd: next.IntervalEnd, ExportWh: next.ExportWh,
			ImportWh: next.ImportWh, Seq: next.Seq})
		sigs = append(sigs, signed.Signature)
		m.last = next
	}
	receipt, err := b.send(b.orcC, b.orc.PackSubmitReadings(readings, sigs))
	if err != nil {
		return 0, err
	}
	applied := 0
	for _, l := range receipt.Logs {
		if _, err := b.orc.UnpackReadingAppliedEvent(l); err == nil {
			applied++
		} else if _, err := b.orc.UnpackBaselineSetEvent(l); err == nil {
			applied++
		} else if ev, err := b.orc.UnpackReadingRejectedEvent(l); err == nil {
			return 0, fmt.Errorf("%w: meter %x seq %d rejected with reason %d", errNotAllApplied, ev.MeterId, ev.Seq, ev.Reason)
		}
	}
	if applied != batchSize {
		return 0, fmt.Errorf("%w: %d of %d", errNotAllApplied, applied, batchSize)
	}
	return receipt.GasUsed, nil
}

// checkBalances verifies that every owner holds exactly its meters' export minus import since the baseline.
func (b *bench) checkBalances() error {
	want := map[common.Address]*big.Int{}
	for _, m := range b.meters {
		// Rounds after the baseline: +1,500, +2,000, +1,000 Wh export (+ the meter index each) and +300 Wh import.
		if want[m.owner] == nil {
			want[m.owner] = new(big.Int)
		}
		want[m.owner].Add(want[m.owner], new(big.Int).SetUint64(m.last.ExportWh-m.last.ImportWh))
	}
	for owner, wh := range want {
		got, err := bind.Call(b.tokC, nil, b.tok.PackBalanceOf(owner), b.tok.UnpackBalanceOf)
		if err != nil {
			return err
		}
		if exp := new(big.Int).Mul(wh, big.NewInt(1e15)); got.Cmp(exp) != 0 {
			return fmt.Errorf("owner %s holds %s GRID base units, want %s", owner, got, exp)
		}
	}
	return nil
}
