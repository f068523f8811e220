package audit

import (
	"context"
	"crypto/ecdsa"
	"github.com/campus-grid/gridchain/chain/simtest"
	"math/big"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/bindings/settlementtoken"
	"github.com/campus-grid/gridchain/bindings/trading"
	"github.com/campus-grid/gridchain/reading"
	"github.com/campus-grid/gridchain/txmgr"
)

type campus struct {
	t       *testing.T
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
	gov     *ecdsa.PrivateKey
	addrs   Contracts
	reg     common.Address
	deploy  uint64
}

// e18 is v * 1e18 exactly (v as written in decimal), so prices land on the tick grid.
func e18(v float64) *big.Int {
	r, _ := new(big.Rat).SetString(strconv.FormatFloat(v, 'f', -1, 64))
	r.Mul(r, new(big.Rat).SetInt64(1e18))
	return new(big.Int).Quo(r.Num(), r.Denom())
}

func (c *campus) send(key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	c.t.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.client.PendingNonceAt(ctx, from)
	require.NoError(c.t, err)
	gas, err := c.client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data})
	require.NoError(c.t, err, "%v", decoder.FromError(err))
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(c.chainID), &types.DynamicFeeTx{
		ChainID: c.chainID, Nonce: nonce, To: &to, Data: data, Gas: gas * 2,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11),
	})
	require.NoError(c.t, err)
	require.NoError(c.t, c.client.SendTransaction(ctx, tx))
	c.sim.Commit()
	rcpt, err := bind.WaitMined(ctx, c.client, tx.Hash())
	require.NoError(c.t, err)
	require.Equal(c.t, types.ReceiptStatusSuccessful, rcpt.Status)
	return rcpt
}

func (c *campus) deployContract(meta *bind.MetaData, input []byte) common.Address {
	c.t.Helper()
	addr, tx, err := bind.DeployContract(bind.NewKeyedTransactor(c.gov, c.chainID), common.FromHex(meta.Bin), c.client, input)
	require.NoError(c.t, err)
	c.sim.Commit()
	_, err = bind.WaitMined(context.Background(), c.client, tx.Hash())
	require.NoError(c.t, err)
	return addr
}

var decoder = txmgr.MustErrorDecoder(&registry.RegistryMetaData, &gridtoken.GridTokenMetaData,
	&settlementtoken.SettlementTokenMetaData, &trading.TradingMetaData, &oracleclient.OracleClientMetaData)

func role(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }

// newCampus deploys the five contracts on the simulated backend with roles wired as on the devnet
// (the governance key holds the operator roles).
func newCampus(t *testing.T, keys ...*ecdsa.PrivateKey) *campus {
	t.Helper()
	gov, _ := crypto.GenerateKey()
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(gov.PublicKey): {Balance: e18(1000)}}
	for _, k := range keys {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: e18(1000)}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(30_000_000))
	t.Cleanup(func() { _ = sim.Close() })
	client := sim.Client()
	chainID, err := client.ChainID(context.Background())
	require.NoError(t, err)
	c := &campus{t: t, sim: sim, client: client, chainID: chainID, gov: gov}
	g := crypto.PubkeyToAddress(gov.PublicKey)

	c.reg = c.deployContract(&registry.RegistryMetaData, registry.NewRegistry().PackConstructor(g))
	c.addrs.GridToken = c.deployContract(&gridtoken.GridTokenMetaData, gridtoken.NewGridToken().PackConstructor(c.reg, g))
	c.addrs.SettlementToken = c.deployContract(&settlementtoken.SettlementTokenMetaData, settlementtoken.NewSettlementToken().PackConstructor(g))
	cfg := trading.ITradingMarketConfig{
		EpochLength: 60, PriceFloor: e18(2.20), PriceCeiling: e18(4.15), PriceTick: e18(0.01),
		AmountQuantum: e18(0.001), MinOrderAmount: e18(0.1), MaxOrdersPerUser: big.NewInt(100),
		MaxOrdersPerEpoch: big.NewInt(10_000), WheelingFeePerKwh: e18(0.1),
		GridOperator: common.HexToAddress("0x00000000000000000000000000000000000000e6"), SettleBatchSize: big.NewInt(100),
	}
	c.addrs.Trading = c.deployContract(&trading.TradingMetaData, trading.NewTrading().PackConstructor(c.reg, c.addrs.GridToken, c.addrs.SettlementToken, g, cfg))
	c.addrs.OracleClient = c.deployContract(&oracleclient.OracleClientMetaData, oracleclient.NewOracleClient().PackConstructor(c.reg, c.addrs.GridToken, g, 100))
	head, err := client.BlockNumber(context.Background())
	require.NoError(t, err)
	c.deploy = head

	reg, grid, thb, tr, oc := registry.NewRegistry(), gridtoken.NewGridToken(), settlementtoken.NewSettlementToken(), trading.NewTrading(), oracleclient.NewOracleClient()
	c.send(gov, c.reg, reg.PackGrantRole(role("REGISTRAR_ROLE"), g))
	c.send(gov, c.addrs.GridToken, grid.PackGrantRole(role("MINTER_ROLE"), c.addrs.OracleClient))
	c.send(gov, c.addrs.GridToken, grid.PackGrantRole(role("BURNER_ROLE"), c.addrs.OracleClient))
	c.send(gov, c.addrs.GridToken, grid.PackGrantRole(role("SYSTEM_ROLE"), c.addrs.Trading))
	c.send(gov, c.addrs.SettlementToken, thb.PackGrantRole(role("SETTLEMENT_OPERATOR_ROLE"), g))
	c.send(gov, c.addrs.Trading, tr.PackGrantRole(role("MARKET_MAKER_ROLE"), g))
	c.send(gov, c.addrs.OracleClient, oc.PackGrantRole(role("ORACLE_OPERATOR_ROLE"), g))
	return c
}

func (c *campus) submit(meterKey *ecdsa.PrivateKey, r reading.Reading) {
	c.t.Helper()
	d := reading.NewDomain(c.chainID.Uint64(), c.reg)
	signed, err := d.Sign(&r, meterKey)
	require.NoError(c.t, err)
	oc := oracleclient.NewOracleClient()
	c.send(c.gov, c.addrs.OracleClient, oc.PackSubmitReadings([]oracleclient.IOracleClientReading{{
		MeterId: r.MeterID, IntervalStart: r.IntervalStart, IntervalEnd: r.IntervalEnd,
		ExportWh: r.ExportWh, ImportWh: r.ImportWh, Seq: r.Seq,
	}}, [][]byte{signed.Signature}))
}

// runUpkeep drives Trading through checkUpkeep (from 0x0, as Chainlink nodes call it) and
// performUpkeep until no work is left.
func (c *campus) runUpkeep() {
	c.t.Helper()
	tr := trading.NewTrading()
	for i := 0; i < 20; i++ {
		out, err := c.client.CallContract(context.Background(), ethereum.CallMsg{To: &c.addrs.Trading, Data: tr.PackCheckUpkeep(nil)}, nil)
		require.NoError(c.t, err)
		res, err := tr.UnpackCheckUpkeep(out)
		require.NoError(c.t, err)
		if !res.UpkeepNeeded {
			return
		}
		c.send(c.gov, c.addrs.Trading, tr.PackPerformUpkeep(res.PerformData))
	}
	c.t.Fatal("upkeep did not finish in 20 rounds")
}

func TestAuditBalancesAfterAnEpoch(t *testing.T) {
	prosumerKey, _ := crypto.GenerateKey()
	consumerKey, _ := crypto.GenerateKey()
	meterKey, _ := crypto.GenerateKey()
	c := newCampus(t, prosumerKey, consumerKey)
	prosumer, consumer := crypto.PubkeyToAddress(prosumerKey.PublicKey), crypto.PubkeyToAddress(consumerKey.PublicKey)
	reg, grid, thb, tr := registry.NewRegistry(), gridtoken.NewGridToken(), settlementtoken.NewSettlementToken(), trading.NewTrading()

	c.send(c.gov, c.reg, reg.PackRegisterUser(prosumer, 1, "Engineering 3"))
	c.send(c.gov, c.reg, reg.PackRegisterUser(consumer, 2, "Dormitory A"))
	meterID := crypto.Keccak256Hash([]byte("ENG3-ROOF"))
	c.send(c.gov, c.reg, reg.PackAssignMeter(meterID, prosumer, crypto.PubkeyToAddress(meterKey.PublicKey)))
	c.send(c.gov, c.addrs.SettlementToken, thb.PackTopUp(consumer, e18(100), [32]byte{1}))

	// Readings of intervals after the assignment (earlier ones are never credited to the new owner).
	head, err := c.client.HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	start := head.Time
	c.submit(meterKey, reading.Reading{MeterID: meterID, IntervalStart: start, IntervalEnd: start + 60, ExportWh: 1000, Seq: 1})
	c.submit(meterKey, reading.Reading{MeterID: meterID, IntervalStart: start + 60, IntervalEnd: start + 600, ExportWh: 6000, ImportWh: 500, Seq: 2})

	maxApproval := new(big.Int).Lsh(big.NewInt(1), 200)
	c.send(prosumerKey, c.addrs.GridToken, grid.PackApprove(c.addrs.Trading, maxApproval))
	c.send(consumerKey, c.addrs.SettlementToken, thb.PackApprove(c.addrs.Trading, maxApproval))
	c.send(prosumerKey, c.addrs.Trading, tr.PackCreateSellOrder(e18(2), e18(2.50)))
	c.send(consumerKey, c.addrs.Trading, tr.PackCreateBuyOrder(e18(1.5), e18(3.00)))
	cancelled := c.send(consumerKey, c.addrs.Trading, tr.PackCreateBuyOrder(e18(0.5), e18(2.40)))
	placed, err := tr.UnpackOrderPlacedEvent(cancelled.Logs[len(cancelled.Logs)-1])
	require.NoError(t, err)
	c.send(consumerKey, c.addrs.Trading, tr.PackCancelOrder(placed.OrderId))

	simtest.AdjustTime(t, c.sim, 2*time.Minute)
	c.sim.Commit()
	c.runUpkeep()

	rep, err := Run(context.Background(), c.client, c.addrs, c.deploy, 0)
	require.NoError(t, err, "findings: %v", rep)
	require.True(t, rep.OK())
	require.Equal(t, 2, rep.Readings)
	require.Equal(t, 0, e18(5).Cmp(rep.Minted))
	require.Equal(t, 0, e18(0.5).Cmp(rep.Burned))
	require.Equal(t, 3, rep.Orders)
	require.Equal(t, 1, rep.EpochsCleared)
	require.Equal(t, 1, rep.EpochsSettled)

	// GRID that no meter exported: the audit must notice it.
	c.send(c.gov, c.addrs.GridToken, grid.PackGrantRole(role("MINTER_ROLE"), crypto.PubkeyToAddress(c.gov.PublicKey)))
	c.send(c.gov, c.addrs.GridToken, grid.PackMint(prosumer, e18(1), meterID))
	rep, err = Run(context.Background(), c.client, c.addrs, c.deploy, 0)
	require.ErrorIs(t, err, ErrUnbalanced)
	require.NotEmpty(t, rep.Findings)
}

// A reading metered while alice held the meter and relayed after it went to bob is alice's: the
// audit replays the Registry's assignments and credits each reading to the assignment in force at
// its intervalEnd, with that assignment's counters.
func TestAuditCreditsALateReadingToTheOwnerWhoHeldTheMeter(t *testing.T) {
	aliceKey, _ := crypto.GenerateKey()
	bobKey, _ := crypto.GenerateKey()
	meterKey, _ := crypto.GenerateKey()
	c := newCampus(t)
	alice, bob := crypto.PubkeyToAddress(aliceKey.PublicKey), crypto.PubkeyToAddress(bobKey.PublicKey)
	signer := crypto.PubkeyToAddress(meterKey.PublicKey)
	reg, grid := registry.NewRegistry(), gridtoken.NewGridToken()
	ctx := context.Background()
	blockTime := func(r *types.Receipt) uint64 {
		h, err := c.client.HeaderByNumber(ctx, r.BlockNumber)
		require.NoError(t, err)
		return h.Time
	}

	c.send(c.gov, c.reg, reg.PackRegisterUser(alice, 1, "Engineering 3"))
	c.send(c.gov, c.reg, reg.PackRegisterUser(bob, 1, "Science 1"))
	meterID := crypto.Keccak256Hash([]byte("ENG3-ROOF"))
	ta := blockTime(c.send(c.gov, c.reg, reg.PackAssignMeter(meterID, alice, signer)))
	c.submit(meterKey, reading.Reading{MeterID: meterID, IntervalStart: ta, IntervalEnd: ta + 60, ExportWh: 0, Seq: 1})
	late := reading.Reading{MeterID: meterID, IntervalStart: ta + 60, IntervalEnd: ta + 120, ExportWh: 3000, ImportWh: 200, Seq: 2}

	simtest.AdjustTime(t, c.sim, 10*time.Minute)
	c.sim.Commit()
	c.send(c.gov, c.reg, reg.PackUnassignMeter(meterID))
	tb := blockTime(c.send(c.gov, c.reg, reg.PackAssignMeter(meterID, bob, signer)))
	require.Greater(t, tb, late.IntervalEnd)
	c.submit(meterKey, reading.Reading{MeterID: meterID, IntervalStart: tb, IntervalEnd: tb + 60, ExportWh: 5000, ImportWh: 200, Seq: 3})
	c.submit(meterKey, reading.Reading{MeterID: meterID, IntervalStart: tb + 60, IntervalEnd: tb + 120, ExportWh: 5500, ImportWh: 200, Seq: 4})
	c.submit(meterKey, late) // relayed after the hand-over, below bob's counters

	gridC := grid.Instance(c.client, c.addrs.GridToken)
	aliceGrid, err := bind.Call(gridC, nil, grid.PackBalanceOf(alice), grid.UnpackBalanceOf)
	require.NoError(t, err)
	require.Equal(t, 0, e18(2.8).Cmp(aliceGrid), "3 kWh exported, 0.2 kWh imported while alice held the meter")

	rep, err := Run(ctx, c.client, c.addrs, c.deploy, 0)
	require.NoError(t, err, "findings: %v", rep)
	require.Equal(t, 4, rep.Readings)
	require.Equal(t, 0, e18(3.5).Cmp(rep.Minted), "alice's 3 kWh and bob's 0.5 kWh")
	require.Equal(t, 0, e18(0.2).Cmp(rep.Burned))
}
