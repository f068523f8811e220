//go:build integration

package gridctl_test

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/bindings/trading"
	"github.com/campus-grid/gridchain/chain/manifest"
	"github.com/campus-grid/gridchain/gridctl"
	"github.com/campus-grid/gridchain/reading"
	"github.com/campus-grid/gridchain/test/harness"
)

type balanceWei struct {
	GRIDWei string `json:"gridWei"`
	THBWei  string `json:"thbWei"`
}

type placedOrder struct {
	OrderID   uint64 `json:"orderId"`
	Epoch     uint64 `json:"epoch"`
	Side      string `json:"side"`
	Amount    string `json:"amount"`
	Price     string `json:"price"`
	EscrowWei string `json:"escrowWei"`
	Tx        struct {
		Hash string `json:"hash"`
	} `json:"tx"`
}

type listedOrder struct {
	OrderID   uint64         `json:"orderId"`
	Epoch     uint64         `json:"epoch"`
	Owner     common.Address `json:"owner"`
	Side      string         `json:"side"`
	Status    string         `json:"status"`
	Amount    string         `json:"amount"`
	Price     string         `json:"price"`
	FillFinal bool           `json:"fillFinal"`
}

func bigOf(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	require.True(t, ok, s)
	return v
}

// demoTrader finds a demo user, other than skip, holding at least grid GRID and thb cTHB (base units).
func demoTrader(t *testing.T, c *cli, net *harness.Net, grid, thb *big.Int, skip string) manifest.Account {
	t.Helper()
	for i := len(net.Manifest.Demo) - 1; i >= 0; i-- {
		d := net.Manifest.Demo[i]
		if d.Name == skip || d.KeyFile == "" {
			continue
		}
		var b balanceWei
		c.ok(&b, "balance", d.Name)
		if bigOf(t, b.GRIDWei).Cmp(grid) >= 0 && bigOf(t, b.THBWei).Cmp(thb) >= 0 {
			return d
		}
	}
	// Nobody holds enough GRID yet (a fresh devnet): a demo user earns it the only way GRID exists,
	// through a meter's signed readings applied by OracleClient.
	if grid.Sign() > 0 {
		for i := len(net.Manifest.Demo) - 1; i >= 0; i-- {
			d := net.Manifest.Demo[i]
			if d.Name == skip || d.KeyFile == "" {
				continue
			}
			var b balanceWei
			c.ok(&b, "balance", d.Name)
			if bigOf(t, b.THBWei).Cmp(thb) >= 0 {
				earnGrid(t, net, d.Address, grid)
				return d
			}
		}
	}
	require.FailNow(t, "no demo user holds the GRID and cTHB the test needs", "GRID %s, cTHB %s", grid, thb)
	return manifest.Account{}
}

// earnGrid assigns a new meter to owner and applies two signed readings whose export delta covers
// at least amount GRID (1 Wh = 1e15 GRID).
func earnGrid(t *testing.T, net *harness.Net, owner common.Address, amount *big.Int) {
	t.Helper()
	meterKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	meterID := crypto.Keccak256Hash([]byte(fmt.Sprintf("gridctl-test-meter-%d", time.Now().UnixNano())))
	regAddr := net.Contract(t, manifest.Registry)
	reg := registry.NewRegistry()
	tx, err := bind.Transact(reg.Instance(net.RPC(t), regAddr), net.Transactor(t, "registrar"),
		reg.PackAssignMeter(meterID, owner, crypto.PubkeyToAddress(meterKey.PublicKey)))
	require.NoError(t, err)
	rcpt := net.WaitReceipt(t, 0, tx.Hash(), time.Minute)
	head, err := net.RPC(t).HeaderByNumber(harness.Ctx(t, 10*time.Second), rcpt.BlockNumber)
	require.NoError(t, err)

	wh := new(big.Int).Div(amount, big.NewInt(1e15)).Uint64() + 1
	domain := reading.NewDomain(net.Manifest.ChainID, regAddr)
	var readings []oracleclient.IOracleClientReading
	var sigs [][]byte
	for i, r := range []reading.Reading{
		{MeterID: meterID, IntervalStart: head.Time, IntervalEnd: head.Time + 60, Seq: 1},
		{MeterID: meterID, IntervalStart: head.Time + 60, IntervalEnd: head.Time + 120, ExportWh: wh, Seq: 2},
	} {
		signed, err := domain.Sign(&r, meterKey)
		require.NoError(t, err, "reading %d", i)
		readings = append(readings, oracleclient.IOracleClientReading{MeterId: r.MeterID, IntervalStart: r.IntervalStart,
			IntervalEnd: r.IntervalEnd, ExportWh: r.ExportWh, ImportWh: r.ImportWh, Seq: r.Seq})
		sigs = append(sigs, signed.Signature)
	}
	oc := oracleclient.NewOracleClient()
	tx, err = bind.Transact(oc.Instance(net.RPC(t), net.Contract(t, manifest.OracleClient)), net.Transactor(t, "oracleOperator"),
		oc.PackSubmitReadings(readings, sigs))
	require.NoError(t, err)
	rcpt = net.WaitReceipt(t, 0, tx.Hash(), time.Minute)
	minted := false
	for _, l := range rcpt.Logs {
		if ev, err := oc.UnpackReadingAppliedEvent(l); err == nil && ev.Minted.Cmp(amount) >= 0 {
			minted = true
		}
	}
	require.True(t, minted, "the readings did not mint %s GRID", amount)
}

// TestMarketOrders places a sell and a buy as two demo users, lists them, cancels them and reads
// them back through the Trading bindings.
func TestMarketOrders(t *testing.T) {
	c := newCLI(t)
	net := harness.Load(t)
	tradingAddr := net.Contract(t, manifest.Trading)
	market := trading.NewTrading()
	inst := market.Instance(net.RPC(t), tradingAddr)
	getOrder := func(id uint64) trading.ITradingOrderInfo {
		t.Helper()
		o, err := bind.Call(inst, &bind.CallOpts{Context: harness.Ctx(t, 30*time.Second)}, market.PackGetOrder(new(big.Int).SetUint64(id)),
			market.UnpackGetOrder)
		require.NoError(t, err)
		return o
	}

	tenth := bigOf(t, "100000000000000000") // 0.1 kWh, the minimum order
	seller := demoTrader(t, c, net, tenth, new(big.Int), "")
	buyer := demoTrader(t, c, net, new(big.Int), bigOf(t, "1000000000000000000"), seller.Name)

	// Orders are cancelled while their epoch is open, and an epoch may be short (20 s on the test
	// devnet): each order is placed, checked and cancelled at the start of an epoch of its own.
	epochLen := time.Duration(net.Manifest.Market["epochLength"]) * time.Second
	if epochLen == 0 {
		epochLen = 60 * time.Second
	}
	need := min(40*time.Second, epochLen-4*time.Second)
	freshEpoch := func() {
		t.Helper()
		var end time.Time
		harness.WaitFor(t, 2*time.Minute+2*epochLen, "the start of an epoch", func(context.Context) (bool, error) {
			if time.Now().Before(end) {
				return false, nil
			}
			var ep struct {
				End string `json:"end"`
			}
			c.ok(&ep, "epoch", "show")
			var err error
			end, err = time.Parse(time.RFC3339, ep.End)
			return err == nil && time.Until(end) >= need, err
		})
	}
	freshEpoch()

	var before []listedOrder
	c.ok(&before, "order", "list", "--account", seller.Name)
	// Off the grid: refused with exit 2 before anything is sent.
	c.fails(gridctl.ExitUsage, "off the tick grid", "--as", seller.Name, "order", "sell", "--amount", "0.1", "--price", "3.105")
	c.fails(gridctl.ExitUsage, "not a multiple of the market's quantum 0.001 kWh", "--as", seller.Name, "order", "sell",
		"--amount", "0.1005", "--price", "3.10")
	var after []listedOrder
	c.ok(&after, "order", "list", "--account", seller.Name)
	require.Len(t, after, len(before), "no order was sent for the refused terms")

	// A sell at the ceiling and a buy at the floor: they do not cross.
	var sell, buy placedOrder
	c.ok(&sell, "--as", seller.Name, "order", "sell", "--amount", "0.1", "--price", "4.15")
	require.Equal(t, "sell", sell.Side)
	require.Equal(t, "0.1", sell.Amount)
	require.Equal(t, "4.15", sell.Price)
	require.Equal(t, tenth.String(), sell.EscrowWei, "a sell escrows its GRID")
	require.Equal(t, sell.Epoch, sell.OrderID>>16, "order id = epoch << 16 | index")
	// Listing: the seller's orders of the sell's epoch, and the buyer's own (default account: the sender).
	var list []listedOrder
	c.ok(&list, "order", "list", "--account", seller.Name, "--epoch", strconv.FormatUint(sell.Epoch, 10))
	require.NotEmpty(t, list)
	last := list[len(list)-1]
	require.Equal(t, sell.OrderID, last.OrderID)
	require.Equal(t, "open", last.Status)
	require.Equal(t, "sell", last.Side)
	require.Equal(t, "0.1", last.Amount)
	require.Equal(t, "4.15", last.Price)
	require.False(t, last.FillFinal)
	require.Equal(t, seller.Address, last.Owner)
	var shown listedOrder
	c.ok(&shown, "order", "show", strconv.FormatUint(sell.OrderID, 10))
	require.Equal(t, last, shown)

	// Only the owner cancels; the sell is cancelled and reads back cancelled through the bindings.
	sellID := strconv.FormatUint(sell.OrderID, 10)
	c.fails(gridctl.ExitFail, fmt.Sprintf("Trading__NotOrderOwner(%d, %s)", sell.OrderID, buyer.Address.Hex()),
		"--as", buyer.Name, "order", "cancel", sellID)
	var cancelled struct {
		RefundWei string `json:"refundWei"`
		Token     string `json:"token"`
	}
	c.ok(&cancelled, "--as", seller.Name, "order", "cancel", sellID)
	require.Equal(t, tenth.String(), cancelled.RefundWei)
	require.Equal(t, "GRID", cancelled.Token)

	o := getOrder(sell.OrderID)
	require.Equal(t, uint8(2), o.Status, "Cancelled")
	require.Equal(t, uint8(0), o.Side, "Sell")
	require.Equal(t, seller.Address, o.Owner)
	require.Equal(t, tenth, o.Amount)
	require.Equal(t, bigOf(t, "4150000000000000000"), o.LimitPrice)
	require.Equal(t, sell.Epoch, o.Epoch.Uint64())
	c.fails(gridctl.ExitFail, fmt.Sprintf("Trading__OrderNotOpen(%d)", sell.OrderID), "--as", seller.Name, "order", "cancel", sellID)
	c.ok(&shown, "order", "show", sellID)
	require.Equal(t, "cancelled", shown.Status)

	// The buy, in an epoch of its own; cancelling it leaves the demo users as they were.
	freshEpoch()
	c.ok(&buy, "--as", buyer.Name, "order", "buy", "--amount", "0.1", "--price", "2.20")
	require.Equal(t, "buy", buy.Side)
	require.Equal(t, "2.2", buy.Price)
	rules, err := bind.Call(inst, &bind.CallOpts{Context: harness.Ctx(t, 30*time.Second)},
		market.PackMarketRules(new(big.Int).SetUint64(buy.Epoch)), market.UnpackMarketRules)
	require.NoError(t, err)
	wantEscrow := new(big.Int).Mul(tenth, new(big.Int).Add(bigOf(t, "2200000000000000000"), rules.WheelingFeePerKwh))
	wantEscrow.Quo(wantEscrow, bigOf(t, "1000000000000000000"))
	require.Equal(t, wantEscrow.String(), buy.EscrowWei, "a buy escrows amount x (price + wheeling fee)")

	c.ok(&list, "--as", buyer.Name, "order", "list", "--epoch", strconv.FormatUint(buy.Epoch, 10))
	require.NotEmpty(t, list)
	require.Equal(t, buy.OrderID, list[len(list)-1].OrderID)
	require.Equal(t, "buy", list[len(list)-1].Side)
	code, out, _ := c.run("--as", buyer.Name, "order", "list", "--epoch", strconv.FormatUint(buy.Epoch, 10))
	require.Equal(t, gridctl.ExitOK, code)
	require.Contains(t, out, fmt.Sprintf("%d  buy", buy.OrderID))

	b := getOrder(buy.OrderID)
	require.Equal(t, uint8(1), b.Status, "the buy is open")
	require.Equal(t, uint8(1), b.Side, "Buy")
	require.Equal(t, buyer.Address, b.Owner)
	require.Equal(t, bigOf(t, "2200000000000000000"), b.LimitPrice)

	c.ok(&cancelled, "--as", buyer.Name, "order", "cancel", strconv.FormatUint(buy.OrderID, 10))
	require.Equal(t, buy.EscrowWei, cancelled.RefundWei)
	require.Equal(t, "cTHB", cancelled.Token)
	require.Equal(t, uint8(2), getOrder(buy.OrderID).Status)

	c.fails(gridctl.ExitFail, "Trading__OrderNotFound(", "order", "show", strconv.FormatUint(1<<40, 10))
}

// TestOracleCommands requests energy data for a freshly assigned meter and reads the request back.
func TestOracleCommands(t *testing.T) {
	c := newCLI(t)
	user, keyFile := newWallet(t)
	c.ok(nil, "--as", "registrar", "user", "register", user.Hex(), "prosumer", "Solar Lab")
	meterID := fmt.Sprintf("ITO-%d", time.Now().UnixNano()%1_000_000_000)
	meterSigner, _ := newWallet(t)
	c.ok(nil, "--as", "registrar", "meter", "assign", meterID, user.Hex(), meterSigner.Hex())

	end := time.Now().Unix()
	var req struct {
		Request struct {
			RequestID      uint64 `json:"requestId"`
			Meter          string `json:"meter"`
			IntervalEnd    uint64 `json:"intervalEnd"`
			ExpiresAtBlock uint64 `json:"expiresAtBlock"`
			Status         string `json:"status"`
		} `json:"request"`
	}
	c.ok(&req, "--key-file", keyFile, "oracle", "request", meterID, "--interval-end", strconv.FormatInt(end, 10))
	require.Positive(t, req.Request.RequestID)
	require.Equal(t, meterID, req.Request.Meter)
	require.Equal(t, uint64(end), req.Request.IntervalEnd)
	require.Equal(t, "pending", req.Request.Status, "the meter has sent no reading yet")

	var shown struct {
		RequestID      uint64 `json:"requestId"`
		Meter          string `json:"meter"`
		IntervalEnd    uint64 `json:"intervalEnd"`
		ExpiresAtBlock uint64 `json:"expiresAtBlock"`
		Status         string `json:"status"`
	}
	c.ok(&shown, "oracle", "show", strconv.FormatUint(req.Request.RequestID, 10))
	require.Equal(t, req.Request.RequestID, shown.RequestID)
	require.Equal(t, meterID, shown.Meter)
	require.Equal(t, uint64(end), shown.IntervalEnd)
	require.Equal(t, req.Request.ExpiresAtBlock, shown.ExpiresAtBlock)
	require.Contains(t, []string{"pending", "expired"}, shown.Status, "nobody holds the meter's key: never fulfilled")

	c.fails(gridctl.ExitFail, "OracleClient__MeterNotAssigned(", "--key-file", keyFile, "oracle", "request", "NO-SUCH-METER",
		"--interval-end", strconv.FormatInt(end, 10))
	c.fails(gridctl.ExitFail, "no oracle request 1000000000", "oracle", "show", "1000000000")
	c.fails(gridctl.ExitUsage, "--interval-end (unix seconds) is required", "--key-file", keyFile, "oracle", "request", meterID)
}
