// Package tradingbind runs one whole market epoch through the abigen v2 bindings on the simulated
// backend: deploy the four contracts, wire the roles, register and fund a prosumer and a consumer,
// place orders, let the epoch end (AdjustTime), clear and settle through checkUpkeep (eth_call from
// 0x0) and performUpkeep, and check every balance. Behaviour only: the simulated backend's gas rules
// are not our chain's (the gas figures come from bench/trading on anvil --hardfork paris).
package tradingbind

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"github.com/campus-grid/gridchain/chain/simtest"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/bindings/settlementtoken"
	"github.com/campus-grid/gridchain/bindings/trading"
)

const epochLength = 60

type env struct {
	t       *testing.T
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
}

func newTestEnv(t *testing.T, keys ...*ecdsa.PrivateKey) *env {
	t.Helper()
	alloc := types.GenesisAlloc{}
	for _, k := range keys {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	}
	sim := simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = sim.Close() })
	chainID, err := sim.Client().ChainID(context.Background())
	require.NoError(t, err)
	return &env{t: t, sim: sim, client: sim.Client(), chainID: chainID}
}

func (e *env) opts(key *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(key, e.chainID)
}

func (e *env) mine(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	require.NoError(e.t, err)
	e.sim.Commit()
	receipt, err := bind.WaitMined(context.Background(), e.client, tx.Hash())
	require.NoError(e.t, err)
	require.Equal(e.t, types.ReceiptStatusSuccessful, receipt.Status)
	return receipt
}

func (e *env) deploy(key *ecdsa.PrivateKey, meta *bind.MetaData, input []byte) common.Address {
	e.t.Helper()
	addr, tx, err := bind.DeployContract(e.opts(key), common.FromHex(meta.Bin), e.client, input)
	e.mine(tx, err)
	return addr
}

func revertData(t *testing.T, err error) []byte {
	t.Helper()
	require.Error(t, err)
	var dataErr rpc.DataError
	require.True(t, errors.As(err, &dataErr), "error carries no revert data: %v", err)
	hexData, ok := dataErr.ErrorData().(string)
	require.True(t, ok)
	raw, decodeErr := hexutil.Decode(hexData)
	require.NoError(t, decodeErr)
	return raw
}

func thb(x int64, hundredths int64) *big.Int { // x.hundredths THB (or kWh) in base units
	return new(big.Int).Add(new(big.Int).Mul(big.NewInt(x), big.NewInt(1e18)), new(big.Int).Mul(big.NewInt(hundredths), big.NewInt(1e16)))
}

type market struct {
	e      *env
	tr     *trading.Trading
	trC    *bind.BoundContract
	trAddr common.Address
}

// checkUpkeep simulates the keeper's eth_call with from = 0x0.
func (m *market) checkUpkeep() (bool, []byte) {
	m.e.t.Helper()
	raw, err := m.e.client.CallContract(context.Background(),
		ethereum.CallMsg{From: common.Address{}, To: &m.trAddr, Data: m.tr.PackCheckUpkeep(nil)}, nil)
	require.NoError(m.e.t, err)
	out, err := m.tr.UnpackCheckUpkeep(raw)
	require.NoError(m.e.t, err)
	return out.UpkeepNeeded, out.PerformData
}

func TestWholeEpochThroughBindings(t *testing.T) {
	ctx := context.Background()
	govKey, _ := crypto.GenerateKey()
	aliceKey, _ := crypto.GenerateKey()
	bobKey, _ := crypto.GenerateKey()
	e := newTestEnv(t, govKey, aliceKey, bobKey)
	gov := crypto.PubkeyToAddress(govKey.PublicKey)
	alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
	bob := crypto.PubkeyToAddress(bobKey.PublicKey)
	operator := common.HexToAddress("0x00000000000000000000000000000000000e6a70")

	reg := registry.NewRegistry()
	grid := gridtoken.NewGridToken()
	tok := settlementtoken.NewSettlementToken()
	tr := trading.NewTrading()
	regAddr := e.deploy(govKey, &registry.RegistryMetaData, reg.PackConstructor(gov))
	gridAddr := e.deploy(govKey, &gridtoken.GridTokenMetaData, grid.PackConstructor(regAddr, gov))
	tokAddr := e.deploy(govKey, &settlementtoken.SettlementTokenMetaData, tok.PackConstructor(gov))
	cfg := trading.ITradingMarketConfig{
		EpochLength:       epochLength,
		FirstEpochStart:   0,
		PriceFloor:        thb(2, 20),
		PriceCeiling:      thb(4, 15),
		PriceTick:         thb(0, 1),
		AmountQuantum:     big.NewInt(1e15),
		MinOrderAmount:    big.NewInt(1e17),
		MaxOrdersPerUser:  big.NewInt(100),
		MaxOrdersPerEpoch: big.NewInt(10_000),
		WheelingFeePerKwh: thb(0, 10),
		GridOperator:      operator,
		SettleBatchSize:   big.NewInt(100),
	}
	trAddr := e.deploy(govKey, &trading.TradingMetaData, tr.PackConstructor(regAddr, gridAddr, tokAddr, gov, cfg))
	regC := reg.Instance(e.client, regAddr)
	gridC := grid.Instance(e.client, gridAddr)
	tokC := tok.Instance(e.client, tokAddr)
	trC := tr.Instance(e.client, trAddr)
	m := &market{e: e, tr: tr, trC: trC, trAddr: trAddr}

	// Roles as the devnet deployer wires them; governance also acts as registrar, minter, operator, keeper.
	role := func(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }
	e.mine(bind.Transact(regC, e.opts(govKey), reg.PackGrantRole(role("REGISTRAR_ROLE"), gov)))
	e.mine(bind.Transact(gridC, e.opts(govKey), grid.PackGrantRole(role("MINTER_ROLE"), gov)))
	e.mine(bind.Transact(gridC, e.opts(govKey), grid.PackGrantRole(role("SYSTEM_ROLE"), trAddr)))
	e.mine(bind.Transact(tokC, e.opts(govKey), tok.PackGrantRole(role("SETTLEMENT_OPERATOR_ROLE"), gov)))
	e.mine(bind.Transact(trC, e.opts(govKey), tr.PackGrantRole(role("MARKET_MAKER_ROLE"), gov)))

	e.mine(bind.Transact(regC, e.opts(govKey), reg.PackRegisterUser(alice, 1, "Engineering Building 3")))
	e.mine(bind.Transact(regC, e.opts(govKey), reg.PackRegisterUser(bob, 2, "Dormitory A")))
	e.mine(bind.Transact(gridC, e.opts(govKey), grid.PackMint(alice, thb(10, 0), crypto.Keccak256Hash([]byte("CU-ENG3-ROOF-01")))))
	e.mine(bind.Transact(tokC, e.opts(govKey), tok.PackTopUp(bob, thb(100, 0), crypto.Keccak256Hash([]byte("topup-1")))))
	e.mine(bind.Transact(gridC, e.opts(aliceKey), grid.PackApprove(trAddr, thb(10, 0))))
	e.mine(bind.Transact(tokC, e.opts(bobKey), tok.PackApprove(trAddr, thb(100, 0))))

	// An off-grid price reverts with Trading__PriceOffGrid, decoded through the bindings.
	_, err := e.client.EstimateGas(ctx, ethereum.CallMsg{From: alice, To: &trAddr, Data: tr.PackCreateSellOrder(thb(1, 0), big.NewInt(2_205_000_000_000_000_000))})
	decoded, err := tr.UnpackError(revertData(t, err))
	require.NoError(t, err)
	offGrid, ok := decoded.(*trading.TradingTradingPriceOffGrid)
	require.True(t, ok, "decoded %T", decoded)
	require.Equal(t, big.NewInt(2_205_000_000_000_000_000), offGrid.Price)

	// Alice offers 2 kWh at 3.00 THB; Bob bids for 1.5 kWh at 3.50 THB.
	receipt := e.mine(bind.Transact(trC, e.opts(aliceKey), tr.PackCreateSellOrder(thb(2, 0), thb(3, 0))))
	var placed *trading.TradingOrderPlaced
	for _, l := range receipt.Logs {
		if ev, err := tr.UnpackOrderPlacedEvent(l); err == nil {
			placed = ev
		}
	}
	require.NotNil(t, placed)
	require.Equal(t, alice, placed.Owner)
	sellID, epoch := placed.OrderId, placed.Epoch
	e.mine(bind.Transact(trC, e.opts(bobKey), tr.PackCreateBuyOrder(thb(1, 50), thb(3, 50))))
	ids, err := bind.Call(trC, nil, tr.PackOrdersOf(epoch, bob), tr.UnpackOrdersOf)
	require.NoError(t, err)
	require.Len(t, ids, 1)
	buyID := ids[0]

	// The depth chart shows both orders; nothing is due while the epoch is open.
	depth, err := bind.Call(trC, nil, tr.PackGetDepth(epoch), tr.UnpackGetDepth)
	require.NoError(t, err)
	require.Len(t, depth.Prices, 196)
	require.Equal(t, thb(2, 0), depth.Supply[80])
	require.Equal(t, thb(1, 50), depth.Demand[130])
	needed, _ := m.checkUpkeep()
	require.False(t, needed)

	// The epoch ends: the keeper clears and settles through upkeep.
	simtest.AdjustTime(t, e.sim, epochLength*time.Second)
	e.sim.Commit()
	needed, data := m.checkUpkeep()
	require.True(t, needed)
	e.mine(bind.Transact(trC, e.opts(govKey), tr.PackPerformUpkeep(data)))
	result, err := bind.Call(trC, nil, tr.PackGetEpochResult(epoch), tr.UnpackGetEpochResult)
	require.NoError(t, err)
	// Supply above demand over [3.00, 3.50]: the lowest price.
	require.Equal(t, thb(3, 0), result.ClearingPrice)
	require.Equal(t, thb(1, 50), result.Volume)
	require.Equal(t, uint8(3), result.Status) // Settling
	// A second keeper sending the same clear is a no-op.
	e.mine(bind.Transact(trC, e.opts(govKey), tr.PackPerformUpkeep(data)))

	needed, data = m.checkUpkeep()
	require.True(t, needed)
	e.mine(bind.Transact(trC, e.opts(govKey), tr.PackPerformUpkeep(data)))
	needed, _ = m.checkUpkeep()
	require.False(t, needed)

	result, err = bind.Call(trC, nil, tr.PackGetEpochResult(epoch), tr.UnpackGetEpochResult)
	require.NoError(t, err)
	require.Equal(t, uint8(4), result.Status) // Settled
	require.Equal(t, big.NewInt(2), result.SettledCount)
	order, err := bind.Call(trC, nil, tr.PackGetOrder(sellID), tr.UnpackGetOrder)
	require.NoError(t, err)
	require.Equal(t, thb(1, 50), order.FilledAmount)
	order, err = bind.Call(trC, nil, tr.PackGetOrder(buyID), tr.UnpackGetOrder)
	require.NoError(t, err)
	require.Equal(t, uint8(3), order.Status) // Settled

	balance := func(c *bind.BoundContract, pack []byte) *big.Int {
		t.Helper()
		v, err := bind.Call(c, nil, pack, grid.UnpackBalanceOf)
		require.NoError(t, err)
		return v
	}
	// Alice sold 1.5 of 2 kWh at 3.00: 4.50 THB, 0.5 kWh back. Bob paid 4.50 + 0.15 wheeling fee.
	require.Equal(t, thb(8, 50), balance(gridC, grid.PackBalanceOf(alice)))
	require.Equal(t, thb(4, 50), balance(tokC, tok.PackBalanceOf(alice)))
	require.Equal(t, thb(1, 50), balance(gridC, grid.PackBalanceOf(bob)))
	require.Equal(t, thb(95, 35), balance(tokC, tok.PackBalanceOf(bob)))
	require.Equal(t, thb(0, 15), balance(tokC, tok.PackBalanceOf(operator)))
	require.Zero(t, balance(gridC, grid.PackBalanceOf(trAddr)).Sign())
	require.Zero(t, balance(tokC, tok.PackBalanceOf(trAddr)).Sign())
}
