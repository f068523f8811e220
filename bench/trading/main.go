// Command trading measures the whole-transaction gas (21,000 base and calldata included) of the
// Trading market under the paris rules of the campus chain, with real transactions on anvil
// (--hardfork paris), never on the simulated backend.
//
// Workload: 1,000 verified users place 10 orders each in one epoch (half buys, half sells, prices
// uniform over the whole 196-level grid, amounts 0.1 to 10 kWh); the epoch is cleared, its marginal
// split allocated and settled through performUpkeep in batches of 100, with a sample of owners'
// claims first. A second epoch with 200 orders on the same 196 occupied levels gives clear(200).
//
//	go run ./bench/trading [-anvil node_modules/.bin/anvil] [-out build/bench/trading.json]
package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/bindings/settlementtoken"
	"github.com/campus-grid/gridchain/bindings/trading"
)

const (
	users         = 1000
	ordersPerUser = 10
	levels        = 196
	batchSize     = 100
	claimSample   = 50
	// anvil's first default account (public test key).
	deployerKeyHex = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
)

var (
	kwh       = big.NewInt(1e18)
	floor     = new(big.Int).Mul(big.NewInt(220), big.NewInt(1e16))
	tick      = big.NewInt(1e16)
	quantum   = big.NewInt(1e15)
	gasPrice  = big.NewInt(2_000_000_000_000) // 2,000 gwei: stays above the base fee of full blocks
	errRevert = errors.New("transaction reverted")
)

// Result is written to build/bench/trading.json.
type Result struct {
	PlaceOrderGasMedian      uint64 `json:"place_order_gas_median"`
	PlaceOrderGasP99         uint64 `json:"place_order_gas_p99"`
	ClearGas200              uint64 `json:"clear_gas_200"`
	ClearGas10000            uint64 `json:"clear_gas_10000"`
	SettleGasPerOrderAvg     uint64 `json:"settle_gas_per_order_avg"`
	ClaimGasMax              uint64 `json:"claim_gas_max"`
	CheckUpkeepGas10000      uint64 `json:"check_upkeep_gas_10000"`
	PlaceOrderGasMax         uint64 `json:"place_order_gas_max"`
	PlaceSellGasMedian       uint64 `json:"place_sell_gas_median"`
	PlaceBuyGasMedian        uint64 `json:"place_buy_gas_median"`
	AllocationGasTotal       uint64 `json:"allocation_gas_total"`
	SettleBatchGasMax        uint64 `json:"settle_batch_gas_max"`
	SettleOnlyGasPerOrderAvg uint64 `json:"settle_only_gas_per_order_avg"`
	OrdersSettledByBatches   int    `json:"orders_settled_by_batches"`
	ClearingPrice            string `json:"clearing_price"`
	Volume                   string `json:"volume"`
	Hardfork                 string `json:"hardfork"`
}

type account struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	nonce uint64
}

type bench struct {
	ctx     context.Context
	client  *ethclient.Client
	rpc     *rpc.Client
	chainID *big.Int
	signer  types.Signer
	dep     *account

	reg   *registry.Registry
	grid  *gridtoken.GridToken
	thb   *settlementtoken.SettlementToken
	trade *trading.Trading
	regA  common.Address
	gridA common.Address
	thbA  common.Address
	trA   common.Address
}

func main() {
	anvilPath := flag.String("anvil", "node_modules/.bin/anvil", "anvil binary")
	out := flag.String("out", "build/bench/trading.json", "JSON output")
	flag.Parse()
	if err := run(*anvilPath, *out); err != nil {
		fmt.Fprintln(os.Stderr, "bench-trading:", err)
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

func run(anvilPath, out string) error {
	ctx := context.Background()
	port, err := freePort()
	if err != nil {
		return err
	}
	cmd := exec.Command(anvilPath, "--hardfork", "paris", "--port", fmt.Sprint(port), "--silent",
		"--gas-limit", "30000000", "--no-mining", "--accounts", "1", "--balance", "1000000000")
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start anvil: %w", err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()

	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	var rc *rpc.Client
	deadline := time.Now().Add(30 * time.Second)
	for {
		rc, err = rpc.DialContext(ctx, url)
		if err == nil {
			var v string
			if err = rc.CallContext(ctx, &v, "web3_clientVersion"); err == nil {
				break
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("anvil did not answer: %w", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	client := ethclient.NewClient(rc)
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return err
	}
	depKey, _ := crypto.HexToECDSA(deployerKeyHex)
	b := &bench{ctx: ctx, client: client, rpc: rc, chainID: chainID, signer: types.LatestSignerForChainID(chainID),
		dep: &account{key: depKey, addr: crypto.PubkeyToAddress(depKey.PublicKey)},
		reg: registry.NewRegistry(), grid: gridtoken.NewGridToken(), thb: settlementtoken.NewSettlementToken(),
		trade: trading.NewTrading()}
	return b.run(out)
}

// send signs and sends a transaction without waiting for it (anvil mines each on arrival).
func (b *bench) send(from *account, to *common.Address, data []byte, gas uint64) (common.Hash, error) {
	var tx *types.Transaction
	if to == nil {
		tx = types.NewContractCreation(from.nonce, big.NewInt(0), gas, gasPrice, data)
	} else {
		tx = types.NewTransaction(from.nonce, *to, big.NewInt(0), gas, gasPrice, data)
	}
	signed, err := types.SignTx(tx, b.signer, from.key)
	if err != nil {
		return common.Hash{}, err
	}
	if err := b.client.SendTransaction(b.ctx, signed); err != nil {
		return common.Hash{}, fmt.Errorf("send from %s: %w", from.addr, err)
	}
	from.nonce++
	return signed.Hash(), nil
}

// flush mines blocks (the node runs with --no-mining) until the pool is empty: blocks of up to 30M gas
// hold many transactions; a receipt's gasUsed is the transaction's own whatever the block.
func (b *bench) flush() error {
	for i := 0; i < 10_000; i++ {
		var status map[string]string
		if err := b.rpc.CallContext(b.ctx, &status, "txpool_status"); err != nil {
			return err
		}
		if status["pending"] == "0x0" && status["queued"] == "0x0" {
			return nil
		}
		if status["pending"] == "0x0" {
			return fmt.Errorf("transactions stuck in the queue: %v", status)
		}
		var ignored any
		if err := b.rpc.CallContext(b.ctx, &ignored, "evm_mine"); err != nil {
			return err
		}
	}
	return errors.New("pool never drained")
}

func (b *bench) receipt(h common.Hash) (*types.Receipt, error) {
	if err := b.flush(); err != nil {
		return nil, err
	}
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		r, err := b.client.TransactionReceipt(b.ctx, h)
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return r, fmt.Errorf("%w: %s", errRevert, h)
			}
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		time.Sleep(5 * time.Millisecond)
	}
	var status any
	_ = b.rpc.CallContext(b.ctx, &status, "txpool_status")
	tx, pending, err := b.client.TransactionByHash(b.ctx, h)
	return nil, fmt.Errorf("no receipt for %s (pending %v, tx %v, err %v, pool %v)", h, pending, tx != nil, err, status)
}

// do sends and waits, returning the gas used.
func (b *bench) do(from *account, to common.Address, data []byte, gas uint64) (uint64, *types.Receipt, error) {
	h, err := b.send(from, &to, data, gas)
	if err != nil {
		return 0, nil, err
	}
	r, err := b.receipt(h)
	if err != nil {
		return 0, r, err
	}
	return r.GasUsed, r, nil
}

func (b *bench) waitAll(hashes []common.Hash) ([]uint64, error) {
	gas := make([]uint64, len(hashes))
	for i, h := range hashes {
		r, err := b.receipt(h)
		if err != nil {
			return nil, err
		}
		gas[i] = r.GasUsed
	}
	return gas, nil
}

func (b *bench) deploy(data []byte) (common.Address, error) {
	h, err := b.send(b.dep, nil, data, 15_000_000)
	if err != nil {
		return common.Address{}, err
	}
	r, err := b.receipt(h)
	if err != nil {
		return common.Address{}, err
	}
	return r.ContractAddress, nil
}

func (b *bench) call(to common.Address, data []byte) ([]byte, error) {
	return b.client.CallContract(b.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

func (b *bench) increaseTime(seconds uint64) error {
	var ignored any
	if err := b.rpc.CallContext(b.ctx, &ignored, "evm_increaseTime", seconds); err != nil {
		return err
	}
	return b.rpc.CallContext(b.ctx, &ignored, "evm_mine")
}

func (b *bench) deployAll() error {
	var err error
	dep := b.dep.addr
	if b.regA, err = b.deploy(append(common.FromHex(registry.RegistryMetaData.Bin), b.reg.PackConstructor(dep)...)); err != nil {
		return fmt.Errorf("deploy Registry: %w", err)
	}
	if b.gridA, err = b.deploy(append(common.FromHex(gridtoken.GridTokenMetaData.Bin), b.grid.PackConstructor(b.regA, dep)...)); err != nil {
		return fmt.Errorf("deploy GridToken: %w", err)
	}
	if b.thbA, err = b.deploy(append(common.FromHex(settlementtoken.SettlementTokenMetaData.Bin), b.thb.PackConstructor(dep)...)); err != nil {
		return fmt.Errorf("deploy SettlementToken: %w", err)
	}
	cfg := trading.ITradingMarketConfig{
		EpochLength:       7 * 24 * 3600, // one epoch holds the whole workload; gas does not depend on it
		FirstEpochStart:   0,
		PriceFloor:        floor,
		PriceCeiling:      new(big.Int).Mul(big.NewInt(415), big.NewInt(1e16)),
		PriceTick:         tick,
		AmountQuantum:     quantum,
		MinOrderAmount:    big.NewInt(1e17),
		MaxOrdersPerUser:  big.NewInt(100),
		MaxOrdersPerEpoch: big.NewInt(10_000),
		WheelingFeePerKwh: big.NewInt(0),
		GridOperator:      dep,
		SettleBatchSize:   big.NewInt(batchSize),
	}
	if b.trA, err = b.deploy(append(common.FromHex(trading.TradingMetaData.Bin), b.trade.PackConstructor(b.regA, b.gridA, b.thbA, dep, cfg)...)); err != nil {
		return fmt.Errorf("deploy Trading: %w", err)
	}
	registrar := crypto.Keccak256Hash([]byte("REGISTRAR_ROLE"))
	minter := crypto.Keccak256Hash([]byte("MINTER_ROLE"))
	system := crypto.Keccak256Hash([]byte("SYSTEM_ROLE"))
	operator := crypto.Keccak256Hash([]byte("SETTLEMENT_OPERATOR_ROLE"))
	maker := crypto.Keccak256Hash([]byte("MARKET_MAKER_ROLE"))
	for _, g := range []struct {
		to   common.Address
		data []byte
	}{
		{b.regA, b.reg.PackGrantRole(registrar, dep)},
		{b.gridA, b.grid.PackGrantRole(minter, dep)},
		{b.gridA, b.grid.PackGrantRole(system, b.trA)},
		{b.thbA, b.thb.PackGrantRole(operator, dep)},
		{b.trA, b.trade.PackGrantRole(maker, dep)},
		{b.regA, b.reg.PackRegisterUser(dep, 2, "grid operator")},
	} {
		if _, _, err := b.do(b.dep, g.to, g.data, 300_000); err != nil {
			return err
		}
	}
	return nil
}

func (b *bench) newUsers(n int) ([]*account, error) {
	accts := make([]*account, n)
	var hashes []common.Hash
	funds := new(big.Int).Mul(big.NewInt(1000), kwh)
	thbFunds := new(big.Int).Mul(big.NewInt(100_000), kwh)
	for i := range accts {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("bench-user-%d", i))))
		if err != nil {
			return nil, err
		}
		a := &account{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
		accts[i] = a
		var ignored any
		if err := b.rpc.CallContext(b.ctx, &ignored, "anvil_setBalance", a.addr, "0xD3C21BCECCEDA1000000"); err != nil {
			return nil, err
		}
		for _, c := range []struct {
			to   common.Address
			data []byte
		}{
			{b.regA, b.reg.PackRegisterUser(a.addr, 1, "bench")},
			{b.gridA, b.grid.PackMint(a.addr, funds, common.Hash{})},
			{b.thbA, b.thb.PackTopUp(a.addr, thbFunds, common.Hash{})},
		} {
			h, err := b.send(b.dep, &c.to, c.data, 300_000)
			if err != nil {
				return nil, err
			}
			hashes = append(hashes, h)
		}
	}
	if _, err := b.waitAll(hashes); err != nil {
		return nil, err
	}
	hashes = hashes[:0]
	maxU := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, a := range accts {
		h1, err := b.send(a, &b.gridA, b.grid.PackApprove(b.trA, maxU), 200_000)
		if err != nil {
			return nil, err
		}
		h2, err := b.send(a, &b.thbA, b.thb.PackApprove(b.trA, maxU), 200_000)
		if err != nil {
			return nil, err
		}
		hashes = append(hashes, h1, h2)
	}
	_, err := b.waitAll(hashes)
	return accts, err
}

func percentile(sorted []uint64, p float64) uint64 {
	if len(sorted) == 0 {
		return 0
	}
	idx := int(float64(len(sorted))*p+0.999999) - 1
	if idx < 0 {
		idx = 0
	}
	if idx >= len(sorted) {
		idx = len(sorted) - 1
	}
	return sorted[idx]
}

func median(v []uint64) uint64 {
	s := slices.Clone(v)
	slices.Sort(s)
	return percentile(s, 0.5)
}

func (b *bench) epoch() (*big.Int, error) {
	raw, err := b.call(b.trA, b.trade.PackCurrentEpoch())
	if err != nil {
		return nil, err
	}
	out, err := b.trade.UnpackCurrentEpoch(raw)
	if err != nil {
		return nil, err
	}
	return out.Epoch, nil
}

// checkUpkeepGas estimates checkUpkeep as the keeper simulates it (from = 0x0); includes the 21,000 base.
func (b *bench) checkUpkeepGas() (uint64, []byte, error) {
	data := b.trade.PackCheckUpkeep(nil)
	msg := ethereum.CallMsg{From: common.Address{}, To: &b.trA, Data: data}
	gas, err := b.client.EstimateGas(b.ctx, msg)
	if err != nil {
		return 0, nil, fmt.Errorf("estimate checkUpkeep: %w", err)
	}
	raw, err := b.client.CallContract(b.ctx, msg, nil)
	if err != nil {
		return 0, nil, err
	}
	out, err := b.trade.UnpackCheckUpkeep(raw)
	if err != nil {
		return 0, nil, err
	}
	if !out.UpkeepNeeded {
		return gas, nil, nil
	}
	return gas, out.PerformData, nil
}

func (b *bench) run(out string) error {
	if err := b.deployAll(); err != nil {
		return err
	}
	fmt.Println("setting up 1,000 verified users ...")
	accts, err := b.newUsers(users)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(2026, 11))
	epoch, err := b.epoch()
	if err != nil {
		return err
	}

	// 10,000 orders in one epoch, round-robin over the users.
	fmt.Println("placing 10,000 orders ...")
	type placed struct {
		owner *account
		buy   bool
		id    *big.Int
	}
	var placeGas, sellGas, buyGas []uint64
	var orders []placed
	for r := 0; r < ordersPerUser; r++ {
		hashes := make([]common.Hash, len(accts))
		sides := make([]bool, len(accts))
		for u, a := range accts {
			buy := (u+r)%2 == 1
			level := rng.IntN(levels)
			price := new(big.Int).Add(floor, new(big.Int).Mul(big.NewInt(int64(level)), tick))
			amount := new(big.Int).Mul(big.NewInt(int64(100+rng.IntN(9901))), quantum) // 0.1 .. 10 kWh
			var data []byte
			if buy {
				data = b.trade.PackCreateBuyOrder(amount, price)
			} else {
				data = b.trade.PackCreateSellOrder(amount, price)
			}
			if hashes[u], err = b.send(a, &b.trA, data, 400_000); err != nil {
				return err
			}
			sides[u] = buy
		}
		for u, h := range hashes {
			rcpt, err := b.receipt(h)
			if err != nil {
				return fmt.Errorf("place: %w", err)
			}
			placeGas = append(placeGas, rcpt.GasUsed)
			if sides[u] {
				buyGas = append(buyGas, rcpt.GasUsed)
			} else {
				sellGas = append(sellGas, rcpt.GasUsed)
			}
			var id *big.Int
			for _, l := range rcpt.Logs {
				if ev, err := b.trade.UnpackOrderPlacedEvent(l); err == nil {
					id = ev.OrderId
					if ev.Epoch.Cmp(epoch) != 0 {
						return fmt.Errorf("order %s landed in epoch %s, want %s", id, ev.Epoch, epoch)
					}
				}
			}
			orders = append(orders, placed{owner: accts[u], buy: sides[u], id: id})
		}
	}
	res := Result{Hardfork: "paris"}
	sorted := slices.Clone(placeGas)
	slices.Sort(sorted)
	res.PlaceOrderGasMedian = percentile(sorted, 0.5)
	res.PlaceOrderGasP99 = percentile(sorted, 0.99)
	res.PlaceOrderGasMax = sorted[len(sorted)-1]
	res.PlaceSellGasMedian = median(sellGas)
	res.PlaceBuyGasMedian = median(buyGas)

	// End the epoch: checkUpkeep now says "clear".
	if err := b.increaseTime(7*24*3600 + 1); err != nil {
		return err
	}
	gasCheck, perform, err := b.checkUpkeepGas()
	if err != nil {
		return err
	}
	res.CheckUpkeepGas10000 = gasCheck
	if perform == nil {
		return errors.New("checkUpkeep: no work after the epoch ended")
	}
	g, _, err := b.do(b.dep, b.trA, b.trade.PackPerformUpkeep(perform), 10_000_000)
	if err != nil {
		return fmt.Errorf("clear: %w", err)
	}
	res.ClearGas10000 = g

	// Allocation of the marginal levels, then a sample of owners' claims, then keeper batches.
	var allocGas, settleGas uint64
	var settleBatches int
	claimed := map[string]bool{}
	claimsDone := false
	for i := 0; ; i++ {
		if i > 1000 {
			return errors.New("upkeep did not finish")
		}
		gasCheck, perform, err := b.checkUpkeepGas()
		if err != nil {
			return err
		}
		res.CheckUpkeepGas10000 = max(res.CheckUpkeepGas10000, gasCheck)
		if perform == nil {
			break
		}
		action := new(big.Int).SetBytes(perform[:32]).Uint64()
		if action == 3 && !claimsDone {
			// Fills are final: owners claim a sample of orders (every 200th: buys and sells).
			for k := 0; k < claimSample; k++ {
				o := orders[k*(len(orders)/claimSample)+k%2]
				g, _, err := b.do(o.owner, b.trA, b.trade.PackClaim(o.id), 400_000)
				if err != nil {
					return fmt.Errorf("claim %s: %w", o.id, err)
				}
				res.ClaimGasMax = max(res.ClaimGasMax, g)
				claimed[o.id.String()] = true
			}
			claimsDone = true
			continue
		}
		g, rcpt, err := b.do(b.dep, b.trA, b.trade.PackPerformUpkeep(perform), 25_000_000)
		if err != nil {
			return fmt.Errorf("perform action %d: %w", action, err)
		}
		switch action {
		case 2:
			allocGas += g
		case 3:
			settleGas += g
			settleBatches++
			res.SettleBatchGasMax = max(res.SettleBatchGasMax, g)
			for _, l := range rcpt.Logs {
				if _, err := b.trade.UnpackOrderSettledEvent(l); err == nil {
					res.OrdersSettledByBatches++
				}
			}
		default:
			return fmt.Errorf("unexpected upkeep action %d", action)
		}
	}
	res.AllocationGasTotal = allocGas
	if res.OrdersSettledByBatches > 0 {
		res.SettleGasPerOrderAvg = (settleGas + allocGas) / uint64(res.OrdersSettledByBatches)
		res.SettleOnlyGasPerOrderAvg = settleGas / uint64(res.OrdersSettledByBatches)
	}
	raw, err := b.call(b.trA, b.trade.PackGetEpochResult(epoch))
	if err != nil {
		return err
	}
	er, err := b.trade.UnpackGetEpochResult(raw)
	if err != nil {
		return err
	}
	if er.Status != 4 {
		return fmt.Errorf("epoch %s not settled (status %d)", epoch, er.Status)
	}
	res.ClearingPrice = er.ClearingPrice.String()
	res.Volume = er.Volume.String()
	for _, tok := range []struct {
		name string
		addr common.Address
		data []byte
	}{{"GRID", b.gridA, b.grid.PackBalanceOf(b.trA)}, {"cTHB", b.thbA, b.thb.PackBalanceOf(b.trA)}} {
		raw, err := b.call(tok.addr, tok.data)
		if err != nil {
			return err
		}
		if new(big.Int).SetBytes(raw).Sign() != 0 {
			return fmt.Errorf("Trading still holds %s after settlement", tok.name)
		}
	}

	// Second epoch: 200 orders on the same 196 occupied levels (one per level, four levels twice).
	fmt.Println("clearing 200 orders on the same levels ...")
	epoch2, err := b.epoch()
	if err != nil {
		return err
	}
	var hashes []common.Hash
	for i := 0; i < 200; i++ {
		level := i % levels
		price := new(big.Int).Add(floor, new(big.Int).Mul(big.NewInt(int64(level)), tick))
		amount := new(big.Int).Mul(big.NewInt(int64(100+rng.IntN(9901))), quantum)
		var data []byte
		if i%2 == 1 {
			data = b.trade.PackCreateBuyOrder(amount, price)
		} else {
			data = b.trade.PackCreateSellOrder(amount, price)
		}
		h, err := b.send(accts[i], &b.trA, data, 400_000)
		if err != nil {
			return err
		}
		hashes = append(hashes, h)
	}
	if _, err := b.waitAll(hashes); err != nil {
		return err
	}
	if err := b.increaseTime(7*24*3600 + 1); err != nil {
		return err
	}
	if res.ClearGas200, _, err = b.do(b.dep, b.trA, b.trade.PackMatchOrders(epoch2), 10_000_000); err != nil {
		return fmt.Errorf("clear 200: %w", err)
	}

	printTable(res)
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	js, _ := json.MarshalIndent(res, "", "  ")
	if err := os.WriteFile(out, append(js, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Println("wrote", out)
	return checkTargets(res)
}

func printTable(r Result) {
	row := func(name string, got uint64, target string) { fmt.Printf("%-44s %12d   %s\n", name, got, target) }
	fmt.Println()
	fmt.Printf("%-44s %12s   %s\n", "Trading gas (whole tx, paris, anvil)", "gas", "target")
	row("place order, median", r.PlaceOrderGasMedian, "<= 110,000")
	row("place order, p99", r.PlaceOrderGasP99, "<= 145,000")
	row("place order, max", r.PlaceOrderGasMax, "")
	row("place sell, median", r.PlaceSellGasMedian, "")
	row("place buy, median", r.PlaceBuyGasMedian, "")
	row("clear, 10,000 orders / 196 levels", r.ClearGas10000, "<= 1,500,000")
	row("clear, 200 orders / same 196 levels", r.ClearGas200, "within 5% of the above")
	row("settle per order (allocation + batches of 100)", r.SettleGasPerOrderAvg, "<= 40,000")
	row("settle per order (batches only)", r.SettleOnlyGasPerOrderAvg, "")
	row("allocation of marginal levels, total", r.AllocationGasTotal, "")
	row("settle batch of 100, max", r.SettleBatchGasMax, "")
	row("claim, max of 50", r.ClaimGasMax, "<= 90,000")
	row("checkUpkeep at 10,000 orders (estimate)", r.CheckUpkeepGas10000, "<= 10,000,000")
	fmt.Printf("clearing price %s, volume %s, orders settled by batches %d\n\n", r.ClearingPrice, r.Volume, r.OrdersSettledByBatches)
}

func checkTargets(r Result) error {
	var errs []error
	check := func(ok bool, what string) {
		if !ok {
			errs = append(errs, errors.New(what))
		}
	}
	check(r.PlaceOrderGasMedian <= 110_000, "place median above 110,000")
	check(r.PlaceOrderGasP99 <= 145_000, "place p99 above 145,000")
	check(r.ClearGas10000 <= 1_500_000, "clear(10,000) above 1,500,000")
	diff := float64(r.ClearGas10000) - float64(r.ClearGas200)
	if diff < 0 {
		diff = -diff
	}
	check(diff <= 0.05*float64(r.ClearGas10000), "clear(200) not within 5% of clear(10,000)")
	check(r.SettleGasPerOrderAvg <= 40_000, "settle average above 40,000")
	check(r.ClaimGasMax <= 90_000, "claim above 90,000")
	check(r.CheckUpkeepGas10000 <= 10_000_000, "checkUpkeep above 10,000,000")
	return errors.Join(errs...)
}
